#include "fakegithub.h"
#include "net/githubapiclient.h"
#include "providers/github/githubsync.h"
#include "storage/accountstore.h"
#include "storage/cachewriter.h"
#include "storage/reposelection.h"
#include "sync/cacheconditionalstore.h"
#include "testcache.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

constexpr char Login[] = "octo";

// Every synced row without its surrogate id, in a stable order: what "the same cache" means.
QStringList contentOf(QSqlDatabase &db)
{
    QStringList rows;
    const QStringList queries{
        QStringLiteral("SELECT r.full_name, r.is_fork, r.sync_error FROM repos r ORDER BY 1"),
        QStringLiteral("SELECT r.full_name, c.sha, c.author_login, c.author_name, c.author_email, "
                       "c.authored_at, c.authored_offset_minutes, c.committed_at, c.additions, "
                       "c.deletions, c.message FROM commits c JOIN repos r ON r.id = c.repo_id "
                       "ORDER BY 1, 2"),
        QStringLiteral("SELECT r.full_name, p.number, p.title, p.state, p.created_at, p.merged_at, "
                       "p.additions, p.deletions, p.commit_count FROM pull_requests p JOIN repos r "
                       "ON r.id = p.repo_id ORDER BY 1, 2"),
        QStringLiteral("SELECT r.full_name, i.number, i.title, i.state, i.updated_at, i.labels "
                       "FROM issues i JOIN repos r ON r.id = i.repo_id ORDER BY 1, 2"),
    };
    for (const QString &sql : queries) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return {QStringLiteral("query failed: ") + sql};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                   : query.value(i).toString());
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

/// GitHubSync against the fake GitHub on loopback, writing a real cache file.
class TestGitHubSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstSyncStoresWhatTheServerHasAtTheRequestFloor();
    void secondSyncWithNothingNewWritesNothing();
    void laterSyncFetchesOnlyWhatIsNew();
    void transientFailuresAreRetried_data();
    void transientFailuresAreRetried();
    void brokenAnswerStopsAndTheNextSyncResumes_data();
    void brokenAnswerStopsAndTheNextSyncResumes();
    void rejectedTokenStopsTheSync();
    void rateLimitsAreWaitedOut();
    void refusedAndEmptyRepositoriesDoNotStopTheSync();
    void syncKilledAnywhereResumesToTheSameCache();
    void deletedBranchIsMarkedAndNewTagAdded();
    void tickedOrganisationsAndForksAreSynced();
    void fullSyncRemovesCommitsDroppedByAForcePush();
    void commitsPushedWithOlderDatesAreFound();
    void mergeOfAnOldBranchBringsItsCommits();
    void interruptedIncrementalWalkIsFinishedNextTime();
    void updatesInTheWatermarksSecondAreNotMissed();

private:
    struct Outcome
    {
        Result<void> result;
        RequestStats stats;
        SyncProgress progress;
    };
    Outcome sync(TestCache &cache, bool full = false, int cancelAfterItems = -1);
    qint64 accountIn(TestCache &cache);

    std::unique_ptr<FakeGitHub> m_github;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    const FastClock m_clock{10000.0}; // an hour of rate-limit wait takes 0.36 s
};

void TestGitHubSync::init()
{
    m_github = std::make_unique<FakeGitHub>();
    QVERIFY(m_github->listen());
    m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("alpha"), 250, 120, 150);
    m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("beta"), 40, 3, 10);
    m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("forked"), 5, 0, 0).fork = true;
    m_github->addGeneratedRepo(QStringLiteral("someone-else"), QStringLiteral("theirs"), 5, 0, 0);
}

void TestGitHubSync::cleanup()
{
    m_github.reset();
}

qint64 TestGitHubSync::accountIn(TestCache &cache)
{
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.baseUrl = m_github->baseUrl().toString();
    account.login = QLatin1String(Login);
    return CacheWriter(cache.db()).upsertAccount(account).value();
}

TestGitHubSync::Outcome TestGitHubSync::sync(TestCache &cache, bool full, int cancelAfterItems)
{
    const qint64 accountId = accountIn(cache);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    CacheConditionalStore conditional(cache.db());
    GitHubApiClient api(&m_http, GitHubHost::fromUserInput(m_github->baseUrl().toString()).value(),
                        QLatin1String(FakeGitHub::Token), m_clock, cancelled, &conditional);
    GitHubSync sync(api, cache.db(), accountId, QLatin1String(Login),
                    [cancelAfterItems, cancelled](const SyncProgress &progress) {
                        int items = 0;
                        for (int count : progress.itemsByKind)
                            items += count;
                        if (cancelAfterItems >= 0 && items >= cancelAfterItems)
                            cancelled->store(true);
                    });
    Result<void> result = sync.run(full);
    return {result, api.stats(), sync.progress()};
}

