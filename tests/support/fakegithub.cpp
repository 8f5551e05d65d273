#include "fakegithub.h"

#include <QCryptographicHash>
#include <QDebug>

namespace {
FakeResponse oauthFixture(const QString &name)
{
    return FakeResponse::fromFixture(QStringLiteral("github/oauth/") + name);
}
} // namespace

FakeGitHub::FakeGitHub(QObject *parent)
    : QObject(parent)
{
    m_server.route("GET", QStringLiteral("/login/oauth/authorize"),
                   [this](const FakeRequest &request) { return authorize(request); });
    m_server.route("POST", QStringLiteral("/login/oauth/access_token"),
                   [this](const FakeRequest &request) { return accessToken(request); });
    m_server.route("POST", QStringLiteral("/login/device/code"), [](const FakeRequest &request) {
        if (request.form().queryItemValue(QStringLiteral("client_id")) != QLatin1String(ClientId))
            return FakeResponse::json(404, R"({"error":"Not Found"})");
        return oauthFixture(QStringLiteral("device-code"));
    });
    m_server.route("GET", QStringLiteral("/api/v3/user"),
                   [this](const FakeRequest &request) { return user(request); });
}

FakeResponse FakeGitHub::authorize(const FakeRequest &request)
{
    const QUrl redirect(
        request.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    if (request.query.queryItemValue(QStringLiteral("client_id")) != QLatin1String(ClientId)
        || redirect.host() != QLatin1String("127.0.0.1")
        || request.query.queryItemValue(QStringLiteral("code_challenge_method"))
               != QLatin1String("S256")) {
        return FakeResponse::json(400, R"({"error":"invalid authorize request"})");
    }
    m_codeChallenge = request.query.queryItemValue(QStringLiteral("code_challenge")).toLatin1();
    m_redirectUri = redirect.toString();
    m_issuedCode = QStringLiteral("code-%1").arg(m_server.requests().size());

    QUrlQuery answer;
    const QString state = request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    switch (consent) {
    case Consent::Approve:
        answer.addQueryItem(QStringLiteral("code"), m_issuedCode);
        answer.addQueryItem(QStringLiteral("state"), state);
        break;
    case Consent::Deny:
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("The user has denied your application access."));
        answer.addQueryItem(QStringLiteral("state"), state);
        break;
    case Consent::AnswerWithWrongState:
        answer.addQueryItem(QStringLiteral("code"), m_issuedCode);
        answer.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
        break;
    }
    QUrl location = redirect;
    location.setQuery(answer);
    return FakeResponse::redirect(location);
}

FakeResponse FakeGitHub::accessToken(const FakeRequest &request)
{
    const QUrlQuery form = request.form();
    if (form.queryItemValue(QStringLiteral("client_id")) != QLatin1String(ClientId))
        return oauthFixture(QStringLiteral("access-token-error-client"));
    if (request.header("Accept") != "application/json")
        return FakeResponse::json(406, R"({"error":"want Accept: application/json"})");

    if (form.hasQueryItem(QStringLiteral("device_code"))) {
        const QString name
            = devicePollFixtures.value(qMin(m_devicePolls, int(devicePollFixtures.size()) - 1));
        ++m_devicePolls;
        return oauthFixture(name);
    }
    if (!tokenErrorFixture.isEmpty())
        return oauthFixture(tokenErrorFixture);
    const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
    const QByteArray challenge
        = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (form.queryItemValue(QStringLiteral("code")) != m_issuedCode || m_issuedCode.isEmpty()
        || challenge != m_codeChallenge
        || form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) != m_redirectUri
        || form.queryItemValue(QStringLiteral("client_secret")) != QLatin1String(ClientSecret)) {
        qWarning() << "FakeGitHub: token request refused:" << form.toString() << "expected code"
                   << m_issuedCode << "challenge" << m_codeChallenge << "redirect" << m_redirectUri;
        return oauthFixture(QStringLiteral("access-token-error-bad-code"));
    }
    m_issuedCode.clear(); // a code works once
    return oauthFixture(QStringLiteral("access-token"));
}

FakeResponse FakeGitHub::user(const FakeRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization == QByteArray("Bearer ") + Token
        || (!extraValidToken.isEmpty() && authorization == "Bearer " + extraValidToken)) {
        return FakeResponse::fromFixture(QStringLiteral("github/replay/user"));
    }
    return FakeResponse::fromFixture(QStringLiteral("github/replay/error-401"));
}
