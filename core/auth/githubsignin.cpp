#include "core/auth/githubsignin.h"

GitHubSignIn::GitHubSignIn(HttpClient *http, const GitHubHost &host,
                           const OAuthClientConfig &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_host(host)
    , m_client(client)
    , m_clock(clock)
{}

GitHubSignIn::~GitHubSignIn() = default;

void GitHubSignIn::cancel()
{
    if (!m_running)
        return;
    finishWith(Error{tr("Sign-in cancelled."), QStringLiteral("cancelled by the user"),
                     ErrorKind::Cancelled});
}

void GitHubSignIn::finishWith(const Result<OAuthToken> &result)
{
    if (!m_running)
        return;
    m_running = false;
    letGo(result);
    if (result)
        emit succeeded(result.value());
    else
        emit failed(result.error());
}