void TestGitHubSync::firstSyncStoresWhatTheServerHasAtTheRequestFloor()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result.ok() ? QString() : outcome.result.error().toLogString()));

    // The profile refreshed what the Connections page shows: scopes and rate limit.
    const AccountSummary account
        = AccountStore(cache.db())
              .find(scalar(cache.db(), QStringLiteral("SELECT id FROM accounts")))
              .value();
    QCOMPARE(account.account.scopes, QStringLiteral("read:discussion, repo"));
    QCOMPARE(account.rateLimitRemaining, 4978);
    QCOMPARE(account.account.displayName, QStringLiteral("Enrico Minack"));

    // Own repositories; the fork is kept unticked, someone else's is not kept.
    QCOMPARE(cache.rowCount(QStringLiteral("repos")), 3);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM repos WHERE is_selected = 1")),
             2);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")), 290);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM pull_requests")), 123);
    // Every third item of /issues is a pull request: dropped from the issues.
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM issues")), 100 + 7);
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("commits")), 290);

    // Line counts came with the lists: no request per commit or pull request.
    QCOMPARE(
        scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits WHERE additions IS NULL")),
        0);
    QCOMPARE(scalar(cache.db(),
                    QStringLiteral("SELECT sum(additions) FROM pull_requests WHERE repo_id = "
                                   "(SELECT id FROM repos WHERE name = 'beta')")),
             3 + 6 + 9);
    // Unlinked author emails keep their name and email; offsets are the author's.
    QCOMPARE(
        scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits WHERE author_login IS NULL "
                                          "AND author_email LIKE 'dev%@example.com'")),
        36 + 6);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT min(authored_offset_minutes) FROM commits")),
             120);
    QSqlQuery unicode(cache.db());
    QVERIFY(
        unicode.exec(QStringLiteral("SELECT message FROM commits ORDER BY authored_at LIMIT 1")));
    QVERIFY(unicode.next());
    QCOMPARE(unicode.value(0).toString(), QStringLiteral("Fix ünïcödé 🚀 #0"));

    // Branches (main + one per 50 commits), tags with their commit dates (annotated ones
    // followed to the commit), issue events, the user's events.
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM branches")), 1 + 5 + 1 + 0);
    QCOMPARE(
        scalar(cache.db(), QStringLiteral("SELECT count(*) FROM tags WHERE tagged_at IS NOT NULL")),
        2);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM issue_events")), 150 + 10);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM events")), 30);

    // The floor: ceil(items/100) requests per list. One repos page; per repo commits, pull
    // requests, issues, issue events, branches, tags; the user's events.
    // Plus the organisations list and the user's profile.
    const int floor = 1 + 1 + 1 + (3 + 2 + 2 + 2 + 1 + 1) + (1 + 1 + 1 + 1 + 1 + 1) + 1;
    QCOMPARE(outcome.stats.requests, floor);
}

void TestGitHubSync::secondSyncWithNothingNewWritesNothing()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    QVERIFY(sync(cache).result.ok());
    const QStringList before = contentOf(cache.db());

    const Outcome again = sync(cache);
    QVERIFY(again.result.ok());
    QCOMPARE(contentOf(cache.db()), before);
    // Nothing new: at most one request per repo and kind, the repo list answered 304.
    QVERIFY2(again.stats.requests <= 3 + 2 * 6 + 1,
             qPrintable(QString::number(again.stats.requests)));
    QVERIFY(again.stats.notModified >= 1);
    // ...and wrote nothing at all.
    for (auto it = again.progress.itemsByKind.cbegin(); it != again.progress.itemsByKind.cend();
         ++it)
        QVERIFY2(it.value() == 0, qPrintable(it.key()));
}

