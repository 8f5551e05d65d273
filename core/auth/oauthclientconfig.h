#pragma once

#include <QString>

/// The GitHub OAuth App that DevPulse signs in through. Taken from, in order of precedence:
/// the environment (DEVPULSE_GITHUB_CLIENT_ID, DEVPULSE_GITHUB_CLIENT_SECRET,
/// DEVPULSE_GITHUB_SCOPES), the settings (github/clientId, github/clientSecret, github/scopes),
/// then the values built in with the CMake options of the same names. Any thread.
struct OAuthClientConfig
{
    QString clientId;
    QString clientSecret; ///< GitHub's web flow wants it next to PKCE; the device flow does not
    QString scopes;       ///< space separated

    static QString defaultScopes() { return QStringLiteral("repo read:user read:org"); }
    static OAuthClientConfig resolve();

    bool hasClientId() const { return !clientId.isEmpty(); }
};
