#include "core/query/cachesession.h"
#include "core/storage/boundquery.h"
#include "core/storage/cacheaddress.h"
#include "tests/support/testcache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// CacheSession: the window's one connection and the reads it makes on it (issue 22: ui/ runs
// no SQL and opens no connection of its own).
class TestCacheSession : public QObject
{
    Q_OBJECT

private slots:
    void overviewIsWhatTheWindowShows();
    void reportNamesEveryAccount();
    void repositoryChoiceIsSavedAndReadBack();
    void unreachableCacheIsSaidOnce();
};

void TestCacheSession::overviewIsWhatTheWindowShows()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 account = cache.addAccount(QStringLiteral("octo"));
    const qint64 repo = cache.addRepo(account, QStringLiteral("octo/app"));
    cache.addRepo(account, QStringLiteral("octo/never-synced"));
    const Result<void> written = BoundQuery::execWrite(
        cache.db(),
        QStringLiteral("INSERT INTO commits (repo_id, sha, authored_at, committed_at) "
                       "VALUES (?, 'abc', 1700000000, 1700000000)"),
        {repo}, QStringLiteral("test"));
    QVERIFY(written.ok());

    CacheSession session(cache.address());
    QVERIFY(session.ensureOpen());
    const Result<CacheOverviewSnapshot> overview = session.overview();
    QVERIFY2(overview.ok(), qPrintable(overview ? QString() : overview.error().detail));
    QCOMPARE(overview.value().counts.commits, 1);
    QCOMPARE(overview.value().accounts.size(), 1);
    QCOMPARE(overview.value().accounts.first().account.login, QStringLiteral("octo"));
    QVERIFY(overview.value().runs.isEmpty());
    // Only repositories with data are offered in the filter.
    QCOMPARE(overview.value().repositoriesWithData.size(), 1);
    QCOMPARE(overview.value().repositoriesWithData.first().second, QStringLiteral("octo/app"));

    const Result<AccountSummary> found = session.account(account);
    QVERIFY(found.ok());
    QCOMPARE(found.value().account.login, QStringLiteral("octo"));
    const Result<AccountDataCounts> counts = session.dataCounts(account);
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().commits, 1);
    QVERIFY(!session.account(account + 1000).ok()); // an unknown account is an error, not a row
}

void TestCacheSession::reportNamesEveryAccount()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    cache.addAccount(QStringLiteral("octo"));
    cache.addAccount(QStringLiteral("hubot"));
    CacheSession session(cache.address());
    QVERIFY(session.ensureOpen());
    QStringList names = session.accountNamesForReports();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("GitHub: hubot"), QStringLiteral("GitHub: octo")}));
}

void TestCacheSession::repositoryChoiceIsSavedAndReadBack()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 account = cache.addAccount(QStringLiteral("octo"));
    const qint64 app = cache.addRepo(account, QStringLiteral("octo/app"));
    cache.addRepo(account, QStringLiteral("octo/site"));
    CacheSession session(cache.address());
    QVERIFY(session.ensureOpen());

    QVERIFY(session.saveRepositoryChoice(account, {}, {app}).ok());
    const Result<RepositoryChoiceData> choice = session.repositoryChoice(account);
    QVERIFY(choice.ok());
    QCOMPARE(choice.value().account.account.login, QStringLiteral("octo"));
    QCOMPARE(choice.value().repos.size(), 2);
    for (const RepoOverview &repo : choice.value().repos)
        QCOMPARE(repo.isSynced(), repo.id == app);
    const Result<QList<SelectableRepo>> known = session.knownRepositories(account);
    QVERIFY(known.ok());
    QCOMPARE(known.value().size(), 2);
}

void TestCacheSession::unreachableCacheIsSaidOnce()
{
    // A SQLite "file" that is a folder cannot be opened: the window is told why, and a file
    // (unlike a team database) is not retried on a timer.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CacheSession session(dir.path());
    QSignalSpy unreachable(&session, &CacheSession::unreachable);
    QVERIFY(!session.ensureOpen());
    QCOMPARE(unreachable.size(), 1);
    QVERIFY(!session.error().userMessage.isEmpty());
    QCOMPARE(unreachable.first().first().value<Error>().userMessage, session.error().userMessage);
    QVERIFY(!session.findChild<QTimer *>());
}

QTEST_GUILESS_MAIN(TestCacheSession)
#include "tst_cachesession.moc"
