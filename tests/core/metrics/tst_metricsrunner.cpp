// MetricsRunner puts every chart of a filter change together from two threads (the commits
// from the snapshot on its pool, pull requests, refs and activity on the second one): each
// field must hold what the metric's own function computes, and a failure on either thread must
// reach the window as an error.
#include "core/metrics/commitsnapshot.h"
#include "core/metrics/metricsrunner.h"
#include "core/metrics/metricssql.h"
#include "core/people/identities.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestMetricsRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChartHoldsItsMetric();
    void otherMeasuresOverTimeComeFromSql();
    void failureBesideTheCommitsIsReported();
    void aStartAnswersARecentRangeFromItsCommitsThenReadsTheRest();
    void deliveryIsWalkedOncePerCacheChange();
    // Last: it merges two people in the shared cache.
    void mergedPersonCountsAsTheSumOfItsAliases();

private:
    DashboardMetrics answer(ContributionMeasure measure = ContributionMeasure::Commits);

    TestCache m_cache;
    MetricsFilter m_filter;
};

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

QString describe(const ContributionSeries &series)
{
    QStringList rows;
    for (qsizetype name = 0; name < series.names.size(); ++name) {
        QStringList counts;
        for (const int count : series.counts.at(name))
            counts << QString::number(count);
        rows << series.names.at(name) + QLatin1Char(':') + counts.join(QLatin1Char(','));
    }
    for (const QDate &period : series.periods)
        rows << period.toString(Qt::ISODate);
    return rows.join(QLatin1Char(' '));
}

} // namespace

