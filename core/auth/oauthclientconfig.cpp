#include "core/auth/oauthclientconfig.h"

#include <QSettings>

#ifndef DEVPULSE_GITHUB_CLIENT_ID
#define DEVPULSE_GITHUB_CLIENT_ID ""
#endif
#ifndef DEVPULSE_GITHUB_CLIENT_SECRET
#define DEVPULSE_GITHUB_CLIENT_SECRET ""
#endif

namespace {
QString firstOf(const char *environmentVariable, const QSettings &settings, const char *settingsKey,
                const char *builtIn)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString fromSettings = settings.value(QLatin1String(settingsKey)).toString().trimmed();
    if (!fromSettings.isEmpty())
        return fromSettings;
    return QString::fromUtf8(builtIn);
}
} // namespace

OAuthClientConfig OAuthClientConfig::resolve()
{
    const QSettings settings;
    OAuthClientConfig config;
    config.clientId = firstOf("DEVPULSE_GITHUB_CLIENT_ID", settings, "github/clientId",
                              DEVPULSE_GITHUB_CLIENT_ID);
    config.clientSecret = firstOf("DEVPULSE_GITHUB_CLIENT_SECRET", settings, "github/clientSecret",
                                  DEVPULSE_GITHUB_CLIENT_SECRET);
    config.scopes = firstOf("DEVPULSE_GITHUB_SCOPES", settings, "github/scopes", "");
    if (config.scopes.isEmpty())
        config.scopes = defaultScopes();
    return config;
}
