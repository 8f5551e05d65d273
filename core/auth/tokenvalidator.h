#pragma once

#include "core/auth/githubhost.h"
#include "core/common/result.h"
#include "core/net/httpclient.h"

#include <QDateTime>
#include <QObject>

/// Who a GitHub token belongs to and what it may do, as `GET /user` answers.
struct GitHubIdentity
{
    QString login;
    QString name;
    QString avatarUrl;
    QString scopes; ///< X-OAuth-Scopes ("" for fine-grained tokens, which have none)
    int rateLimit = -1;
    int rateLimitRemaining = -1;
    QDateTime rateLimitResetAt;
};

/// Checks a token with `GET /user` before anything is saved: a 401 means the token is wrong or
/// revoked. Same thread as its HttpClient.
namespace TokenValidator {

void validate(HttpClient &http, const GitHubHost &host, const QString &token, QObject *context,
              std::function<void(const Result<GitHubIdentity> &)> done);

/// The request every GitHub API call starts from: Bearer token, API version, JSON media type.
QNetworkRequest apiRequest(const QUrl &url, const QString &token);

/// Reads the answer to `GET /user` (exposed for tests).
Result<GitHubIdentity> parseUserResponse(const HttpResponse &response, const GitHubHost &host);

} // namespace TokenValidator
