// GitHubSync's incremental walks: commits pushed with older dates, merged branches, walks cut
// off half-way, and updates in the very second of the last one seen (issue 19 A).
#include "tests/core/providers/github/githubsyncfixture.h"

#include <QJsonArray>

using namespace GitHubSyncTest;

class TestGitHubSyncHistory : public Fixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void commitsPushedWithOlderDatesAreFound();
    void mergeOfAnOldBranchBringsItsCommits();
    void interruptedIncrementalWalkIsFinishedNextTime();
    void updatesInTheWatermarksSecondAreNotMissed();
};

namespace {

int commitsOf(QSqlDatabase &db, const QString &repo)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM commits c JOIN repos r ON r.id = "
                                     "c.repo_id WHERE r.name = '%1'")
                          .arg(repo));
}

QDateTime committedAt(const QJsonObject &commit)
{
    return QDateTime::fromString(commit.value(QLatin1String("committedDate")).toString(),
                                 Qt::ISODate);
}

QJsonObject withParents(QJsonObject commit, const QStringList &parents)
{
    QJsonArray nodes;
    for (const QString &parent : parents)
        nodes.append(QJsonObject{{QStringLiteral("oid"), parent}});
    commit.insert(QStringLiteral("parents"), QJsonObject{{QStringLiteral("nodes"), nodes}});
    return commit;
}

QString shaOf(const QJsonObject &commit)
{
    return commit.value(QLatin1String("oid")).toString();
}

} // namespace

void TestGitHubSyncHistory::commitsPushedWithOlderDatesAreFound()
{
    // Three pushes of a day's local work, committed before the newest commit already synced
    // (others pushed in between): every commit is dated older than the cache's newest.
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    const QDateTime headTime = committedAt(alpha->commits.last());
    for (int push = 0; push < 3; ++push) {
        // Dated 10 days to 4 days before the cached head, an hour apart.
        const QDateTime start = headTime.addDays(-10).addSecs(-qint64(push) * 50 * 3600);
        for (int i = 0; i < 50; ++i) {
            const QJsonObject commit
                = FakeGitHub::generatedCommit(i, start, QStringLiteral("late-%1").arg(push));
            QVERIFY(committedAt(commit) < headTime);
            alpha->commits << commit;
        }
        const Outcome later = sync(cache);
        QVERIFY(later.result.ok());
        QCOMPARE(later.progress.itemsByKind.value(QStringLiteral("commits")), 50);
        QCOMPARE(commitsOf(cache.db(), QStringLiteral("alpha")), 250 + 50 * (push + 1));
    }
    const Outcome again = sync(cache);
    QVERIFY(again.result.ok());
    QCOMPARE(again.progress.itemsByKind.value(QStringLiteral("commits")), 0);
}

void TestGitHubSyncHistory::mergeOfAnOldBranchBringsItsCommits()
{
    m_github->graphqlPageSize = 30; // the branch's commits lie pages below the head
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    const QString oldHead = shaOf(alpha->commits.last());
    const QDateTime headTime = committedAt(alpha->commits.last());

    // A branch taken from commit 100 and worked on then, days before the head: 20 commits
    // that the history lists pages below the head, among the main line's of that time.
    QString parent = shaOf(alpha->commits.at(100));
    const QDateTime branchStart = committedAt(alpha->commits.at(100)).addSecs(1800);
    for (int i = 0; i < 20; ++i) {
        const QJsonObject commit
            = FakeGitHub::generatedCommit(i, branchStart, QStringLiteral("topic"));
        alpha->commits << withParents(commit, {parent});
        parent = shaOf(commit);
    }
    // ...and the merge commit, today, on top of the old head.
    QJsonObject merge
        = FakeGitHub::generatedCommit(0, headTime.addSecs(3600), QStringLiteral("merge"));
    alpha->commits << withParents(merge, {oldHead, parent});

    const Outcome later = sync(cache);
    QVERIFY(later.result.ok());
    QCOMPARE(later.progress.itemsByKind.value(QStringLiteral("commits")), 21);
    QCOMPARE(commitsOf(cache.db(), QStringLiteral("alpha")), 250 + 21);
    const Outcome again = sync(cache);
    QVERIFY(again.result.ok());
    QCOMPARE(again.progress.itemsByKind.value(QStringLiteral("commits")), 0);
}

void TestGitHubSyncHistory::interruptedIncrementalWalkIsFinishedNextTime()
{
    // A sync stopped after writing the newest of the pushed commits leaves the older ones'
    // parents missing: the next sync must walk on to them, not stop at the stored head.
    m_github->graphqlPageSize = 20;
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    const QDateTime headTime = committedAt(alpha->commits.last());
    for (int i = 0; i < 60; ++i)
        alpha->commits << FakeGitHub::generatedCommit(i, headTime.addDays(-20),
                                                      QStringLiteral("local work"));

    const Outcome stopped = sync(cache, false, 20); // cancelled once the first page is written
    QVERIFY(!stopped.result.ok());
    QCOMPARE(stopped.result.error().kind, ErrorKind::Cancelled);
    QVERIFY(commitsOf(cache.db(), QStringLiteral("alpha")) < 250 + 60);

    const Outcome resumed = sync(cache);
    QVERIFY(resumed.result.ok());
    QCOMPARE(commitsOf(cache.db(), QStringLiteral("alpha")), 250 + 60);
}

void TestGitHubSyncHistory::updatesInTheWatermarksSecondAreNotMissed()
{
    // A pull request or an issue updated in the very second of the newest one the last sync
    // saw (after that sync read it) has the watermark's time: it must still be read.
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));

    QString newestPull;
    for (const QJsonObject &pull : std::as_const(alpha->pulls))
        newestPull = qMax(newestPull, pull.value(QLatin1String("updatedAt")).toString());
    QJsonObject pull = alpha->pulls.first();
    pull.insert(QStringLiteral("title"), QStringLiteral("Retitled in the same second"));
    pull.insert(QStringLiteral("updatedAt"), newestPull);
    alpha->pulls.first() = pull;

    QString newestIssue;
    for (const QJsonObject &issue : std::as_const(alpha->issues))
        newestIssue = qMax(newestIssue, issue.value(QLatin1String("updated_at")).toString());
    QJsonObject issue = alpha->issues.first(); // number 1001, not a pull request
    issue.insert(QStringLiteral("title"), QStringLiteral("Reworded in the same second"));
    issue.insert(QStringLiteral("updated_at"), newestIssue);
    alpha->issues.first() = issue;

    QVERIFY(sync(cache).result.ok());
    QSqlQuery titles(cache.db());
    QVERIFY(titles.exec(QStringLiteral(
        "SELECT (SELECT title FROM pull_requests WHERE number = 1 AND repo_id = r.id), "
        "(SELECT title FROM issues WHERE number = 1001 AND repo_id = r.id) "
        "FROM repos r WHERE r.name = 'alpha'")));
    QVERIFY(titles.next());
    QCOMPARE(titles.value(0).toString(), QStringLiteral("Retitled in the same second"));
    QCOMPARE(titles.value(1).toString(), QStringLiteral("Reworded in the same second"));
}

QTEST_GUILESS_MAIN(TestGitHubSyncHistory)
#include "tst_githubsynchistory.moc"
