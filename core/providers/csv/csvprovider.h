#pragma once

#include "providers/provider.h"

/// Activity imported from CSV files (see CsvActivityImport). Each imported file is an account
/// whose login is the file's path; its "Sync now" imports the file again (rows already there
/// are not added twice). Connecting happens through the import dialog, not verify().
class CsvProvider final : public Provider
{
public:
    ProviderInfo info() const override;
    ProviderSyncOutcome sync(ProviderSyncContext &context) const override;
};
