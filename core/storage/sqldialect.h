#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

/// Every place where DevPulse's SQL differs between its two cache backends: the embedded
/// SQLite file (the default) and a shared PostgreSQL database (the team cache). Everything
/// else (tables, upserts, metrics) is written once in SQL both understand; code asks here
/// instead of branching on the backend itself. Any thread (pure functions, or the caller's
/// connection).
namespace SqlDialect {

enum class Backend { SQLite, PostgreSQL };

/// The backend behind an open connection (by its Qt driver).
Backend of(const QSqlDatabase &db);

/// A migration statement written for SQLite, in `backend`'s spelling. PostgreSQL: an
/// `INTEGER PRIMARY KEY` column becomes a 64-bit identity (SQLite's rowid alias assigns ids
/// the same way), other INTEGERs 64-bit, BLOB bytea; `COLLATE NOCASE` is dropped (queries
/// compare names with lower() on both backends).
QString migrationStatement(const QString &statement, Backend backend);

/// Whether `table` exists in the connection's database (its current schema on PostgreSQL).
Result<bool> tableExists(QSqlDatabase &db, const QString &table);

/// After rows were inserted with their ids (a cache copy): new rows of `table` get ids above
/// them. SQLite does that by itself; a PostgreSQL identity's sequence is moved on.
Result<void> continueIdsAfterCopy(QSqlDatabase &db, const QString &table);

/// What full-text search needs in a query over `search_index s`: a rank column (lower is a
/// better match on both backends) and the match condition, each with its values to bind in
/// that order (the rank comes first in the SELECT). Empty `match` when `text` has no words.
struct TextSearch
{
    QString rank;
    QVariantList rankValues;
    QString match;
    QVariantList matchValues;
};
/// Each of the user's words must match as a prefix ("fix crash" finds "fixed a crash"); the
/// words only ever reach SQL as bound values.
TextSearch textSearch(Backend backend, const QString &text);

/// The search query string itself: SQLite FTS5 ("fix crash" → `"fix"* "crash"*`) or
/// PostgreSQL tsquery (`'fix':* & 'crash':*`); "" without words.
QString textSearchQuery(Backend backend, const QString &text);

/// The words of a search as textSearch() reads them (split at white space).
QStringList searchWords(const QString &text);

} // namespace SqlDialect
