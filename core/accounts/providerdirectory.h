#pragma once

#include "core/common/providerinfo.h"

#include <QList>

/// What the window knows of the providers: their descriptions, in the order the Connections
/// page shows them, and nothing of how they sync (the registry, ProviderCatalog, stays behind
/// the sync and accounts services). Any thread.
namespace ProviderDirectory {

QList<ProviderInfo> all();

/// The provider's description, or one with an empty id when unknown (a cache written by a
/// newer DevPulse).
ProviderInfo info(const QString &id);

/// Minutes each solved challenge counts for, for the providers that report what was solved
/// but not for how long (Codewars, Exercism): the Settings page's choice, 30 by default.
int nominalMinutes(const QString &providerId);
void setNominalMinutes(const QString &providerId, int minutes);

} // namespace ProviderDirectory
