// The four DORA keys against a hand count (issue 21 item 2): lead time across a merge commit,
// a revert counted once, a failed deployment, an incident, time to restore, the bands, and
// how the deployment source is chosen.
#include "core/metrics/deliverymetrics.h"
#include "core/storage/cachewriter.h"
#include "core/storage/deliverysources.h"
#include "tests/support/testcache.h"

#include <QTest>

#include <ctime>

class TestDeliveryMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysAgreeWithAHandCount();
    void sourceFallsBackToReleasesThenTags();
    void bands();
    void aChosenSourceReplacesTheAutomaticOne();
    void workflowRunsCountBeforeReleases();
    void settingsDecideWhatAFailureIs();
};

namespace {
const QDateTime T0 = QDateTime::fromString(QStringLiteral("2026-03-02T12:00:00Z"), Qt::ISODate);
constexpr qint64 Hour = 3600;

QString sha(char c)
{
    return QString(40, QLatin1Char(c));
}
} // namespace

void TestDeliveryMetrics::initTestCase()
{
    tzset(); // CTest runs this in America/Los_Angeles
}

void TestDeliveryMetrics::keysAgreeWithAHandCount()
{
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 account = cache.addAccount();
    const qint64 repoId = cache.addRepo(account, QStringLiteral("octo/app"));
    // Two repositories with nothing to count: the deploying one's commits are then read by
    // its id, not by one scan of the table (both ways must count the same).
    cache.addRepo(account, QStringLiteral("octo/docs"));
    cache.addRepo(account, QStringLiteral("octo/site"));
    auto commit = [&](char c, qint64 hours, const QStringList &parents,
                      const QString &message = QStringLiteral("Work")) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = sha(c);
        record.authoredAt = T0.addSecs(hours * Hour);
        record.committedAt = record.authoredAt;
        record.message = message;
        record.parents = parents;
        record.parentsKnown = true;
        QVERIFY(writer.upsertCommit(record).ok());
    };
    // main: 1 - 2 - 3 - M - R; a branch from 2: b, merged by M; R reverts b.
    commit('1', 0, {});
    commit('2', 10, {sha('1')});
    commit('b', 20, {sha('2')});
    commit('3', 30, {sha('2')});
    commit('m', 40, {sha('3'), sha('b')}, QStringLiteral("Merge branch 'b'"));
    commit('r', 60, {sha('m')},
           QStringLiteral("Revert \"b\"\n\nThis reverts commit %1.").arg(sha('b')));
    auto deploy = [&](int n, char c, qint64 hours, const char *status,
                      const char *environment = "production") {
        DeploymentRecord record;
        record.repoId = repoId;
        record.remoteId = QStringLiteral("D%1").arg(n);
        record.environment = QLatin1String(environment);
        record.commitSha = sha(c);
        record.createdAt = T0.addSecs(hours * Hour - 300);
        record.status = QLatin1String(status);
        record.statusAt = T0.addSecs(hours * Hour);
        QVERIFY(writer.upsertDeployment(record).ok());
    };
    deploy(1, '2', 12, "INACTIVE");           // succeeded, later replaced: where counting starts
    deploy(2, 'm', 50, "SUCCESS");            // brings m (10 h), 3 (20 h) and b (30 h)
    deploy(3, 'r', 70, "FAILURE");            // a failed attempt
    deploy(4, 'r', 72, "SUCCESS");            // brings r (12 h)
    deploy(5, 'r', 71, "SUCCESS", "staging"); // another environment: not counted
    IssueRecord incident;
    incident.repoId = repoId;
    incident.number = 9;
    incident.title = QStringLiteral("Checkout is down");
    incident.state = QStringLiteral("open");
    incident.createdAt = T0.addSecs(74 * Hour);
    incident.updatedAt = incident.createdAt;
    incident.labels = QStringLiteral("bug,Incident");
    QVERIFY(writer.upsertIssue(incident).ok());

    const Result<DeliveryMetrics> computed
        = DeliveryMetricsQuery::compute(cache.db(), MetricsFilter());
    QVERIFY2(computed.ok(), qPrintable(computed ? QString() : computed.error().detail));
    const DeliveryMetrics &m = computed.value();
    QCOMPARE(m.repos.size(), 1);
    QCOMPARE(m.repos.first().source.describe(), QStringLiteral("deployments to production"));
    QCOMPARE(m.attempts, 4);
    QCOMPARE(m.deployments, 3);
    // Failed changes: D2 (b reverted at 60 h, then D3's failed attempt: counted once), D4
    // (the incident at 74 h, while D4 was running). D1 is followed by a success; D3 is an
    // attempt, not a deployment.
    QCOMPARE(m.failedChanges, 2);
    QCOMPARE(m.changeFailureRate, 2.0 / 3);
    QCOMPARE(m.failureBand, DoraBand::Low);
    // Lead times: 10, 20, 30 (across the merge) and 12 hours.
    QCOMPARE(m.leadTimeCommits, 4);
    QCOMPARE(m.leadTimeMedianHours, 16.0);
    QCOMPARE(m.leadTimeP90Hours, 30.0);
    QCOMPARE(m.leadTimeBand, DoraBand::Elite);
    // Restores: from the revert at 60 h to D4 at 72 h; the incident is not restored yet.
    QCOMPARE(m.restores, 1);
    QCOMPARE(m.restoreMedianHours, 12.0);
    QCOMPARE(m.restoreBand, DoraBand::High);
    // Three successful deployments within a week: weekly, not daily.
    QCOMPARE(m.frequencyBand, DoraBand::High);
    QCOMPARE(m.deploymentsWithoutHistory, 0);

    // The day of D3 and D4 only (early morning in Los Angeles): D3's failed attempt and D4
    // with its incident, one commit's lead time; what D1 and D2 did stays out.
    MetricsFilter day;
    day.from = T0.addSecs(72 * Hour).toLocalTime().date();
    day.to = day.from;
    const Result<DeliveryMetrics> oneDay = DeliveryMetricsQuery::compute(cache.db(), day);
    QVERIFY(oneDay.ok());
    QCOMPARE(oneDay.value().attempts, 2);
    QCOMPARE(oneDay.value().deployments, 1);
    QCOMPARE(oneDay.value().failedChanges, 1);
    QCOMPARE(oneDay.value().leadTimeCommits, 1);
    QCOMPARE(oneDay.value().leadTimeMedianHours, 12.0);
}

