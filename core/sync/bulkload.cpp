#include "core/sync/bulkload.h"

#include "core/common/logging.h"
#include "core/storage/boundquery.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqldialect.h"
#include "core/sync/synclease.h"

#include <QElapsedTimer>

namespace {

/// Builds the indexes `accountId`'s sync deferred and forgets their definitions, each in a
/// transaction of its own (another account's sync waits for the write lock a second, not for
/// all of them). Returns how many were built.
Result<int> restoreIndexesOf(QSqlDatabase &db, qint64 accountId)
{
    const QString during = QStringLiteral("building the cache's indexes again");
    QElapsedTimer timer;
    timer.start();
    Result<QSqlQuery> deferred = BoundQuery::exec(
        db,
        QStringLiteral("SELECT name, definition FROM deferred_indexes WHERE account_id = ? "
                       "ORDER BY name"),
        {accountId}, during);
    if (!deferred)
        return deferred.error();
    QList<QPair<QString, QString>> definitions;
    while (deferred.value().next())
        definitions << qMakePair(deferred.value().value(0).toString(),
                                 deferred.value().value(1).toString());
    deferred.value().finish();
    int built = 0;
    for (const auto &[name, definition] : std::as_const(definitions)) {
        const Result<void> done = BoundQuery::inTransaction(db, during, [&]() -> Result<void> {
            Result<QSqlQuery> exists = BoundQuery::exec(
                db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"),
                {name}, during);
            if (!exists)
                return exists.error();
            const bool there = exists.value().next();
            exists.value().finish();
            if (!there) {
                // SQLite's own text of an index of ours, read from sqlite_master when dropped.
                if (const Result<void> created = BoundQuery::execWrite(db, definition, {}, during);
                    !created)
                    return created;
                ++built;
            }
            return BoundQuery::execWrite(
                db, QStringLiteral("DELETE FROM deferred_indexes WHERE name = ?"), {name}, during);
        });
        if (!done)
            return done.error();
    }
    if (built > 0)
        qCInfo(lcSync) << "Built" << built << "deferred indexes in" << timer.elapsed() << "ms";
    return built;
}

} // namespace

const QStringList &BulkLoad::deferrableIndexes()
{
    static const QStringList names{
        QStringLiteral("commits_authored_at"), QStringLiteral("commits_author_email"),
        QStringLiteral("commits_work_kind"),   QStringLiteral("pull_requests_created_at"),
        QStringLiteral("issues_created_at"),
    };
    return names;
}

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
    const Result<bool> worth = worthDeferring(writesCommits);
    if (!worth) {
        qCWarning(lcSync).noquote() << "Indexes kept:" << worth.error().toLogString();
        return;
    }
    if (!worth.value())
        return;
    if (const Result<void> deferred = deferIndexes(); !deferred) {
        qCWarning(lcSync).noquote() << "Indexes kept:" << deferred.error().toLogString();
        return;
    }
    m_deferred = true;
}

Result<bool> BulkLoad::worthDeferring(bool writesCommits)
{
    if (!writesCommits)
        return false;
    const QString during = QStringLiteral("deciding whether to defer the cache's indexes");
    // The largest id bounds the number of commits without counting them; an account that has
    // commits already is past its first sync; another sync may have deferred them already.
    Result<QSqlQuery> state = BoundQuery::exec(
        m_db,
        QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM commits), "
                       "EXISTS (SELECT 1 FROM commits c JOIN repos r ON r.id = c.repo_id "
                       "WHERE r.account_id = ?), "
                       "(SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN (?, "
                       "?, ?, ?, ?))"),
        QVariantList{m_accountId}
            + QVariantList(deferrableIndexes().cbegin(), deferrableIndexes().cend()),
        during);
    if (!state)
        return state.error();
    if (!state.value().next())
        return false;
    return state.value().value(0).toLongLong() <= SmallCacheCommits
           && !state.value().value(1).toBool() && state.value().value(2).toInt() > 0;
}

Result<void> BulkLoad::deferIndexes()
{
    const QString during = QStringLiteral("deferring the cache's indexes");
    return BoundQuery::inTransaction(m_db, during, [&]() -> Result<void> {
        for (const QString &name : deferrableIndexes()) {
            Result<QSqlQuery> definition = BoundQuery::exec(
                m_db,
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
                {name}, during);
            if (!definition)
                return definition.error();
            if (!definition.value().next())
                continue;
            const QString sql = definition.value().value(0).toString();
            definition.value().finish();
            if (const Result<void> kept = BoundQuery::execWrite(
                    m_db,
                    QStringLiteral("INSERT INTO deferred_indexes (name, account_id, definition) "
                                   "VALUES (?, ?, ?)"),
                    {name, m_accountId, sql}, during);
                !kept)
                return kept;
            // A name from deferrableIndexes(), not input: DDL takes no bound names.
            if (const Result<void> dropped
                = BoundQuery::execWrite(m_db, QStringLiteral("DROP INDEX ") + name, {}, during);
                !dropped)
                return dropped;
        }
        return {};
    });
}

Result<void> BulkLoad::finish()
{
    if (!m_sqlite)
        return {};
    Result<void> outcome;
    if (m_deferred) {
        m_deferred = false;
        if (const Result<int> restored = restoreIndexesOf(m_db, m_accountId); !restored)
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
    Result<QSqlQuery> owners
        = BoundQuery::exec(db, QStringLiteral("SELECT DISTINCT account_id FROM deferred_indexes"),
                           {}, QStringLiteral("looking for deferred indexes"));
    if (!owners)
        return owners.error();
    QList<qint64> accounts;
    while (owners.value().next())
        accounts << owners.value().value(0).toLongLong();
    owners.value().finish();
    int built = 0;
    for (const qint64 accountId : std::as_const(accounts)) {
        std::optional<SyncLease> lease;
        if (accountId != heldAccount) {
            lease.emplace(db, cacheAddress, accountId);
            if (!lease->isHeld())
                continue; // its sync still runs and builds them when it ends
        }
        const Result<int> restored = restoreIndexesOf(db, accountId);
        if (!restored)
            return restored.error();
        built += restored.value();
    }
    return built;
}
