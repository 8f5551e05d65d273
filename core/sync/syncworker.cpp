#include "sync/syncworker.h"

#include "common/logging.h"

#include "auth/githubhost.h"
#include "net/httpclient.h"
#include "providers/github/githubsync.h"
#include "storage/accountstore.h"
#include "storage/cachedatabase.h"
#include "sync/cacheconditionalstore.h"

#include <QNetworkAccessManager>
#include <QThread>

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
    run.provider = QStringLiteral("github");
    run.startedAt = m_clock.now();

    CacheConnection connection(m_request.cacheFilePath, QStringLiteral("sync-%1").arg(accountId));
    if (!connection.isOpen()) {
        run.status = SyncRunStatus::Failed;
        run.error = connection.error().userMessage;
        run.finishedAt = m_clock.now();
        emit finished(accountId, run, false);
        return;
    }
    QSqlDatabase &db = connection.database();
    SyncHistory history(db);
    if (const Result<qint64> id = history.beginRun(run.provider, accountId, run.startedAt); id)
        run.id = id.value();

    QNetworkAccessManager network;
    HttpClient http(&network);
    CacheConditionalStore conditional(db);
    GitHubApiClient api(&http, GitHubHost::fromStoredBaseUrl(m_request.baseUrl), m_request.token,
                        m_clock, m_cancelled, &conditional);
    SyncProgress lastProgress;
    api.setRateLimitObserver([this, accountId, &lastProgress](const QDateTime &until) {
        SyncProgress waiting = lastProgress;
        waiting.rateLimitedUntil = until;
        emit progressChanged(accountId, waiting);
    });
    GitHubSync sync(api, db, accountId, m_request.login,
                    [this, accountId, &lastProgress](const SyncProgress &progress) {
                        lastProgress = progress;
                        emit progressChanged(accountId, progress);
                    });
    qCInfo(lcSync) << "Sync of account" << accountId << "started"
                   << (m_request.full ? "(full)" : "");
    const Result<void> outcome = sync.run(m_request.full);

    run.finishedAt = m_clock.now();
    run.itemsByKind = sync.progress().itemsByKind;
    run.requests = api.stats().requests;
    run.notModified = api.stats().notModified;
    run.waits = api.stats().waits;
    run.waitSeconds = int(api.stats().waitSeconds);
    bool needsReauthorisation = false;
    if (outcome) {
        run.status = SyncRunStatus::Succeeded;
    } else {
        run.status = outcome.error().kind == ErrorKind::Cancelled ? SyncRunStatus::Cancelled
                                                                  : SyncRunStatus::Failed;
        run.error = outcome.error().userMessage;
        needsReauthorisation = outcome.error().kind == ErrorKind::AuthenticationRequired;
        qCWarning(lcSync).noquote()
            << "Sync of account" << accountId << "ended:" << outcome.error().toLogString();
    }
    if (run.id > 0)
        (void)history.finishRun(run);
    (void)AccountStore(db).recordSyncOutcome(
        accountId, run.finishedAt, run.status == SyncRunStatus::Failed ? run.error : QString());
    emit finished(accountId, run, needsReauthorisation);
}
