#include "core/metrics/reftrends.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QTest>

#include <ctime>

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}
} // namespace

/// Branch and tag trends per month, and the release cadence (America/Los_Angeles via CTest).
class TestRefTrends : public QObject
{
    Q_OBJECT

private slots:
    void monthsAndCadence();
};

void TestRefTrends::monthsAndCadence()
{
    tzset();
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 account = cache.addAccount();
    const qint64 app = cache.addRepo(account, QStringLiteral("octo/app"));
    const qint64 lib = cache.addRepo(account, QStringLiteral("octo/lib"));
    CacheWriter writer(cache.db());
    // Branches: one with a known creation in January, one first seen in February and deleted
    // in March.
    QVERIFY(writer
                .upsertBranch({app, QStringLiteral("main"), QStringLiteral("a"),
                               utc("2026-01-10T12:00:00Z"), utc("2026-02-01T12:00:00Z")})
                .ok());
    QVERIFY(writer
                .upsertBranch({app, QStringLiteral("topic"), QStringLiteral("b"), QDateTime(),
                               utc("2026-02-15T12:00:00Z")})
                .ok());
    QVERIFY(BoundQuery::execWrite(
                cache.db(),
                QStringLiteral("UPDATE branches SET deleted_at = ? WHERE name = 'topic'"),
                {utc("2026-03-05T12:00:00Z").toSecsSinceEpoch()}, QStringLiteral("test"))
                .ok());
    // Tags: app every 10 and then 20 days, lib once.
    for (const auto &[repo, name, when] : {std::tuple{app, "v1", "2026-01-01T12:00:00Z"},
                                           std::tuple{app, "v2", "2026-01-11T12:00:00Z"},
                                           std::tuple{app, "v3", "2026-01-31T12:00:00Z"},
                                           std::tuple{lib, "v1", "2026-03-01T12:00:00Z"}}) {
        QVERIFY(writer
                    .upsertTag({repo, QLatin1String(name), QStringLiteral("x"), utc(when), false,
                                utc("2026-04-01T00:00:00Z")})
                    .ok());
    }

    // Branches lib already had when DevPulse first read it (1 March): no date can be proved,
    // so they are in no month (they made "13 branches created" in the first sync's month).
    for (const char *name : {"old-1", "old-2", "old-3"})
        QVERIFY(writer
                    .upsertBranch({lib, QLatin1String(name), QStringLiteral("c"), QDateTime(),
                                   utc("2026-03-01T18:00:00Z")})
                    .ok());

    const RefTrends trends = RefTrendsMetric::compute(cache.db(), MetricsFilter{}).value();
    QCOMPARE(trends.undatedBranches, 3);
    QCOMPARE(trends.months.size(), 3);
    QCOMPARE(trends.months.at(0).month, QDate(2026, 1, 1));
    QCOMPARE(trends.months.at(0).branchesCreated, 1);
    QCOMPARE(trends.months.at(0).tags, 3);
    // "topic" has no creation time; it appeared after app's first sync (1 February, when
    // "main" was first seen): first seen by DevPulse in February, not "created".
    QCOMPARE(trends.months.at(1).month, QDate(2026, 2, 1));
    QCOMPARE(trends.months.at(1).branchesCreated, 0);
    QCOMPARE(trends.months.at(1).branchesFirstSeen, 1);
    QCOMPARE(trends.months.at(2).month, QDate(2026, 3, 1));
    QCOMPARE(trends.months.at(2).branchesDeleted, 1);
    QCOMPARE(trends.months.at(2).branchesCreated + trends.months.at(2).branchesFirstSeen, 0);
    QCOMPARE(trends.months.at(2).tags, 1);
    QCOMPARE(trends.tagCount, 4);
    QCOMPARE(trends.medianDaysBetweenTags, 15.0); // gaps of 10 and 20 days in app

    MetricsFilter onlyLib;
    onlyLib.repoIds = {lib};
    QCOMPARE(RefTrendsMetric::compute(cache.db(), onlyLib).value().tagCount, 1);
}

QTEST_GUILESS_MAIN(TestRefTrends)
#include "tst_reftrends.moc"
