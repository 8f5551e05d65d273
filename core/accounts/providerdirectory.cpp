#include "core/accounts/providerdirectory.h"

#include "core/providers/activitysync.h"
#include "core/providers/providercatalog.h"

QList<ProviderInfo> ProviderDirectory::all()
{
    return ProviderCatalog::all();
}

ProviderInfo ProviderDirectory::info(const QString &id)
{
    return ProviderCatalog::info(id);
}

int ProviderDirectory::nominalMinutes(const QString &providerId)
{
    return ActivitySync::nominalMinutes(providerId);
}

void ProviderDirectory::setNominalMinutes(const QString &providerId, int minutes)
{
    ActivitySync::setNominalMinutes(providerId, minutes);
}
