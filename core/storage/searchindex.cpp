#include "core/storage/searchindex.h"

#include "core/storage/boundquery.h"
#include "core/storage/sqldialect.h"

namespace SearchIndex {

Result<void> indexPending(QSqlDatabase &db, int chunk)
{
    if (SqlDialect::of(db) != SqlDialect::Backend::SQLite)
        return {};
    const QString during = QStringLiteral("indexing new items for search");
    for (;;) {
        // The chunk's last key: a transaction holds the write lock for a bounded time.
        Result<QSqlQuery> last = BoundQuery::exec(
            db,
            QStringLiteral("SELECT max(item_key) FROM (SELECT item_key FROM search_pending "
                           "ORDER BY item_key LIMIT ?)"),
            {chunk}, during);
        if (!last)
            return last.error();
        if (!last.value().next() || last.value().value(0).isNull())
            return {};
        const qint64 upTo = last.value().value(0).toLongLong();
        last.value().finish();
        // A changed message or title replaces its entry: the old one goes first.
        const QString statements[] = {
            QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT item_key FROM "
                           "search_pending WHERE item_key <= ?)"),
            QStringLiteral("INSERT INTO search_index (rowid, kind, item_id, text) "
                           "SELECT c.id * 3, 'commit', c.id, c.message FROM search_pending p "
                           "JOIN commits c ON c.id = p.item_key / 3 "
                           "WHERE p.item_key <= ? AND p.item_key % 3 = 0"),
            QStringLiteral("INSERT INTO search_index (rowid, kind, item_id, text) "
                           "SELECT r.id * 3 + 1, 'pull', r.id, r.title FROM search_pending p "
                           "JOIN pull_requests r ON r.id = p.item_key / 3 "
                           "WHERE p.item_key <= ? AND p.item_key % 3 = 1"),
            QStringLiteral("INSERT INTO search_index (rowid, kind, item_id, text) "
                           "SELECT i.id * 3 + 2, 'issue', i.id, i.title FROM search_pending p "
                           "JOIN issues i ON i.id = p.item_key / 3 "
                           "WHERE p.item_key <= ? AND p.item_key % 3 = 2"),
            QStringLiteral("DELETE FROM search_pending WHERE item_key <= ?"),
        };
        const Result<void> indexed = BoundQuery::inTransaction(db, during, [&]() -> Result<void> {
            for (const QString &sql : statements) {
                if (const Result<void> done = BoundQuery::execWrite(db, sql, {upTo}, during); !done)
                    return done;
            }
            return {};
        });
        if (!indexed)
            return indexed;
    }
}

} // namespace SearchIndex