void TestMetricsRunner::initTestCase()
{
    QVERIFY(m_cache.isValid());
    const qint64 account = m_cache.addAccount(QStringLiteral("octo"));
    const qint64 repo = m_cache.addRepo(account, QStringLiteral("octo/app"));
    CacheWriter writer(m_cache.db());
    QVERIFY(writer.transaction().ok());
    for (int i = 0; i < 12; ++i) {
        CommitRecord commit;
        commit.repoId = repo;
        commit.sha = QString::number(i + 1, 16).rightJustified(40, QLatin1Char('0'));
        commit.author
            = {i % 3 ? QStringLiteral("ada") : QStringLiteral("bob"), QString(), QString()};
        commit.authoredAt = at("2026-05-04T09:00:00Z").addSecs(qint64(i) * 7 * 3600);
        commit.committedAt = commit.authoredAt;
        commit.additions = 10 * i;
        commit.deletions = i;
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    for (int n = 1; n <= 6; ++n) {
        PullRequestRecord pull;
        pull.repoId = repo;
        pull.number = n;
        pull.authorLogin = n % 2 ? QStringLiteral("ada") : QStringLiteral("bob");
        pull.createdAt = at("2026-05-04T08:00:00Z").addDays(n);
        pull.state = n == 6 ? QStringLiteral("open") : QStringLiteral("closed");
        if (n < 5)
            pull.mergedAt = pull.createdAt.addSecs(qint64(n) * 5 * 3600);
        else if (n == 5)
            pull.closedAt = pull.createdAt.addSecs(3600); // closed without merging
        pull.additions = 100 * n;
        pull.deletions = 10 * n;
        QVERIFY(writer.upsertPullRequest(pull).ok());
    }
    for (int n = 0; n < 3; ++n) {
        TagRecord tag;
        tag.repoId = repo;
        tag.name = QStringLiteral("v1.%1").arg(n);
        tag.sha = QString::number(n + 1).repeated(40).left(40);
        tag.taggedAt = at("2026-05-01T12:00:00Z").addDays(14 * n);
        tag.isRelease = true;
        tag.seenAt = tag.taggedAt;
        QVERIFY(writer.upsertTag(tag).ok());
    }
    for (int day = 0; day < 4; ++day) {
        ActivityRecord activity;
        activity.accountId = account;
        activity.sourceId = QStringLiteral("a%1").arg(day);
        activity.day = QDate(2026, 5, 4).addDays(day);
        activity.service = day % 2 ? QStringLiteral("Reading") : QStringLiteral("Coding");
        activity.minutes = 30 + day;
        QVERIFY(writer.upsertActivity(activity).ok());
    }
    QVERIFY(writer.commit().ok());
    m_filter.from = QDate(2026, 5, 1);
    m_filter.to = QDate(2026, 6, 30);
}

// The second answer of one runner: the first reads the commits and computes the rest after
// them on its own thread; the second, with the commits in memory, on both threads. Both must
// say the same (an empty filter when they do not).
DashboardMetrics TestMetricsRunner::answer(ContributionMeasure measure)
{
    MetricsRunner runner(m_cache.address());
    QSignalSpy ready(&runner, &MetricsRunner::metricsReady);
    for (int round = 1; round <= 2; ++round) {
        runner.requestMetrics(m_filter, ContributionGrouping::Developer, ContributionPeriod::Week,
                              measure);
        if (!ready.wait(10000) || ready.size() != round)
            return {};
    }
    const auto first = ready.at(0).constFirst().value<DashboardMetrics>();
    const auto second = ready.at(1).constFirst().value<DashboardMetrics>();
    if (first.error != second.error || first.punchCard.total != second.punchCard.total
        || first.mergeDelay.merged != second.mergeDelay.merged
        || first.linesPerPullRequest.averageAdditions != second.linesPerPullRequest.averageAdditions
        || first.refTrends.tagCount != second.refTrends.tagCount
        || first.activity.totalMinutes != second.activity.totalMinutes
        || first.contributionsOverTime.names != second.contributionsOverTime.names
        || first.contributionsOverTime.counts != second.contributionsOverTime.counts)
        return {};
    return second;
}

void TestMetricsRunner::everyChartHoldsItsMetric()
{
    const DashboardMetrics metrics = answer();
    QVERIFY2(metrics.error.isEmpty(), qPrintable(metrics.error));
    QCOMPARE(metrics.filter, m_filter);
    // By hand: 12 commits, 5 pull requests closed (4 merged: 5, 10, 15 and 20 hours), one open.
    QCOMPARE(metrics.punchCard.total, 12);
    QCOMPARE(metrics.mergeDelay.merged, 4);
    QCOMPARE(metrics.mergeDelay.closedUnmerged, 1);
    QCOMPARE(metrics.mergeDelay.open, 1);
    QCOMPARE(metrics.linesPerPullRequest.pullRequests, 4);
    QCOMPARE(metrics.linesPerPullRequest.averageAdditions, 250.0);
    QCOMPARE(metrics.refTrends.tagCount, 3);
    QCOMPARE(metrics.refTrends.medianDaysBetweenTags, 14.0);
    QCOMPARE(metrics.activity.totalMinutes, qint64(30 + 31 + 32 + 33));
    QCOMPARE(metrics.activity.services.size(), 2);
    // And each equal to its function's own answer on this cache.
    QSqlDatabase &db = m_cache.db();
    const MetricsFilter query = MetricsSql::prepare(db, m_filter).value();
    const MergeDelay delay
        = MergeDelayMetric::compute(db, query, QDateTime::currentDateTimeUtc()).value();
    QCOMPARE(metrics.mergeDelay.delays.size(), delay.delays.size());
    for (qsizetype bucket = 0; bucket < delay.delays.size(); ++bucket)
        QCOMPARE(metrics.mergeDelay.delays.at(bucket).count, delay.delays.at(bucket).count);
    QCOMPARE(metrics.contributors.size(), 2);
    QCOMPARE(metrics.contributors.constFirst().name, QStringLiteral("ada"));
    QCOMPARE(metrics.contributors.constFirst().commits, 8);
}

void TestMetricsRunner::otherMeasuresOverTimeComeFromSql()
{
    const DashboardMetrics metrics = answer(ContributionMeasure::PullsMerged);
    QVERIFY2(metrics.error.isEmpty(), qPrintable(metrics.error));
    QSqlDatabase &db = m_cache.db();
    const MetricsFilter query = MetricsSql::prepare(db, m_filter).value();
    const ContributionSeries bySql
        = CodeMetrics::contributionsOverTime(db, query, ContributionGrouping::Developer,
                                             ContributionPeriod::Week, 5,
                                             ContributionMeasure::PullsMerged)
              .value();
    QVERIFY(!bySql.names.isEmpty());
    QCOMPARE(describe(metrics.contributionsOverTime), describe(bySql));
    QCOMPARE(metrics.punchCard.total, 12); // the commits' charts still from the snapshot
}

void TestMetricsRunner::failureBesideTheCommitsIsReported()
{
    TestCache broken;
    QVERIFY(broken.isValid());
    QVERIFY(
        broken.db().exec(QStringLiteral("ALTER TABLE tags RENAME TO tags_gone")).lastError().type()
        == QSqlError::NoError);
    MetricsRunner runner(broken.address());
    QSignalSpy ready(&runner, &MetricsRunner::metricsReady);
    // On the runner's thread (the commits are read first), then on the second one.
    for (int round = 1; round <= 2; ++round) {
        runner.requestMetrics(m_filter);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.size(), round);
        const auto metrics = ready.constLast().constFirst().value<DashboardMetrics>();
        QVERIFY2(metrics.error.contains(QLatin1String("cache")), qPrintable(metrics.error));
    }
}

