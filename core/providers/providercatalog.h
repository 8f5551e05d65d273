#pragma once

#include <QList>
#include <QString>

/// How a provider proves who the user is.
enum class ProviderAuthKind { OAuth, ApiKey, Username, File, Folder };

/// What the application knows about a provider before it is connected: its id (stored in
/// accounts.provider), a name and a sentence for the Connections page. Value type, any thread.
struct ProviderInfo
{
    QString id;
    QString displayName;
    QString description;
    ProviderAuthKind authKind = ProviderAuthKind::OAuth;
};

namespace ProviderCatalog {

/// Every provider DevPulse supports, in the order the Connections page shows them.
QList<ProviderInfo> all();

/// The provider with `id`, or an entry with an empty id when unknown.
ProviderInfo find(const QString &id);

} // namespace ProviderCatalog
