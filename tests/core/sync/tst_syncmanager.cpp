#include "core/accounts/githubaccounts.h"
#include "core/providers/github/githubprovider.h"
#include "core/secrets/secretstore.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachewriter.h"
#include "core/storage/synchistory.h"
#include "core/sync/synclease.h"
#include "core/sync/syncmanager.h"
#include "tests/support/fakegithub.h"
#include "tests/support/testcache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

/// SyncManager with real threads, the real keychain, a real cache file and the fake GitHub.
class TestSyncManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void syncRunsOnItsThreadAndIsRecorded();
    void cancelStopsAWaitingSync();
    void rejectedTokenAsksForReauthorisation();
    void quittingDuringASyncStopsCleanly();
    void missingTokenDoesNotStart();
    void accountSyncedElsewhereIsSkipped();
    void windowStartLeavesARunningSyncAlone();
    void twoSyncsAtOnceEndWithTheRowsOfOne();
    void teamDatabaseLostMidSyncEndsCleanly();
    void readerSeesWholePagesDuringASync();
    void repositoriesAreReadSideBySide();
    void automaticSyncLeavesFilesAndFoldersAlone();

private:
    qint64 addAccount(bool storeToken);

    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<FakeGitHub> m_github;
    std::unique_ptr<SecretStore> m_secrets;
    GitHubHost m_host;
};

void TestSyncManager::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->isValid());
    m_github = std::make_unique<FakeGitHub>();
    QVERIFY(m_github->listen());
    m_github->addGeneratedRepo(QStringLiteral("octo"), QStringLiteral("alpha"), 300, 40, 30);
    m_github->graphqlPageSize = 25;
    m_host = GitHubHost::fromUserInput(m_github->baseUrl().toString()).value();
    m_secrets = std::make_unique<SecretStore>(
        QStringLiteral("DevPulse-test-%1").arg(QCoreApplication::applicationPid()));
}

void TestSyncManager::cleanup()
{
    std::optional<Result<void>> removed;
    m_secrets->remove(GitHubProvider::secretKeyFor(m_host, QStringLiteral("octo")),
                      [&removed](const Result<void> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    m_secrets.reset();
    m_github.reset();
    m_cache.reset();
}

qint64 TestSyncManager::addAccount(bool storeToken)
{
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.baseUrl = m_host.storedBaseUrl();
    account.login = QStringLiteral("octo");
    const qint64 id = CacheWriter(m_cache->db()).upsertAccount(account).value();
    if (storeToken) {
        std::optional<Result<void>> written;
        m_secrets->write(GitHubProvider::secretKeyFor(m_host, account.login),
                         QLatin1String(FakeGitHub::Token),
                         [&written](const Result<void> &r) { written = r; });
        if (!QTest::qWaitFor([&written] { return written.has_value(); }, 20000) || !written->ok())
            return 0;
    }
    return id;
}

void TestSyncManager::syncRunsOnItsThreadAndIsRecorded()
{
    const qint64 accountId = addAccount(true);
    QVERIFY(accountId > 0);
    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy started(&manager, &SyncManager::syncStarted);
    QSignalSpy progress(&manager, &SyncManager::progressChanged);
    QSignalSpy finished(&manager, &SyncManager::syncFinished);
    manager.syncAccount(accountId);
    manager.syncAccount(accountId); // a second request while one runs changes nothing
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(started.size(), 1);
    QVERIFY(progress.size() > 5);
    QVERIFY(!manager.isSyncing(accountId));

    const SyncRun run = finished.at(0).at(1).value<SyncRun>();
    QCOMPARE(run.status, SyncRunStatus::Succeeded);
    QCOMPARE(run.itemsByKind.value(QStringLiteral("commits")), 300);
    QVERIFY(run.requests >= 1 + 12 + 2 + 1);

    const QList<SyncRun> history = SyncHistory(m_cache->db()).recentRuns(5).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().status, SyncRunStatus::Succeeded);
    QCOMPARE(history.first().itemsByKind.value(QStringLiteral("commits")), 300);
    QCOMPARE(history.first().requests, run.requests);
    QVERIFY(AccountStore(m_cache->db()).find(accountId).value().lastSyncAt.isValid());
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 300);
}

