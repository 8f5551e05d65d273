#include "core/auth/tokenvalidator.h"
#include "core/net/httpclient.h"
#include "tests/support/fakegithub.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestTokenValidator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void validTokenNamesItsOwnerScopesAndRateLimit();
    void rejectedTokenNeedsAnotherOne();
    void brokenAnswersAreErrors_data();
    void brokenAnswersAreErrors();
    void unreachableServerIsANetworkError();
    void emptyTokenIsRejectedWithoutARequest();

private:
    Result<GitHubIdentity> validate(const QString &token);

    std::unique_ptr<FakeGitHub> m_github;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
};

void TestTokenValidator::init()
{
    m_github = std::make_unique<FakeGitHub>();
    QVERIFY(m_github->listen());
}

Result<GitHubIdentity> TestTokenValidator::validate(const QString &token)
{
    std::optional<Result<GitHubIdentity>> outcome;
    const GitHubHost host = GitHubHost::fromUserInput(m_github->baseUrl().toString()).value();
    TokenValidator::validate(
        m_http, host, token, this,
        [&outcome](const Result<GitHubIdentity> &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return Error{QStringLiteral("test: no answer"), QString()};
    return *outcome;
}

void TestTokenValidator::validTokenNamesItsOwnerScopesAndRateLimit()
{
    const Result<GitHubIdentity> identity = validate(QLatin1String(FakeGitHub::Token));
    QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().toLogString()));
    QCOMPARE(identity.value().login, QStringLiteral("jacquev6"));
    QCOMPARE(identity.value().scopes, QStringLiteral("read:discussion, repo"));
    QCOMPARE(identity.value().rateLimit, 5000);
    QCOMPARE(identity.value().rateLimitRemaining, 4978);
    QCOMPARE(identity.value().rateLimitResetAt.toSecsSinceEpoch(), 1735920624);

    const FakeRequest &request = m_github->server().requests().constLast();
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + FakeGitHub::Token);
    QCOMPARE(request.header("Accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(request.header("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
    QVERIFY(request.header("User-Agent").startsWith("DevPulse/"));
}

void TestTokenValidator::rejectedTokenNeedsAnotherOne()
{
    const Result<GitHubIdentity> identity = validate(QStringLiteral("ghp_revoked"));
    QVERIFY(!identity.ok());
    QCOMPARE(identity.error().kind, ErrorKind::AuthenticationRequired);
    QVERIFY2(identity.error().userMessage.contains(QLatin1String("Bad credentials")),
             qPrintable(identity.error().userMessage));
}

void TestTokenValidator::brokenAnswersAreErrors_data()
{
    QTest::addColumn<int>("delivery");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addRow("malformed json")
        << int(FakeResponse::Delivery::Complete) << QByteArray("{\"login\": ") << 200;
    QTest::addRow("truncated body")
        << int(FakeResponse::Delivery::TruncateBody)
        << readFixture(QStringLiteral("github/replay/user.json")) << 200;
    QTest::addRow("dropped connection")
        << int(FakeResponse::Delivery::DropConnection) << QByteArray() << 200;
    QTest::addRow("server error") << int(FakeResponse::Delivery::Complete)
                                  << QByteArray("{\"message\":\"Server Error\"}") << 502;
}

void TestTokenValidator::brokenAnswersAreErrors()
{
    QFETCH(int, delivery);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    m_github->server().route("GET", QStringLiteral("/api/v3/user"), [=](const FakeRequest &) {
        FakeResponse response = FakeResponse::json(status, body);
        response.delivery = FakeResponse::Delivery(delivery);
        return response;
    });
    const Result<GitHubIdentity> identity = validate(QLatin1String(FakeGitHub::Token));
    QVERIFY(!identity.ok());
    QVERIFY(!identity.error().userMessage.isEmpty());
    QVERIFY(identity.error().kind != ErrorKind::AuthenticationRequired); // not the user's fault
}

void TestTokenValidator::unreachableServerIsANetworkError()
{
    const QUrl base = m_github->baseUrl();
    m_github.reset(); // nothing listens there any more
    std::optional<Result<GitHubIdentity>> outcome;
    TokenValidator::validate(
        m_http, GitHubHost::fromUserInput(base.toString()).value(), QStringLiteral("ghp_x"), this,
        [&outcome](const Result<GitHubIdentity> &result) { outcome = result; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().kind, ErrorKind::Network);
    QVERIFY(outcome->error().userMessage.contains(QLatin1String("refused")));
}

void TestTokenValidator::emptyTokenIsRejectedWithoutARequest()
{
    const Result<GitHubIdentity> identity = validate(QStringLiteral("   "));
    QVERIFY(!identity.ok());
    QCOMPARE(identity.error().kind, ErrorKind::InvalidInput);
    QVERIFY(m_github->server().requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_tokenvalidator.moc"
