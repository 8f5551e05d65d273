#include "core/charts/dashboardcharts.h"
#include "core/charts/timebuckets.h"
#include "core/charts/timeseries.h"

#include <QTest>

#include <cmath>

/// Calendar buckets of the time charts and adding values up into coarser ones.
class TestTimeBuckets : public QObject
{
    Q_OBJECT

private slots:
    void bucketsStartOnCalendarBoundaries_data();
    void bucketsStartOnCalendarBoundaries();
    void everyBucketOfTheRangeIsThere();
    void choiceFollowsRangeAndRoom_data();
    void choiceFollowsRangeAndRoom();
    void rebucketingKeepsEveryValue_data();
    void rebucketingKeepsEveryValue();
    void weeksGoToTheMonthOfTheirThursday();
    void emptyBucketsAreZeroNotMissing();
    void othersFoldTheRest();
    void manyServicesFoldIntoOthers();
    void kindsOfWorkAreSharesOfEachBucket();
};

void TestTimeBuckets::bucketsStartOnCalendarBoundaries_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::addColumn<QDate>("start");
    QTest::addRow("day") << QDate(2025, 3, 5) << TimeBucket::Day << QDate(2025, 3, 5);
    QTest::addRow("week, Wednesday") << QDate(2025, 3, 5) << TimeBucket::Week << QDate(2025, 3, 3);
    QTest::addRow("week, Sunday") << QDate(2025, 3, 9) << TimeBucket::Week << QDate(2025, 3, 3);
    QTest::addRow("week over new year")
        << QDate(2026, 1, 1) << TimeBucket::Week << QDate(2025, 12, 29);
    QTest::addRow("month") << QDate(2024, 2, 29) << TimeBucket::Month << QDate(2024, 2, 1);
    QTest::addRow("quarter") << QDate(2024, 6, 30) << TimeBucket::Quarter << QDate(2024, 4, 1);
    QTest::addRow("year") << QDate(2024, 12, 31) << TimeBucket::Year << QDate(2024, 1, 1);
}

void TestTimeBuckets::bucketsStartOnCalendarBoundaries()
{
    QFETCH(QDate, day);
    QFETCH(TimeBucket, bucket);
    QFETCH(QDate, start);
    QCOMPARE(TimeBuckets::startOf(day, bucket), start);
}

void TestTimeBuckets::everyBucketOfTheRangeIsThere()
{
    const QDate from(2011, 11, 17);
    const QDate to(2026, 12, 3); // 15 years
    for (TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month,
                              TimeBucket::Quarter, TimeBucket::Year}) {
        const QList<QDate> starts = TimeBuckets::starts(from, to, bucket);
        QCOMPARE(qint64(starts.size()), TimeBuckets::count(from, to, bucket));
        QCOMPARE(starts.constFirst(), TimeBuckets::startOf(from, bucket));
        QCOMPARE(starts.constLast(), TimeBuckets::startOf(to, bucket));
        for (qsizetype i = 1; i < starts.size(); ++i)
            QCOMPARE(starts.at(i), TimeBuckets::next(starts.at(i - 1), bucket)); // no gap
    }
    QCOMPARE(TimeBuckets::count(from, to, TimeBucket::Year), 16);
    QCOMPARE(TimeBuckets::count(from, to, TimeBucket::Quarter), 61);
    QVERIFY(TimeBuckets::starts(to, from, TimeBucket::Day).isEmpty());
}

void TestTimeBuckets::choiceFollowsRangeAndRoom_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("maxBuckets");
    QTest::addColumn<TimeBucket>("finest");
    QTest::addColumn<TimeBucket>("chosen");
    QTest::addRow("a week in any chart") << 7 << 20 << TimeBucket::Day << TimeBucket::Day;
    QTest::addRow("30 days, wide") << 30 << 200 << TimeBucket::Day << TimeBucket::Day;
    QTest::addRow("30 days, narrow") << 30 << 20 << TimeBucket::Day << TimeBucket::Week;
    QTest::addRow("a year, wide") << 365 << 400 << TimeBucket::Day << TimeBucket::Day;
    QTest::addRow("a year, normal") << 365 << 200 << TimeBucket::Day << TimeBucket::Week;
    QTest::addRow("ten years") << 3652 << 200 << TimeBucket::Day << TimeBucket::Month;
    QTest::addRow("fifteen years, narrow") << 5479 << 80 << TimeBucket::Day << TimeBucket::Quarter;
    QTest::addRow("fifteen years, tiny") << 5479 << 10 << TimeBucket::Day << TimeBucket::Year;
    QTest::addRow("monthly data stays monthly")
        << 30 << 200 << TimeBucket::Month << TimeBucket::Month;
}

