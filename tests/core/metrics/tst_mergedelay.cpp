#include "core/metrics/mergedelay.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QTest>

#include <ctime>

class TestMergeDelay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bucketsAndWeeklyNumbers();
    void datesFilterOnTheMergeDay();
    void mergeDayIsTheViewersDayAcrossDaylightSaving();
    void percentiles();
    void bucketBoundaries_data();
    void bucketBoundaries();
};

namespace {
const QDateTime Opened = QDateTime::fromString(QStringLiteral("2026-03-02T18:00:00Z"), Qt::ISODate);
}

void TestMergeDelay::initTestCase()
{
    tzset(); // CTest runs this in America/Los_Angeles
}

void TestMergeDelay::bucketsAndWeeklyNumbers()
{
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/a"));
    auto pull = [&](int number, qint64 mergedAfter, qint64 closedAfter, bool open) {
        PullRequestRecord record;
        record.repoId = repoId;
        record.number = number;
        record.state = open ? QStringLiteral("open") : QStringLiteral("closed");
        record.createdAt = Opened;
        if (mergedAfter >= 0)
            record.mergedAt = Opened.addSecs(mergedAfter);
        if (closedAfter >= 0)
            record.closedAt = Opened.addSecs(closedAfter);
        QVERIFY(writer.upsertPullRequest(record).ok());
    };
    pull(1, 30 * 60, 30 * 60, false);     // 30 min
    pull(2, 2 * 3600, 2 * 3600, false);   // 2 h
    pull(3, 50 * 3600, 50 * 3600, false); // closed after 1 h, reopened, merged after 50 h
    pull(4, -1, 3600, false);             // closed, never merged
    pull(5, -1, -1, true);                // still open

    const QDateTime now = Opened.addDays(10);
    const MergeDelay delay = MergeDelayMetric::compute(cache.db(), MetricsFilter{}, now).value();
    QCOMPARE(delay.merged, 3);
    QCOMPARE(delay.closedUnmerged, 1);
    QCOMPARE(delay.open, 1);
    QCOMPARE(delay.delays.at(0).count, 1);   // < 1 h
    QCOMPARE(delay.delays.at(1).count, 1);   // 1–4 h
    QCOMPARE(delay.delays.at(3).count, 1);   // 1–3 d
    QCOMPARE(delay.openAges.at(5).count, 1); // open for 10 days
    // All three merged in the week of Monday 2 March (Los Angeles time).
    QCOMPARE(delay.weekly.size(), 1);
    QCOMPARE(delay.weekly.first().weekStart, QDate(2026, 3, 2));
    QCOMPARE(delay.weekly.first().merged, 3);
    QCOMPARE(delay.weekly.first().medianHours, 2.0);
    QCOMPARE(delay.weekly.first().p90Hours, 50.0);
}

void TestMergeDelay::datesFilterOnTheMergeDay()
{
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/a"));
    PullRequestRecord record;
    record.repoId = repoId;
    record.number = 1;
    record.state = QStringLiteral("closed");
    record.createdAt = Opened;
    record.mergedAt = Opened.addDays(9);
    QVERIFY(writer.upsertPullRequest(record).ok());
    MetricsFilter firstWeek;
    firstWeek.to = QDate(2026, 3, 8);
    QCOMPARE(MergeDelayMetric::compute(cache.db(), firstWeek, Opened).value().merged, 0);
    MetricsFilter secondWeek;
    secondWeek.from = QDate(2026, 3, 9);
    QCOMPARE(MergeDelayMetric::compute(cache.db(), secondWeek, Opened).value().delays.at(5).count,
             1);
}

void TestMergeDelay::mergeDayIsTheViewersDayAcrossDaylightSaving()
{
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/a"));
    auto merged = [&](int number, const char *mergedAtUtc) {
        PullRequestRecord record;
        record.repoId = repoId;
        record.number = number;
        record.state = QStringLiteral("closed");
        record.createdAt = Opened;
        record.mergedAt = QDateTime::fromString(QLatin1String(mergedAtUtc), Qt::ISODate);
        QVERIFY(writer.upsertPullRequest(record).ok());
    };
    // Los Angeles moved to UTC-7 at 2026-03-08 10:00 UTC.
    merged(1, "2026-03-08T07:30:00Z"); // Saturday 7 March, 23:30 PST
    merged(2, "2026-03-09T06:30:00Z"); // Sunday 8 March, 23:30 PDT
    merged(3, "2026-03-09T07:30:00Z"); // Monday 9 March, 00:30 PDT
    auto mergedOn = [&](const QDate &from, const QDate &to) {
        MetricsFilter filter;
        filter.from = from;
        filter.to = to;
        return MergeDelayMetric::compute(cache.db(), filter, Opened).value().merged;
    };
    QCOMPARE(mergedOn(QDate(2026, 3, 7), QDate(2026, 3, 7)), 1);
    QCOMPARE(mergedOn(QDate(2026, 3, 8), QDate(2026, 3, 8)), 1);
    QCOMPARE(mergedOn(QDate(2026, 3, 9), QDate(2026, 3, 9)), 1);
    // Weeks by the local merge day: two in the week of 2 March, one in the week of 9 March.
    const MergeDelay all = MergeDelayMetric::compute(cache.db(), MetricsFilter{}, Opened).value();
    QCOMPARE(all.weekly.size(), 2);
    QCOMPARE(all.weekly.at(0).weekStart, QDate(2026, 3, 2));
    QCOMPARE(all.weekly.at(0).merged, 2);
    QCOMPARE(all.weekly.at(1).weekStart, QDate(2026, 3, 9));
    QCOMPARE(all.weekly.at(1).merged, 1);
}

void TestMergeDelay::percentiles()
{
    QCOMPARE(MergeDelayMetric::percentile({1, 2, 3, 4}, 0.5), 2.5);
    QCOMPARE(MergeDelayMetric::percentile({1, 2, 3, 4}, 0.9), 4.0);
    QCOMPARE(MergeDelayMetric::percentile({7}, 0.9), 7.0);
    QCOMPARE(MergeDelayMetric::percentile({}, 0.5), 0.0);
}

void TestMergeDelay::bucketBoundaries_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("bucket");
    QTest::addRow("59 min") << qint64(3599) << 0;
    QTest::addRow("1 h") << qint64(3600) << 1;
    QTest::addRow("4 h") << qint64(4 * 3600) << 2;
    QTest::addRow("1 d") << qint64(24 * 3600) << 3;
    QTest::addRow("3 d") << qint64(72 * 3600) << 4;
    QTest::addRow("7 d") << qint64(168 * 3600) << 5;
}

void TestMergeDelay::bucketBoundaries()
{
    QFETCH(qint64, seconds);
    QFETCH(int, bucket);
    QCOMPARE(MergeDelayMetric::bucketOf(seconds), bucket);
}

QTEST_GUILESS_MAIN(TestMergeDelay)
#include "tst_mergedelay.moc"
