#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/common/syncprogress.h"
#include "core/net/blockingapiclient.h"
#include "core/storage/synchistory.h"

#include <QHash>
#include <QObject>

#include <memory>

class CacheConnection;
class QThread;
class SecretStore;

/// Starts, tracks and cancels syncs. GUI thread: it reads the account and its token (from the
/// keychain), then runs a SyncWorker on a QThread of its own per account; it never waits on
/// the network itself. Destroying it cancels every sync and waits for the threads to end.
class SyncManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncManager)

public:
    SyncManager(const QString &cacheAddress, SecretStore *secrets,
                const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SyncManager() override;

    bool isSyncing(qint64 accountId) const;
    bool isAnySyncRunning() const { return !m_running.isEmpty(); }

    /// Where the user sets how many requests a sync may have in flight across repositories
    /// (Settings page; `devpulse sync` reads the same setting). 1: one after the other.
    static constexpr const char *ConcurrentRequestsKey = "sync/concurrentRequests";
    static constexpr int DefaultConcurrentRequests = 4;
    static constexpr int MaxConcurrentRequests = 8;
    /// The setting, within 1..MaxConcurrentRequests.
    static int concurrentRequests();

public slots:
    /// Starts a sync of the account unless one runs already; `full` walks everything again.
    void syncAccount(qint64 accountId, bool full = false);
    /// Starts a sync of every connected account; `includeFilesAndFolders` false leaves CSV
    /// imports and local repositories out (the automatic sync: re-reading them costs time for
    /// changes the user makes and knows about). An error when the accounts cannot be read.
    Result<void> syncConnectedAccounts(bool includeFilesAndFolders = true);
    /// The same for only some repositories ("owner/name") of the account.
    void syncRepositories(qint64 accountId, const QStringList &fullNames, bool full = false);
    /// Lists the account's repositories and organisations into the cache without reading
    /// them (for choosing what to sync), as a run of its own: same signals as a sync.
    void listRepositories(qint64 accountId);
    /// Imports an activity CSV file as a job of the CSV account (created first when missing):
    /// lease, history, progress and cancel as for any sync, with its signals. Returns the
    /// account the job runs for; an error when the account could not be created.
    Result<qint64> importCsvFile(const QString &path);
    /// Asks the account's sync to stop; it ends within moments with status "cancelled".
    void cancel(qint64 accountId);
    void cancelAll();

signals:
    void syncStarted(qint64 accountId);
    void progressChanged(qint64 accountId, const SyncProgress &progress);
    void syncFinished(qint64 accountId, const SyncRun &run);
    /// The sync could not start (no token in the keychain, unknown account).
    void syncFailedToStart(qint64 accountId, const Error &error);
    /// GitHub answered 401: the account must sign in again.
    void authenticationRequired(qint64 accountId);

private:
    struct Running
    {
        QThread *thread = nullptr;
        CancelFlag cancelled;
    };

    void start(struct SyncRequest request);
    void startWorker(const struct SyncRequest &request);

    QString m_cacheAddress;
    SecretStore *m_secrets = nullptr;
    const Clock &m_clock;
    std::unique_ptr<CacheConnection> m_cache;
    QHash<qint64, Running> m_running;
};
