#include "core/sync/syncworker.h"

#include "core/common/logging.h"

#include "core/net/httpclient.h"
#include "core/providers/providercatalog.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachedatabase.h"
#include "core/sync/bulkload.h"
#include "core/sync/cacheconditionalstore.h"
#include "core/sync/synclease.h"

#include <QNetworkAccessManager>
#include <QThread>

#include <atomic>

namespace {

/// Another thread's network access and cache connection for the same sync (GitHub reads
/// several repositories side by side).
class WorkerLane final : public ProviderSyncLane
{
public:
    WorkerLane(const QString &cacheAddress, const QString &purpose)
        : m_connection(cacheAddress, purpose)
        , m_http(&m_network)
        , m_conditional(m_connection.database())
    {}

    bool isOpen() const { return m_connection.isOpen(); }
    const Error &error() const { return m_connection.error(); }
    HttpClient *http() override { return &m_http; }
    QSqlDatabase database() override { return m_connection.database(); }
    ConditionalCache *conditionalCache() override { return &m_conditional; }

private:
    CacheConnection m_connection;
    QNetworkAccessManager m_network;
    HttpClient m_http;
    CacheConditionalStore m_conditional;
};

} // namespace

SyncWorker::SyncWorker(const SyncRequest &request, const Clock &clock, CancelFlag cancelled)
    : m_request(request)
    , m_clock(clock)
    , m_cancelled(std::move(cancelled))
{}

void SyncWorker::run()
{
    SyncRun run;
    const qint64 accountId = m_request.accountId;
    run.accountId = accountId;
    run.provider = m_request.account.provider;
    run.startedAt = m_clock.now();

    CacheConnection connection(m_request.cacheAddress, QStringLiteral("sync-%1").arg(accountId));
    if (!connection.isOpen()) {
        run.status = SyncRunStatus::Failed;
        run.error = connection.error().userMessage;
        run.finishedAt = m_clock.now();
        emit finished(accountId, run, false);
        return;
    }
    QSqlDatabase &db = connection.database();
    const SyncLease lease(db, m_request.cacheAddress, accountId);
    if (!lease.isHeld()) {
        run.status = SyncRunStatus::Cancelled;
        run.skipped = true;
        run.errorKind = ErrorKind::Cancelled;
        run.error = tr("Another DevPulse is syncing this account right now (another window, a "
                       "scheduled devpulse sync or the team's syncing machine); this sync was "
                       "skipped.");
        run.finishedAt = m_clock.now();
        emit finished(accountId, run, false);
        return;
    }
    SyncHistory history(db);
    // Holding the lease, no other sync of this account runs: a run still "running" was left
    // by a process that died (kill -9, a lost server) and is closed before this one starts.
    (void)history.markInterruptedRuns(accountId, m_clock.now());
    if (const Result<qint64> id = history.beginRun(run.provider, accountId, run.startedAt); id)
        run.id = id.value();

    QNetworkAccessManager network;
    HttpClient http(&network);
    CacheConditionalStore conditional(db);
    SyncProgress lastProgress;
    ProviderSyncContext context;
    context.db = db;
    context.accountId = accountId;
    context.account = m_request.account;
    context.secret = m_request.secret;
    context.full = m_request.full;
    context.onlyRepos = m_request.onlyRepos;
    context.importFile = m_request.importFile;
    context.http = &http;
    context.clock = &m_clock;
    context.cancelled = m_cancelled;
    context.conditionalCache = &conditional;
    context.reportProgress = [this, accountId, &lastProgress,
                              startedAt = run.startedAt](const SyncProgress &progress) {
        lastProgress = progress;
        lastProgress.startedAt = startedAt;
        emit progressChanged(accountId, lastProgress);
    };
    context.reportRateLimitWait = [this, accountId, &lastProgress](const QDateTime &until) {
        SyncProgress waiting = lastProgress;
        waiting.rateLimitedUntil = until;
        emit progressChanged(accountId, waiting);
    };
    context.concurrentRequests = m_request.concurrentRequests;
    auto lanesOpened = std::make_shared<std::atomic_int>(0);
    context.openLane = [address = m_request.cacheAddress, accountId,
                        lanesOpened]() -> Result<std::unique_ptr<ProviderSyncLane>> {
        auto lane = std::make_unique<WorkerLane>(
            address, QStringLiteral("sync-%1-lane-%2").arg(accountId).arg(++*lanesOpened));
        if (!lane->isOpen())
            return lane->error();
        return std::unique_ptr<ProviderSyncLane>(std::move(lane));
    };
    qCInfo(lcSync) << "Sync of account" << accountId << run.provider << "started"
                   << (m_request.full ? "(full)" : "");
    const Provider *provider = ProviderCatalog::find(run.provider);
    ProviderSyncOutcome synced;
    if (provider && m_request.listRepositoriesOnly) {
        synced = provider->listRepositories(context);
    } else if (provider) {
        BulkLoad bulk(db, m_request.cacheAddress, accountId, provider->info().writesCommits);
        synced = provider->sync(context);
        // Whatever the outcome: what was written is indexed, and the indexes are whole again.
        if (const Result<void> finished = bulk.finish(); !finished)
            qCWarning(lcSync).noquote() << "After the sync of account" << accountId << ":"
                                        << finished.error().toLogString();
    } else {
        synced.result
            = Error{tr("This version of DevPulse cannot sync %1 accounts.").arg(run.provider),
                    QStringLiteral("unknown provider %1").arg(run.provider)};
    }
    const Result<void> &outcome = synced.result;

    run.finishedAt = m_clock.now();
    run.itemsByKind = synced.progress.itemsByKind;
    run.requests = synced.stats.requests;
    run.notModified = synced.stats.notModified;
    run.waits = synced.stats.waits;
    run.waitSeconds = int(synced.stats.waitSeconds);
    bool needsReauthorisation = false;
    if (outcome) {
        run.status = SyncRunStatus::Succeeded;
    } else {
        run.status = outcome.error().kind == ErrorKind::Cancelled ? SyncRunStatus::Cancelled
                                                                  : SyncRunStatus::Failed;
        run.error = outcome.error().userMessage;
        run.errorKind = outcome.error().kind;
        needsReauthorisation = outcome.error().kind == ErrorKind::AuthenticationRequired;
        qCWarning(lcSync).noquote()
            << "Sync of account" << accountId << "ended:" << outcome.error().toLogString();
    }
    // A team database that dropped the connection mid-sync (restart, network) gets the
    // outcome on a new one, so the history does not show the run as running forever.
    Result<void> recorded = run.id > 0 ? history.finishRun(run) : Result<void>{};
    if (!recorded && connection.ensureOpen() && run.id > 0)
        recorded = SyncHistory(connection.database()).finishRun(run);
    // A listing of repositories is in the history, but the account's data is no newer.
    if (!m_request.listRepositoriesOnly) {
        (void)AccountStore(connection.database())
            .recordSyncOutcome(accountId, run.finishedAt,
                               run.status == SyncRunStatus::Failed ? run.error : QString());
    }
    emit finished(accountId, run, needsReauthorisation);
}
