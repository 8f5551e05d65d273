#include "core/auth/browsersignin.h"
#include "core/net/httpclient.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakegithub.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

class TestBrowserSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void approvedConsentYieldsToken();
    void deniedConsentFailsClearly();
    void wrongStateIsRejectedAndFlowKeepsWaiting();
    void strayRequestsAreIgnored();
    void tokenEndpointErrorIsReported_data();
    void tokenEndpointErrorIsReported();
    void listenerIsBoundToLoopbackOnly();
    void closingTheBrowserEndsInTimeoutOrCancel();
    void withoutClientIdItSaysWhatToDo();

private:
    OAuthClientConfig client() const;
    BrowserSignIn *makeSignIn(const Clock &clock = Clock::system());

    std::unique_ptr<FakeGitHub> m_github;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeBrowser> m_browser;
    std::unique_ptr<BrowserSignIn> m_signIn;
};

void TestBrowserSignIn::init()
{
    m_github = std::make_unique<FakeGitHub>();
    QVERIFY(m_github->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    m_browser = std::make_unique<FakeBrowser>();
}

void TestBrowserSignIn::cleanup()
{
    m_signIn.reset();
    m_browser.reset();
    m_http.reset();
    m_network.reset();
    m_github.reset();
}

OAuthClientConfig TestBrowserSignIn::client() const
{
    return {QLatin1String(FakeGitHub::ClientId), QLatin1String(FakeGitHub::ClientSecret),
            OAuthClientConfig::defaultScopes()};
}

BrowserSignIn *TestBrowserSignIn::makeSignIn(const Clock &clock)
{
    const GitHubHost host = GitHubHost::fromUserInput(m_github->baseUrl().toString()).value();
    m_signIn = std::make_unique<BrowserSignIn>(m_http.get(), host, client(), clock);
    connect(m_signIn.get(), &BrowserSignIn::openBrowserRequested, m_browser.get(),
            &FakeBrowser::open);
    return m_signIn.get();
}

void TestBrowserSignIn::approvedConsentYieldsToken()
{
    BrowserSignIn *signIn = makeSignIn();
    QSignalSpy succeeded(signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(signIn, &BrowserSignIn::failed);
    QSignalSpy pageLoaded(m_browser.get(), &FakeBrowser::pageLoaded);
    signIn->start();

    const QUrlQuery authorize(signIn->authorizeUrl());
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")),
             QStringLiteral("S256"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("repo read:user read:org"));
    QVERIFY(authorize.queryItemValue(QStringLiteral("state")).size() >= 32);
    QVERIFY(signIn->redirectUri().toString().startsWith(QLatin1String("http://127.0.0.1:")));

    QTRY_COMPARE(succeeded.size() + failed.size(), 1);
    QVERIFY2(
        failed.isEmpty(),
        qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).value<Error>().toLogString()));
    QCOMPARE(succeeded.at(0).at(0).value<OAuthToken>().accessToken,
             QLatin1String(FakeGitHub::Token));
    // The browser tab tells the user what to do next.
    QTRY_COMPARE(pageLoaded.size(), 1);
    QCOMPARE(m_browser->lastStatus(), 200);
    QVERIFY(m_browser->lastPage().contains("You can close this tab and return to DevPulse"));
    // The listener is gone once the one callback arrived.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, signIn->redirectUri().port());
    QVERIFY(!probe.waitForConnected(1000));
}

void TestBrowserSignIn::deniedConsentFailsClearly()
{
    m_github->consent = FakeGitHub::Consent::Deny;
    BrowserSignIn *signIn = makeSignIn();
    QSignalSpy failed(signIn, &BrowserSignIn::failed);
    signIn->start();
    QTRY_COMPARE(failed.size(), 1);
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY2(error.userMessage.contains(QLatin1String("cancelled on GitHub")),
             qPrintable(error.userMessage));
    QCOMPARE(m_github->server().requestCount(QStringLiteral("/login/oauth/access_token")), 0);
}

void TestBrowserSignIn::wrongStateIsRejectedAndFlowKeepsWaiting()
{
    m_github->consent = FakeGitHub::Consent::AnswerWithWrongState;
    BrowserSignIn *signIn = makeSignIn();
    QSignalSpy succeeded(signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(signIn, &BrowserSignIn::failed);
    QSignalSpy pageLoaded(m_browser.get(), &FakeBrowser::pageLoaded);
    signIn->start();
    QTRY_COMPARE(pageLoaded.size(), 1);
    QCOMPARE(m_browser->lastStatus(), 400);
    QVERIFY(m_browser->lastPage().contains("not the current one"));
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_github->server().requestCount(QStringLiteral("/login/oauth/access_token")), 0);

    // The genuine answer still gets through afterwards.
    m_github->consent = FakeGitHub::Consent::Approve;
    m_browser->open(signIn->authorizeUrl());
    QTRY_COMPARE(succeeded.size(), 1);
}

