#include "core/auth/devicesignin.h"

#include "core/net/httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

QNetworkRequest jsonPost(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    return request;
}
} // namespace

DeviceSignIn::DeviceSignIn(HttpClient *http, const GitHubHost &host,
                           const OAuthClientConfig &client, const Clock &clock, QObject *parent)
    : GitHubSignIn(http, host, client, clock, parent)
{}

void DeviceSignIn::start()
{
    if (m_running)
        return;
    if (!m_client.hasClientId()) {
        emit failed(Error{tr("This copy of DevPulse has no GitHub OAuth App configured, so it "
                             "cannot sign in with a code. Paste a personal access token instead, "
                             "or set DEVPULSE_GITHUB_CLIENT_ID (see the README)."),
                          QStringLiteral("no client id"), ErrorKind::InvalidInput});
        return;
    }
    m_running = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    form.addQueryItem(QStringLiteral("scope"), m_client.scopes);
    m_http->postForm(
        jsonPost(m_host.webEndpoint(QStringLiteral("/login/device/code"))),
        form.toString(QUrl::FullyEncoded).toUtf8(), this, [this](const HttpResponse &response) {
            if (!m_running)
                return;
            if (response.error) {
                finishWith(*response.error);
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(response.body).object();
            const QString error = object.value(QLatin1String("error")).toString();
            if (!error.isEmpty()) {
                finishWith(OAuthTokenResponse::errorFor(
                    error, object.value(QLatin1String("error_description")).toString()));
                return;
            }
            m_deviceCode = object.value(QLatin1String("device_code")).toString();
            DeviceCode code;
            code.userCode = object.value(QLatin1String("user_code")).toString();
            code.verificationUri = QUrl(object.value(QLatin1String("verification_uri")).toString());
            const int expiresIn = object.value(QLatin1String("expires_in")).toInt(900);
            m_intervalSeconds = qMax(1, object.value(QLatin1String("interval")).toInt(5));
            if (response.status != 200 || m_deviceCode.isEmpty() || code.userCode.isEmpty()
                || !code.verificationUri.isValid()) {
                finishWith(Error{tr("GitHub did not provide a sign-in code (HTTP %1). Try again "
                                    "in a moment, or use another way to sign in.")
                                     .arg(response.status),
                                 QStringLiteral("device code answer incomplete")});
                return;
            }
            m_expiresAt = m_clock.now().addSecs(expiresIn);
            code.expiresAt = m_expiresAt;
            emit userCodeReady(code);
            schedulePoll();
        });
}

void DeviceSignIn::schedulePoll()
{
    m_clock.callAfter(std::chrono::seconds(m_intervalSeconds), this, [this] { poll(); });
}

void DeviceSignIn::poll()
{
    if (!m_running)
        return;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    m_http->postForm(
        jsonPost(m_host.webEndpoint(QStringLiteral("/login/oauth/access_token"))),
        form.toString(QUrl::FullyEncoded).toUtf8(), this, [this](const HttpResponse &response) {
            if (!m_running)
                return;
            const QString error = OAuthTokenResponse::errorCode(response);
            if (error == QLatin1String("authorization_pending")
                || error == QLatin1String("slow_down") || (response.error && !error.size())) {
                if (error == QLatin1String("slow_down")) {
                    // RFC 8628: add 5 s; GitHub also says which interval it wants now.
                    const int asked = QJsonDocument::fromJson(response.body)
                                          .object()
                                          .value(QLatin1String("interval"))
                                          .toInt(0);
                    m_intervalSeconds = qMax(m_intervalSeconds + 5, asked);
                }
                if (m_clock.now() >= m_expiresAt) {
                    finishWith(
                        OAuthTokenResponse::errorFor(QStringLiteral("expired_token"), QString()));
                    return;
                }
                // A dropped connection while polling is retried at the next interval.
                schedulePoll();
                return;
            }
            finishWith(OAuthTokenResponse::parse(response));
        });
}

void DeviceSignIn::letGo(const Result<OAuthToken> &)
{
    m_deviceCode.clear();
}
