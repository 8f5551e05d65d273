#include "core/providers/github/githubsyncsupport.h"

#include "core/storage/cachewriter.h"

#include <QUrl>

namespace GitHubSyncSupport {

// continued from its page cursor next time, never skipped.
SyncCursor stepWalk(const SyncCursor &cursor, const QString &newestOnPage, const QString &nextPage)
{
    SyncCursor updated = cursor;
    if (cursor.pageCursor.isEmpty() && !newestOnPage.isEmpty())
        updated.walkWatermark = newestOnPage;
    if (!nextPage.isEmpty()) {
        updated.pageCursor = nextPage;
        return updated;
    }
    if (!updated.walkWatermark.isEmpty())
        updated.watermark = updated.walkWatermark;
    updated.pageCursor.clear();
    updated.walkWatermark.clear();
    return updated;
}

QString idText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

QString restRepoPath(const QString &owner, const QString &name)
{
    return QStringLiteral("/repos/%1/%2")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(owner)),
             QString::fromUtf8(QUrl::toPercentEncoding(name)));
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<void> writePage(QSqlDatabase &db, const std::function<Result<void>(CacheWriter &)> &write,
                       const std::function<Result<void>(SyncState &)> &saveCursor)
{
    CacheWriter writer(db);
    if (const Result<void> begun = writer.transaction(); !begun)
        return begun;
    Result<void> written = write(writer);
    if (written && saveCursor) {
        SyncState state(db);
        written = saveCursor(state);
    }
    if (!written) {
        writer.rollback();
        return written;
    }
    return writer.commit();
}

} // namespace GitHubSyncSupport
