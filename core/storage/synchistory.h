#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

enum class SyncRunStatus { Running, Succeeded, Failed, Cancelled };

/// One row of the sync history as the Sync history page and `devpulse sync` show it.
struct SyncRun
{
    qint64 id = 0;
    std::optional<qint64> accountId;
    QString provider;
    QDateTime startedAt;
    QDateTime finishedAt;
    SyncRunStatus status = SyncRunStatus::Running;
    QMap<QString, int> itemsByKind; ///< "commits" -> 120, ...
    int requests = 0;
    int notModified = 0; ///< 304 answers (free of rate limit)
    int waits = 0;
    int waitSeconds = 0;
    QString error;
    /// Of this run's error, for callers that react (exit codes); not stored.
    ErrorKind errorKind = ErrorKind::Other;
    /// Another DevPulse was syncing the account (SyncLease): nothing was done and nothing
    /// recorded; `error` says so. Status Cancelled. Not stored.
    bool skipped = false;
};

/// Records sync runs (started, then finished with their counts) and reads them back.
/// Works on the connection it is given, on that connection's thread.
class SyncHistory final
{
public:
    explicit SyncHistory(QSqlDatabase db);

    Result<qint64> beginRun(const QString &provider, std::optional<qint64> accountId,
                            const QDateTime &startedAt);
    /// Stores the outcome of run `run.id` (status, finish time, counts, error).
    Result<void> finishRun(const SyncRun &run);

    /// The newest runs first.
    Result<QList<SyncRun>> recentRuns(int limit) const;

    /// Marks the account's runs still "running" failed; only by whoever holds its SyncLease
    /// (SyncLease::closeAbandonedRuns): no other process can be running a sync of it then,
    /// so such a run was left by one that died (a crash, kill -9, a lost team database).
    Result<int> markInterruptedRuns(qint64 accountId, const QDateTime &now);
    /// The accounts that have a run still "running".
    Result<QList<qint64>> accountsWithRunningRuns();
    /// Marks failed the runs still "running" whose account was removed (nothing can be
    /// syncing an account that is gone).
    Result<int> markOrphanedRuns(const QDateTime &now);

    static QString statusKey(SyncRunStatus status);
    static SyncRunStatus statusFromKey(const QString &key);

private:
    QSqlDatabase m_db;
};
