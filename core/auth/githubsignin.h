#pragma once

#include "core/auth/githubhost.h"
#include "core/auth/oauthclientconfig.h"
#include "core/auth/oauthtoken.h"
#include "core/common/clock.h"

#include <QObject>

class HttpClient;

/// What the ways of signing in to GitHub share (BrowserSignIn, DeviceSignIn): where to sign
/// in (host, OAuth App), how to reach it, the clock, and ending exactly once, with a token
/// (succeeded) or an error (failed: denied, expired, timed out, or cancel()). GUI thread.
class GitHubSignIn : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitHubSignIn)

public:
    ~GitHubSignIn() override;

    virtual void start() = 0;
    /// Ends a running flow as cancelled (failed with ErrorKind::Cancelled).
    void cancel();

signals:
    void succeeded(const OAuthToken &token);
    void failed(const Error &error);

protected:
    GitHubSignIn(HttpClient *http, const GitHubHost &host, const OAuthClientConfig &client,
                 const Clock &clock, QObject *parent);

    /// Ends the flow once: letGo(), then succeeded or failed. Nothing when not running.
    void finishWith(const Result<OAuthToken> &result);
    /// What the flow lets go of when it ends (a listener, a verifier, a device code).
    virtual void letGo(const Result<OAuthToken> &result) = 0;

    HttpClient *m_http = nullptr;
    GitHubHost m_host;
    OAuthClientConfig m_client;
    const Clock &m_clock;
    bool m_running = false;
};
