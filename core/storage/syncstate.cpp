#include "core/storage/syncstate.h"

#include "core/storage/boundquery.h"

#include <QDateTime>

using namespace BoundQuery;

SyncState::SyncState(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<SyncCursor> SyncState::cursor(qint64 accountId, qint64 repoId, const QString &kind)
{
    Result<QSqlQuery> result
        = exec(m_db,
               QStringLiteral("SELECT watermark, page_cursor, walk_watermark FROM sync_cursors "
                              "WHERE account_id = ? AND repo_id = ? AND kind = ?"),
               {accountId, repoId, kind}, QStringLiteral("reading where the last sync stopped"));
    if (!result)
        return result.error();
    SyncCursor cursor;
    if (result.value().next()) {
        cursor.watermark = result.value().value(0).toString();
        cursor.pageCursor = result.value().value(1).toString();
        cursor.walkWatermark = result.value().value(2).toString();
    }
    return cursor;
}

Result<void> SyncState::saveCursor(qint64 accountId, qint64 repoId, const QString &kind,
                                   const SyncCursor &cursor)
{
    return execWrite(
        m_db,
        QStringLiteral("INSERT INTO sync_cursors (account_id, repo_id, kind, watermark, "
                       "page_cursor, walk_watermark) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (account_id, repo_id, kind) DO UPDATE SET "
                       "watermark = excluded.watermark, page_cursor = excluded.page_cursor, "
                       "walk_watermark = excluded.walk_watermark"),
        {accountId, repoId, kind, textOrNull(cursor.watermark), textOrNull(cursor.pageCursor),
         textOrNull(cursor.walkWatermark)},
        QStringLiteral("saving where the sync stands"));
}

Result<QSet<qint64>> SyncState::reposWithCursor(qint64 accountId, const QString &kindPrefix)
{
    // substr, not LIKE: a kind may hold "_" or "%".
    Result<QSqlQuery> result
        = exec(m_db,
               QStringLiteral("SELECT DISTINCT repo_id FROM sync_cursors WHERE account_id = ? AND "
                              "substr(kind, 1, ?) = ?"),
               {accountId, int(kindPrefix.size()), kindPrefix},
               QStringLiteral("reading which repositories have a cursor"));
    if (!result)
        return result.error();
    QSet<qint64> repos;
    while (result.value().next())
        repos.insert(result.value().value(0).toLongLong());
    return repos;
}

Result<void> SyncState::resetCursors(qint64 accountId)
{
    return execWrite(m_db, QStringLiteral("DELETE FROM sync_cursors WHERE account_id = ?"),
                     {accountId}, QStringLiteral("starting a full sync"));
}

namespace {
const QString FileKindPrefix = QStringLiteral("file:");
} // namespace

Result<QStringList> SyncState::files(qint64 accountId)
{
    Result<QSqlQuery> result
        = exec(m_db,
               QStringLiteral("SELECT kind FROM sync_cursors WHERE account_id = ? AND repo_id = 0 "
                              "AND substr(kind, 1, ?) = ? ORDER BY kind"),
               {accountId, int(FileKindPrefix.size()), FileKindPrefix},
               QStringLiteral("reading which files the account reads"));
    if (!result)
        return result.error();
    QStringList found;
    while (result.value().next())
        found << result.value().value(0).toString().mid(FileKindPrefix.size());
    return found;
}

Result<void> SyncState::rememberFile(qint64 accountId, const QString &path, const QDateTime &readAt)
{
    SyncCursor read;
    read.watermark = readAt.toUTC().toString(Qt::ISODate);
    return saveCursor(accountId, 0, FileKindPrefix + path, read);
}

std::optional<CachedHttpResponse> SyncState::cachedResponse(const QString &url)
{
    Result<QSqlQuery> result
        = exec(m_db, QStringLiteral("SELECT etag, body FROM http_cache WHERE url = ?"), {url},
               QStringLiteral("reading the HTTP cache"));
    if (!result || !result.value().next())
        return std::nullopt;
    return CachedHttpResponse{result.value().value(0).toByteArray(),
                              result.value().value(1).toByteArray()};
}

Result<void> SyncState::storeResponse(const QString &url, const QByteArray &etag,
                                      const QByteArray &body)
{
    return execWrite(m_db,
                     QStringLiteral("INSERT INTO http_cache (url, etag, body, stored_at) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                                    "etag = excluded.etag, body = excluded.body, "
                                    "stored_at = excluded.stored_at"),
                     {url, QString::fromLatin1(etag), body, QDateTime::currentSecsSinceEpoch()},
                     QStringLiteral("saving to the HTTP cache"));
}
