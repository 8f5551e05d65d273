#include "core/accounts/githubaccounts.h"
#include "core/auth/browsersignin.h"
#include "core/net/httpclient.h"
#include "core/providers/github/githubprovider.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachewriter.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakegithub.h"
#include "tests/support/testcache.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
}

// Every file below `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace

/// Connecting and disconnecting accounts end to end: fake GitHub on loopback, the real
/// keychain, a real cache file.
class TestGitHubAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void browserSignInConnectsAndTheTokenStaysInTheKeychain();
    void rejectedTokenStoresNothing();
    void disconnectKeepingDataSignsOut();
    void disconnectDeletingDataRemovesEveryRow();
    void missingKeychainEntryMeansReauthorisation();

private:
    qint64 connectWithPat();
    std::optional<QString> keychainToken(const QString &login);

    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<FakeGitHub> m_github;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<GitHubAccounts> m_accounts;
    GitHubHost m_host;
};

void TestGitHubAccounts::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_githubaccounts"));
    QLoggingCategory::setFilterRules(QStringLiteral("devpulse.*=true"));
    qInstallMessageHandler(captureMessage);
}

void TestGitHubAccounts::init()
{
    capturedLog.clear();
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->isValid());
    m_github = std::make_unique<FakeGitHub>();
    QVERIFY(m_github->listen());
    m_host = GitHubHost::fromUserInput(m_github->baseUrl().toString()).value();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    m_secrets = std::make_unique<SecretStore>(
        QStringLiteral("DevPulse-test-%1").arg(QCoreApplication::applicationPid()));
    m_accounts
        = std::make_unique<GitHubAccounts>(m_http.get(), m_secrets.get(), m_cache->address());
}

void TestGitHubAccounts::cleanup()
{
    // Leave no entries behind in the keychain.
    std::optional<Result<void>> removed;
    m_secrets->remove(GitHubProvider::secretKeyFor(m_host, QStringLiteral("jacquev6")),
                      [&removed](const Result<void> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    m_accounts.reset();
    m_secrets.reset();
    m_http.reset();
    m_network.reset();
    m_github.reset();
    m_cache.reset();
}

std::optional<QString> TestGitHubAccounts::keychainToken(const QString &login)
{
    std::optional<Result<QString>> read;
    m_secrets->read(GitHubProvider::secretKeyFor(m_host, login),
                    [&read](const Result<QString> &r) { read = r; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 20000) || !read->ok())
        return std::nullopt;
    return read->value();
}

qint64 TestGitHubAccounts::connectWithPat()
{
    m_github->extraValidToken = "github_pat_11ABCDEFG_fake";
    QSignalSpy connected(m_accounts.get(), &GitHubAccounts::accountConnected);
    m_accounts->connectWithToken(m_host, QStringLiteral("  github_pat_11ABCDEFG_fake\n"));
    if (!QTest::qWaitFor([&connected] { return connected.size() == 1; }, 20000))
        return 0;
    return connected.at(0).at(0).toLongLong();
}

void TestGitHubAccounts::browserSignInConnectsAndTheTokenStaysInTheKeychain()
{
    FakeBrowser browser;
    BrowserSignIn signIn(m_http.get(), m_host,
                         {QLatin1String(FakeGitHub::ClientId),
                          QLatin1String(FakeGitHub::ClientSecret),
                          OAuthClientConfig::defaultScopes()});
    connect(&signIn, &BrowserSignIn::openBrowserRequested, &browser, &FakeBrowser::open);
    connect(&signIn, &BrowserSignIn::succeeded, this, [this](const OAuthToken &token) {
        m_accounts->connectWithToken(m_host, token.accessToken);
    });
    QSignalSpy connected(m_accounts.get(), &GitHubAccounts::accountConnected);
    QSignalSpy failed(m_accounts.get(), &GitHubAccounts::connectFailed);
    signIn.start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size() + failed.size(), 1, 20000);
    QVERIFY2(
        failed.isEmpty(),
        qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).value<Error>().toLogString()));
    QCOMPARE(connected.at(0).at(1).toString(), QStringLiteral("jacquev6"));

    // The cache knows the account, its host, scopes and rate limit...
    const Result<AccountSummary> account
        = AccountStore(m_cache->db()).find(connected.at(0).at(0).toLongLong());
    QVERIFY(account.ok());
    QCOMPARE(account.value().account.provider, QStringLiteral("github"));
    QCOMPARE(account.value().account.baseUrl, m_host.storedBaseUrl());
    QCOMPARE(account.value().account.scopes, QStringLiteral("read:discussion, repo"));
    QCOMPARE(account.value().rateLimitRemaining, 4978);
    QCOMPARE(account.value().authState, AccountAuthState::Connected);
    QVERIFY(account.value().account.connectedAt.isValid());

    // ...the keychain holds the token...
    QCOMPARE(keychainToken(QStringLiteral("jacquev6")), QLatin1String(FakeGitHub::Token));

    // ...and it is nowhere else: not in the data folder, the settings or the log.
    QSettings().sync();
    QCOMPARE(filesContaining(m_cache->dataDir(), FakeGitHub::Token), QStringList());
    QVERIFY(!QSettings().fileName().isEmpty());
    QCOMPARE(filesContaining(QFileInfo(QSettings().fileName()).absolutePath(), FakeGitHub::Token),
             QStringList());
    QVERIFY(!capturedLog.isEmpty()); // the log was on, so its silence means something
    QVERIFY(capturedLog.filter(QStringLiteral("redacted")).size() >= 1);
    QCOMPARE(capturedLog.filter(QLatin1String(FakeGitHub::Token)), QStringList());
}