void TestGitHubSync::laterSyncFetchesOnlyWhatIsNew()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    QVERIFY(sync(cache).result.ok());

    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 250; i < 255; ++i)
        alpha->commits << FakeGitHub::generatedCommit(i, start, QStringLiteral("alpha"));
    QJsonObject pull = alpha->pulls.first();
    pull.insert(QStringLiteral("title"), QStringLiteral("Renamed upstream"));
    pull.insert(QStringLiteral("updatedAt"), QStringLiteral("2027-01-01T00:00:00Z"));
    alpha->pulls.first() = pull;

    const Outcome later = sync(cache);
    QVERIFY(later.result.ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")), 295);
    QCOMPARE(later.progress.itemsByKind.value(QStringLiteral("commits")), 5);
    QCOMPARE(later.progress.itemsByKind.value(QStringLiteral("pull_requests")), 1);
    QSqlQuery renamed(cache.db());
    QVERIFY(renamed.exec(
        QStringLiteral("SELECT title FROM pull_requests WHERE number = 1 AND repo_id = "
                       "(SELECT id FROM repos WHERE name = 'alpha')")));
    QVERIFY(renamed.next());
    QCOMPARE(renamed.value(0).toString(), QStringLiteral("Renamed upstream"));
}

void TestGitHubSync::transientFailuresAreRetried_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("delivery");
    QTest::addRow("502 on GraphQL")
        << "/api/graphql" << 502 << int(FakeResponse::Delivery::Complete);
    QTest::addRow("500 on REST") << "/api/v3/user/repos" << 500
                                 << int(FakeResponse::Delivery::Complete);
    QTest::addRow("connection dropped")
        << "/api/graphql" << 200 << int(FakeResponse::Delivery::DropConnection);
    QTest::addRow("body cut off") << "/api/v3/user/repos" << 200
                                  << int(FakeResponse::Delivery::TruncateBody);
}

void TestGitHubSync::transientFailuresAreRetried()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, delivery);
    FakeResponse failure = FakeResponse::json(status, R"({"message":"Server Error","data":{}})");
    failure.delivery = FakeResponse::Delivery(delivery);
    m_github->server().failNext(path, failure);
    m_github->server().failNext(path, failure);

    TestCache cache;
    QVERIFY(cache.isValid());
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result.ok() ? QString() : outcome.result.error().toLogString()));
    // QNetworkAccessManager itself resends once on a connection dropped before any answer.
    QVERIFY2(outcome.stats.waits >= 1 && outcome.stats.waits <= 2,
             qPrintable(QString::number(outcome.stats.waits)));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")), 290);
}

void TestGitHubSync::brokenAnswerStopsAndTheNextSyncResumes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("malformed JSON from REST")
        << "/api/v3/repos/octo/alpha/issues" << QByteArray("[{\"number\": 1,");
    QTest::addRow("malformed JSON from GraphQL")
        << "/api/graphql" << QByteArray("{\"data\": {\"repository\"");
}

void TestGitHubSync::brokenAnswerStopsAndTheNextSyncResumes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    TestCache reference;
    QVERIFY(sync(reference).result.ok());

    TestCache cache;
    m_github->server().failNext(path, FakeResponse::json(200, body));
    const Outcome broken = sync(cache);
    QVERIFY(!broken.result.ok());
    QVERIFY2(broken.result.error().userMessage.contains(QLatin1String("continue from this point")),
             qPrintable(broken.result.error().userMessage));
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(contentOf(cache.db()), contentOf(reference.db()));
}

void TestGitHubSync::rejectedTokenStopsTheSync()
{
    m_github->server().failNext(
        QStringLiteral("/api/graphql"),
        FakeResponse::fromFixture(QStringLiteral("github/replay/error-401")));
    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ErrorKind::AuthenticationRequired);
    QVERIFY(outcome.result.error().userMessage.contains(QLatin1String("Reconnect")));
}

void TestGitHubSync::rateLimitsAreWaitedOut()
{
    const FakeResponse exhausted = FakeGitHub::rateLimitExhausted(3600);
    FakeResponse secondary
        = FakeResponse::fromFixture(QStringLiteral("github/replay/error-403-secondary-rate-limit"));
    m_github->server().failNext(QStringLiteral("/api/v3/user/repos"), exhausted);
    m_github->server().failNext(QStringLiteral("/api/graphql"), secondary);

    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result.ok() ? QString() : outcome.result.error().toLogString()));
    QCOMPARE(outcome.stats.waits, 2);
    // An hour until the reset (minus the moments the test itself took) plus Retry-After: 60.
    QVERIFY2(outcome.stats.waitSeconds >= 3600 + 60 - 5,
             qPrintable(QString::number(outcome.stats.waitSeconds)));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")), 290);
}

