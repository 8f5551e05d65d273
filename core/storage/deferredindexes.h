#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/// Secondary indexes an account's first sync drops and builds again at its end (BulkLoad in
/// core/sync decides when), their definitions kept meanwhile in deferred_indexes (schema 22)
/// with the account whose sync dropped them. SQLite only. Same thread as the connection.
namespace DeferredIndexes {

/// The indexes that may be deferred: only the dashboard reads through them, never a sync.
const QStringList &names();

/// What decides whether deferring is worth it.
struct CacheFacts
{
    qint64 largestCommitId = 0;     ///< bounds the number of commits without counting them
    bool accountHasCommits = false; ///< past its first sync
    int indexesPresent = 0;         ///< of names(): 0 when another sync deferred them already
};
Result<CacheFacts> facts(QSqlDatabase &db, qint64 accountId);

/// Drops the indexes of names() that exist, keeping their definitions for `accountId`, in one
/// transaction.
Result<void> defer(QSqlDatabase &db, qint64 accountId);

/// Builds the indexes `accountId`'s sync deferred and forgets their definitions, each in a
/// transaction of its own (another account's sync waits for the write lock a second, not for
/// all of them). Returns how many were built.
Result<int> restore(QSqlDatabase &db, qint64 accountId);

/// The accounts whose syncs deferred indexes that are not built yet.
Result<QList<qint64>> owners(QSqlDatabase &db);

} // namespace DeferredIndexes
