#pragma once

#include "core/providers/provider.h"

/// Activity imported from CSV files (see CsvActivityImport): one account for every import,
/// its rows identified by content. "Sync now" imports each file it has read again (rows
/// already there are not added twice; a file that is gone is named). Connecting happens
/// through the import dialog or `devpulse import csv`, not verify().
class CsvProvider final : public Provider
{
public:
    ProviderInfo info() const override;
    ProviderSyncOutcome sync(ProviderSyncContext &context) const override;
};
