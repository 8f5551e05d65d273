// GitHubSync reads each repository's deployments (with their latest status) and releases
// (drafts and pre-releases marked), and each commit's parents (issue 21, delivery): paged
// newest first in one query, a walk that ends drops out of the next page, a status set after
// the last sync is read again.
#include "tests/core/providers/github/githubsyncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace GitHubSyncTest;

class TestGitHubSyncDelivery : public Fixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void deploymentsAndReleasesArePagedInOneWalk();
    void aStatusSetAfterTheLastSyncIsRead();
    void commitsKeepTheirParents();
};

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

const QDateTime Start(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);

QJsonObject deployment(int n, const QString &environment, const QString &state)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("D%1").arg(n)},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("commitOid"), QStringLiteral("%1").arg(n, 40, 10, QLatin1Char('0'))},
        {QStringLiteral("createdAt"), iso(Start.addSecs(n * 3600))},
        {QStringLiteral("latestStatus"),
         QJsonObject{{QStringLiteral("state"), state},
                     {QStringLiteral("createdAt"), iso(Start.addSecs(n * 3600 + 120))}}}};
}

int scalarOf(QSqlDatabase &db, const QString &where, const char *table = "deployments")
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1 x JOIN repos r ON r.id = x.repo_id "
                                     "WHERE r.name = 'beta' AND %2")
                          .arg(QLatin1String(table), where));
}

} // namespace

void TestGitHubSyncDelivery::deploymentsAndReleasesArePagedInOneWalk()
{
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    QVERIFY(beta);
    // 130 deployments (two pages), three releases: a draft, a pre-release, a published one.
    for (int n = 0; n < 130; ++n)
        beta->deployments << deployment(
            n, n % 2 ? QStringLiteral("staging") : QStringLiteral("production"),
            n == 128 ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS"));
    auto release = [](int n, bool draft, bool pre) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("R%1").arg(n)},
                           {QStringLiteral("tagName"), QStringLiteral("v%1.0").arg(n)},
                           {QStringLiteral("name"), QStringLiteral("Version %1").arg(n)},
                           {QStringLiteral("isDraft"), draft},
                           {QStringLiteral("isPrerelease"), pre},
                           {QStringLiteral("createdAt"), iso(Start.addDays(n))},
                           {QStringLiteral("publishedAt"), draft
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(iso(Start.addDays(n)))},
                           {QStringLiteral("tagCommit"),
                            QJsonObject{{QStringLiteral("oid"),
                                         QStringLiteral("%1").arg(n, 40, 10, QLatin1Char('f'))}}}};
    };
    beta->releases << release(1, false, false) << release(2, false, true)
                   << release(3, true, false);

    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result ? QString() : outcome.result.error().detail));
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("1 = 1")), 130);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.environment = 'production'")), 65);
    QCOMPARE(
        scalarOf(cache.db(), QStringLiteral("x.status = 'FAILURE' AND x.status_at IS NOT NULL")),
        1);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("1 = 1"), "releases"), 3);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.is_draft = 1 AND x.published_at IS NULL"),
                      "releases"),
             1);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.is_prerelease = 1"), "releases"), 1);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.commit_sha LIKE '%f1'"), "releases"), 1);

    // beta's walk: one query for both first pages, then deployments alone.
    QList<QJsonObject> betaQueries;
    for (const FakeRequest &request : m_github->server().requests()) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonObject variables = body.value(QLatin1String("variables")).toObject();
        if (body.value(QLatin1String("query"))
                .toString()
                .contains(QLatin1String("deployments(first: $first"))
            && variables.value(QLatin1String("name")).toString() == QLatin1String("beta"))
            betaQueries << variables;
    }
    QCOMPARE(betaQueries.size(), 2);
    QVERIFY(betaQueries.at(0).value(QLatin1String("withReleases")).toBool());
    QVERIFY(!betaQueries.at(1).value(QLatin1String("withReleases")).toBool());
    QVERIFY(betaQueries.at(1).value(QLatin1String("withDeployments")).toBool());
}

void TestGitHubSyncDelivery::aStatusSetAfterTheLastSyncIsRead()
{
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    beta->deployments << deployment(1, QStringLiteral("production"), QStringLiteral("SUCCESS"))
                      << deployment(2, QStringLiteral("production"), QStringLiteral("IN_PROGRESS"));
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.status = 'IN_PROGRESS'")), 1);

    // The deployment finishes: GitHub sets its status (and its updatedAt).
    QJsonObject finished = deployment(2, QStringLiteral("production"), QStringLiteral("FAILURE"));
    finished.insert(QStringLiteral("updatedAt"), iso(Start.addDays(1)));
    beta->deployments.last() = finished;
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.status = 'FAILURE'")), 1);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("1 = 1")), 2 + 0);
}

void TestGitHubSyncDelivery::commitsKeepTheirParents()
{
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    // Generated history is a line: every commit but the root has the one before as parent.
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.parent_shas IS NULL"), "commits"), 0);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("x.parent_shas = ''"), "commits"), 1);
    QCOMPARE(scalarOf(cache.db(), QStringLiteral("length(x.parent_shas) = 40"), "commits"), 39);
}

QTEST_GUILESS_MAIN(TestGitHubSyncDelivery)
#include "tst_githubsyncdelivery.moc"
