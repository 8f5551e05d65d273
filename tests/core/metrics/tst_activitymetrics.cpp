#include "core/metrics/activitymetrics.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QTest>

/// Minutes per service over time, against numbers added up by hand.
class TestActivityMetrics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dailyWithinAShortRange();
    void weeklyPastThreeMonths();
    void emptyRangeIsEmpty();

private:
    void add(const QString &sourceId, const QDate &day, const QString &service, int minutes);

    std::unique_ptr<TestCache> m_cache;
    qint64 m_account = 0;
};

void TestActivityMetrics::init()
{
    m_cache = std::make_unique<TestCache>();
    AccountRecord account;
    account.provider = QStringLiteral("csv");
    account.login = QStringLiteral("/tmp/log.csv");
    m_account = CacheWriter(m_cache->db()).upsertAccount(account).value();
    // Mon 2026-11-16 .. Sun 2026-11-22, plus one day in July.
    add(QStringLiteral("a"), QDate(2026, 11, 16), QStringLiteral("WakaTime"), 120);
    add(QStringLiteral("b"), QDate(2026, 11, 16), QStringLiteral("WakaTime"), 30);
    add(QStringLiteral("c"), QDate(2026, 11, 16), QStringLiteral("Books"), 45);
    add(QStringLiteral("d"), QDate(2026, 11, 18), QStringLiteral("Codewars"), 30);
    add(QStringLiteral("e"), QDate(2026, 11, 22), QStringLiteral("WakaTime"), 60);
    add(QStringLiteral("f"), QDate(2026, 7, 1), QStringLiteral("Books"), 200); // a Wednesday
}

void TestActivityMetrics::add(const QString &sourceId, const QDate &day, const QString &service,
                              int minutes)
{
    QVERIFY(CacheWriter(m_cache->db())
                .upsertActivity({m_account, sourceId, day, service, minutes, QString()})
                .ok());
}

void TestActivityMetrics::dailyWithinAShortRange()
{
    MetricsFilter filter;
    filter.from = QDate(2026, 11, 16);
    filter.to = QDate(2026, 11, 22);
    const ActivitySeries series = ActivityMetrics::minutesByService(m_cache->db(), filter).value();
    QVERIFY(!series.weekly);
    QCOMPARE(series.periods.size(), 7); // every day from the 16th to the 22nd, idle ones too
    QCOMPARE(series.periods.first(), QDate(2026, 11, 16));
    // Most minutes first: WakaTime 210, Books 45, Codewars 30.
    QCOMPARE(series.services, (QStringList{QStringLiteral("WakaTime"), QStringLiteral("Books"),
                                           QStringLiteral("Codewars")}));
    QCOMPARE(series.minutes.at(0), (QList<int>{150, 0, 0, 0, 0, 0, 60}));
    QCOMPARE(series.minutes.at(1), (QList<int>{45, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(series.minutes.at(2), (QList<int>{0, 0, 30, 0, 0, 0, 0}));
    QCOMPARE(series.totalMinutes, qint64(285));
}

void TestActivityMetrics::weeklyPastThreeMonths()
{
    const ActivitySeries series = ActivityMetrics::minutesByService(m_cache->db(), {}).value();
    QVERIFY(series.weekly);
    // Weeks from Monday 2026-06-29 (the week of 1 July) to Monday 2026-11-16: 21 weeks.
    QCOMPARE(series.periods.first(), QDate(2026, 6, 29));
    QCOMPARE(series.periods.last(), QDate(2026, 11, 16));
    QCOMPARE(series.periods.size(), 21);
    QCOMPARE(series.services.first(), QStringLiteral("Books")); // 245 minutes
    QCOMPARE(series.minutes.at(0).first(), 200);
    QCOMPARE(series.minutes.at(0).last(), 45);
    QCOMPARE(series.minutes.at(1).last(), 210); // WakaTime's whole week
    QCOMPARE(series.totalMinutes, qint64(485));
}

void TestActivityMetrics::emptyRangeIsEmpty()
{
    MetricsFilter filter;
    filter.from = QDate(2025, 1, 1);
    filter.to = QDate(2025, 1, 31);
    const ActivitySeries series = ActivityMetrics::minutesByService(m_cache->db(), filter).value();
    QVERIFY(series.periods.isEmpty());
    QVERIFY(series.services.isEmpty());
    QCOMPARE(series.totalMinutes, qint64(0));
}

QTEST_GUILESS_MAIN(TestActivityMetrics)
#include "tst_activitymetrics.moc"
