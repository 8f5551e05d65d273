#pragma once

#include "core/providers/activitysync.h"

/// Exercism: the solutions list of the website's API (`GET /api/v2/solutions?page=N`, Bearer
/// token), pages from 1 until `meta.total_pages`. Each submitted solution becomes an activity
/// on the day of its last iteration, worth the nominal minutes set in Settings. The API is not
/// a documented, versioned one: answers are read defensively and a changed shape is reported
/// as such, never half-written.
class ExercismProvider final : public ActivityProvider
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
