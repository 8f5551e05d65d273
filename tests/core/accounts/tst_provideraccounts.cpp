#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/net/httpclient.h"
#include "core/providers/providercatalog.h"
#include "core/storage/accountstore.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/testcache.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// Connecting the providers that take typed credentials, end to end: a fake WakaTime on
/// loopback, the real keychain, a real cache file, a real git repository; and disconnecting
/// them through the one disconnect path every provider shares.
class TestProviderAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void apiKeyGoesToTheKeychainAndNowhereElse();
    void rejectedKeyRecordsNothing();
    void folderProviderNeedsNoSecret();
    void disconnectRemovesTheKeyAndTheData();

private:
    qint64 connectWakaTime(const QString &key);
    std::optional<QString> keychainSecret(const SecretKey &key);

    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<FakeHttpServer> m_server;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderAccounts> m_accounts;
};

namespace {
constexpr char Key[] = "waka_9f8e7d-secret-key";
}

void TestProviderAccounts::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->isValid());
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("GET", QStringLiteral("/api/v1/users/current"), [](const FakeRequest &request) {
        if (request.header("Authorization") != "Basic " + QByteArray(Key).toBase64())
            return FakeResponse::json(401, readFixture(QStringLiteral("wakatime/error-401.json")));
        return FakeResponse::json(200, R"({"data":{"id":"u-1","username":"waka_user"}})");
    });
    m_secrets = std::make_unique<SecretStore>(
        QStringLiteral("DevPulse-test-%1").arg(QCoreApplication::applicationPid()));
    m_accounts = std::make_unique<ProviderAccounts>(m_secrets.get(), m_cache->address());
}

void TestProviderAccounts::cleanup()
{
    m_accounts.reset();
    m_secrets.reset();
    m_server.reset();
    m_cache.reset();
}

qint64 TestProviderAccounts::connectWakaTime(const QString &key)
{
    QSignalSpy connected(m_accounts.get(), &ProviderAccounts::accountConnected);
    QSignalSpy failed(m_accounts.get(), &ProviderAccounts::connectFailed);
    m_accounts->connectWithCredentials(QStringLiteral("wakatime"),
                                       {QString(), key, m_server->baseUrl().toString()});
    if (!QTest::qWaitFor([&] { return connected.size() + failed.size() > 0; }, 20000))
        return -1;
    return connected.isEmpty() ? 0 : connected.at(0).at(0).toLongLong();
}

std::optional<QString> TestProviderAccounts::keychainSecret(const SecretKey &key)
{
    std::optional<Result<QString>> answer;
    m_secrets->read(key, [&answer](const Result<QString> &read) { answer = read; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000) || !*answer)
        return std::nullopt;
    return answer->value();
}

void TestProviderAccounts::apiKeyGoesToTheKeychainAndNowhereElse()
{
    const qint64 id = connectWakaTime(QStringLiteral("  %1 ").arg(QLatin1String(Key)));
    QVERIFY(id > 0);
    const AccountSummary summary = AccountStore(m_cache->db()).find(id).value();
    QCOMPARE(summary.account.provider, QStringLiteral("wakatime"));
    QCOMPARE(summary.account.login, QStringLiteral("waka_user"));
    QCOMPARE(keychainSecret(
                 ProviderCatalog::find(QStringLiteral("wakatime"))->secretKey(summary.account)),
             QString::fromLatin1(Key));
    // The key is in no file of the data folder (cache, WAL, settings).
    QDirIterator files(m_cache->dataDir(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Key), qPrintable(file.fileName()));
    }
}

void TestProviderAccounts::rejectedKeyRecordsNothing()
{
    QSignalSpy failed(m_accounts.get(), &ProviderAccounts::connectFailed);
    QCOMPARE(connectWakaTime(QStringLiteral("wrong-key")), 0);
    QCOMPARE(failed.size(), 1);
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::AuthenticationRequired);
    QVERIFY(error.userMessage.contains(QLatin1String("WakaTime rejected the API key")));
    QCOMPARE(m_cache->rowCount(QStringLiteral("accounts")), 0);
}

void TestProviderAccounts::folderProviderNeedsNoSecret()
{
    QTemporaryDir repo;
    QCOMPARE(
        QProcess::execute(QStringLiteral("git"), {QStringLiteral("-C"), repo.path(),
                                                  QStringLiteral("init"), QStringLiteral("-q")}),
        0);
    QSignalSpy connected(m_accounts.get(), &ProviderAccounts::accountConnected);
    m_accounts->connectWithCredentials(QStringLiteral("localgit"),
                                       {repo.path(), QString(), QString()});
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 20000);
    QCOMPARE(connected.at(0).at(1).toString(), QStringLiteral("localgit"));
    QCOMPARE(connected.at(0).at(2).toString(), QFileInfo(repo.path()).canonicalFilePath());
}

void TestProviderAccounts::disconnectRemovesTheKeyAndTheData()
{
    const qint64 id = connectWakaTime(QLatin1String(Key));
    QVERIFY(id > 0);
    const AccountRecord account = AccountStore(m_cache->db()).find(id).value().account;
    GitHubAccounts accounts(&m_http, m_secrets.get(), m_cache->address());
    QSignalSpy disconnected(&accounts, &GitHubAccounts::accountDisconnected);
    accounts.disconnectAccount(id, true);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 20000);
    QCOMPARE(m_cache->rowCount(QStringLiteral("accounts")), 0);
    QCOMPARE(keychainSecret(ProviderCatalog::find(QStringLiteral("wakatime"))->secretKey(account)),
             std::nullopt);
}

QTEST_GUILESS_MAIN(TestProviderAccounts)
#include "tst_provideraccounts.moc"
