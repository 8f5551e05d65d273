// The dashboard on a big cache: 1M commits (200 people, 200 repositories, three years, mixed
// UTC offsets) and 100k pull requests, then the time MetricsRunner takes to answer a filter
// change (every chart's numbers, on its pool thread, as the window asks) for several filters.
// Each repository's commits form a line (each the parent of the next by time) and every 50th
// is deployed to production (every fifth of those fails), so delivery walks real history;
// each pull request has two reviews.
//   build/bench/bench/bench_dashboard [commits]
#include "bench/bigcache.h"
#include "core/metrics/activitymetrics.h"
#include "core/metrics/codemetrics.h"
#include "core/metrics/commitactivity.h"
#include "core/metrics/commitsnapshot.h"
#include "core/metrics/deliverymetrics.h"
#include "core/metrics/mergedelay.h"
#include "core/metrics/metricsrunner.h"
#include "core/metrics/metricssql.h"
#include "core/metrics/reftrends.h"
#include "core/metrics/reviewmetrics.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>

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
    timer.restart();
    // Parents and deployments by SQL (window functions), per repository in time order.
    for (const char *sql :
         {"WITH ordered AS (SELECT id, LAG(sha) OVER (PARTITION BY repo_id ORDER BY "
          "committed_at, id) AS parent FROM commits) UPDATE commits SET parent_shas = "
          "COALESCE((SELECT parent FROM ordered WHERE ordered.id = commits.id), '')",
          "INSERT INTO deployments (repo_id, remote_id, environment, commit_sha, created_at, "
          "status, status_at) SELECT repo_id, 'D' || id, 'production', sha, committed_at + 3600, "
          "CASE WHEN n % 250 = 0 THEN 'FAILURE' ELSE 'SUCCESS' END, committed_at + 3600 FROM "
          "(SELECT id, repo_id, sha, committed_at, ROW_NUMBER() OVER (PARTITION BY repo_id "
          "ORDER BY committed_at, id) AS n FROM commits) WHERE n % 50 = 0",
          // Two reviews per pull request (changes requested, then approved) by other people.
          "INSERT INTO pull_request_reviews (repo_id, pull_number, remote_id, author_login, "
          "state, submitted_at) SELECT repo_id, number, 'V1-' || number, 'dev' || "
          "((number * 13) % 200), 'CHANGES_REQUESTED', created_at + 1800 FROM pull_requests",
          "INSERT INTO pull_request_reviews (repo_id, pull_number, remote_id, author_login, "
          "state, submitted_at) SELECT repo_id, number, 'V2-' || number, 'dev' || "
          "((number * 17) % 200), 'APPROVED', created_at + 5400 FROM pull_requests"}) {
        QSqlQuery query(cache.db());
        if (!query.exec(QLatin1String(sql)))
            std::printf("delivery set-up failed: %s\n", qPrintable(query.lastError().text()));
    }
    std::printf("parents, %d deployments and %d reviews written in %.1f s\n", total / 50, total / 5,
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

    // Where a filter change spends its time: each metric alone, for the last 12 months and
    // for all time. The SQL versions of the commit charts (CLI, tests) for comparison.
    CacheConnection connection(cache.address(), QStringLiteral("bench"));
    QSqlDatabase &db = connection.database();
    const Result<CommitSnapshot> snapshot = CommitSnapshot::load(db);
    const Result<DeliveryFacts> facts = DeliveryMetricsQuery::prepare(db);
    for (const auto &[period, asked] :
         {std::pair<const char *, MetricsFilter>{"last 12 months", lastYear},
          std::pair<const char *, MetricsFilter>{"all time", MetricsFilter{}}}) {
        const MetricsFilter filter = MetricsSql::prepare(db, asked).value();
        const Result<CommitCounts> counts
            = snapshot ? snapshot.value().count(db, filter, ContributionGrouping::Developer)
                       : Result<CommitCounts>(snapshot.error());
        struct Metric
        {
            const char *name;
            std::function<bool()> compute;
        };
        const QList<Metric> metrics{
            {"commit snapshot: read", [&] { return CommitSnapshot::load(db).ok(); }},
            {"commit snapshot: count",
             [&] {
                 return snapshot.ok()
                        && snapshot.value().count(db, filter, ContributionGrouping::Developer).ok();
             }},
            {"merge delay",
             [&] {
                 return MergeDelayMetric::compute(db, filter, QDateTime::currentDateTimeUtc()).ok();
             }},
            {"lines per pull request",
             [&] { return CodeMetrics::linesPerPullRequest(db, filter).ok(); }},
            {"contributors' PRs and issues",
             [&] {
                 return counts.ok()
                        && CodeMetrics::contributorsFrom(db, filter, counts.value().people).ok();
             }},
            {"contributions over time",
             [&] {
                 return counts.ok()
                        && CodeMetrics::contributionsOverTimeFrom(
                               db, filter, ContributionGrouping::Developer,
                               ContributionPeriod::Week, 5, counts.value().perDay)
                               .ok();
             }},
            {"branches and tags", [&] { return RefTrendsMetric::compute(db, filter).ok(); }},
            {"reviews", [&] { return ReviewMetricsQuery::compute(db, filter).ok(); }},
            {"delivery: prepare + aggregate",
             [&] { return DeliveryMetricsQuery::compute(db, filter).ok(); }},
            {"delivery: aggregate",
             [&] {
                 return facts.ok()
                        && DeliveryMetricsQuery::aggregate(facts.value(), filter).attempts >= 0;
             }},
            {"activity", [&] { return ActivityMetrics::minutesByService(db, filter).ok(); }},
            {"(SQL) punch card", [&] { return CommitActivity::punchCard(db, filter).ok(); }},
            {"(SQL) code frequency", [&] { return CodeMetrics::codeFrequency(db, filter).ok(); }},
            {"(SQL) contributors", [&] { return CodeMetrics::contributors(db, filter).ok(); }},
        };
        std::printf("one metric at a time, %s (median of 3):\n", period);
        for (const Metric &metric : metrics) {
            QList<double> runs;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer one;
                one.start();
                if (!metric.compute())
                    std::printf("  %s failed\n", metric.name);
                runs << one.nsecsElapsed() / 1e6;
            }
            std::printf("  %-30s %6.0f ms\n", metric.name, medianOf(runs));
        }
    }
    return 0;
}