void TestTimeBuckets::choiceFollowsRangeAndRoom()
{
    QFETCH(int, days);
    QFETCH(int, maxBuckets);
    QFETCH(TimeBucket, finest);
    QFETCH(TimeBucket, chosen);
    const QDate to(2026, 12, 3);
    QCOMPARE(TimeBuckets::choose(to.addDays(1 - days), to, maxBuckets, finest), chosen);
}

void TestTimeBuckets::rebucketingKeepsEveryValue_data()
{
    QTest::addColumn<TimeBucket>("coarser");
    QTest::addRow("weeks") << TimeBucket::Week;
    QTest::addRow("months") << TimeBucket::Month;
    QTest::addRow("quarters") << TimeBucket::Quarter;
    QTest::addRow("years") << TimeBucket::Year;
}

void TestTimeBuckets::rebucketingKeepsEveryValue()
{
    QFETCH(TimeBucket, coarser);
    const QDate from(2019, 2, 27);
    const QDate to(2026, 12, 3);
    TimeSeries days(from, to, TimeBucket::Day, {QStringLiteral("a"), QStringLiteral("b")});
    QHash<QDate, double> expected; // per coarse bucket, by hand
    double total = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const double value = (day.dayOfYear() * 7) % 13;
        days.add(0, day, value);
        days.add(1, day, -value / 2);
        expected[TimeBuckets::startOf(day, coarser)] += value;
        total += value;
    }
    const TimeSeries coarse = days.rebucketed(coarser);
    QCOMPARE(coarse.bucket, coarser);
    QCOMPARE(coarse.starts, TimeBuckets::starts(from, to, coarser));
    double sum = 0;
    for (qsizetype i = 0; i < coarse.starts.size(); ++i) {
        QCOMPARE(coarse.series.at(0).values.at(i), expected.value(coarse.starts.at(i)));
        QCOMPARE(coarse.series.at(1).values.at(i), -expected.value(coarse.starts.at(i)) / 2);
        sum += coarse.series.at(0).values.at(i);
    }
    QCOMPARE(sum, total);
}

void TestTimeBuckets::weeksGoToTheMonthOfTheirThursday()
{
    // The week of Monday 28 April 2025 has its Thursday on 1 May.
    TimeSeries weeks(QDate(2025, 4, 14), QDate(2025, 5, 11), TimeBucket::Week,
                     {QStringLiteral("commits")});
    weeks.add(0, QDate(2025, 4, 15), 1);
    weeks.add(0, QDate(2025, 4, 28), 10);
    weeks.add(0, QDate(2025, 5, 6), 100);
    const TimeSeries months = weeks.rebucketed(TimeBucket::Month);
    QCOMPARE(months.starts, (QList<QDate>{QDate(2025, 4, 1), QDate(2025, 5, 1)}));
    QCOMPARE(months.series.at(0).values, (QList<double>{1, 110}));
}

