#pragma once

#include "core/common/clock.h"
#include "core/common/syncprogress.h"
#include "core/net/blockingapiclient.h"
#include "core/storage/records.h"
#include "core/storage/synchistory.h"

#include <QObject>

/// Everything a worker needs to sync one account; the token travels only in memory.
struct SyncRequest
{
    qint64 accountId = 0;
    AccountRecord account; ///< provider, login, base URL
    QString secret;        ///< token or API key; "" for providers without one
    bool full = false;
    QStringList onlyRepos; ///< "owner/name"; empty: every repository the account syncs
    /// Only list the account's repositories (Provider::listRepositories), read none.
    bool listRepositoriesOnly = false;
    /// Import this file into the account (the CSV provider) instead of syncing it.
    QString importFile;
    QString cacheAddress;
    /// Requests in flight at once across repositories (1: one after the other).
    int concurrentRequests = 1;
};

/// Syncs one account of any provider (ProviderCatalog finds its Provider). Lives on its own QThread
/// (SyncManager moves it there) and owns what it uses on that thread: its QNetworkAccessManager and
/// its cache connection. Reports only through queued signals; stops promptly when the shared cancel
/// flag is set.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(const SyncRequest &request, const Clock &clock, CancelFlag cancelled);

public slots:
    void run();

signals:
    void progressChanged(qint64 accountId, const SyncProgress &progress);
    void finished(qint64 accountId, const SyncRun &run, bool needsReauthorisation);

private:
    SyncRequest m_request;
    const Clock &m_clock;
    CancelFlag m_cancelled;
};
