#include "providers/github/githubprovider.h"

#include "accounts/githubaccounts.h"
#include "auth/githubhost.h"
#include "net/githubapiclient.h"
#include "providers/github/githubsync.h"

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
    return info;
}

SecretKey GitHubProvider::secretKey(const AccountRecord &account) const
{
    return GitHubAccounts::secretKeyFor(GitHubHost::fromStoredBaseUrl(account.baseUrl),
                                        account.login);
}

namespace {
/// Runs `work` on a GitHubSync for the context's account; its progress and requests are
/// the outcome's.
ProviderSyncOutcome withGitHubSync(ProviderSyncContext &context,
                                   const std::function<Result<void>(GitHubSync &)> &work)
{
    GitHubApiClient api(context.http, GitHubHost::fromStoredBaseUrl(context.account.baseUrl),
                        context.secret, *context.clock, context.cancelled,
                        context.conditionalCache);
    api.setRateLimitObserver(context.reportRateLimitWait);
    GitHubSync sync(api, context.db, context.accountId, context.account.login,
                    context.reportProgress);
    ProviderSyncOutcome outcome;
    outcome.result = work(sync);
    outcome.progress = sync.progress();
    outcome.stats = api.stats();
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