void TestGitHubAccounts::rejectedTokenStoresNothing()
{
    QSignalSpy failed(m_accounts.get(), &GitHubAccounts::connectFailed);
    m_accounts->connectWithToken(m_host, QStringLiteral("ghp_wrong"));
    QTRY_COMPARE(failed.size(), 1);
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::AuthenticationRequired);
    QVERIFY(error.userMessage.contains(QLatin1String("rejected this token")));
    QCOMPARE(m_cache->rowCount(QStringLiteral("accounts")), 0);
}

void TestGitHubAccounts::disconnectKeepingDataSignsOut()
{
    const qint64 id = connectWithPat();
    QVERIFY(id > 0);
    QCOMPARE(keychainToken(QStringLiteral("jacquev6")),
             QStringLiteral("github_pat_11ABCDEFG_fake"));

    QSignalSpy disconnected(m_accounts.get(), &GitHubAccounts::accountDisconnected);
    m_accounts->disconnectAccount(id, false);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 20000);
    QCOMPARE(keychainToken(QStringLiteral("jacquev6")), std::nullopt);
    QCOMPARE(AccountStore(m_cache->db()).find(id).value().authState, AccountAuthState::SignedOut);
}

void TestGitHubAccounts::disconnectDeletingDataRemovesEveryRow()
{
    const qint64 id = connectWithPat();
    QVERIFY(id > 0);
    CacheWriter writer(m_cache->db());
    RepoRecord repo;
    repo.accountId = id;
    repo.fullName = QStringLiteral("jacquev6/PyGithub");
    repo.owner = QStringLiteral("jacquev6");
    repo.name = QStringLiteral("PyGithub");
    const qint64 repoId = writer.upsertRepo(repo).value();
    CommitRecord commit;
    commit.repoId = repoId;
    commit.sha = QStringLiteral("abc");
    commit.authoredAt = QDateTime::currentDateTimeUtc();
    QVERIFY(writer.upsertCommit(commit).ok());
    const AccountDataCounts counts = AccountStore(m_cache->db()).countData(id).value();
    QCOMPARE(counts.repos, 1);
    QCOMPARE(counts.commits, 1);

    QSignalSpy disconnected(m_accounts.get(), &GitHubAccounts::accountDisconnected);
    m_accounts->disconnectAccount(id, true);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 20000);
    QCOMPARE(m_cache->rowCount(QStringLiteral("accounts")), 0);
    QCOMPARE(m_cache->rowCount(QStringLiteral("repos")), 0);
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 0);
    QCOMPARE(keychainToken(QStringLiteral("jacquev6")), std::nullopt);
}

void TestGitHubAccounts::missingKeychainEntryMeansReauthorisation()
{
    const qint64 id = connectWithPat();
    QVERIFY(id > 0);
    std::optional<Result<void>> removed;
    m_secrets->remove(GitHubProvider::secretKeyFor(m_host, QStringLiteral("jacquev6")),
                      [&removed](const Result<void> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);

    QSignalSpy changed(m_accounts.get(), &GitHubAccounts::accountsChanged);
    m_accounts->verifyStoredTokens();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
    QCOMPARE(AccountStore(m_cache->db()).find(id).value().authState,
             AccountAuthState::NeedsReauthorisation);
}

QTEST_GUILESS_MAIN(TestGitHubAccounts)
#include "tst_githubaccounts.moc"
