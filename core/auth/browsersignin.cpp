#include "core/auth/browsersignin.h"

#include "core/auth/loopbacklistener.h"
#include "core/auth/pkce.h"
#include "core/net/httpclient.h"

#include <QCoreApplication>
#include <QUrlQuery>

BrowserSignIn::BrowserSignIn(HttpClient *http, const GitHubHost &host,
                             const OAuthClientConfig &client, const Clock &clock, QObject *parent)
    : GitHubSignIn(http, host, client, clock, parent)
    , m_listener(new LoopbackListener(this))
{
    connect(m_listener, &LoopbackListener::authorizationCodeReceived, this,
            &BrowserSignIn::exchange);
    connect(m_listener, &LoopbackListener::authorizationFailed, this,
            [this](const Error &error) { finishWith(error); });
}

BrowserSignIn::~BrowserSignIn() = default;

QUrl BrowserSignIn::redirectUri() const
{
    return m_redirectUri;
}

void BrowserSignIn::start()
{
    if (m_running)
        return;
    if (!m_client.hasClientId()) {
        emit failed(Error{QCoreApplication::translate(
                              "BrowserSignIn",
                              "This copy of DevPulse has no GitHub OAuth App configured, so it "
                              "cannot sign in through the browser. Paste a personal access token "
                              "instead, or set DEVPULSE_GITHUB_CLIENT_ID (see the README)."),
                          QStringLiteral("no client id"), ErrorKind::InvalidInput});
        return;
    }
    const Result<void> listening = m_listener->listen();
    if (!listening) {
        emit failed(listening.error());
        return;
    }
    m_running = true;
    // Kept: the token exchange must repeat it exactly, after the listener has closed.
    m_redirectUri = m_listener->redirectUri();
    m_state = Pkce::randomUrlSafe(24);
    const Pkce::Pair pkce = Pkce::generate();
    m_verifier = pkce.verifier;
    m_listener->setExpectedState(m_state);

    QUrl url = m_host.webEndpoint(QStringLiteral("/login/oauth/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString());
    query.addQueryItem(QStringLiteral("scope"), m_client.scopes);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    m_authorizeUrl = url;

    m_clock.callAfter(m_timeout, this, [this] {
        if (!m_running)
            return;
        finishWith(Error{QCoreApplication::translate(
                             "BrowserSignIn", "No answer came from the browser in time. Start "
                                              "the sign-in again, or sign in with a code."),
                         QStringLiteral("browser sign-in timed out"), ErrorKind::Cancelled});
    });
    emit openBrowserRequested(m_authorizeUrl);
}

void BrowserSignIn::exchange(const QString &code)
{
    if (!m_running)
        return;
    emit exchangingCode();
    QNetworkRequest request(m_host.webEndpoint(QStringLiteral("/login/oauth/access_token")));
    request.setRawHeader("Accept", "application/json");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    if (!m_client.clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), m_client.clientSecret);
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString());
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    m_http->postForm(
        request, form.toString(QUrl::FullyEncoded).toUtf8(), this,
        [this](const HttpResponse &response) { finishWith(OAuthTokenResponse::parse(response)); });
}

void BrowserSignIn::letGo(const Result<OAuthToken> &result)
{
    m_listener->finish(result.ok(), result ? QString() : result.error().userMessage);
    m_listener->close();
    m_verifier.clear();
}