void TestSyncManager::cancelStopsAWaitingSync()
{
    const qint64 accountId = addAccount(true);
    QVERIFY(accountId > 0);
    // The rate limit is spent for an hour (real clock): the worker waits until cancelled.
    const FakeResponse exhausted = FakeGitHub::rateLimitExhausted(3600);
    m_github->server().failNext(QStringLiteral("/api/graphql"), exhausted);

    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy progress(&manager, &SyncManager::progressChanged);
    QSignalSpy finished(&manager, &SyncManager::syncFinished);
    manager.syncAccount(accountId);
    // The window learns when the limit resets, to show "rate-limited until HH:MM".
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(progress.cbegin(), progress.cend(),
                    [](const QList<QVariant> &args) {
                        return args.at(1).value<SyncProgress>().rateLimitedUntil.isValid();
                    }),
        20000);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    manager.cancel(accountId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    qInfo("Cancel took %lld ms", sinceCancel.elapsed());
    QCOMPARE(finished.at(0).at(1).value<SyncRun>().status, SyncRunStatus::Cancelled);
    QCOMPARE(SyncHistory(m_cache->db()).recentRuns(1).value().first().status,
             SyncRunStatus::Cancelled);
}

void TestSyncManager::quittingDuringASyncStopsCleanly()
{
    const qint64 accountId = addAccount(true);
    const FakeResponse exhausted = FakeGitHub::rateLimitExhausted(3600);
    m_github->server().failNext(QStringLiteral("/api/graphql"), exhausted);
    {
        SyncManager manager(m_cache->address(), m_secrets.get());
        QSignalSpy progress(&manager, &SyncManager::progressChanged);
        manager.syncAccount(accountId);
        QTRY_VERIFY_WITH_TIMEOUT(
            !progress.isEmpty()
                && progress.constLast().at(1).value<SyncProgress>().rateLimitedUntil.isValid(),
            20000);
        // The application quits: the manager goes while its worker waits.
    }
    // The worker's thread has ended and left a truthful history, not a "running" row.
    const QList<SyncRun> runs = SyncHistory(m_cache->db()).recentRuns(1).value();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, SyncRunStatus::Cancelled);
    QVERIFY(runs.first().finishedAt.isValid());
}

void TestSyncManager::rejectedTokenAsksForReauthorisation()
{
    const qint64 accountId = addAccount(true);
    m_github->server().failNext(
        QStringLiteral("/api/v3/user/repos"),
        FakeResponse::fromFixture(QStringLiteral("github/replay/error-401")));
    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy reauthorise(&manager, &SyncManager::authenticationRequired);
    QSignalSpy finished(&manager, &SyncManager::syncFinished);
    manager.syncAccount(accountId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(reauthorise.size(), 1);
    const SyncRun run = finished.at(0).at(1).value<SyncRun>();
    QCOMPARE(run.status, SyncRunStatus::Failed);
    QVERIFY(run.error.contains(QLatin1String("Reconnect")));
    QCOMPARE(AccountStore(m_cache->db()).find(accountId).value().lastError, run.error);
}

void TestSyncManager::missingTokenDoesNotStart()
{
    const qint64 accountId = addAccount(false);
    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy failed(&manager, &SyncManager::syncFailedToStart);
    QSignalSpy reauthorise(&manager, &SyncManager::authenticationRequired);
    manager.syncAccount(accountId);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(reauthorise.size(), 1);
    QVERIFY(!manager.isSyncing(accountId));
}

void TestSyncManager::accountSyncedElsewhereIsSkipped()
{
    const qint64 accountId = addAccount(true);
    QVERIFY(accountId > 0);
    std::optional<SyncRun> run;
    {
        // Another DevPulse (its own connection) is syncing this account.
        CacheConnection elsewhere(m_cache->address(), QStringLiteral("other-devpulse"));
        const SyncLease held(elsewhere.database(), m_cache->address(), accountId);
        QVERIFY(held.isHeld());
        SyncManager manager(m_cache->address(), m_secrets.get());
        QSignalSpy finished(&manager, &SyncManager::syncFinished);
        manager.syncAccount(accountId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        run = finished.at(0).at(1).value<SyncRun>();
    }
    QVERIFY(run->skipped);
    QCOMPARE(run->status, SyncRunStatus::Cancelled);
    QVERIFY(run->error.contains(QLatin1String("Another DevPulse is syncing this account")));
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 0);
    QCOMPARE(m_cache->rowCount(QStringLiteral("sync_runs")), 0); // nothing happened here

    // Once the other one is done, this one syncs.
    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy finished(&manager, &SyncManager::syncFinished);
    manager.syncAccount(accountId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.at(0).at(1).value<SyncRun>().status, SyncRunStatus::Succeeded);
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 300);
}

