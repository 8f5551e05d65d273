#include "core/auth/githubhost.h"

#include <QCoreApplication>

namespace {
QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl appendPath(QUrl base, const QString &path)
{
    base.setPath(base.path()
                 + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return base;
}
} // namespace

GitHubHost GitHubHost::gitHubCom()
{
    return {QUrl(QStringLiteral("https://github.com")),
            QUrl(QStringLiteral("https://api.github.com"))};
}

Result<GitHubHost> GitHubHost::fromUserInput(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return gitHubCom();
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    const QUrl url = withoutTrailingSlash(QUrl(trimmed, QUrl::StrictMode));
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Error{QCoreApplication::translate("GitHubHost",
                                                 "\"%1\" is not a web address. Enter the address "
                                                 "of your GitHub Enterprise Server, for example "
                                                 "https://github.example.com.")
                         .arg(text.trimmed()),
                     QStringLiteral("invalid host URL"), ErrorKind::InvalidInput};
    }
    if (url.host() == QLatin1String("github.com") || url.host() == QLatin1String("api.github.com"))
        return gitHubCom();
    return GitHubHost{url, appendPath(url, QStringLiteral("/api/v3"))};
}

GitHubHost GitHubHost::fromStoredBaseUrl(const QString &baseUrl)
{
    const Result<GitHubHost> host = fromUserInput(baseUrl);
    return host ? host.value() : gitHubCom();
}

bool GitHubHost::isGitHubCom() const
{
    return webUrl.host() == QLatin1String("github.com");
}

QString GitHubHost::storedBaseUrl() const
{
    return isGitHubCom() ? QString() : webUrl.toString();
}

QString GitHubHost::displayName() const
{
    return webUrl.port() > 0 ? QStringLiteral("%1:%2").arg(webUrl.host()).arg(webUrl.port())
                             : webUrl.host();
}

QUrl GitHubHost::webEndpoint(const QString &path) const
{
    return appendPath(webUrl, path);
}

QUrl GitHubHost::apiEndpoint(const QString &path) const
{
    return appendPath(apiUrl, path);
}

QUrl GitHubHost::graphqlEndpoint() const
{
    return isGitHubCom() ? appendPath(apiUrl, QStringLiteral("/graphql"))
                         : appendPath(webUrl, QStringLiteral("/api/graphql"));
}