void TestGitHubSync::refusedAndEmptyRepositoriesDoNotStopTheSync()
{
    m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"))->status = 404;
    m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("empty"), 0, 0, 0);
    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result.ok() ? QString() : outcome.result.error().toLogString()));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")), 250);
    QCOMPARE(
        scalar(cache.db(),
               QStringLiteral(
                   "SELECT count(*) FROM repos WHERE name = 'beta' AND sync_error IS NOT NULL")),
        1);
    QCOMPARE(scalar(cache.db(),
                    QStringLiteral(
                        "SELECT count(*) FROM repos WHERE name = 'empty' AND sync_error IS NULL")),
             1);
}

void TestGitHubSync::syncKilledAnywhereResumesToTheSameCache()
{
    m_github->graphqlPageSize = 30; // more pages, more places to be stopped at
    m_github->restPageSize = 20;
    TestCache reference;
    QVERIFY(sync(reference).result.ok());
    const QStringList expected = contentOf(reference.db());

    TestCache cache;
    int interruptions = 0;
    int cancelAt = 0;
    for (int attempt = 0; attempt < 40; ++attempt) {
        cancelAt += 1 + int(QRandomGenerator::global()->bounded(60));
        const Outcome outcome = sync(cache, false, cancelAt);
        if (outcome.result.ok())
            break;
        QCOMPARE(outcome.result.error().kind, ErrorKind::Cancelled);
        ++interruptions;
        cancelAt = 0; // counts restart with each run
    }
    QVERIFY2(interruptions >= 3, qPrintable(QString::number(interruptions)));
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(contentOf(cache.db()), expected);
}

void TestGitHubSync::deletedBranchIsMarkedAndNewTagAdded()
{
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    alpha->branches.removeLast();
    alpha->tags << qMakePair(QStringLiteral("v2.0"),
                             alpha->commits.last().value(QLatin1String("oid")).toString());
    const Outcome later = sync(cache);
    QVERIFY(later.result.ok());
    QCOMPARE(later.progress.itemsByKind.value(QStringLiteral("branches")), 1);
    QCOMPARE(later.progress.itemsByKind.value(QStringLiteral("tags")), 1);
    QCOMPARE(scalar(cache.db(),
                    QStringLiteral("SELECT count(*) FROM branches WHERE deleted_at IS NOT NULL")),
             1);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM tags")), 2 + 1);
}

void TestGitHubSync::tickedOrganisationsAndForksAreSynced()
{
    m_github->orgLogins = {QStringLiteral("acme")};
    m_github->addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("platform"), 30, 2, 4);
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    const qint64 accountId = accountIn(cache);
    RepoSelection selection(cache.db());
    const QList<SelectableOrg> orgs = selection.orgs(accountId).value();
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().login, QStringLiteral("acme"));
    QVERIFY(!orgs.first().selected); // an organisation is synced only once ticked
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM repos WHERE owner = 'acme'")),
             0);

    QSet<qint64> repos;
    for (const SelectableRepo &repo : selection.repos(accountId).value()) {
        if (repo.selected || repo.isFork) // keep the user's own, tick the fork
            repos.insert(repo.id);
    }
    QVERIFY(selection.save(accountId, {orgs.first().id}, repos).ok());
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits c JOIN repos r ON "
                                               "r.id = c.repo_id WHERE r.owner = 'acme'")),
             30);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits c JOIN repos r ON "
                                               "r.id = c.repo_id WHERE r.name = 'forked'")),
             5);
    // Unticking leaves the cached rows and stops syncing them.
    QVERIFY(selection.save(accountId, {}, {}).ok());
    QCOMPARE(selection.reposToSync(accountId).value().size(), 0);
}

void TestGitHubSync::fullSyncRemovesCommitsDroppedByAForcePush()
{
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    beta->commits = beta->commits.mid(0, 30); // the last ten commits were force-pushed away
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits c JOIN repos r ON "
                                               "r.id = c.repo_id WHERE r.name = 'beta'")),
             40);

    const Outcome full = sync(cache, true);
    QVERIFY(full.result.ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits c JOIN repos r ON "
                                               "r.id = c.repo_id WHERE r.name = 'beta'")),
             30);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")), 280);
}

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

void TestGitHubSync::commitsPushedWithOlderDatesAreFound()
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

void TestGitHubSync::mergeOfAnOldBranchBringsItsCommits()
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

void TestGitHubSync::interruptedIncrementalWalkIsFinishedNextTime()
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

void TestGitHubSync::updatesInTheWatermarksSecondAreNotMissed()
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

QTEST_GUILESS_MAIN(TestGitHubSync)
#include "tst_githubsync.moc"
