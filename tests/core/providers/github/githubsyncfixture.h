#pragma once

// What the GitHubSync tests share: the fake GitHub on loopback with generated repositories,
// one sync of its account into a real cache, and a scalar query.

#include "core/net/requestgate.h"
#include "core/providers/github/githubapiclient.h"
#include "core/providers/github/githubsync.h"
#include "core/storage/cachewriter.h"
#include "core/sync/cacheconditionalstore.h"
#include "tests/support/fakegithub.h"
#include "tests/support/githubtestlane.h"
#include "tests/support/testcache.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTest>

#include <memory>

#include <functional>

namespace GitHubSyncTest {

inline constexpr char Login[] = "octo";

inline int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

/// Base of the test classes: `startServer()` in init(), `stopServer()` in cleanup().
class Fixture : public QObject
{
protected:
    struct Outcome
    {
        Result<void> result;
        RequestStats stats;
        SyncProgress progress;
        int mostInFlight = 0; ///< the RequestGate's count
    };

    /// alpha (250 commits, 120 pull requests, 150 issue items), beta, a fork, someone else's.
    bool startServer()
    {
        m_github = std::make_unique<FakeGitHub>();
        if (!m_github->listen())
            return false;
        m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("alpha"), 250, 120, 150);
        m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("beta"), 40, 3, 10);
        m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("forked"), 5, 0, 0).fork
            = true;
        m_github->addGeneratedRepo(QStringLiteral("someone-else"), QStringLiteral("theirs"), 5, 0,
                                   0);
        return true;
    }
    void stopServer() { m_github.reset(); }

    qint64 accountIn(TestCache &cache)
    {
        AccountRecord account;
        account.provider = QStringLiteral("github");
        account.baseUrl = m_github->baseUrl().toString();
        account.login = QLatin1String(Login);
        return CacheWriter(cache.db()).upsertAccount(account).value();
    }

    /// One sync; `cancelAfterItems` >= 0 cancels it once that many items were written.
    Outcome sync(TestCache &cache, bool full = false, int cancelAfterItems = -1)
    {
        return runOn(
            cache, [full](GitHubSync &sync) { return sync.run(full); }, cancelAfterItems);
    }

    /// GitHubSync::listRepositories, as "Choose repositories" and `repos list` run it.
    Outcome listRepositories(TestCache &cache)
    {
        return runOn(cache, [](GitHubSync &sync) { return sync.listRepositories(); });
    }

    Outcome runOn(TestCache &cache, const std::function<Result<void>(GitHubSync &)> &work,
                  int cancelAfterItems = -1)
    {
        const qint64 accountId = accountIn(cache);
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        CacheConditionalStore conditional(cache.db());
        const GitHubHost host = GitHubHost::fromUserInput(m_github->baseUrl().toString()).value();
        const Clock &clock = *m_syncClock;
        GitHubApiClient api(&m_http, host, QLatin1String(FakeGitHub::Token), clock, cancelled,
                            &conditional);
        const auto gate = std::make_shared<RequestGate>(m_parallelReads, clock);
        api.setRequestGate(gate);
        GitHubSync sync(api, cache.db(), accountId, QLatin1String(Login),
                        [cancelAfterItems, cancelled](const SyncProgress &progress) {
                            int items = 0;
                            for (int count : progress.itemsByKind)
                                items += count;
                            if (cancelAfterItems >= 0 && items >= cancelAfterItems)
                                cancelled->store(true);
                        });
        if (m_parallelReads > 1)
            sync.setParallelReads(m_parallelReads,
                                  GitHubTestLane::opener(cache.address(), host, clock, gate));
        Result<void> result = work(sync);
        return {result, sync.requestStats(), sync.progress(), gate->mostInFlight()};
    }

    std::unique_ptr<FakeGitHub> m_github;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    const FastClock m_clock{10000.0};    // an hour of rate-limit wait takes 0.36 s
    const Clock *m_syncClock = &m_clock; ///< the clock syncs run on (a test may take real time)
    int m_parallelReads = 1;             ///< repositories read side by side (lanes)
};

} // namespace GitHubSyncTest
