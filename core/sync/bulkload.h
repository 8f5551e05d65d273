#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

/// What a sync leaves to its end so that its pages are written fast (issue 20, item 8): the
/// search index of the items it writes (they wait in search_pending and are indexed in a few
/// large transactions when it ends; a search indexes whatever is pending first) and, for an
/// account's first sync into a small cache, the secondary indexes of commits, pull requests
/// and issues, which only the dashboard reads (DeferredIndexes): dropped at the start, their
/// definitions kept in deferred_indexes, built again at the end (sorting once is a fraction
/// of keeping them in order row by row). Together they made a 100k-commit first sync ~35 % faster.
/// A sync killed in between leaves the definitions behind: the next sync of any account builds
/// them on its worker thread, not the window's start (SyncLease tells whether the sync that
/// dropped them still runs). Nothing is lost meanwhile: the rows are there, reading them is slower.
/// SQLite only; PostgreSQL indexes search its own way and a team database keeps its indexes. The
/// worker's thread and connection, holding the account's SyncLease.
class BulkLoad final
{
public:
    /// A cache with more commits than this keeps its indexes (building them again would cost
    /// more than the sync saves): at 100,000, building them takes about 0.2 s.
    static constexpr qint64 SmallCacheCommits = 100000;

    /// Builds the indexes a killed sync left deferred, then drops the deferrable ones when
    /// `writesCommits`, the account has no commits yet and the cache is small. A failure here
    /// costs speed, not data: it is logged and the sync goes on.
    BulkLoad(QSqlDatabase &db, const QString &cacheAddress, qint64 accountId, bool writesCommits);
    Q_DISABLE_COPY_MOVE(BulkLoad)

    /// Builds the indexes this sync dropped and indexes the items pending for search. Call
    /// when the provider is done, whatever its outcome.
    Result<void> finish();
    bool deferredIndexes() const { return m_deferred; }

    /// Builds the indexes deferred by syncs that no longer run: those of `heldAccount` (whose
    /// lease the caller holds) and those whose account's lease is free. Returns how many.
    /// Each sync's start calls it.
    static Result<int> restoreAbandoned(QSqlDatabase &db, const QString &cacheAddress,
                                        qint64 heldAccount = 0);

private:
    QSqlDatabase m_db;
    qint64 m_accountId = 0;
    bool m_sqlite = false;
    bool m_deferred = false;
};
