#pragma once

#include "core/auth/githubsignin.h"

#include <QDateTime>

/// What the user must do in the device flow: open `verificationUri` and type `userCode`.
struct DeviceCode
{
    QString userCode;
    QUrl verificationUri;
    QDateTime expiresAt;
};

/// GitHub sign-in with a code typed on another device (OAuth device flow, RFC 8628): needs no
/// client secret and no local listener, so it works over SSH and remote desktops. Polls at
/// the interval GitHub gives, slows down when told, ends on success, expiry, denial or
/// cancel(). GUI thread.
class DeviceSignIn final : public GitHubSignIn
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSignIn)

public:
    DeviceSignIn(HttpClient *http, const GitHubHost &host, const OAuthClientConfig &client,
                 const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void start() override;
    /// Seconds between polls now (GitHub's interval, raised by each slow_down).
    int pollIntervalSeconds() const { return m_intervalSeconds; }

signals:
    void userCodeReady(const DeviceCode &code);

private:
    void schedulePoll();
    void poll();
    void letGo(const Result<OAuthToken> &result) override;

    QString m_deviceCode;
    QDateTime m_expiresAt;
    int m_intervalSeconds = 5;
};
