#include "core/providers/weblinks.h"

#include "core/auth/githubhost.h"

namespace WebLinks {

QUrl itemUrl(const QString &provider, const QString &baseUrl, const QString &repoFullName,
             const QString &kind, const QString &reference)
{
    if (provider != QLatin1String("github") || repoFullName.isEmpty() || reference.isEmpty())
        return {};
    const GitHubHost host = GitHubHost::fromStoredBaseUrl(baseUrl);
    const QString path = kind == QLatin1String("commit") ? QStringLiteral("/%1/commit/%2")
                         : kind == QLatin1String("pull") ? QStringLiteral("/%1/pull/%2")
                                                         : QStringLiteral("/%1/issues/%2");
    return host.webEndpoint(path.arg(repoFullName, reference));
}

} // namespace WebLinks