void TestBrowserSignIn::strayRequestsAreIgnored()
{
    BrowserSignIn *signIn = makeSignIn();
    disconnect(signIn, &BrowserSignIn::openBrowserRequested, m_browser.get(), &FakeBrowser::open);
    QSignalSpy failed(signIn, &BrowserSignIn::failed);
    signIn->start();
    const quint16 port = signIn->redirectUri().port();

    QSignalSpy pageLoaded(m_browser.get(), &FakeBrowser::pageLoaded);
    m_browser->open(QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(port)));
    QTRY_COMPARE(pageLoaded.size(), 1);
    QCOMPARE(m_browser->lastStatus(), 404);
    m_browser->open(QUrl(QStringLiteral("http://127.0.0.1:%1/callback?code=x").arg(port)));
    QTRY_COMPARE(pageLoaded.size(), 2);
    QCOMPARE(m_browser->lastStatus(), 400);

    // A port scanner that connects, sends garbage and leaves.
    QTcpSocket scanner;
    scanner.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(scanner.waitForConnected(1000));
    scanner.write("\x16\x03\x01 not http at all\r\n\r\n");
    scanner.waitForBytesWritten(1000);
    scanner.abort();

    QTest::qWait(50);
    QCOMPARE(failed.size(), 0);
    QSignalSpy succeeded(signIn, &BrowserSignIn::succeeded);
    m_browser->open(signIn->authorizeUrl());
    QTRY_COMPARE(succeeded.size(), 1);
}

void TestBrowserSignIn::tokenEndpointErrorIsReported_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("expectedWords");
    QTest::addRow("bad_verification_code") << "access-token-error-bad-code"
                                           << "Start the sign-in again";
    QTest::addRow("incorrect_client_credentials") << "access-token-error-client"
                                                  << "OAuth App credentials";
}

void TestBrowserSignIn::tokenEndpointErrorIsReported()
{
    QFETCH(QString, fixture);
    QFETCH(QString, expectedWords);
    m_github->tokenErrorFixture = fixture;
    BrowserSignIn *signIn = makeSignIn();
    QSignalSpy failed(signIn, &BrowserSignIn::failed);
    QSignalSpy pageLoaded(m_browser.get(), &FakeBrowser::pageLoaded);
    signIn->start();
    QTRY_COMPARE(failed.size(), 1);
    const Error error = failed.at(0).at(0).value<Error>();
    QVERIFY2(error.userMessage.contains(expectedWords), qPrintable(error.userMessage));
    // Issue 19: the tab said "DevPulse is connected" (the state matched) while GitHub refused
    // the code. It waits for the exchange and says what the window says.
    QTRY_COMPARE(pageLoaded.size(), 1);
    const QString page = QString::fromUtf8(m_browser->lastPage());
    QVERIFY2(page.contains(QLatin1String("DevPulse was not connected"))
                 && !page.contains(QLatin1String("DevPulse is connected")),
             qPrintable(page));
    QVERIFY2(page.contains(expectedWords.toHtmlEscaped()), qPrintable(page));
}

void TestBrowserSignIn::listenerIsBoundToLoopbackOnly()
{
    BrowserSignIn *signIn = makeSignIn();
    disconnect(signIn, &BrowserSignIn::openBrowserRequested, m_browser.get(), &FakeBrowser::open);
    signIn->start();
    const quint16 port = signIn->redirectUri().port();
    QVERIFY(port > 0);

    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(loopback.waitForConnected(1000));
    loopback.abort();

    // Every other address of this machine (and IPv6 loopback) must refuse the connection.
    QList<QHostAddress> others{QHostAddress::LocalHostIPv6};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            others << address;
    }
    for (const QHostAddress &address : others) {
        QTcpSocket outside;
        outside.connectToHost(address, port);
        QVERIFY2(!outside.waitForConnected(1000), qPrintable(address.toString()));
    }
}

void TestBrowserSignIn::closingTheBrowserEndsInTimeoutOrCancel()
{
    const FastClock fastClock(1000.0);
    BrowserSignIn *signIn = makeSignIn(fastClock);
    disconnect(signIn, &BrowserSignIn::openBrowserRequested, m_browser.get(), &FakeBrowser::open);
    signIn->setTimeout(5min); // 300 ms on the fast clock
    QSignalSpy failed(signIn, &BrowserSignIn::failed);
    signIn->start();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).value<Error>().userMessage.contains(QLatin1String("in time")));

    BrowserSignIn *second = makeSignIn();
    QSignalSpy secondFailed(second, &BrowserSignIn::failed);
    disconnect(second, &BrowserSignIn::openBrowserRequested, m_browser.get(), &FakeBrowser::open);
    second->start();
    second->cancel();
    second->cancel(); // a second cancel changes nothing
    QCOMPARE(secondFailed.size(), 1);
    QCOMPARE(secondFailed.at(0).at(0).value<Error>().kind, ErrorKind::Cancelled);
}

void TestBrowserSignIn::withoutClientIdItSaysWhatToDo()
{
    const GitHubHost host = GitHubHost::fromUserInput(m_github->baseUrl().toString()).value();
    BrowserSignIn signIn(m_http.get(), host, OAuthClientConfig{});
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QSignalSpy opened(&signIn, &BrowserSignIn::openBrowserRequested);
    signIn.start();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(opened.size(), 0);
    QVERIFY(failed.at(0).at(0).value<Error>().userMessage.contains(
        QLatin1String("personal access token")));
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