namespace {

// Every metric's totals, as one line: what a merged person and its aliases must share.
QString totalsOf(const DashboardMetrics &metrics)
{
    QStringList parts;
    parts << QStringLiteral("commits %1").arg(metrics.punchCard.total);
    const MergeDelay &delay = metrics.mergeDelay;
    parts << QStringLiteral("merged %1 closed %2 open %3")
                 .arg(delay.merged)
                 .arg(delay.closedUnmerged)
                 .arg(delay.open);
    QStringList buckets;
    for (const DurationBucket &bucket : delay.delays)
        buckets << QString::number(bucket.count);
    parts << QStringLiteral("delays %1").arg(buckets.join(QLatin1Char(',')));
    parts << QStringLiteral("median %1 p90 %2").arg(delay.medianHours).arg(delay.p90Hours);
    parts << QStringLiteral("lines %1 +%2 -%3")
                 .arg(metrics.linesPerPullRequest.pullRequests)
                 .arg(metrics.linesPerPullRequest.averageAdditions)
                 .arg(metrics.linesPerPullRequest.averageDeletions);
    qint64 commits = 0;
    qint64 added = 0;
    qint64 opened = 0;
    qint64 merged = 0;
    for (const Contributor &person : metrics.contributors) {
        commits += person.commits;
        added += person.additions;
        opened += person.pullRequestsOpened;
        merged += person.pullRequestsMerged;
    }
    parts << QStringLiteral("contributors %1 %2 %3 %4")
                 .arg(commits)
                 .arg(added)
                 .arg(opened)
                 .arg(merged);
    int overTime = 0;
    for (const QList<int> &counts : metrics.contributionsOverTime.counts)
        for (int count : counts)
            overTime += count;
    parts << QStringLiteral("over time %1").arg(overTime);
    return parts.join(QStringLiteral("; "));
}

const ContributionMeasure AllMeasures[]
    = {ContributionMeasure::Commits, ContributionMeasure::PullsOpened,
       ContributionMeasure::PullsMerged, ContributionMeasure::IssuesOpened,
       ContributionMeasure::IssuesClosed};

} // namespace

void TestMetricsRunner::mergedPersonCountsAsTheSumOfItsAliases()
{
    // The logins "ada" and "bob" before merging, then the one person they were merged into:
    // every metric must count the same, for every measure of the contributions over time.
    m_filter.authors = {QStringLiteral("ada"), QStringLiteral("bob")};
    QStringList aliases;
    for (ContributionMeasure measure : AllMeasures)
        aliases << totalsOf(answer(measure));
    QVERIFY2(aliases.constFirst().contains(QLatin1String("merged 4 closed 1 open 1")),
             qPrintable(aliases.constFirst()));

    const Result<qint64> person = Identities::merge(
        m_cache.db(), {QStringLiteral("ada"), QStringLiteral("bob")}, QStringLiteral("Ada B."));
    QVERIFY(person.ok());
    m_filter.authors = {QStringLiteral("#%1").arg(person.value())};
    QStringList merged;
    for (ContributionMeasure measure : AllMeasures)
        merged << totalsOf(answer(measure));
    QCOMPARE(merged, aliases);
}