void TestSyncManager::windowStartLeavesARunningSyncAlone()
{
    // A window starting while a scheduled `devpulse sync` runs marked that sync's run failed
    // ("DevPulse stopped before this sync finished") though it went on. Runs are closed at
    // start only where the account's lease is free.
    const qint64 syncing = addAccount(true);
    const qint64 abandoned = m_cache->addAccount(QStringLiteral("hubot"));
    SyncHistory history(m_cache->db());
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(history.beginRun(QStringLiteral("github"), syncing, started).ok());
    QVERIFY(history.beginRun(QStringLiteral("github"), abandoned, started).ok());
    {
        CacheConnection elsewhere(m_cache->address(), QStringLiteral("other-devpulse"));
        const SyncLease held(elsewhere.database(), m_cache->address(), syncing);
        QVERIFY(held.isHeld());
        CacheConnection window(m_cache->address(), QStringLiteral("window-start"));
        const Result<int> closed = SyncLease::closeAbandonedRuns(
            window.database(), m_cache->address(), QDateTime::currentDateTimeUtc());
        QVERIFY(closed.ok());
        QCOMPARE(closed.value(), 1);
        QCOMPARE(history.accountsWithRunningRuns().value(), QList<qint64>{syncing});
    }
    // Once that process is gone (its lease with it), the next start closes its run too.
    const Result<int> later = SyncLease::closeAbandonedRuns(m_cache->db(), m_cache->address(),
                                                            QDateTime::currentDateTimeUtc());
    QCOMPARE(later.value(), 1);
    QVERIFY(history.accountsWithRunningRuns().value().isEmpty());
}

void TestSyncManager::twoSyncsAtOnceEndWithTheRowsOfOne()
{
    const qint64 accountId = addAccount(true);
    QVERIFY(accountId > 0);
    // Two DevPulse instances (each its own manager, threads and connections) start together.
    SyncManager first(m_cache->address(), m_secrets.get());
    SyncManager second(m_cache->address(), m_secrets.get());
    QSignalSpy firstFinished(&first, &SyncManager::syncFinished);
    QSignalSpy secondFinished(&second, &SyncManager::syncFinished);
    first.syncAccount(accountId);
    second.syncAccount(accountId);
    QTRY_VERIFY_WITH_TIMEOUT(firstFinished.size() == 1 && secondFinished.size() == 1, 90000);
    const SyncRun a = firstFinished.at(0).at(1).value<SyncRun>();
    const SyncRun b = secondFinished.at(0).at(1).value<SyncRun>();
    qInfo("first: %s, second: %s", a.skipped ? "skipped" : "synced",
          b.skipped ? "skipped" : "synced");
    // One synced; the other skipped, or (when the first was already done) found nothing new.
    QVERIFY(a.status == SyncRunStatus::Succeeded || b.status == SyncRunStatus::Succeeded);
    for (const SyncRun &run : {a, b})
        QVERIFY(run.status == SyncRunStatus::Succeeded || run.skipped);
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 300);
    QCOMPARE(m_cache->rowCount(QStringLiteral("pull_requests")), 40);
    QCOMPARE(m_cache->rowCount(QStringLiteral("issues")), 20); // every third of 30 is a pull
    // Each commit once, and once in the search index.
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(DISTINCT sha) FROM commits")),
             QStringList{QStringLiteral("300")});
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) FROM search_index "
                                            "WHERE kind = 'commit'")),
             QStringList{QStringLiteral("300")});
}

