#pragma once

#include "core/providers/provider.h"

/// A git repository on this computer, read with the `git` command line (see docs/DESIGN.md
/// for why not libgit2). The account's login is the repository's top folder; its one repo
/// row is "local/<folder name>". Commits (author, dates with offsets, additions/deletions from
/// --numstat), branches and tags land in the same tables as GitHub's, so every chart works.
/// Incremental from the last head seen; history that was rewritten is read again in full.
class LocalGitProvider final : public Provider
{
public:
    /// Commits written per transaction.
    static constexpr int BatchSize = 2000;

    ProviderInfo info() const override;
    Result<AccountRecord> verify(const ProviderCredentials &credentials,
                                 ProviderSyncContext &context) const override;
    ProviderSyncOutcome sync(ProviderSyncContext &context) const override;
};