void TestMetricsRunner::aStartAnswersARecentRangeFromItsCommitsThenReadsTheRest()
{
    // Ten years of history, a few commits in the last month: a start on "last 30 days" reads
    // those first (CommitSnapshot::loadSince) and the rest after the answer. Every answer
    // stays exact and the snapshot kept for the next start holds every commit.
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repo = cache.addRepo(cache.addAccount(), QStringLiteral("octo/one"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CacheWriter writer(cache.db());
    QVERIFY(writer.transaction().ok());
    for (int i = 0; i < 120; ++i) { // one a month, ten years back
        CommitRecord commit;
        commit.repoId = repo;
        commit.sha = QStringLiteral("old%1").arg(i);
        commit.author = {QStringLiteral("ada"), QString(), QString()};
        commit.authoredAt = now.addMonths(-2 - i);
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    for (int i = 0; i < 5; ++i) {
        CommitRecord commit;
        commit.repoId = repo;
        commit.sha = QStringLiteral("new%1").arg(i);
        commit.author = {QStringLiteral("bob"), QString(), QString()};
        commit.authoredAt = now.addDays(-i);
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    QVERIFY(writer.commit().ok());
    const CommitSnapshot partialOnly
        = CommitSnapshot::loadSince(cache.db(), now.addDays(-40).toSecsSinceEpoch()).value();
    QCOMPARE(partialOnly.size(), 5);
    const QString kept = cache.address() + QStringLiteral(".snapshot");
    QVERIFY(!partialOnly.save(kept, QStringLiteral("any"))); // only a complete one is kept
    QVERIFY(!QFile::exists(kept));

    MetricsRunner runner(cache.address());
    auto totalOf = [&runner](const MetricsFilter &filter) {
        QSignalSpy ready(&runner, &MetricsRunner::metricsReady);
        runner.requestMetrics(filter);
        if (!ready.wait(10000))
            return -1;
        const auto metrics = ready.constFirst().constFirst().value<DashboardMetrics>();
        return metrics.error.isEmpty() ? metrics.punchCard.total : -2;
    };
    MetricsFilter lastMonth;
    lastMonth.from = QDate::currentDate().addDays(-29);
    QCOMPARE(totalOf(lastMonth), 5);
    if (!cache.isPostgreSql()) {          // a team database keeps no file
        QTRY_VERIFY(QFile::exists(kept)); // completed after the answer, then kept
        const std::optional<CommitSnapshot> restored
            = CommitSnapshot::restore(kept, CommitSnapshot::stampOf(cache.db()).value());
        QVERIFY(restored);
        QCOMPARE(restored->size(), 125);
    }
    QCOMPARE(totalOf(MetricsFilter{}), 125);
    MetricsFilter lastYear;
    lastYear.from = QDate::currentDate().addDays(-364);
    int lastYearBySql = 0;
    for (const CommitHour &cell :
         CommitActivity::commitHours(cache.db(), MetricsSql::prepare(cache.db(), lastYear).value())
             .value())
        lastYearBySql += cell.commits;
    QVERIFY(lastYearBySql > 5);
    QCOMPARE(totalOf(lastYear), lastYearBySql);
}

void TestMetricsRunner::deliveryIsWalkedOncePerCacheChange()
{
    // Two repositories deploying to production; the history walk is kept per cache change:
    // a deployment written meanwhile shows after cacheChanged(), and a repository filter
    // only picks from what was walked.
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 account = cache.addAccount();
    const qint64 app = cache.addRepo(account, QStringLiteral("octo/app"));
    const qint64 lib = cache.addRepo(account, QStringLiteral("octo/lib"));
    int n = 0;
    auto deploy = [&](qint64 repoId, int day) {
        DeploymentRecord record;
        record.repoId = repoId;
        record.remoteId = QStringLiteral("D%1").arg(++n);
        record.environment = QStringLiteral("production");
        record.commitSha = QString(40, QLatin1Char('a'));
        record.createdAt = at("2026-03-02T12:00:00Z").addDays(day);
        record.status = QStringLiteral("SUCCESS");
        record.statusAt = record.createdAt;
        QVERIFY(writer.upsertDeployment(record).ok());
    };
    deploy(app, 0);
    deploy(app, 1);
    deploy(lib, 2);
    MetricsRunner runner(cache.address());
    QSignalSpy ready(&runner, &MetricsRunner::metricsReady);
    auto deployments = [&](const QList<qint64> &repos) {
        MetricsFilter filter;
        filter.repoIds = repos;
        runner.requestMetrics(filter);
        if (!ready.wait(10000))
            return -1;
        return ready.takeLast().constFirst().value<DashboardMetrics>().delivery.deployments;
    };
    QCOMPARE(deployments({}), 3);
    deploy(lib, 3);
    QCOMPARE(deployments({}), 3);
    QCOMPARE(deployments({app}), 2);
    runner.cacheChanged();
    QCOMPARE(deployments({}), 4);
    QCOMPARE(deployments({lib}), 2);
}

QTEST_GUILESS_MAIN(TestMetricsRunner)
#include "tst_metricsrunner.moc"
