#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

/// The full-text index of commit messages and pull request and issue titles (SQLite's FTS5
/// table search_index; PostgreSQL indexes its own way and needs none of this).
namespace SearchIndex {

/// Items a transaction of IndexChunk or fewer pending items indexes at a time.
inline constexpr int IndexChunk = 20000;

/// Indexes the items written since the last call (the triggers of schema version 15 note them
/// in search_pending) with one statement per kind, `chunk` items per transaction. Writing
/// leaves the indexing to later because FTS5 writes and merges a segment at every transaction
/// it takes part in: indexing at each page's commit cost a GitHub first sync a fifth of its
/// time (issue 20, item 8), all at once at its end costs a few large segments. Called when a
/// sync ends (BulkLoad::finish) and before a search, so that whatever was written is found.
/// Outside a transaction; nothing pending: one cheap query. A pending item indexed twice (a
/// process killed between the insert and the delete) replaces its own entry.
Result<void> indexPending(QSqlDatabase &db, int chunk = IndexChunk);

} // namespace SearchIndex