void TestDeliveryMetrics::sourceFallsBackToReleasesThenTags()
{
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 accountId = cache.addAccount();
    const qint64 released = cache.addRepo(accountId, QStringLiteral("octo/released"));
    const qint64 tagged = cache.addRepo(accountId, QStringLiteral("octo/tagged"));
    cache.addRepo(accountId, QStringLiteral("octo/nothing"));
    for (int n = 0; n < 3; ++n) {
        ReleaseRecord release;
        release.repoId = released;
        release.remoteId = QStringLiteral("R%1").arg(n);
        release.tagName = QStringLiteral("v%1").arg(n);
        release.isDraft = n == 2; // a draft is no deployment
        release.createdAt = T0.addDays(n);
        release.publishedAt = n == 2 ? QDateTime() : T0.addDays(n);
        release.commitSha = sha('a');
        QVERIFY(writer.upsertRelease(release).ok());
    }
    TagRecord tag;
    tag.repoId = tagged;
    tag.name = QStringLiteral("v1");
    tag.sha = sha('c');
    tag.taggedAt = T0;
    tag.seenAt = T0;
    QVERIFY(writer.upsertTag(tag).ok());

    const Result<DeliveryMetrics> computed
        = DeliveryMetricsQuery::compute(cache.db(), MetricsFilter());
    QVERIFY(computed.ok());
    const QList<RepoDelivery> &repos = computed.value().repos;
    QCOMPARE(repos.size(), 2); // "nothing" has nothing to count
    QCOMPARE(repos.at(0).name, QStringLiteral("octo/released"));
    QCOMPARE(repos.at(0).source.kind, DeliverySource::Kind::Releases);
    QCOMPARE(repos.at(0).deployments, 2);
    QCOMPARE(repos.at(1).source.kind, DeliverySource::Kind::Tags);
    QCOMPARE(repos.at(1).deployments, 1);
}

