#pragma once

#include "core/providers/activitysync.h"

/// Codewars: the public profile (`GET /api/v1/users/{user}`) and the completed kata, paged
/// from page 0 until `totalPages`, newest first. Each completion becomes an activity worth the
/// nominal minutes set in Settings (Codewars reports no time). Incremental by completion time:
/// a sync stops at the first page that reaches the newest completion already stored.
class CodewarsProvider final : public ActivityProvider
{
public:
    ProviderInfo info() const override;
    Result<AccountRecord> verify(const ProviderCredentials &credentials,
                                 ProviderSyncContext &context) const override;
    QString serviceName() const override;

protected:
    Result<void> syncActivity(ProviderSyncContext &context, BlockingApiClient &client,
                              SyncProgress &progress) const override;
};
