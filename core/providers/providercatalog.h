#pragma once

#include "core/providers/provider.h"

#include <QList>

/// The registry of providers: every provider DevPulse supports, in the order the Connections
/// page shows them. Registering a new one is one line in providercatalog.cpp.
namespace ProviderCatalog {

QList<ProviderInfo> all();

/// The provider with `id`, or nullptr when unknown (a cache written by a newer DevPulse).
const Provider *find(const QString &id);

/// The provider's description, or one with an empty id when unknown.
ProviderInfo info(const QString &id);

} // namespace ProviderCatalog
