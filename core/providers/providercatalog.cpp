#include "providers/providercatalog.h"

#include <QCoreApplication>

namespace ProviderCatalog {

QList<ProviderInfo> all()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ProviderCatalog", text); };
    return {
        {QStringLiteral("github"), QStringLiteral("GitHub"),
         tr("Repositories, commits with line counts, pull requests, issues, branches and tags."),
         ProviderAuthKind::OAuth},
        {QStringLiteral("wakatime"), QStringLiteral("WakaTime"),
         tr("Coding time per day, project and language, with your personal API key."),
         ProviderAuthKind::ApiKey},
        {QStringLiteral("codewars"), QStringLiteral("Codewars"),
         tr("Completed kata from your public profile."), ProviderAuthKind::Username},
        {QStringLiteral("exercism"), QStringLiteral("Exercism"),
         tr("Submitted solutions, with your Exercism API token."), ProviderAuthKind::ApiKey},
        {QStringLiteral("csv"), tr("CSV import"),
         tr("Activity from a file with the columns date, service, minutes and title."),
         ProviderAuthKind::File},
        {QStringLiteral("localgit"), tr("Local git repositories"),
         tr("Commit history of git folders on this computer; no account needed."),
         ProviderAuthKind::Folder},
    };
}

ProviderInfo find(const QString &id)
{
    const QList<ProviderInfo> providers = all();
    for (const ProviderInfo &provider : providers) {
        if (provider.id == id)
            return provider;
    }
    return {};
}

} // namespace ProviderCatalog
