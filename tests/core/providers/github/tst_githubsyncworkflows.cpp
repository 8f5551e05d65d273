// GitHubSync reads GitHub Actions where they may say what a repository deploys with (issue 21,
// delivery): only for a repository with workflow files and no GitHub deployments (or whose
// user chose a workflow), only the runs of workflows that look like delivery (or the chosen
// one), only finished runs of the default branch or of a release; later syncs go back a day.
#include "core/storage/deliverysources.h"
#include "tests/core/providers/github/githubsyncfixture.h"

#include <QJsonArray>

using namespace GitHubSyncTest;

class TestGitHubSyncWorkflows : public Fixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void runsOfADeliveringWorkflowAreRead();
    void aLaterSyncGoesBackADayForRunsThatFinished();
    void deploymentsOrNoWorkflowFilesCostNoRequest();
    void aFirstWalkStopsAtTheNewestTwoThousandRuns();
    void aChosenWorkflowIsReadBesideDeployments();
    void aRunStartedByHandOnAnUnchangedHeadIsRead();
    void deliveryWorkflowNames();
};

namespace {

const QDateTime Start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject workflow(qint64 id, const QString &name, const QString &file)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("node_id"), QStringLiteral("W_%1").arg(id)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("path"), QStringLiteral(".github/workflows/") + file},
                       {QStringLiteral("state"), QStringLiteral("active")}};
}

/// Run `n` of workflow `workflowId`, created n hours after Start; ids beyond 2^31 like GitHub's.
QJsonObject run(qint64 workflowId, int n, const QString &conclusion,
                const QString &event = QStringLiteral("push"),
                const QString &branch = QStringLiteral("main"))
{
    return QJsonObject{
        {QStringLiteral("id"), 9'000'000'000LL + workflowId * 10'000 + n},
        {QStringLiteral("workflow_id"), workflowId},
        {QStringLiteral("head_sha"), QStringLiteral("%1").arg(n, 40, 10, QLatin1Char('0'))},
        {QStringLiteral("head_branch"), branch},
        {QStringLiteral("event"), event},
        {QStringLiteral("status"),
         conclusion.isEmpty() ? QStringLiteral("in_progress") : QStringLiteral("completed")},
        {QStringLiteral("conclusion"),
         conclusion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(conclusion)},
        {QStringLiteral("created_at"), iso(Start.addSecs(n * 3600))},
        {QStringLiteral("updated_at"), iso(Start.addSecs(n * 3600 + 300))}};
}

int runsOf(QSqlDatabase &db, const QString &repo, const QString &where = QStringLiteral("1 = 1"))
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM workflow_runs x JOIN repos r ON "
                                     "r.id = x.repo_id WHERE r.name = '%1' AND %2")
                          .arg(repo, where));
}

/// The paths of the Actions requests the fake received, in order.
QStringList actionsRequests(FakeGitHub &github)
{
    QStringList paths;
    for (const FakeRequest &request : github.server().requests()) {
        if (request.path.contains(QLatin1String("/actions/")))
            paths << request.path + QLatin1Char('?') + request.query.toString(QUrl::FullyDecoded);
    }
    return paths;
}

} // namespace

