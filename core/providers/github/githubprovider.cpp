#include "providers/github/githubprovider.h"

#include "accounts/githubaccounts.h"
#include "auth/githubhost.h"
#include "net/githubapiclient.h"
#include "providers/github/githubsync.h"

#include <QCoreApplication>

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
    return info;
}

SecretKey GitHubProvider::secretKey(const AccountRecord &account) const
{
    return GitHubAccounts::secretKeyFor(GitHubHost::fromStoredBaseUrl(account.baseUrl),
                                        account.login);
}

ProviderSyncOutcome GitHubProvider::sync(ProviderSyncContext &context) const
{
    GitHubApiClient api(context.http, GitHubHost::fromStoredBaseUrl(context.account.baseUrl),
                        context.secret, *context.clock, context.cancelled,
                        context.conditionalCache);
    api.setRateLimitObserver(context.reportRateLimitWait);
    GitHubSync sync(api, context.db, context.accountId, context.account.login,
                    context.reportProgress);
    sync.setOnlyRepos(context.onlyRepos);
    ProviderSyncOutcome outcome;
    outcome.result = sync.run(context.full);
    outcome.progress = sync.progress();
    outcome.stats = api.stats();
    return outcome;
}
