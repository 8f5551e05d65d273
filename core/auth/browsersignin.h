#pragma once

#include "core/auth/githubsignin.h"

class LoopbackListener;

/// GitHub sign-in through the system browser (RFC 8252 with PKCE): start() opens a loopback
/// listener and asks for the authorize URL to be opened (openBrowserRequested: the UI calls
/// QDesktopServices, tests play the browser); the matching callback's code is exchanged at
/// the token endpoint. Ends exactly once: succeeded, failed (denied, error, timeout) or by
/// cancel(). GUI thread (it talks to the browser and the user).
class BrowserSignIn final : public GitHubSignIn
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)

public:
    BrowserSignIn(HttpClient *http, const GitHubHost &host, const OAuthClientConfig &client,
                  const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start() override;

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirectUri() const;

signals:
    void openBrowserRequested(const QUrl &url);
    void exchangingCode();

private:
    void exchange(const QString &code);
    void letGo(const Result<OAuthToken> &result) override;

    LoopbackListener *m_listener = nullptr;
    QByteArray m_state;
    QByteArray m_verifier;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(10)};
};
