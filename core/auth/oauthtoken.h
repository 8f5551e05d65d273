#pragma once

#include "core/common/result.h"
#include "core/net/httpclient.h"

#include <QString>

/// An access token as an OAuth token endpoint returns it. Never logged, never stored outside
/// the keychain.
struct OAuthToken
{
    QString accessToken;
    QString scopes; ///< as granted, comma or space separated
};

namespace OAuthTokenResponse {

/// Reads a token endpoint answer (`Accept: application/json`). GitHub answers errors with
/// HTTP 200 and an `error` field; each known error becomes a sentence saying what to do.
Result<OAuthToken> parse(const HttpResponse &response);

/// The `error` field of a token endpoint answer ("authorization_pending", ...), or "".
QString errorCode(const HttpResponse &response);

/// The user-facing sentence for an OAuth error code ("access_denied", ...).
Error errorFor(const QString &code, const QString &description);

} // namespace OAuthTokenResponse