void TestGitHubSyncWorkflows::runsOfADeliveringWorkflowAreRead()
{
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    QVERIFY(beta && beta->deployments.isEmpty());
    beta->workflows << workflow(11, QStringLiteral("CI"), QStringLiteral("ci.yml"))
                    << workflow(12, QStringLiteral("Ship it"), QStringLiteral("cd.yaml"));
    for (int n = 0; n < 60; ++n)
        beta->workflowRuns << run(11, n, QStringLiteral("success"));
    // 130 delivering runs over two pages: every 10th failed; one of a pull request, one of a
    // feature branch, one still running, one cancelled, one for a release (its tag as branch).
    for (int n = 0; n < 125; ++n)
        beta->workflowRuns << run(
            12, n, n % 10 == 9 ? QStringLiteral("failure") : QStringLiteral("success"));
    beta->workflowRuns << run(12, 125, QStringLiteral("success"), QStringLiteral("pull_request"),
                              QStringLiteral("feature"))
                       << run(12, 126, QStringLiteral("success"), QStringLiteral("push"),
                              QStringLiteral("feature"))
                       << run(12, 127, QString()) << run(12, 128, QStringLiteral("cancelled"))
                       << run(12, 129, QStringLiteral("success"), QStringLiteral("release"),
                              QStringLiteral("v1.0"));

    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result ? QString() : outcome.result.error().detail));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM workflows")), 2);
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta")), 125 + 2); // + cancelled and release
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta"), QStringLiteral("x.conclusion = 'failure'")),
             12);
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta"),
                    QStringLiteral("x.event = 'release' AND x.head_branch = 'v1.0'")),
             1);
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta"),
                    QStringLiteral("x.remote_id = '9000120000' AND x.workflow_id = '12' AND "
                                   "x.completed_at - x.created_at = 300")),
             1);
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("workflow_runs")), 127);
    // beta: the workflow list and two pages of the delivering workflow's runs; CI's never.
    const QStringList asked = actionsRequests(*m_github);
    QCOMPARE(asked.size(), 3);
    QVERIFY(asked.at(0).startsWith(QLatin1String("/api/v3/repos/octo/beta/actions/workflows?")));
    QVERIFY(asked.at(1).startsWith(
        QLatin1String("/api/v3/repos/octo/beta/actions/workflows/12/runs?per_page=100")));
    QVERIFY(!asked.at(1).contains(QLatin1String("created")));
    QVERIFY(asked.at(2).contains(QLatin1String("page=2")));
}

void TestGitHubSyncWorkflows::aLaterSyncGoesBackADayForRunsThatFinished()
{
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    beta->workflows << workflow(12, QStringLiteral("Deploy"), QStringLiteral("deploy.yml"));
    for (int n = 0; n < 5; ++n)
        beta->workflowRuns << run(12, n, QStringLiteral("success"));
    beta->workflowRuns << run(12, 5, QString()); // still running
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta")), 5);

    // The running one finished (failed), a new one came with a push.
    beta->workflowRuns.last() = run(12, 5, QStringLiteral("failure"));
    beta->workflowRuns << run(12, 6, QStringLiteral("success"));
    beta->commits << FakeGitHub::generatedCommit(int(beta->commits.size()),
                                                 QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC),
                                                 QStringLiteral("beta"));
    const int before = int(actionsRequests(*m_github).size());
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta")), 7);
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta"), QStringLiteral("x.conclusion = 'failure'")),
             1);
    const QStringList asked = actionsRequests(*m_github).mid(before);
    QCOMPARE(asked.size(), 2);
    // A day before the newest run read last time (run 5, created at Start + 5 h).
    QVERIFY2(asked.at(1).contains(QStringLiteral("created=>=")
                                  + iso(Start.addSecs(5 * 3600).addDays(-1))),
             qPrintable(asked.at(1)));
}

void TestGitHubSyncWorkflows::aFirstWalkStopsAtTheNewestTwoThousandRuns()
{
    // 2,150 runs of a delivering workflow: the first walk reads the newest 20 pages.
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    beta->workflows << workflow(12, QStringLiteral("CI/CD"), QStringLiteral("pipeline.yml"));
    for (int n = 0; n < 2150; ++n)
        beta->workflowRuns << run(12, n, QStringLiteral("success"));
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta")), 2000);
    QCOMPARE(
        runsOf(cache.db(), QStringLiteral("beta"), QStringLiteral("x.remote_id = '9000120149'")),
        0); // run 149, among the oldest 150, was not read
    QCOMPARE(actionsRequests(*m_github).size(), 1 + 20);
}

void TestGitHubSyncWorkflows::deploymentsOrNoWorkflowFilesCostNoRequest()
{
    // alpha has deployments (generated) and a deploy workflow; beta has no workflow files.
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    QVERIFY(!alpha->deployments.isEmpty());
    alpha->workflows << workflow(21, QStringLiteral("Deploy"), QStringLiteral("deploy.yml"));
    alpha->workflowRuns << run(21, 1, QStringLiteral("success"));
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(actionsRequests(*m_github), QStringList());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM workflow_runs")), 0);
}