void TestTimeBuckets::emptyBucketsAreZeroNotMissing()
{
    // Data in February and December only: every month between is there, as zero.
    TimeSeries months(QDate(2025, 1, 1), QDate(2025, 12, 31), TimeBucket::Month,
                      {QStringLiteral("tags")});
    months.add(0, QDate(2025, 2, 1), 3);
    months.add(0, QDate(2025, 12, 1), 1);
    months.add(0, QDate(2027, 1, 1), 99); // outside the range: ignored
    QCOMPARE(months.starts.size(), 12);
    QCOMPARE(months.series.at(0).values, (QList<double>{0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
    QVERIFY(!months.isEmpty());
    QVERIFY(TimeSeries(QDate(2025, 1, 1), QDate(2025, 1, 7), TimeBucket::Day, {QStringLiteral("x")})
                .isEmpty());
}

void TestTimeBuckets::othersFoldTheRest()
{
    TimeSeries series(
        QDate(2025, 1, 1), QDate(2025, 1, 2), TimeBucket::Day,
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    for (int s = 0; s < 4; ++s)
        series.add(s, QDate(2025, 1, 2), s + 1);
    series.foldInto(3, QStringLiteral("Others (2)"));
    QCOMPARE(series.series.size(), 3);
    QCOMPARE(series.series.at(2).name, QStringLiteral("Others (2)"));
    QCOMPARE(series.series.at(2).values, (QList<double>{0, 3 + 4}));
}

void TestTimeBuckets::manyServicesFoldIntoOthers()
{
    // Ten services of activity: six apart (the colours stay distinguishable), four as one.
    DashboardMetrics metrics;
    metrics.filter.from = QDate(2026, 11, 1);
    metrics.filter.to = QDate(2026, 11, 7);
    for (int s = 0; s < 10; ++s) {
        metrics.activity.services << QStringLiteral("service %1").arg(s);
        metrics.activity.minutes << QList<int>{10 * (10 - s)};
    }
    metrics.activity.periods = {QDate(2026, 11, 3)};
    const TimeSeries chart = DashboardCharts::activity(metrics);
    QCOMPARE(chart.series.size(), 7);
    QVERIFY2(chart.series.last().name.contains(QLatin1String("4")),
             qPrintable(chart.series.last().name));
    double total = 0;
    for (const TimeSeries::Series &one : chart.series)
        for (double value : one.values)
            total += value;
    QCOMPARE(total, 550.0); // nothing lost in the fold
}

void TestTimeBuckets::kindsOfWorkAreSharesOfEachBucket()
{
    // Ten kinds of work over two days of one week: the seven largest apart, "other" with the
    // three smallest in grey; shown per week, each bar is the week's commits in percent.
    DashboardMetrics metrics;
    metrics.filter.from = QDate(2026, 11, 2); // a Monday
    metrics.filter.to = QDate(2026, 11, 8);
    const qint64 monday = QDate(1970, 1, 1).daysTo(metrics.filter.from);
    const QStringList ids{QStringLiteral("fix"),   QStringLiteral("feat"),  QStringLiteral("docs"),
                          QStringLiteral("test"),  QStringLiteral("build"), QStringLiteral("ci"),
                          QStringLiteral("chore"), QStringLiteral("style"), QStringLiteral("perf"),
                          QStringLiteral("other")};
    int all = 0;
    for (qsizetype k = 0; k < ids.size(); ++k) {
        const int count = int(20 - k); // fix 20, feat 19, ... other 11
        metrics.workKindsPerDay << DayCount{monday, ids.at(k), count / 2}
                                << DayCount{monday + 3, ids.at(k), count - count / 2};
        all += count;
    }
    QString rest;
    const TimeSeries chart = DashboardCharts::workKinds(metrics, &rest);
    QVERIFY(chart.shares);
    QCOMPARE(chart.series.size(), 8);
    QCOMPARE(chart.series.first().name, QStringLiteral("Fixes"));
    QCOMPARE(chart.series.last().name, rest);
    QVERIFY2(rest.contains(QLatin1String("2 smaller")), qPrintable(rest)); // style, perf

    const TimeSeries week = chart.rebucketed(TimeBucket::Week).asShares();
    QCOMPARE(week.starts.size(), 1);
    QCOMPARE(week.series.first().values.first(), std::round(1000.0 * 20 / all) / 10);
    // The rest: other 11 + style 13 + perf 12.
    QCOMPARE(week.series.last().values.first(), std::round(1000.0 * 36 / all) / 10);
    double total = 0;
    for (const TimeSeries::Series &one : week.series)
        total += one.values.first();
    QVERIFY2(std::abs(total - 100) < 0.5, qPrintable(QString::number(total)));
    // A week without commits stays empty, not 0/0.
    metrics.filter.to = QDate(2026, 11, 15);
    const TimeSeries twoWeeks = DashboardCharts::workKinds(metrics).rebucketed(TimeBucket::Week);
    QCOMPARE(twoWeeks.asShares().series.first().values.last(), 0.0);
}

QTEST_GUILESS_MAIN(TestTimeBuckets)
#include "tst_timebuckets.moc"