void TestSyncManager::teamDatabaseLostMidSyncEndsCleanly()
{
    if (!m_cache->isPostgreSql())
        QSKIP("A team database only: runs as tst_syncmanager.postgresql");
    const qint64 accountId = addAccount(true);
    QVERIFY(accountId > 0);
    m_github->graphqlPageSize = 10; // many pages: time to cut in between
    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy progress(&manager, &SyncManager::progressChanged);
    QSignalSpy finished(&manager, &SyncManager::syncFinished);
    manager.syncAccount(accountId);
    QTRY_VERIFY_WITH_TIMEOUT(m_cache->rowCount(QStringLiteral("commits")) > 0, 30000);

    // The server drops the worker's connection (as a restart or a network cut would).
    QSqlQuery terminate(m_cache->db());
    // Only this test process's own connections: other tests use the server at the same time.
    QVERIFY(terminate.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                          "pg_stat_activity WHERE application_name = 'DevPulse-%1' "
                                          "AND pid <> pg_backend_pid()")
                               .arg(QCoreApplication::applicationPid())));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const SyncRun cut = finished.at(0).at(1).value<SyncRun>();
    if (cut.status == SyncRunStatus::Succeeded)
        QSKIP("The sync finished before the connection was cut; nothing to check");
    QCOMPARE(cut.status, SyncRunStatus::Failed);
    QVERIFY(!cut.error.isEmpty());
    // Its run is recorded as failed on a new connection, not left "running".
    const QList<SyncRun> history = SyncHistory(m_cache->db()).recentRuns(5).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().status, SyncRunStatus::Failed);

    // The next sync continues from the last whole page and ends with the rows of one sync.
    manager.syncAccount(accountId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(1).at(1).value<SyncRun>().status, SyncRunStatus::Succeeded);
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 300);
    QCOMPARE(m_cache->rowCount(QStringLiteral("pull_requests")), 40);
    QCOMPARE(m_cache->rowCount(QStringLiteral("issues")), 20);
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) FROM search_index "
                                            "WHERE kind = 'commit'")),
             QStringList{QStringLiteral("300")});
}

void TestSyncManager::readerSeesWholePagesDuringASync()
{
    const qint64 accountId = addAccount(true);
    QVERIFY(accountId > 0);
    m_github->graphqlPageSize = 10;
    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy finished(&manager, &SyncManager::syncFinished);
    manager.syncAccount(accountId);
    // A teammate's dashboard reading while the sync writes: every read (one statement, one
    // snapshot) sees whole pages: each commit with its search entry (on SQLite, indexed or
    // waiting in search_pending until the sync ends), counts never going back.
    const QString searchEntries
        = m_cache->isPostgreSql()
              ? QStringLiteral("(SELECT count(*) FROM search_index WHERE kind = 'commit')")
              : QStringLiteral("(SELECT count(*) FROM search_index WHERE kind = 'commit') + "
                               "(SELECT count(*) FROM search_pending WHERE item_key % 3 = 0)");
    int reads = 0;
    int lastCommits = 0;
    QSet<int> seen;
    while (finished.isEmpty()) {
        QSqlQuery read(m_cache->db());
        const QString sql
            = QStringLiteral("SELECT (SELECT count(*) FROM commits), %1, "
                             "(SELECT count(*) FROM commits c JOIN repos r ON r.id = c.repo_id)")
                  .arg(searchEntries);
        // The first sync drops and builds indexes (BulkLoad): the FTS5 table opened while the
        // schema changes fails once ("vtable constructor failed"), as Search::find knows;
        // the next statement reads the new schema. Anything else, or twice, fails the test.
        bool done = read.exec(sql);
        if (!done && read.lastError().text().contains(QLatin1String("vtable constructor failed"))) {
            read = QSqlQuery(m_cache->db());
            done = read.exec(sql);
        }
        QVERIFY2(done, qPrintable(read.lastError().text()));
        QVERIFY(read.next());
        const int commits = read.value(0).toInt();
        QCOMPARE(read.value(1).toInt(), commits);
        QCOMPARE(read.value(2).toInt(), commits);
        QVERIFY(commits >= lastCommits);
        lastCommits = commits;
        seen.insert(commits);
        ++reads;
        QTest::qWait(2);
    }
    qInfo("%d reads saw %lld different commit counts", reads, qint64(seen.size()));
    QCOMPARE(finished.at(0).at(1).value<SyncRun>().status, SyncRunStatus::Succeeded);
    QVERIFY(seen.size() >= 2); // the reads really happened during the sync
    // When the sync has ended, everything is indexed.
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) FROM search_index "
                                            "WHERE kind = 'commit'")),
             QStringList{QString::number(lastCommits)});
}

