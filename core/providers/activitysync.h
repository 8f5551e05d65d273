#pragma once

#include "core/common/result.h"
#include "core/net/blockingapiclient.h"
#include "core/providers/provider.h"

#include <QJsonDocument>
#include <QUrl>

/// What the activity providers (WakaTime, Codewars, Exercism) share: one blocking client per
/// sync wired to the context, JSON GETs with the service's own auth header, and their errors
/// in the words the Connections page uses.
namespace ActivitySync {

/// The service's API root: the account's stored base URL (tests, self-hosted) or `fallback`.
QString apiRoot(const AccountRecord &account, const QString &fallback);

/// A blocking client for `context`, reporting rate-limit waits to it.
BlockingApiClient clientFor(ProviderSyncContext &context, const QString &serviceName);

/// GETs `url` as JSON with `authorization` ("" for none). 401/403 become an
/// AuthenticationRequired error saying `rejectedMessage`; 404 one of kind InvalidInput.
Result<QJsonDocument> getJson(BlockingApiClient &client, const QUrl &url,
                              const QByteArray &authorization, const QString &what,
                              const QString &rejectedMessage);

/// The error for an answer whose JSON lacks what DevPulse reads from it.
Error unexpectedShape(const QString &serviceName, const QString &what);

/// Nominal minutes per solved challenge for providers that report no time (Settings).
int nominalMinutes(const QString &providerId);
void setNominalMinutes(const QString &providerId, int minutes);

} // namespace ActivitySync

/// The base of the activity providers: a sync is one blocking client wired to the context
/// (ActivitySync::clientFor) handed to syncActivity(), whose result, progress and the client's
/// request counts make the outcome.
class ActivityProvider : public Provider
{
public:
    ProviderSyncOutcome sync(ProviderSyncContext &context) const final;
    /// The service's name in messages and rate-limit waits ("WakaTime").
    virtual QString serviceName() const = 0;

protected:
    /// Reads the service into the cache through `client`, counting into `progress` (and
    /// reporting it to the context as it goes).
    virtual Result<void> syncActivity(ProviderSyncContext &context, BlockingApiClient &client,
                                      SyncProgress &progress) const = 0;
};
