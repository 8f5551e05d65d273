#pragma once

#include "core/providers/provider.h"

/// GitHub and GitHub Enterprise behind the provider interface. Accounts are connected by the
/// sign-in flows in core/auth and GitHubAccounts (OAuth), not by verify(); sync is GitHubSync.
class GitHubProvider final : public Provider
{
public:
    ProviderInfo info() const override;
    SecretKey secretKey(const AccountRecord &account) const override;
    ProviderSyncOutcome sync(ProviderSyncContext &context) const override;
    ProviderSyncOutcome listRepositories(ProviderSyncContext &context) const override;
};
