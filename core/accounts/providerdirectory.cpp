#include "core/accounts/providerdirectory.h"

#include "core/providers/providercatalog.h"

QList<ProviderInfo> ProviderDirectory::all()
{
    return ProviderCatalog::all();
}

ProviderInfo ProviderDirectory::info(const QString &id)
{
    return ProviderCatalog::info(id);
}
