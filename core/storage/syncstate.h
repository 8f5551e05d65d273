#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// Where a sync of one kind of item stands (see sync_cursors in migration 4).
struct SyncCursor
{
    QString watermark;     ///< newest item time fully stored; "" before the first full walk
    QString pageCursor;    ///< mid-walk: the page to continue from; "" when no walk is open
    QString walkWatermark; ///< mid-walk: the watermark to store once the walk completes
};

/// A stored HTTP answer for conditional requests.
struct CachedHttpResponse
{
    QByteArray etag;
    QByteArray body;
};

/// Sync bookkeeping in the cache: cursors per account/repo/kind and the ETag cache. Same
/// thread as the connection; callers wrap a page's rows and its cursor in one transaction.
class SyncState final
{
public:
    explicit SyncState(QSqlDatabase db);

    Result<SyncCursor> cursor(qint64 accountId, qint64 repoId, const QString &kind);
    Result<void> saveCursor(qint64 accountId, qint64 repoId, const QString &kind,
                            const SyncCursor &cursor);
    /// The account's repositories that have a cursor whose kind starts with `kindPrefix`
    /// (GitHub's "workflow_runs:": the repositories whose workflow runs are read).
    Result<QSet<qint64>> reposWithCursor(qint64 accountId, const QString &kindPrefix);
    /// Forgets every cursor of the account (a full re-sync).
    Result<void> resetCursors(qint64 accountId);
    /// The files an account reads (a CSV account's imports), in order: kept as its own
    /// cursors (repo 0) of kind "file:<absolute path>", the watermark when it was last read.
    Result<QStringList> files(qint64 accountId);
    Result<void> rememberFile(qint64 accountId, const QString &path, const QDateTime &readAt);

    std::optional<CachedHttpResponse> cachedResponse(const QString &url);
    Result<void> storeResponse(const QString &url, const QByteArray &etag, const QByteArray &body);

private:
    QSqlDatabase m_db;
};
