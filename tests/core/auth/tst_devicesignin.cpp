#include "core/auth/devicesignin.h"
#include "core/net/httpclient.h"
#include "tests/support/fakegithub.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestDeviceSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pendingThenSlowDownThenSuccess();
    void endsOn_data();
    void endsOn();
    void cancelStopsPolling();

private:
    DeviceSignIn *makeSignIn();

    // 100 times faster: GitHub's five-second interval passes in 50 ms, and the code's 15
    // minutes in 9 s. (At 1000 times, a stall of 0.9 s on a busy machine expired the code
    // before the sign-in succeeded: the rare failures in full runs of two tests at once.) The
    // waits for a result allow 20 s, not QTRY's 5 s.
    const FastClock m_clock{100.0};
    std::unique_ptr<FakeGitHub> m_github;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<DeviceSignIn> m_signIn;
};

void TestDeviceSignIn::init()
{
    m_github = std::make_unique<FakeGitHub>();
    QVERIFY(m_github->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
}

void TestDeviceSignIn::cleanup()
{
    m_signIn.reset();
    m_http.reset();
    m_network.reset();
    m_github.reset();
}

DeviceSignIn *TestDeviceSignIn::makeSignIn()
{
    const GitHubHost host = GitHubHost::fromUserInput(m_github->baseUrl().toString()).value();
    // The device flow needs no client secret.
    m_signIn = std::make_unique<DeviceSignIn>(m_http.get(), host,
                                              OAuthClientConfig{QLatin1String(FakeGitHub::ClientId),
                                                                QString(),
                                                                OAuthClientConfig::defaultScopes()},
                                              m_clock);
    return m_signIn.get();
}

void TestDeviceSignIn::pendingThenSlowDownThenSuccess()
{
    m_github->devicePollFixtures
        = {QStringLiteral("device-pending"), QStringLiteral("device-slow-down"),
           QStringLiteral("device-pending"), QStringLiteral("access-token")};
    DeviceSignIn *signIn = makeSignIn();
    QSignalSpy codeReady(signIn, &DeviceSignIn::userCodeReady);
    QSignalSpy succeeded(signIn, &DeviceSignIn::succeeded);
    QSignalSpy failed(signIn, &DeviceSignIn::failed);
    signIn->start();

    QTRY_COMPARE_WITH_TIMEOUT(codeReady.size(), 1, 20000);
    const DeviceCode code = codeReady.at(0).at(0).value<DeviceCode>();
    QCOMPARE(code.userCode, QStringLiteral("WDJB-MJHT"));
    QCOMPARE(code.verificationUri, QUrl(QStringLiteral("https://github.com/login/device")));
    QVERIFY(code.expiresAt > QDateTime::currentDateTimeUtc().addSecs(800));
    QCOMPARE(signIn->pollIntervalSeconds(), 5);

    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 20000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(succeeded.at(0).at(0).value<OAuthToken>().accessToken,
             QLatin1String(FakeGitHub::Token));
    QCOMPARE(m_github->devicePolls(), 4);
    // slow_down asked for 10 s; RFC 8628 says at least 5 s more than before.
    QCOMPARE(signIn->pollIntervalSeconds(), 10);
}

void TestDeviceSignIn::endsOn_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expectedWords");
    QTest::addRow("expired_token")
        << "device-expired" << int(ErrorKind::AuthenticationRequired) << "expired";
    QTest::addRow("access_denied") << "device-denied" << int(ErrorKind::Cancelled) << "cancelled";
}

void TestDeviceSignIn::endsOn()
{
    QFETCH(QString, fixture);
    QFETCH(int, kind);
    QFETCH(QString, expectedWords);
    m_github->devicePollFixtures = {QStringLiteral("device-pending"), fixture};
    DeviceSignIn *signIn = makeSignIn();
    QSignalSpy failed(signIn, &DeviceSignIn::failed);
    signIn->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.userMessage.contains(expectedWords), qPrintable(error.userMessage));
    const int polls = m_github->devicePolls();
    QTest::qWait(500); // ten more intervals on the fast clock: no further polls
    QCOMPARE(m_github->devicePolls(), polls);
}

void TestDeviceSignIn::cancelStopsPolling()
{
    m_github->devicePollFixtures = {QStringLiteral("device-pending")};
    DeviceSignIn *signIn = makeSignIn();
    QSignalSpy failed(signIn, &DeviceSignIn::failed);
    signIn->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_github->devicePolls() >= 2, 20000);
    signIn->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::Cancelled);
    const int polls = m_github->devicePolls();
    QTest::qWait(500);                             // ten intervals
    QVERIFY(m_github->devicePolls() <= polls + 1); // at most the one already in flight
}

QTEST_GUILESS_MAIN(TestDeviceSignIn)
#include "tst_devicesignin.moc"
