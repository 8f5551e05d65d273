#pragma once

#include "core/net/requestgate.h"
#include "core/providers/github/githubapiclient.h"
#include "core/providers/github/githubsync.h"
#include "core/storage/cachedatabase.h"
#include "core/sync/cacheconditionalstore.h"
#include "tests/support/fakegithub.h"

#include <QNetworkAccessManager>

#include <atomic>
#include <memory>

/// A lane as the sync worker opens one (tests and benchmarks): network access, a cache
/// connection and a client of its own, on the thread that reads with it, for the fake GitHub.
class GitHubTestLane final : public GitHubSync::Lane
{
public:
    GitHubTestLane(const QString &cacheAddress, const QString &purpose, const GitHubHost &host,
                   const Clock &clock, CancelFlag stop, std::shared_ptr<RequestGate> gate)
        : m_connection(cacheAddress, purpose)
        , m_conditional(m_connection.database())
        , m_api(&m_http, host, QLatin1String(FakeGitHub::Token), clock, std::move(stop),
                &m_conditional)
    {
        m_api.setRequestGate(std::move(gate));
    }
    GitHubApiClient &api() override { return m_api; }
    QSqlDatabase database() override { return m_connection.database(); }

    /// Opens lanes on the cache at `cacheAddress` (connections "test-lane-1", "-2", ...).
    static GitHubSync::LaneOpener opener(const QString &cacheAddress, const GitHubHost &host,
                                         const Clock &clock, std::shared_ptr<RequestGate> gate)
    {
        auto opened = std::make_shared<std::atomic_int>(0);
        return [cacheAddress, host, &clock, gate,
                opened](CancelFlag stop) -> Result<std::unique_ptr<GitHubSync::Lane>> {
            return std::unique_ptr<GitHubSync::Lane>(std::make_unique<GitHubTestLane>(
                cacheAddress, QStringLiteral("test-lane-%1").arg(++*opened), host, clock,
                std::move(stop), gate));
        };
    }

private:
    CacheConnection m_connection;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    CacheConditionalStore m_conditional;
    GitHubApiClient m_api;
};
