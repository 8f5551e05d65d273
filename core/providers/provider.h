#pragma once

#include "core/common/clock.h"
#include "core/common/providerinfo.h"
#include "core/common/result.h"
#include "core/common/syncprogress.h"
#include "core/net/blockingapiclient.h"
#include "core/secrets/secretstore.h"
#include "core/storage/records.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

class ConditionalCache;
class HttpClient;

/// What one more thread of a sync needs, opened on that thread (ProviderSyncContext::openLane):
/// network access and a cache connection of its own. Used only on the thread that opened it.
class ProviderSyncLane
{
public:
    virtual ~ProviderSyncLane() = default;
    virtual HttpClient *http() = 0;
    virtual QSqlDatabase database() = 0;
    virtual ConditionalCache *conditionalCache() = 0;
};

/// Everything one sync of one account gets from the worker. Lives on the worker thread.
struct ProviderSyncContext
{
    QSqlDatabase db;
    qint64 accountId = 0;
    AccountRecord account; ///< login, base URL, ...
    QString secret;        ///< from the keychain, in memory only; "" when the provider has none
    bool full = false;     ///< forget cursors and read everything again
    QStringList onlyRepos; ///< "owner/name": sync only these (providers with repositories)
    QString importFile;    ///< a file providers of files read now (and remember), not a sync
    HttpClient *http = nullptr;
    const Clock *clock = nullptr;
    CancelFlag cancelled;
    ConditionalCache *conditionalCache = nullptr;
    std::function<void(const SyncProgress &)> reportProgress;
    std::function<void(const QDateTime &until)> reportRateLimitWait;
    /// Requests in flight at once across repositories (SyncRequest::concurrentRequests).
    int concurrentRequests = 1;
    /// Opens a lane for another thread of this sync, on that thread; empty: no other threads.
    std::function<Result<std::unique_ptr<ProviderSyncLane>>()> openLane;

    bool isCancelled() const { return cancelled && cancelled->load(); }
};

/// What a sync leaves behind for the sync history.
struct ProviderSyncOutcome
{
    Result<void> result = Result<void>();
    SyncProgress progress;
    RequestStats stats;
};

/// Credentials a user typed for a provider that is not OAuth: checked by Provider::verify.
struct ProviderCredentials
{
    QString login;  ///< username, folder or file path; "" when the key says who it is
    QString secret; ///< API key or token; never logged
    QString baseUrl;
};

/// One service DevPulse reads from. Stateless: one instance per provider, shared by every
/// thread; every call gets what it needs in its arguments. Adding a provider means a folder
/// under core/providers/ with a subclass, and one line in ProviderCatalog.
class Provider
{
public:
    virtual ~Provider() = default;

    virtual ProviderInfo info() const = 0;

    /// Where the account's secret lives in the keychain.
    virtual SecretKey secretKey(const AccountRecord &account) const
    {
        return SecretKey{info().id, account.baseUrl, account.login};
    }

    /// Checks typed credentials with the service (blocking; called on a worker thread with its
    /// own network access) and returns the account to record. The default accepts nothing:
    /// providers connected another way (GitHub's sign-in) never get here.
    virtual Result<AccountRecord> verify(const ProviderCredentials &credentials,
                                         ProviderSyncContext &context) const;

    /// Reads what is new for the account into the cache. Runs on the sync worker's thread,
    /// stops promptly when context.cancelled is set, and writes each page in one transaction
    /// with its cursor so that a stopped sync resumes where it was.
    virtual ProviderSyncOutcome sync(ProviderSyncContext &context) const = 0;

    /// Lists the account's repositories (and organisations) into the cache without reading
    /// any of them, so that the user can choose what to sync before the first sync. Same
    /// thread and rules as sync(). The default has nothing to list (providers without
    /// repositories, or whose one repository is the account).
    virtual ProviderSyncOutcome listRepositories(ProviderSyncContext &context) const;
};
