#pragma once

#include "core/providers/provider.h"

/// Codewars: the public profile (`GET /api/v1/users/{user}`) and the completed kata, paged
/// from page 0 until `totalPages`, newest first. Each completion becomes an activity worth the
/// nominal minutes set in Settings (Codewars reports no time). Incremental by completion time:
/// a sync stops at the first page that reaches the newest completion already stored.
class CodewarsProvider final : public Provider
{
public:
    ProviderInfo info() const override;
    Result<AccountRecord> verify(const ProviderCredentials &credentials,
                                 ProviderSyncContext &context) const override;
    ProviderSyncOutcome sync(ProviderSyncContext &context) const override;
};
