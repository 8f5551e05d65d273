#include "core/providers/provider.h"

#include <QCoreApplication>

Result<AccountRecord> Provider::verify(const ProviderCredentials &, ProviderSyncContext &) const
{
    return Error{
        QCoreApplication::translate("Provider", "%1 accounts are connected by signing in, not with "
                                                "a key.")
            .arg(info().displayName),
        QStringLiteral("verify() not supported by %1").arg(info().id), ErrorKind::InvalidInput};
}

ProviderSyncOutcome Provider::listRepositories(ProviderSyncContext &) const
{
    return {};
}
