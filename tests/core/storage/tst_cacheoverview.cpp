#include "core/storage/boundquery.h"
#include "core/storage/cacheoverview.h"
#include "tests/support/testcache.h"

#include <QTest>

// CacheOverview: what the window's filter bar and the command line learn about the cache.
class TestCacheOverview : public QObject
{
    Q_OBJECT

private slots:
    void repositoryFilterOffersOnlyRepositoriesWithData();
};

void TestCacheOverview::repositoryFilterOffersOnlyRepositoriesWithData()
{
    // Issue 19 #3: a fork GitHub lists but nobody synced (no rows) was offered in the
    // repository filter, and choosing it emptied every chart.
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 account = cache.addAccount();
    const qint64 withCommits = cache.addRepo(account, QStringLiteral("octo/app"));
    const qint64 withBranchOnly = cache.addRepo(account, QStringLiteral("octo/Empty-but-branch"));
    const qint64 unsyncedFork = cache.addRepo(account, QStringLiteral("octo/fork"));
    auto write = [&cache](const QString &sql, const QVariantList &values) {
        const Result<void> written
            = BoundQuery::execWrite(cache.db(), sql, values, QStringLiteral("test"));
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().detail));
    };
    write(QStringLiteral("INSERT INTO commits (repo_id, sha, authored_at, committed_at) "
                         "VALUES (?, 'abc', 1700000000, 1700000000)"),
          {withCommits});
    write(QStringLiteral("INSERT INTO branches (repo_id, name, first_seen_at, last_seen_at) "
                         "VALUES (?, 'main', 1700000000, 1700000000)"),
          {withBranchOnly});

    const Result<QList<QPair<qint64, QString>>> offered
        = CacheOverview::repositoriesWithData(cache.db());
    QVERIFY(offered.ok());
    const QList<QPair<qint64, QString>> expected{
        {withCommits, QStringLiteral("octo/app")},
        {withBranchOnly, QStringLiteral("octo/Empty-but-branch")}};
    QCOMPARE(offered.value(), expected);

    // Every repository stays known by name (devpulse ... --repo owner/name).
    const Result<QList<QPair<qint64, QString>>> all = CacheOverview::repositories(cache.db());
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 3);
    QVERIFY(all.value().contains(qMakePair(unsyncedFork, QStringLiteral("octo/fork"))));
}

QTEST_GUILESS_MAIN(TestCacheOverview)
#include "tst_cacheoverview.moc"
