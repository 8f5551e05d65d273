#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/// The right to sync one account into one cache, held for the whole sync. Another DevPulse
/// syncing the same account into the same cache (a second window on another data folder
/// pointing at the team database, a `devpulse sync` from cron, a teammate's syncing machine)
/// does not get it and skips, so two syncs never interleave their pages and cursors.
/// PostgreSQL: a session advisory lock on the worker's connection (the server drops it when
/// that connection dies). SQLite: a lock file beside the cache file (QLockFile: a crashed
/// holder's file is recognised as stale). Worker thread, with that thread's connection.
class SyncLease final
{
public:
    /// Tries once, without waiting.
    SyncLease(QSqlDatabase &db, const QString &cacheAddress, qint64 accountId);
    ~SyncLease();
    Q_DISABLE_COPY_MOVE(SyncLease)

    bool isHeld() const { return m_held; }

    /// At a window's start: closes the runs left "running" by syncs that no longer run, each
    /// account's only while its lease is free (a scheduled `devpulse sync` running right now
    /// keeps its run; before, every window start marked it failed). Returns how many closed.
    static Result<int> closeAbandonedRuns(QSqlDatabase &db, const QString &cacheAddress,
                                          const QDateTime &now);

private:
    QSqlDatabase m_db;
    qint64 m_accountId = 0;
    std::unique_ptr<QLockFile> m_lockFile;
    bool m_held = false;
};