void TestDeliveryMetrics::bands()
{
    using namespace DeliveryMetricsQuery;
    QCOMPARE(frequencyBand(10), DoraBand::Elite);
    QCOMPARE(frequencyBand(1), DoraBand::High);
    QCOMPARE(frequencyBand(0.5), DoraBand::Medium);
    QCOMPARE(frequencyBand(0.1), DoraBand::Low);
    QCOMPARE(leadTimeBand(23), DoraBand::Elite);
    QCOMPARE(leadTimeBand(24 * 8), DoraBand::Medium);
    QCOMPARE(failureBand(0.05), DoraBand::Elite);
    QCOMPARE(failureBand(0.12), DoraBand::Medium);
    QCOMPARE(restoreBand(0.5), DoraBand::Elite);
    QCOMPARE(restoreBand(24 * 10), DoraBand::Low);
}

void TestDeliveryMetrics::aChosenSourceReplacesTheAutomaticOne()
{
    // Tags v1, v2 and nightly-1: automatically every tag counts; chosen "v*", the two
    // versions; chosen staging deployments, the one there; back to automatic, three again.
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    int n = 0;
    for (const char *name : {"v1", "v2", "nightly-1"}) {
        TagRecord tag;
        tag.repoId = repoId;
        tag.name = QLatin1String(name);
        tag.sha = sha(char('a' + n));
        tag.taggedAt = T0.addDays(n++);
        tag.seenAt = tag.taggedAt;
        QVERIFY(writer.upsertTag(tag).ok());
    }
    auto deploymentsCounted = [&] {
        const Result<DeliveryMetrics> computed
            = DeliveryMetricsQuery::compute(cache.db(), MetricsFilter());
        return computed ? computed.value().deployments : -1;
    };
    QCOMPARE(deploymentsCounted(), 3);
    DeliverySources sources(cache.db());
    QCOMPARE(sources.repoIdOf(QStringLiteral("Octo/App")).value(), repoId);
    QVERIFY(sources.set(repoId, {DeliveryChoice::Kind::Tags, QStringLiteral("v*")}).ok());
    QCOMPARE(deploymentsCounted(), 2);
    const Result<DeliveryMetrics> chosen
        = DeliveryMetricsQuery::compute(cache.db(), MetricsFilter());
    QVERIFY(chosen.value().repos.first().source.chosen);
    QCOMPARE(chosen.value().repos.first().source.describe(), QStringLiteral("tags matching v*"));
    QVERIFY(
        sources.set(repoId, {DeliveryChoice::Kind::Environment, QStringLiteral("staging")}).ok());
    QCOMPARE(deploymentsCounted(), 0);
    QVERIFY(sources.clear(repoId).ok());
    QCOMPARE(deploymentsCounted(), 3);
}

void TestDeliveryMetrics::workflowRunsCountBeforeReleases()
{
    // Releases, a "CI" workflow (not delivery), "Deploy": success, failure a day later, success
    // six hours after that, a cancelled run; and "Nightly". Automatically Deploy counts.
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    for (int n = 0; n < 2; ++n) {
        ReleaseRecord release;
        release.repoId = repoId;
        release.remoteId = QStringLiteral("R%1").arg(n);
        release.tagName = QStringLiteral("v%1").arg(n);
        release.createdAt = T0.addDays(n);
        release.publishedAt = release.createdAt;
        QVERIFY(writer.upsertRelease(release).ok());
    }
    int runId = 0;
    auto addWorkflow = [&](const char *id, const char *name, const char *file,
                           const QList<QPair<qint64, const char *>> &runs) {
        QVERIFY(writer
                    .upsertWorkflow({repoId, QLatin1String(id), QLatin1String(name),
                                     QStringLiteral(".github/workflows/") + QLatin1String(file),
                                     QStringLiteral("active")})
                    .ok());
        for (const auto &[hours, conclusion] : runs) {
            WorkflowRunRecord run;
            run.repoId = repoId;
            run.remoteId = QString::number(++runId);
            run.workflowId = QLatin1String(id);
            run.headSha = sha('a');
            run.headBranch = QStringLiteral("main");
            run.event = QStringLiteral("push");
            run.conclusion = QLatin1String(conclusion);
            run.createdAt = T0.addSecs(hours * Hour - 600);
            run.completedAt = T0.addSecs(hours * Hour);
            QVERIFY(writer.upsertWorkflowRun(run).ok());
        }
    };
    addWorkflow("1", "CI", "ci.yml",
                {{1, "success"}, {2, "success"}, {3, "success"}, {4, "success"}});
    addWorkflow("2", "Deploy", "deploy.yml",
                {{0, "success"}, {24, "failure"}, {30, "success"}, {40, "cancelled"}});
    addWorkflow("3", "Nightly", "nightly.yml", {{5, "success"}});

    auto computed = [&] { return DeliveryMetricsQuery::compute(cache.db(), MetricsFilter()); };
    const Result<DeliveryMetrics> automatic = computed();
    QVERIFY(automatic.ok());
    const DeliveryMetrics &m = automatic.value();
    QCOMPARE(m.repos.size(), 1);
    QCOMPARE(m.repos.first().source.kind, DeliverySource::Kind::Workflow);
    QCOMPARE(m.repos.first().source.describe(), QStringLiteral("runs of workflow Deploy"));
    QVERIFY(!m.repos.first().source.chosen);
    QCOMPARE(m.attempts, 3); // the cancelled run neither delivered nor failed
    QCOMPARE(m.deployments, 2);
    QCOMPARE(m.failedChanges, 1);
    QCOMPARE(m.restores, 1);
    QCOMPARE(m.restoreMedianHours, 6.0);

    DeliverySources sources(cache.db());
    QVERIFY(sources.set(repoId, {DeliveryChoice::Kind::Workflow, QStringLiteral("Nightly")}).ok());
    const Result<DeliveryMetrics> chosen = computed();
    QCOMPARE(chosen.value().repos.first().source.describe(),
             QStringLiteral("runs of workflow Nightly"));
    QCOMPARE(chosen.value().deployments, 1);
    QVERIFY(sources.set(repoId, {DeliveryChoice::Kind::Releases, {}}).ok());
    QCOMPARE(computed().value().deployments, 2);
    QCOMPARE(computed().value().repos.first().source.kind, DeliverySource::Kind::Releases);
}

