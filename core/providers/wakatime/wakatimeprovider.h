#pragma once

#include "core/providers/activitysync.h"

/// WakaTime: coding minutes per day, project and language from
/// `GET /api/v1/users/current/summaries?start&end`, the API key sent as HTTP Basic. Reads in
/// chunks of days, each chunk replacing those days in one transaction with its cursor; every
/// sync reads the last two days again (they still change) and otherwise only what is new.
class WakaTimeProvider final : public ActivityProvider
{
public:
    /// Days asked for in one request.
    static constexpr int ChunkDays = 14;
    /// How far back the first sync reads.
    static constexpr int FirstSyncDays = 365;

    ProviderInfo info() const override;
    Result<AccountRecord> verify(const ProviderCredentials &credentials,
                                 ProviderSyncContext &context) const override;
    QString serviceName() const override;

protected:
    Result<void> syncActivity(ProviderSyncContext &context, BlockingApiClient &client,
                              SyncProgress &progress) const override;
};
