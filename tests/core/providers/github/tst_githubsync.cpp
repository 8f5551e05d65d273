#include "core/net/ratelimitpolicy.h"
#include "core/storage/accountstore.h"
#include "core/storage/mailmapstore.h"
#include "core/storage/reposelection.h"
#include "tests/core/providers/github/githubsyncfixture.h"

#include <QRandomGenerator>
#include <QSqlRecord>

using namespace GitHubSyncTest;

namespace {

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

} // namespace

/// GitHubSync against the fake GitHub on loopback, writing a real cache file.
class TestGitHubSync : public Fixture
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
    void graphqlTimeoutsAskForSmallerPages();
    void graphqlRateLimitIsARateLimit();
    void graphqlPartialAnswerKeepsWhatItHas();
    void rateLimitsAreWaitedOut();
    void refusedAndEmptyRepositoriesDoNotStopTheSync();
    void syncKilledAnywhereResumesToTheSameCache();
    void deletedBranchIsMarkedAndNewTagAdded();
    void tickedOrganisationsAndForksAreSynced();
    void fullSyncRemovesCommitsDroppedByAForcePush();
    void mailmapOnTheDefaultBranchIsKept();
};

void TestGitHubSync::init()
{
    QVERIFY(startServer());
}

void TestGitHubSync::cleanup()
{
    stopServer();
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
    // requests, issues, issue events, branches, tags, deployments with releases (one query);
    // the user's events. Plus the organisations list, the user's profile and the batched
    // check of which repositories changed (one request for up to 100).
    const int floor = 1 + 1 + 1 + 1 + (3 + 2 + 2 + 2 + 1 + 1 + 1) + (1 + 1 + 1 + 1 + 1 + 1 + 1) + 1;
    // Deployments and releases of the generated history (one of each per 50 commits).
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM deployments")), 5 + 0);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM releases")), 5 + 0);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM deployments WHERE status = "
                                               "'FAILURE'")),
             1);
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
    // Nothing new (issue 20): /user, the repository list (304), the organisations, one
    // batched check of every repository, the user's events; no repository read.
    QVERIFY2(again.stats.requests <= 5, qPrintable(QString::number(again.stats.requests)));
    QVERIFY(again.stats.notModified >= 1);
    QCOMPARE(m_github->stateChecks(), 2);
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

    // Once: retried like a 502 (issue 19 #9: a cut-off GraphQL answer stopped the sync).
    TestCache once;
    m_github->server().failNext(path, FakeResponse::json(200, body));
    const Outcome retried = sync(once);
    QVERIFY2(retried.result.ok(),
             qPrintable(retried.result.ok() ? QString() : retried.result.error().toLogString()));
    QCOMPARE(retried.stats.waits, 1);
    QCOMPARE(contentOf(once.db()), contentOf(reference.db()));

    // Every attempt: the sync stops, keeps its place and the next one resumes.
    // (GraphQL's first request is the check of which repositories changed: when GitHub cannot
    // answer it, every repository is read, as before the check existed.)
    TestCache cache;
    const int failures = path.contains(QLatin1String("graphql")) ? 2 * RateLimitPolicy::MaxAttempts
                                                                 : RateLimitPolicy::MaxAttempts;
    for (int attempt = 0; attempt < failures; ++attempt)
        m_github->server().failNext(path, FakeResponse::json(200, body));
    const Outcome broken = sync(cache);
    QVERIFY(!broken.result.ok());
    QVERIFY2(broken.result.error().userMessage.contains(QLatin1String("continue from this point")),
             qPrintable(broken.result.error().userMessage));
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(contentOf(cache.db()), contentOf(reference.db()));
}

void TestGitHubSync::graphqlTimeoutsAskForSmallerPages()
{
    // Issue 19 #9: GitHub's "Something went wrong while executing your query" on big pages
    // stopped the sync. Each time-out halves the page; the sync completes with every item.
    TestCache reference;
    QVERIFY(sync(reference).result.ok());
    m_github->graphqlFirsts.clear();
    m_github->graphqlTimeoutAbove = 30;
    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result.ok() ? QString() : outcome.result.error().toLogString()));
    QCOMPARE(contentOf(cache.db()), contentOf(reference.db()));
    QCOMPARE(m_github->graphqlFirsts.mid(0, 3), (QList<int>{100, 50, 25}));
    // Smaller from then on: no query of this sync asked for a page too big again.
    QCOMPARE(m_github->graphqlFirsts.mid(3).count(25), m_github->graphqlFirsts.size() - 3);
}

void TestGitHubSync::graphqlRateLimitIsARateLimit()
{
    // GraphQL's spent points come as an HTTP 200 with a RATE_LIMITED error: a rate limit
    // (the tray says rate-limited, the scheduler waits), not "GitHub could not answer".
    FakeResponse limited = FakeResponse::json(
        200,
        R"({"errors":[{"type":"RATE_LIMITED","message":"API rate limit exceeded for user ID 1."}]})");
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 1800;
    limited.headers.append(qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray("0")));
    limited.headers.append(qMakePair(QByteArray("X-RateLimit-Reset"), QByteArray::number(reset)));
    m_github->server().failNext(QStringLiteral("/api/graphql"), limited);
    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ErrorKind::RateLimited);
    QVERIFY2(
        outcome.result.error().userMessage.contains(
            QDateTime::fromSecsSinceEpoch(reset).toLocalTime().toString(QStringLiteral("HH:mm"))),
        qPrintable(outcome.result.error().userMessage));
}

void TestGitHubSync::graphqlPartialAnswerKeepsWhatItHas()
{
    // `errors` beside `data` for one field of one commit: the page is kept, that field unknown.
    TestCache reference;
    QVERIFY(sync(reference).result.ok());
    m_github->graphqlPartialOnce = true;
    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result.ok() ? QString() : outcome.result.error().toLogString()));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits")),
             scalar(reference.db(), QStringLiteral("SELECT count(*) FROM commits")));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits WHERE "
                                               "author_login IS NULL")),
             scalar(reference.db(), QStringLiteral("SELECT count(*) FROM commits WHERE "
                                                   "author_login IS NULL"))
                 + 1);
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

void TestGitHubSync::mailmapOnTheDefaultBranchIsKept()
{
    // Issue 21 #4: a repository's .mailmap comes with its history pages (no request of its
    // own), is applied to its commit authors as git applies it, and is forgotten once removed.
    FakeGitHub::Repo *beta = m_github->findRepo(QLatin1String(Login), QStringLiteral("beta"));
    beta->mailmap = QStringLiteral("# the team\n"
                                   "Dévelopeur Zéro <dev0@example.com> <DEV3@example.com>\n");
    TestCache cache;
    QVERIFY(cache.isValid());
    const Outcome first = sync(cache);
    QVERIFY(first.result.ok());
    const QList<MailmapEntry> kept = MailmapStore(cache.db()).all().value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first(),
             (MailmapEntry{QStringLiteral("Dévelopeur 3"), QStringLiteral("dev3@example.com"),
                           QStringLiteral("Dévelopeur Zéro"), QStringLiteral("dev0@example.com")}));

    beta->mailmap.clear();
    beta->commits << FakeGitHub::generatedCommit(
        40, QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC), QStringLiteral("beta"));
    QVERIFY(sync(cache).result.ok());
    QVERIFY(MailmapStore(cache.db()).all().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestGitHubSync)
#include "tst_githubsync.moc"