void TestDeliveryMetrics::settingsDecideWhatAFailureIs()
{
    // D1 at 0 h, an issue labelled "sev1" at 10 h, D2 at 100 h, a failed attempt at 130 h.
    // By default (7 days, "incident") D2 failed and is not restored; with one day and "sev1",
    // D1 failed and D2 restored it after 90 h, and D2's failure came too late to count.
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    int n = 0;
    for (const auto &[hours, status] :
         QList<QPair<qint64, const char *>>{{0, "SUCCESS"}, {100, "SUCCESS"}, {130, "FAILURE"}}) {
        DeploymentRecord record;
        record.repoId = repoId;
        record.remoteId = QStringLiteral("D%1").arg(++n);
        record.environment = QStringLiteral("production");
        record.commitSha = sha('a');
        record.createdAt = T0.addSecs(hours * Hour);
        record.status = QLatin1String(status);
        record.statusAt = record.createdAt;
        QVERIFY(writer.upsertDeployment(record).ok());
    }
    IssueRecord issue;
    issue.repoId = repoId;
    issue.number = 1;
    issue.title = QStringLiteral("Payments down");
    issue.state = QStringLiteral("closed");
    issue.createdAt = T0.addSecs(10 * Hour);
    issue.updatedAt = issue.createdAt;
    issue.labels = QStringLiteral("SEV1,customer");
    QVERIFY(writer.upsertIssue(issue).ok());

    DeliverySources sources(cache.db());
    QCOMPARE(sources.settings().value().failureWindowDays, 7);
    Result<DeliveryMetrics> computed = DeliveryMetricsQuery::compute(cache.db(), MetricsFilter());
    QCOMPARE(computed.value().failedChanges, 1);
    QCOMPARE(computed.value().restores, 0);

    QVERIFY(sources.saveSettings({1, QStringLiteral("sev1")}).ok());
    computed = DeliveryMetricsQuery::compute(cache.db(), MetricsFilter());
    QCOMPARE(computed.value().settings.incidentLabel, QStringLiteral("sev1"));
    QCOMPARE(computed.value().failedChanges, 1);
    QCOMPARE(computed.value().restores, 1);
    QCOMPARE(computed.value().restoreMedianHours, 90.0);
    const QString definitions
        = DeliveryMetricsQuery::definitions(computed.value().settings).join(QLatin1Char(' '));
    QVERIFY2(definitions.contains(QLatin1String("within a day by")), qPrintable(definitions));
    QVERIFY(definitions.contains(QStringLiteral("labelled “sev1”")));
}

QTEST_GUILESS_MAIN(TestDeliveryMetrics)
#include "tst_deliverymetrics.moc"
