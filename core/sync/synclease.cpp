#include "core/sync/synclease.h"

#include "core/common/logging.h"
#include "core/storage/boundquery.h"
#include "core/storage/datalocation.h"
#include "core/storage/sqldialect.h"
#include "core/storage/synchistory.h"

#include <QSqlQuery>

namespace {
// The advisory lock's first key: DevPulse's syncs (the second key is the account id).
constexpr int SyncLockClass = 0x44507331; // "DPs1"
} // namespace

SyncLease::SyncLease(QSqlDatabase &db, const QString &cacheAddress, qint64 accountId)
    : m_db(db)
    , m_accountId(accountId)
{
    if (SqlDialect::of(db) == SqlDialect::Backend::PostgreSQL) {
        QSqlQuery query = BoundQuery::statementOn(db);
        query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
        query.addBindValue(SyncLockClass);
        query.addBindValue(int(accountId));
        m_held = query.exec() && query.next() && query.value(0).toBool();
    } else {
        m_lockFile = std::make_unique<QLockFile>(
            QStringLiteral("%1.sync-%2.lock").arg(cacheAddress).arg(accountId));
        m_lockFile->setStaleLockTime(0); // a sync may run for hours; only a dead holder is stale
        m_held = m_lockFile->tryLock(0);
        if (m_held) // it names the process and host: owner-only like the cache beside it
            DataLocation::restrictToOwner(m_lockFile->fileName());
    }
    if (!m_held)
        qCInfo(lcSync) << "Account" << accountId << "is being synced by another DevPulse";
}

Result<int> SyncLease::closeAbandonedRuns(QSqlDatabase &db, const QString &cacheAddress,
                                          const QDateTime &now)
{
    SyncHistory history(db);
    const Result<QList<qint64>> accounts = history.accountsWithRunningRuns();
    if (!accounts)
        return accounts.error();
    const Result<int> orphaned = history.markOrphanedRuns(now);
    if (!orphaned)
        return orphaned.error();
    int closed = orphaned.value();
    for (const qint64 accountId : accounts.value()) {
        const SyncLease lease(db, cacheAddress, accountId);
        if (!lease.isHeld())
            continue; // being synced right now by another DevPulse
        const Result<int> marked = history.markInterruptedRuns(accountId, now);
        if (!marked)
            return marked.error();
        closed += marked.value();
    }
    return closed;
}

SyncLease::~SyncLease()
{
    if (!m_held)
        return;
    if (m_lockFile) {
        m_lockFile->unlock();
        return;
    }
    if (m_db.isOpen()) { // else the server dropped the lock with the connection
        // Only from the session that took it: a reopened connection (the server dropped the
        // first, and the lock with it) does not hold it.
        QSqlQuery query = BoundQuery::statementOn(m_db);
        query.prepare(QStringLiteral(
            "SELECT pg_advisory_unlock(?, ?) FROM pg_locks WHERE locktype = 'advisory' "
            "AND pid = pg_backend_pid() AND classid::bigint = ? AND objid::bigint = ? "
            "AND objsubid = 2"));
        for (const QVariant &value : {QVariant(SyncLockClass), QVariant(int(m_accountId)),
                                      QVariant(SyncLockClass), QVariant(int(m_accountId))})
            query.addBindValue(value);
        (void)query.exec();
    }
}
