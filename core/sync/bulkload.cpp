#include "core/sync/bulkload.h"

#include "core/common/logging.h"
#include "core/storage/deferredindexes.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqldialect.h"
#include "core/sync/synclease.h"

#include <QElapsedTimer>

#include <optional>

BulkLoad::BulkLoad(QSqlDatabase &db, const QString &cacheAddress, qint64 accountId,
                   bool writesCommits)
    : m_db(db)
    , m_accountId(accountId)
    , m_sqlite(SqlDialect::of(db) == SqlDialect::Backend::SQLite)
{
    if (!m_sqlite)
        return;
    if (const Result<int> restored = restoreAbandoned(m_db, cacheAddress, accountId); !restored)
        qCWarning(lcSync).noquote()
            << "Deferred indexes not built:" << restored.error().toLogString();
    if (!writesCommits)
        return;
    const Result<DeferredIndexes::CacheFacts> facts = DeferredIndexes::facts(m_db, accountId);
    if (!facts) {
        qCWarning(lcSync).noquote() << "Indexes kept:" << facts.error().toLogString();
        return;
    }
    // An account with commits is past its first sync; none present: another sync deferred
    // them already.
    if (facts.value().largestCommitId > SmallCacheCommits || facts.value().accountHasCommits
        || facts.value().indexesPresent == 0)
        return;
    if (const Result<void> deferred = DeferredIndexes::defer(m_db, accountId); !deferred) {
        qCWarning(lcSync).noquote() << "Indexes kept:" << deferred.error().toLogString();
        return;
    }
    m_deferred = true;
}

Result<void> BulkLoad::finish()
{
    if (!m_sqlite)
        return {};
    Result<void> outcome;
    if (m_deferred) {
        m_deferred = false;
        if (const Result<int> restored = DeferredIndexes::restore(m_db, m_accountId); !restored)
            outcome = restored.error();
    }
    QElapsedTimer timer;
    timer.start();
    const Result<void> indexed = SearchIndex::indexPending(m_db);
    qCInfo(lcSync) << "Search index brought up to date in" << timer.elapsed() << "ms";
    return outcome ? indexed : outcome;
}

Result<int> BulkLoad::restoreAbandoned(QSqlDatabase &db, const QString &cacheAddress,
                                       qint64 heldAccount)
{
    if (SqlDialect::of(db) != SqlDialect::Backend::SQLite)
        return 0;
    const Result<QList<qint64>> owners = DeferredIndexes::owners(db);
    if (!owners)
        return owners.error();
    int built = 0;
    for (const qint64 accountId : owners.value()) {
        std::optional<SyncLease> lease;
        if (accountId != heldAccount) {
            lease.emplace(db, cacheAddress, accountId);
            if (!lease->isHeld())
                continue; // its sync still runs and builds them when it ends
        }
        const Result<int> restored = DeferredIndexes::restore(db, accountId);
        if (!restored)
            return restored.error();
        built += restored.value();
    }
    return built;
}
