#include "core/providers/providercatalog.h"

#include "core/providers/codewars/codewarsprovider.h"
#include "core/providers/csv/csvprovider.h"
#include "core/providers/exercism/exercismprovider.h"
#include "core/providers/github/githubprovider.h"
#include "core/providers/localgit/localgitprovider.h"
#include "core/providers/wakatime/wakatimeprovider.h"

#include <memory>
#include <vector>

namespace ProviderCatalog {
namespace {

const std::vector<std::unique_ptr<const Provider>> &registry()
{
    // One line per provider, in the order the Connections page shows them.
    static const std::vector<std::unique_ptr<const Provider>> providers = [] {
        std::vector<std::unique_ptr<const Provider>> list;
        list.push_back(std::make_unique<GitHubProvider>());
        list.push_back(std::make_unique<WakaTimeProvider>());
        list.push_back(std::make_unique<CodewarsProvider>());
        list.push_back(std::make_unique<ExercismProvider>());
        list.push_back(std::make_unique<CsvProvider>());
        list.push_back(std::make_unique<LocalGitProvider>());
        return list;
    }();
    return providers;
}

} // namespace

QList<ProviderInfo> all()
{
    QList<ProviderInfo> infos;
    for (const auto &provider : registry())
        infos.append(provider->info());
    return infos;
}

const Provider *find(const QString &id)
{
    for (const auto &provider : registry()) {
        if (provider->info().id == id)
            return provider.get();
    }
    return nullptr;
}

ProviderInfo info(const QString &id)
{
    const Provider *provider = find(id);
    return provider ? provider->info() : ProviderInfo{};
}

} // namespace ProviderCatalog
