#include "core/providers/github/githubprovider.h"

#include "core/net/requestgate.h"
#include "core/providers/github/githubapiclient.h"
#include "core/providers/github/githubsync.h"

#include <QCoreApplication>

#include <functional>

ProviderInfo GitHubProvider::info() const
{
    ProviderInfo info;
    info.id = QStringLiteral("github");
    info.displayName = QStringLiteral("GitHub");
    info.description = QCoreApplication::translate(
        "ProviderCatalog",
        "Repositories, commits with line counts, pull requests, issues, branches and tags.");
    info.authKind = ProviderAuthKind::OAuth;
    info.needsSecret = true;
    info.listsRepositories = true;
    info.writesCommits = true;
    return info;
}

SecretKey GitHubProvider::secretKey(const AccountRecord &account) const
{
    return secretKeyFor(GitHubHost::fromStoredBaseUrl(account.baseUrl), account.login);
}

SecretKey GitHubProvider::secretKeyFor(const GitHubHost &host, const QString &login)
{
    return SecretKey{QStringLiteral("github"), host.displayName(), login};
}

namespace {

/// Another thread's GitHub client (sharing the sync's RequestGate) on its own lane.
class GitHubLane final : public GitHubSync::Lane
{
public:
    GitHubLane(std::unique_ptr<ProviderSyncLane> resources, const GitHubHost &host,
               const QString &token, const Clock &clock, CancelFlag stop,
               std::shared_ptr<RequestGate> gate)
        : m_resources(std::move(resources))
        , m_api(m_resources->http(), host, token, clock, std::move(stop),
                m_resources->conditionalCache())
    {
        m_api.setRequestGate(std::move(gate));
    }

    GitHubApiClient &api() override { return m_api; }
    QSqlDatabase database() override { return m_resources->database(); }

private:
    std::unique_ptr<ProviderSyncLane> m_resources;
    GitHubApiClient m_api;
};

/// Runs `work` on a GitHubSync for the context's account; its progress and requests are
/// the outcome's. With context.concurrentRequests > 1 and lanes to open, repositories are
/// read side by side, the requests in flight limited by one RequestGate.
ProviderSyncOutcome withGitHubSync(ProviderSyncContext &context,
                                   const std::function<Result<void>(GitHubSync &)> &work)
{
    const GitHubHost host = GitHubHost::fromStoredBaseUrl(context.account.baseUrl);
    GitHubApiClient api(context.http, host, context.secret, *context.clock, context.cancelled,
                        context.conditionalCache);
    api.setRateLimitObserver(context.reportRateLimitWait);
    const auto gate = std::make_shared<RequestGate>(context.concurrentRequests, *context.clock);
    api.setRequestGate(gate);
    GitHubSync sync(api, context.db, context.accountId, context.account.login,
                    context.reportProgress);
    if (context.concurrentRequests > 1 && context.openLane) {
        sync.setParallelReads(
            context.concurrentRequests,
            [openLane = context.openLane, host, token = context.secret, clock = context.clock,
             gate](CancelFlag stop) -> Result<std::unique_ptr<GitHubSync::Lane>> {
                Result<std::unique_ptr<ProviderSyncLane>> opened = openLane();
                if (!opened)
                    return opened.error();
                return std::unique_ptr<GitHubSync::Lane>(std::make_unique<GitHubLane>(
                    std::move(opened).value(), host, token, *clock, std::move(stop), gate));
            });
    }
    ProviderSyncOutcome outcome;
    outcome.result = work(sync);
    outcome.progress = sync.progress();
    outcome.stats = sync.requestStats();
    return outcome;
}
} // namespace

ProviderSyncOutcome GitHubProvider::sync(ProviderSyncContext &context) const
{
    return withGitHubSync(context, [&context](GitHubSync &sync) {
        sync.setOnlyRepos(context.onlyRepos);
        return sync.run(context.full);
    });
}

ProviderSyncOutcome GitHubProvider::listRepositories(ProviderSyncContext &context) const
{
    return withGitHubSync(context, [](GitHubSync &sync) { return sync.listRepositories(); });
}
