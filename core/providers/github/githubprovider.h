#pragma once

#include "core/auth/githubhost.h"
#include "core/providers/provider.h"

/// GitHub and GitHub Enterprise behind the provider interface. Accounts are connected by the
/// sign-in flows in core/auth and GitHubAccounts (OAuth), not by verify(); sync is GitHubSync.
class GitHubProvider final : public Provider
{
public:
    ProviderInfo info() const override;
    SecretKey secretKey(const AccountRecord &account) const override;
    /// Where an account's token lives in the keychain: provider, host and login (the sign-in
    /// flows write it there before the account is recorded).
    static SecretKey secretKeyFor(const GitHubHost &host, const QString &login);
    ProviderSyncOutcome sync(ProviderSyncContext &context) const override;
    ProviderSyncOutcome listRepositories(ProviderSyncContext &context) const override;
};
