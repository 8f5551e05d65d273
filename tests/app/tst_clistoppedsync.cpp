// `devpulse sync` stopped from outside: Ctrl+C, SIGTERM, kill -9, each at a known point (while
// it waits out an hour's rate limit), against a fake GitHub on loopback; real processes.
#include "core/storage/cachedatabase.h"
#include "tests/app/devpulseprocess.h"
#include "tests/support/fakegithub.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCliStoppedSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interruptedSyncIsRecordedAsCancelled_data();
    void interruptedSyncIsRecordedAsCancelled();
    void killedFirstSyncGetsItsIndexesBack();

private:
    using Run = DevPulseRun;
    void startRateLimitedFirstSync(QProcess &sync, const QString &dataDir);

    FakeGitHub m_github;
};

void TestCliStoppedSync::initTestCase()
{
    QVERIFY(m_github.listen());
    m_github.addGeneratedRepo(QStringLiteral("jacquev6"), QStringLiteral("app"), 120, 12, 9);
    m_github.addGeneratedRepo(QStringLiteral("jacquev6"), QStringLiteral("lib"), 30, 2, 3);
}

void TestCliStoppedSync::startRateLimitedFirstSync(QProcess &sync, const QString &dataDir)
{
    // Signed in, then `devpulse sync` starts and waits out an hour's rate limit at its first
    // request: a process to stop at a known point.
    const Run login = runDevPulse(
        {QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--host"),
         m_github.baseUrl().toString(), QStringLiteral("--with-token")},
        dataDir, QStringLiteral("DevPulse-cli-test"), QByteArray(FakeGitHub::Token) + "\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    m_github.server().failNext(QStringLiteral("/api/v3/user"),
                               FakeGitHub::rateLimitExhausted(3600));
    const int before = m_github.server().requestCount(QStringLiteral("/api/v3/user"));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(
        QStringLiteral("DEVPULSE_KEYCHAIN_SERVICE"),
        QStringLiteral("DevPulse-cli-test-%1").arg(QCoreApplication::applicationPid()));
    sync.setProcessEnvironment(environment);
    sync.start(QStringLiteral(DEVPULSE_BINARY),
               {QStringLiteral("sync"), QStringLiteral("--data-dir"), dataDir});
    QVERIFY(sync.waitForStarted());
    // Waiting once the rate-limited answer went out.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_github.server().requestCount(QStringLiteral("/api/v3/user")) > before, 20000);
    QTest::qWait(500);
    QCOMPARE(sync.state(), QProcess::Running);
}

void TestCliStoppedSync::interruptedSyncIsRecordedAsCancelled_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("Ctrl+C") << int(SIGINT) << 130;
    QTest::addRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestCliStoppedSync::interruptedSyncIsRecordedAsCancelled()
{
    // A sync waiting out a rate limit (an hour) is stopped by a signal: it says so, records
    // the run as cancelled (not "running" for ever), leaves no lock, and exits 128 + signal.
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QTemporaryDir data;
    QProcess sync;
    startRateLimitedFirstSync(sync, data.path());
    if (QTest::currentTestFailed())
        return;
    ::kill(pid_t(sync.processId()), signal);
    QTRY_VERIFY_WITH_TIMEOUT(sync.state() == QProcess::NotRunning, 20000);
    QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sync.exitCode(), exitCode);
    const QString err = QString::fromUtf8(sync.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("Cancelling the sync")), qPrintable(err));

    const QString cache = CacheDatabase::filePathIn(data.path());
    {
        CacheConnection connection(cache, QStringLiteral("check"));
        QSqlQuery runs(connection.database());
        QVERIFY(runs.exec(QStringLiteral("SELECT status FROM sync_runs ORDER BY id DESC")));
        QVERIFY(runs.next());
        QCOMPARE(runs.value(0).toString(), QStringLiteral("cancelled"));
    }
    const QStringList locks
        = QDir(data.path()).entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden);
    QVERIFY2(locks.isEmpty(), qPrintable(locks.join(QLatin1Char(' '))));

    // A run a killed process left "running" is closed by the account's next sync.
    {
        CacheConnection connection(cache, QStringLiteral("check"));
        QSqlQuery left(connection.database());
        QVERIFY(left.exec(
            QStringLiteral("INSERT INTO sync_runs (account_id, provider, started_at, status) "
                           "SELECT id, provider, 1700000000, 'running' FROM accounts")));
    }
    const Run next
        = runDevPulse({QStringLiteral("sync")}, data.path(), QStringLiteral("DevPulse-cli-test"));
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    CacheConnection connection(cache, QStringLiteral("check"));
    QSqlQuery running(connection.database());
    QVERIFY(
        running.exec(QStringLiteral("SELECT count(*) FROM sync_runs WHERE status = 'running'")));
    QVERIFY(running.next());
    QCOMPARE(running.value(0).toInt(), 0);
}

void TestCliStoppedSync::killedFirstSyncGetsItsIndexesBack()
{
    // Issue 20, item 8: an account's first sync drops the dashboard's indexes of commits, pull
    // requests and issues and builds them at its end. Killed before its end (kill -9), it leaves
    // them for the account's next sync to build, and nothing is lost.
    QTemporaryDir data;
    QProcess sync;
    startRateLimitedFirstSync(sync, data.path());
    if (QTest::currentTestFailed())
        return;
    const QString cache = CacheDatabase::filePathIn(data.path());
    const QString indexesLeft
        = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                         "('commits_authored_at', 'commits_author_email', 'commits_work_kind', "
                         "'pull_requests_created_at', 'issues_created_at')");
    auto scalar = [&cache](const QString &sql) {
        CacheConnection connection(cache, QStringLiteral("check"));
        QSqlQuery query(connection.database());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deferred_indexes")), 5);
    QCOMPARE(scalar(indexesLeft), 0);
    ::kill(pid_t(sync.processId()), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(sync.state() == QProcess::NotRunning, 20000);
    QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
    QCOMPARE(scalar(indexesLeft), 0);

    const Run next
        = runDevPulse({QStringLiteral("sync")}, data.path(), QStringLiteral("DevPulse-cli-test"));
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(scalar(indexesLeft), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deferred_indexes")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commits")), 150);
    // Everything it wrote is indexed for search when it ends.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_pending")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'commit'")),
             150);
}

QTEST_GUILESS_MAIN(TestCliStoppedSync)
#include "tst_clistoppedsync.moc"
