#include "core/storage/synchistory.h"

#include "core/storage/boundquery.h"
#include "core/storage/sqlerrors.h"

#include <QSqlError>

using namespace BoundQuery;

SyncHistory::SyncHistory(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString SyncHistory::statusKey(SyncRunStatus status)
{
    switch (status) {
    case SyncRunStatus::Running: return QStringLiteral("running");
    case SyncRunStatus::Succeeded: return QStringLiteral("succeeded");
    case SyncRunStatus::Failed: return QStringLiteral("failed");
    case SyncRunStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

SyncRunStatus SyncHistory::statusFromKey(const QString &key)
{
    for (SyncRunStatus status : {SyncRunStatus::Running, SyncRunStatus::Succeeded,
                                 SyncRunStatus::Failed, SyncRunStatus::Cancelled}) {
        if (statusKey(status) == key)
            return status;
    }
    return SyncRunStatus::Failed;
}

Result<qint64> SyncHistory::beginRun(const QString &provider, std::optional<qint64> accountId,
                                     const QDateTime &startedAt)
{
    return execReturningId(
        m_db,
        QStringLiteral("INSERT INTO sync_runs (account_id, provider, "
                       "started_at, status) VALUES (?, ?, ?, 'running') "
                       "RETURNING id"),
        {accountId ? QVariant(*accountId) : QVariant(), provider, timeValue(startedAt)},
        QStringLiteral("recording the start of a sync"));
}

Result<void> SyncHistory::finishRun(const SyncRun &run)
{
    const QString during = QStringLiteral("recording a finished sync");
    return inTransaction(m_db, during, [&]() -> Result<void> {
        Result<void> written = execWrite(
            m_db,
            QStringLiteral("UPDATE sync_runs SET finished_at = ?, status = ?, requests = ?, "
                           "not_modified = ?, waits = ?, wait_seconds = ?, error = ? WHERE id = ?"),
            {timeValue(run.finishedAt), statusKey(run.status), run.requests, run.notModified,
             run.waits, run.waitSeconds, textOrNull(run.error), run.id},
            during);
        for (auto it = run.itemsByKind.cbegin(); written && it != run.itemsByKind.cend(); ++it) {
            written
                = execWrite(m_db,
                            QStringLiteral("INSERT INTO sync_run_items (run_id, kind, item_count) "
                                           "VALUES (?, ?, ?) ON CONFLICT (run_id, kind) "
                                           "DO UPDATE SET item_count = excluded.item_count"),
                            {run.id, it.key(), it.value()}, during);
        }
        return written;
    });
}

Result<QList<SyncRun>> SyncHistory::recentRuns(int limit) const
{
    QSqlDatabase db = m_db;
    Result<QSqlQuery> runs
        = exec(db,
               QStringLiteral("SELECT id, account_id, provider, started_at, finished_at, status, "
                              "requests, not_modified, waits, wait_seconds, error FROM sync_runs "
                              "ORDER BY started_at DESC, id DESC LIMIT ?"),
               {limit}, QStringLiteral("reading the sync history"));
    if (!runs)
        return runs.error();
    QList<SyncRun> result;
    QSqlQuery &query = runs.value();
    while (query.next()) {
        SyncRun run;
        run.id = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            run.accountId = query.value(1).toLongLong();
        run.provider = query.value(2).toString();
        run.startedAt = timeFrom(query.value(3));
        run.finishedAt = timeFrom(query.value(4));
        run.status = statusFromKey(query.value(5).toString());
        run.requests = query.value(6).toInt();
        run.notModified = query.value(7).toInt();
        run.waits = query.value(8).toInt();
        run.waitSeconds = query.value(9).toInt();
        run.error = query.value(10).toString();
        result << run;
    }
    for (SyncRun &run : result) {
        Result<QSqlQuery> items = exec(
            db, QStringLiteral("SELECT kind, item_count FROM sync_run_items WHERE run_id = ?"),
            {run.id}, QStringLiteral("reading the sync history"));
        if (!items)
            return items.error();
        while (items.value().next())
            run.itemsByKind.insert(items.value().value(0).toString(),
                                   items.value().value(1).toInt());
    }
    return result;
}

Result<int> SyncHistory::markInterruptedRuns(qint64 accountId, const QDateTime &now)
{
    Result<QSqlQuery> updated = exec(
        m_db,
        QStringLiteral("UPDATE sync_runs SET status = 'failed', finished_at = ?, "
                       "error = ? WHERE status = 'running' AND account_id = ?"),
        {timeValue(now), QStringLiteral("DevPulse stopped before this sync finished."), accountId},
        QStringLiteral("closing interrupted syncs"));
    if (!updated)
        return updated.error();
    return updated.value().numRowsAffected();
}

Result<int> SyncHistory::markOrphanedRuns(const QDateTime &now)
{
    Result<QSqlQuery> updated
        = exec(m_db,
               QStringLiteral("UPDATE sync_runs SET status = 'failed', finished_at = ?, "
                              "error = ? WHERE status = 'running' AND account_id IS NULL"),
               {timeValue(now), QStringLiteral("DevPulse stopped before this sync finished.")},
               QStringLiteral("closing interrupted syncs"));
    if (!updated)
        return updated.error();
    return updated.value().numRowsAffected();
}

Result<QList<qint64>> SyncHistory::accountsWithRunningRuns()
{
    Result<QSqlQuery> result = exec(m_db,
                                    QStringLiteral("SELECT DISTINCT account_id FROM sync_runs "
                                                   "WHERE status = 'running' AND account_id IS "
                                                   "NOT NULL ORDER BY account_id"),
                                    {}, QStringLiteral("looking for unfinished syncs"));
    if (!result)
        return result.error();
    QList<qint64> accounts;
    while (result.value().next())
        accounts << result.value().value(0).toLongLong();
    return accounts;
}
