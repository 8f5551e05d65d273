#pragma once

#include "core/accounts/providerinfo.h"

#include <QList>

/// What the window knows of the providers: their descriptions, in the order the Connections
/// page shows them, and nothing of how they sync (the registry, ProviderCatalog, stays behind
/// the sync and accounts services). Any thread.
namespace ProviderDirectory {

QList<ProviderInfo> all();

/// The provider's description, or one with an empty id when unknown (a cache written by a
/// newer DevPulse).
ProviderInfo info(const QString &id);

} // namespace ProviderDirectory
