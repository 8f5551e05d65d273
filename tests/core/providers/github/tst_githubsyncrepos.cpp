// GitHubSync's choice of repositories (issue 20): the list read before the first sync
// (organisations, paging, archived), single repositories of an organisation, and the batched
// check that reads only the repositories that changed.
#include "core/storage/reposelection.h"
#include "tests/core/providers/github/githubsyncfixture.h"

#include <QJsonObject>

using namespace GitHubSyncTest;

class TestGitHubSyncRepos : public Fixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }
    void repositoryListBeforeTheFirstSync();
    void onlyChangedRepositoriesAreRead();
};

void TestGitHubSyncRepos::repositoryListBeforeTheFirstSync()
{
    // Two organisations, one with an archived repository; one repository per page, so
    // every list is read across pages.
    m_github->orgLogins = {QStringLiteral("acme"), QStringLiteral("beta-org")};
    m_github->addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("platform"), 30, 2, 4);
    m_github->addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("web"), 8, 0, 0);
    m_github->addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("old"), 3, 0, 0).archived
        = true;
    m_github->addGeneratedRepo(QStringLiteral("beta-org"), QStringLiteral("tools"), 4, 0, 0);
    m_github->restPageSize = 1;
    TestCache cache;
    const Outcome listed = listRepositories(cache);
    QVERIFY2(listed.result.ok(),
             qPrintable(listed.result ? QString() : listed.result.error().toLogString()));
    const qint64 accountId = accountIn(cache);

    // Every repository is known and none is read; the user's own non-forks are ticked.
    RepoSelection selection(cache.db());
    const QList<RepoOverview> repos = selection.overview(accountId).value();
    QStringList summary;
    for (const RepoOverview &repo : repos) {
        summary << QStringLiteral("%1 synced=%2 fork=%3 archived=%4 commits=%5")
                       .arg(repo.fullName)
                       .arg(repo.isSynced())
                       .arg(repo.isFork)
                       .arg(repo.isArchived)
                       .arg(repo.cachedCommits);
    }
    QCOMPARE(summary,
             (QStringList{QStringLiteral("acme/old synced=0 fork=0 archived=1 commits=0"),
                          QStringLiteral("acme/platform synced=0 fork=0 archived=0 commits=0"),
                          QStringLiteral("acme/web synced=0 fork=0 archived=0 commits=0"),
                          QStringLiteral("beta-org/tools synced=0 fork=0 archived=0 commits=0"),
                          QStringLiteral("octo/alpha synced=1 fork=0 archived=0 commits=0"),
                          QStringLiteral("octo/beta synced=1 fork=0 archived=0 commits=0"),
                          QStringLiteral("octo/forked synced=0 fork=1 archived=0 commits=0")}));
    QCOMPARE(selection.orgs(accountId).value().size(), 2);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")), 0);
    // The user, 4 pages of the user's repositories (one is someone else's), 2 of
    // organisations, 3 + 1 of theirs.
    QCOMPARE(listed.stats.requests, 1 + 4 + 2 + 3 + 1);

    // A single repository of an organisation, ticked alone, is synced with the user's own;
    // the other repositories of that organisation are not.
    QVERIFY(selection.setReposTicked(accountId, {QStringLiteral("ACME/web")}, true).ok());
    const Result<void> unknown
        = selection.setReposTicked(accountId, {QStringLiteral("acme/nope")}, true);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().userMessage.contains(QLatin1String("acme/nope")));
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits c JOIN repos r ON "
                                               "r.id = c.repo_id WHERE r.owner = 'acme'")),
             8);
    for (const RepoOverview &repo : selection.overview(accountId).value()) {
        QCOMPARE(repo.syncedAt.isValid(), repo.isSynced());
        if (repo.fullName == QLatin1String("acme/web"))
            QCOMPARE(repo.cachedCommits, 8);
    }

    // The whole organisation: its repositories created later too.
    QCOMPARE(selection.tickOrg(accountId, QStringLiteral("beta-org"), true).value(), 1);
    m_github->addGeneratedRepo(QStringLiteral("beta-org"), QStringLiteral("new"), 2, 0, 0);
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits c JOIN repos r ON "
                                               "r.id = c.repo_id WHERE r.owner = 'beta-org'")),
             4 + 2);
    QCOMPARE(selection.untickOrg(accountId, QStringLiteral("beta-org")).value(), 2);
    QVERIFY(!selection.tickOrg(accountId, QStringLiteral("nobody"), false).ok());
    QCOMPARE(selection.reposToSync(accountId).value().size(), 3); // alpha, beta, acme/web
}

void TestGitHubSyncRepos::onlyChangedRepositoriesAreRead()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    QVERIFY(sync(cache).result.ok());
    auto repoRequests = [this](qsizetype from, const QString &repo) {
        int count = 0;
        const QList<FakeRequest> &requests = m_github->server().requests();
        for (qsizetype i = from; i < requests.size(); ++i) {
            const FakeRequest &request = requests.at(i);
            if (request.path.contains(QStringLiteral("/%1/%2/").arg(QLatin1String(Login), repo))
                || request.body.contains(QStringLiteral("\"name\":\"%1\"").arg(repo).toUtf8()))
                ++count;
        }
        return count;
    };

    // One commit pushed to beta: beta is read, alpha is not.
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    beta->commits << FakeGitHub::generatedCommit(40, start, QStringLiteral("beta"));
    qsizetype from = m_github->server().requests().size();
    const Outcome changed = sync(cache);
    QVERIFY(changed.result.ok());
    QCOMPARE(changed.progress.itemsByKind.value(QStringLiteral("commits")), 1);
    QVERIFY(repoRequests(from, QStringLiteral("beta")) > 0);
    QCOMPARE(repoRequests(from, QStringLiteral("alpha")), 0);

    // A force push to alpha (its head replaced by another commit on the same parent): read.
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    alpha->commits.removeLast();
    alpha->commits << FakeGitHub::generatedCommit(249, start, QStringLiteral("alpha-rewritten"));
    const QString newHead = alpha->commits.last().value(QLatin1String("oid")).toString();
    from = m_github->server().requests().size();
    QVERIFY(sync(cache).result.ok());
    QVERIFY(repoRequests(from, QStringLiteral("alpha")) > 0);
    QCOMPARE(scalar(cache.db(),
                    QStringLiteral("SELECT count(*) FROM commits WHERE sha = '%1'").arg(newHead)),
             1);

    // A pull request updated upstream (a review, a label): read too.
    QJsonObject pull = alpha->pulls.first();
    pull.insert(QStringLiteral("updatedAt"), QStringLiteral("2027-02-01T00:00:00Z"));
    alpha->pulls.first() = pull;
    from = m_github->server().requests().size();
    const Outcome pulled = sync(cache);
    QVERIFY(pulled.result.ok());
    QCOMPARE(pulled.progress.itemsByKind.value(QStringLiteral("pull_requests")), 1);
    QCOMPARE(repoRequests(from, QStringLiteral("beta")), 0);

    // A full sync reads everything whatever the check would say.
    from = m_github->server().requests().size();
    QVERIFY(sync(cache, true).result.ok());
    QVERIFY(repoRequests(from, QStringLiteral("beta")) > 0);
}

QTEST_GUILESS_MAIN(TestGitHubSyncRepos)
#include "tst_githubsyncrepos.moc"
