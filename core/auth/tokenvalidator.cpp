#include "core/auth/tokenvalidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace TokenValidator {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TokenValidator)
};

QString messageFrom(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
}
} // namespace

QNetworkRequest apiRequest(const QUrl &url, const QString &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

Result<GitHubIdentity> parseUserResponse(const HttpResponse &response, const GitHubHost &host)
{
    if (response.error)
        return *response.error;
    if (response.status == 401) {
        return Error{
            Tr::tr("%1 rejected this token (%2). Check that you copied all of it and that it "
                   "has not expired or been revoked.")
                .arg(host.displayName(), messageFrom(response.body)),
            QStringLiteral("GET /user: 401"), ErrorKind::AuthenticationRequired};
    }
    if (response.status == 403) {
        return Error{Tr::tr("%1 refused access with this token: %2")
                         .arg(host.displayName(), messageFrom(response.body)),
                     QStringLiteral("GET /user: 403"), ErrorKind::AuthenticationRequired};
    }
    if (response.status != 200) {
        return Error{Tr::tr("%1 answered HTTP %2 while checking the token. Try again in a moment.")
                         .arg(host.displayName())
                         .arg(response.status),
                     QStringLiteral("GET /user: %1").arg(response.status), ErrorKind::Network};
    }
    QJsonParseError parseError;
    const QJsonObject user = QJsonDocument::fromJson(response.body, &parseError).object();
    const QString login = user.value(QLatin1String("login")).toString();
    if (parseError.error != QJsonParseError::NoError || login.isEmpty()) {
        return Error{
            Tr::tr("%1 sent an answer DevPulse cannot read while checking the token. Try "
                   "again in a moment.")
                .arg(host.displayName()),
            QStringLiteral("GET /user: unreadable body (%1)").arg(parseError.errorString())};
    }
    GitHubIdentity identity;
    identity.login = login;
    identity.name = user.value(QLatin1String("name")).toString();
    identity.avatarUrl = user.value(QLatin1String("avatar_url")).toString();
    identity.scopes = QString::fromUtf8(response.header("X-OAuth-Scopes")).trimmed();
    bool ok = false;
    const int limit = response.header("X-RateLimit-Limit").toInt(&ok);
    identity.rateLimit = ok ? limit : -1;
    const int remaining = response.header("X-RateLimit-Remaining").toInt(&ok);
    identity.rateLimitRemaining = ok ? remaining : -1;
    const qint64 reset = response.header("X-RateLimit-Reset").toLongLong(&ok);
    if (ok)
        identity.rateLimitResetAt = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    return identity;
}

void validate(HttpClient &http, const GitHubHost &host, const QString &token, QObject *context,
              std::function<void(const Result<GitHubIdentity> &)> done)
{
    if (token.trimmed().isEmpty()) {
        done(Error{Tr::tr("The token is empty. Paste the whole token from GitHub's settings."),
                   QStringLiteral("empty token"), ErrorKind::InvalidInput});
        return;
    }
    http.get(
        apiRequest(host.apiEndpoint(QStringLiteral("/user")), token.trimmed()), context,
        [host, done](const HttpResponse &response) { done(parseUserResponse(response, host)); });
}

} // namespace TokenValidator
