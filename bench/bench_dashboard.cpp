// The dashboard on a big cache: 1M commits (200 people, 200 repositories, three years, mixed
// UTC offsets) and 100k pull requests, then the time MetricsRunner takes to answer a filter
// change (every chart's numbers, on its pool thread, as the window asks) for several filters.
//   build/bench/bench/bench_dashboard [commits]
#include "bigcache.h"
#include "metrics/activitymetrics.h"
#include "metrics/codemetrics.h"
#include "metrics/commitactivity.h"
#include "metrics/commitsnapshot.h"
#include "metrics/mergedelay.h"
#include "metrics/metricsrunner.h"
#include "metrics/metricssql.h"
#include "metrics/reftrends.h"
#include "storage/cachedatabase.h"
#include "storage/cachewriter.h"
#include "testcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    TestCache cache;
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> repos = fillBigCache(cache, total);
    std::printf("cache: %d commits, %d pull requests written in %.1f s\n", total, total / 10,
                timer.nsecsElapsed() / 1e9);

    MetricsRunner runner(cache.address());
    auto answer = [&runner](const MetricsFilter &filter) {
        QEventLoop loop;
        QElapsedTimer elapsed;
        elapsed.start();
        QObject::connect(&runner, &MetricsRunner::metricsReady, &loop,
                         [&](const DashboardMetrics &metrics) {
                             if (metrics.filter == filter)
                                 loop.quit();
                         });
        runner.requestMetrics(filter);
        loop.exec();
        return elapsed.nsecsElapsed() / 1e6;
    };
    struct Case
    {
        const char *name;
        MetricsFilter filter;
    };
    const QDate today = QDate::currentDate();
    MetricsFilter last90;
    last90.from = today.addDays(-89);
    last90.to = today;
    MetricsFilter lastYear;
    lastYear.from = today.addDays(-364);
    lastYear.to = today;
    MetricsFilter oneRepo = lastYear;
    oneRepo.repoIds = {repos.first()};
    MetricsFilter onePerson = lastYear;
    onePerson.authors = {QStringLiteral("dev7")};
    MetricsFilter authorTime = lastYear;
    authorTime.timeZone = TimeZoneMode::AuthorOffset;
    const QList<Case> cases{{"all time", {}},
                            {"last 90 days", last90},
                            {"last 12 months", lastYear},
                            {"12 months, one repository", oneRepo},
                            {"12 months, one person", onePerson},
                            {"12 months, authors' own time", authorTime}};
    std::printf("first answer (cold caches): %.0f ms\n", answer(lastYear));
    for (const Case &item : cases) {
        QList<double> runs;
        for (int run = 0; run < 3; ++run)
            runs << answer(item.filter);
        std::printf("%-30s median %6.0f ms (runs %.0f / %.0f / %.0f)\n", item.name, medianOf(runs),
                    runs.at(0), runs.at(1), runs.at(2));
    }

    // Where a filter change spends its time: each metric alone, for the last 12 months.
    CacheConnection connection(cache.address(), QStringLiteral("bench"));
    QSqlDatabase &db = connection.database();
    const MetricsFilter year = MetricsSql::prepare(db, lastYear).value();
    const Result<CommitSnapshot> snapshot = CommitSnapshot::load(db);
    const QList<std::pair<const char *, std::function<bool()>>> metrics{
        {"commit snapshot: read", [&] { return CommitSnapshot::load(db).ok(); }},
        {"commit snapshot: count",
         [&] {
             return snapshot.ok()
                    && snapshot.value().count(db, year, ContributionGrouping::Developer).ok();
         }},
        {"punch card", [&] { return CommitActivity::punchCard(db, year).ok(); }},
        {"calendar", [&] { return CommitActivity::calendar(db, year).ok(); }},
        {"merge delay",
         [&] { return MergeDelayMetric::compute(db, year, QDateTime::currentDateTimeUtc()).ok(); }},
        {"lines per pull request", [&] { return CodeMetrics::linesPerPullRequest(db, year).ok(); }},
        {"code frequency", [&] { return CodeMetrics::codeFrequency(db, year).ok(); }},
        {"contributors", [&] { return CodeMetrics::contributors(db, year).ok(); }},
        {"branches and tags", [&] { return RefTrendsMetric::compute(db, year).ok(); }},
        {"contributions over time",
         [&] {
             return CodeMetrics::contributionsOverTime(db, year, ContributionGrouping::Developer,
                                                       ContributionPeriod::Week, 5,
                                                       ContributionMeasure::Commits)
                 .ok();
         }},
        {"activity", [&] { return ActivityMetrics::minutesByService(db, year).ok(); }}};
    std::printf("one metric at a time, last 12 months (median of 3):\n");
    for (const auto &[name, compute] : metrics) {
        QList<double> runs;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer one;
            one.start();
            if (!compute())
                std::printf("  %s failed\n", name);
            runs << one.nsecsElapsed() / 1e6;
        }
        std::printf("  %-26s %6.0f ms\n", name, medianOf(runs));
    }
    return 0;
}
