#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

/// The full-text index of commit messages and pull request and issue titles (SQLite's FTS5
/// table search_index; PostgreSQL indexes its own way and needs none of this).
namespace SearchIndex {

/// Indexes the items written since the last call (the triggers of schema version 15 note them
/// in search_pending) with one statement per kind. FTS5 writes its index to disk at every
/// statement savepoint of a transaction it takes part in, so indexing row by row inside a
/// page's transaction cost a GitHub first sync 40% of its time. Called before each commit of
/// a write transaction (CacheWriter::commit, BoundQuery::inTransaction) and before a search,
/// so that whatever was written outside a transaction is found too. Nothing to do: one
/// cheap query.
Result<void> indexPending(QSqlDatabase &db);

} // namespace SearchIndex