void TestSyncManager::repositoriesAreReadSideBySide()
{
    // Issue 20, item 6: the worker opens lanes of its own (network access and a connection to
    // the same cache) and reads repositories side by side, as many requests at once as the
    // setting says; 1 keeps them one after the other. Same rows either way.
    for (const char *name : {"beta", "gamma", "delta", "epsilon"})
        m_github->addGeneratedRepo(QStringLiteral("octo"), QLatin1String(name), 60, 5, 10);
    m_github->server().setLatency(std::chrono::milliseconds(20));
    const qint64 accountId = addAccount(true);
    QVERIFY(accountId > 0);
    auto syncOnce = [&](int requestsAtOnce, bool full) {
        QSettings().setValue(QLatin1String(SyncManager::ConcurrentRequestsKey), requestsAtOnce);
        SyncManager manager(m_cache->address(), m_secrets.get());
        QSignalSpy finished(&manager, &SyncManager::syncFinished);
        manager.syncAccount(accountId, full);
        if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 60000))
            return SyncRun{};
        return finished.at(0).at(1).value<SyncRun>();
    };
    const SyncRun serial = syncOnce(1, false);
    QCOMPARE(serial.status, SyncRunStatus::Succeeded);
    QCOMPARE(m_github->server().mostInFlight(), 1);
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 300 + 4 * 60);

    const SyncRun sideBySide = syncOnce(4, true); // full: every repository read again
    QSettings().remove(QLatin1String(SyncManager::ConcurrentRequestsKey));
    QVERIFY2(sideBySide.status == SyncRunStatus::Succeeded, qPrintable(sideBySide.error));
    QVERIFY(m_github->server().mostInFlight() >= 2);
    QVERIFY(m_github->server().mostInFlight() <= 4);
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 300 + 4 * 60);
    // Every lane's requests are the run's.
    QVERIFY2(sideBySide.requests >= serial.requests - 5,
             qPrintable(QStringLiteral("%1 vs %2").arg(sideBySide.requests).arg(serial.requests)));
}

void TestSyncManager::automaticSyncLeavesFilesAndFoldersAlone()
{
    // "Sync all now" syncs every connected account; the scheduler's run leaves local folders
    // and CSV files out (re-reading them costs time for changes the user knows about), and
    // nobody syncs an account that is signed out.
    const qint64 github = addAccount(true);
    QVERIFY(github > 0);
    AccountRecord folder;
    folder.provider = QStringLiteral("localgit");
    folder.login = QDir(m_cache->dataDir()).filePath(QStringLiteral("no-such-repository"));
    const qint64 local = CacheWriter(m_cache->db()).upsertAccount(folder).value();
    const qint64 signedOut = m_cache->addAccount(QStringLiteral("hubot"));
    QVERIFY(AccountStore(m_cache->db()).setAuthState(signedOut, AccountAuthState::SignedOut).ok());

    SyncManager manager(m_cache->address(), m_secrets.get());
    QSignalSpy started(&manager, &SyncManager::syncStarted);
    QSignalSpy finished(&manager, &SyncManager::syncFinished);
    QVERIFY(manager.syncConnectedAccounts(false).ok());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toLongLong(), github);

    started.clear();
    finished.clear();
    QVERIFY(manager.syncConnectedAccounts(true).ok());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QSet<qint64> ids;
    for (const QList<QVariant> &signal : started)
        ids.insert(signal.first().toLongLong());
    QCOMPARE(ids, (QSet<qint64>{github, local}));
}

QTEST_GUILESS_MAIN(TestSyncManager)
#include "tst_syncmanager.moc"
