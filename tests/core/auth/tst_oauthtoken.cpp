#include "core/auth/oauthtoken.h"
#include "tests/support/fakehttpserver.h"

#include <QTest>

namespace {
HttpResponse responseFrom(const QString &fixture)
{
    const FakeResponse fake = FakeResponse::fromFixture(QStringLiteral("github/oauth/") + fixture);
    HttpResponse response;
    response.status = fake.status;
    response.body = fake.body;
    return response;
}
} // namespace

class TestOAuthToken : public QObject
{
    Q_OBJECT

private slots:
    void grantedTokenIsRead();
    void errorsBecomeSentences_data();
    void errorsBecomeSentences();
    void unreadableAnswersAreErrors_data();
    void unreadableAnswersAreErrors();
};

void TestOAuthToken::grantedTokenIsRead()
{
    const Result<OAuthToken> token
        = OAuthTokenResponse::parse(responseFrom(QStringLiteral("access-token")));
    QVERIFY(token.ok());
    QCOMPARE(token.value().accessToken, QStringLiteral("gho_16C7e42F292c6912E7710c838347Ae178B4a"));
    QCOMPARE(token.value().scopes, QStringLiteral("repo,read:org,read:user"));
}

void TestOAuthToken::errorsBecomeSentences_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("expectedWords");
    QTest::addColumn<int>("kind");
    QTest::addRow("bad code") << "access-token-error-bad-code"
                              << "may have expired" << int(ErrorKind::AuthenticationRequired);
    QTest::addRow("client credentials") << "access-token-error-client"
                                        << "DEVPULSE_GITHUB_CLIENT_ID" << int(ErrorKind::Other);
    QTest::addRow("denied") << "device-denied"
                            << "cancelled" << int(ErrorKind::Cancelled);
    QTest::addRow("expired") << "device-expired"
                             << "expired" << int(ErrorKind::AuthenticationRequired);
}

void TestOAuthToken::errorsBecomeSentences()
{
    QFETCH(QString, fixture);
    QFETCH(QString, expectedWords);
    QFETCH(int, kind);
    const Result<OAuthToken> token = OAuthTokenResponse::parse(responseFrom(fixture));
    QVERIFY(!token.ok());
    QVERIFY2(token.error().userMessage.contains(expectedWords),
             qPrintable(token.error().userMessage));
    QCOMPARE(int(token.error().kind), kind);
}

void TestOAuthToken::unreadableAnswersAreErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("html error page") << 502 << QByteArray("<html>Bad gateway</html>");
    QTest::addRow("truncated json") << 200 << QByteArray(R"({"access_token": "gho_abc)");
    QTest::addRow("json array") << 200 << QByteArray("[]");
    QTest::addRow("no token") << 200 << QByteArray(R"({"token_type":"bearer"})");
}

void TestOAuthToken::unreadableAnswersAreErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HttpResponse response;
    response.status = status;
    response.body = body;
    const Result<OAuthToken> token = OAuthTokenResponse::parse(response);
    QVERIFY(!token.ok());
    QVERIFY(token.error().userMessage.contains(QLatin1String("Try again")));
}

QTEST_GUILESS_MAIN(TestOAuthToken)
#include "tst_oauthtoken.moc"