void TestGitHubSyncWorkflows::aChosenWorkflowIsReadBesideDeployments()
{
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    alpha->workflows << workflow(21, QStringLiteral("Deploy"), QStringLiteral("deploy.yml"))
                     << workflow(22, QStringLiteral("Nightly"), QStringLiteral("nightly.yml"));
    alpha->workflowRuns << run(21, 1, QStringLiteral("success"))
                        << run(22, 2, QStringLiteral("success"))
                        << run(22, 3, QStringLiteral("failure"), QStringLiteral("schedule"));
    TestCache cache;
    QVERIFY(sync(cache).result.ok()); // the repositories are known after the first sync
    DeliverySources sources(cache.db());
    const qint64 alphaId = sources.repoIdOf(QStringLiteral("octo/alpha")).value();
    QVERIFY(sources.set(alphaId, {DeliveryChoice::Kind::Workflow, QStringLiteral("Nightly")}));
    alpha->commits << FakeGitHub::generatedCommit(
        int(alpha->commits.size()), QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC),
        QStringLiteral("alpha"));
    QVERIFY(sync(cache).result.ok());
    // Only the chosen workflow's runs: beside GitHub deployments, "Deploy" is not guessed at.
    QCOMPARE(runsOf(cache.db(), QStringLiteral("alpha")), 2);
    QCOMPARE(runsOf(cache.db(), QStringLiteral("alpha"), QStringLiteral("x.workflow_id = '22'")),
             2);
}

void TestGitHubSyncWorkflows::deliveryWorkflowNames()
{
    auto delivers = [](const char *name, const char *path) {
        return DeliverySources::isDeliveryWorkflow(QString::fromUtf8(name),
                                                   QString::fromUtf8(path));
    };
    QVERIFY(delivers("Deploy to production", ".github/workflows/main.yml"));
    QVERIFY(delivers("CI/CD", ".github/workflows/pipeline.yml"));
    QVERIFY(delivers("Build", ".github/workflows/release.yml"));
    QVERIFY(delivers("publish-npm", ".github/workflows/x.yml"));
    QVERIFY(!delivers("CI", ".github/workflows/ci.yml"));
    QVERIFY(!delivers("Lint abcd", ".github/workflows/lint.yml"));
    QVERIFY(!delivers("Preproduction checks", ".github/workflows/checks.yml"));
}

void TestGitHubSyncWorkflows::aRunStartedByHandOnAnUnchangedHeadIsRead()
{
    // A deploy started by hand (workflow_dispatch) on the head already read: no push, no new
    // ref, no pull request. The batched check sees the head commit's check suites (one per
    // run) where delivery counts workflow runs, and only there.
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    beta->workflows << workflow(12, QStringLiteral("Deploy"), QStringLiteral("deploy.yml"));
    auto onHead = [](const FakeGitHub::Repo &repo, QJsonObject made) {
        made.insert(QStringLiteral("head_sha"),
                    repo.commits.last().value(QLatin1String("oid")).toString());
        return made;
    };
    beta->workflowRuns << onHead(*beta, run(12, 1, QStringLiteral("success")));
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta")), 1);
    auto graphqlReads = [this] { // queries beyond the batched check
        int reads = 0;
        for (const FakeRequest &request : m_github->server().requests())
            reads += request.path.endsWith(QLatin1String("/graphql"))
                     && !request.body.contains("nodes(ids:");
        return reads;
    };
    const int actionsBefore = int(actionsRequests(*m_github).size());
    int readsBefore = graphqlReads();
    QVERIFY(sync(cache).result.ok()); // unchanged: nothing read
    QCOMPARE(int(actionsRequests(*m_github).size()), actionsBefore);
    QCOMPARE(graphqlReads(), readsBefore);

    beta->workflowRuns << onHead(
        *beta, run(12, 2, QStringLiteral("success"), QStringLiteral("workflow_dispatch")));
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta")), 2);
    QVERIFY(int(actionsRequests(*m_github).size()) > actionsBefore);

    // alpha counts its deployments: CI runs on its head (scheduled, say) read nothing.
    alpha->workflowRuns << onHead(
        *alpha, run(31, 3, QStringLiteral("success"), QStringLiteral("schedule")));
    readsBefore = graphqlReads();
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(graphqlReads(), readsBefore);

    // A token that may not read checks: GitHub fills the rest of the check and says so for
    // that field. The sync goes on; beta is read once (its state lost the number), then not.
    m_github->checkSuitesForbidden = true;
    QVERIFY(sync(cache).result.ok());
    readsBefore = graphqlReads();
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(graphqlReads(), readsBefore);
    QCOMPARE(runsOf(cache.db(), QStringLiteral("beta")), 2);
}

QTEST_GUILESS_MAIN(TestGitHubSyncWorkflows)
#include "tst_githubsyncworkflows.moc"
