#include "core/storage/deferredindexes.h"

#include "core/common/logging.h"
#include "core/storage/boundquery.h"

#include <QElapsedTimer>

namespace DeferredIndexes {

const QStringList &names()
{
    static const QStringList indexes{
        QStringLiteral("commits_authored_at"), QStringLiteral("commits_author_email"),
        QStringLiteral("commits_work_kind"),   QStringLiteral("pull_requests_created_at"),
        QStringLiteral("issues_created_at"),
    };
    return indexes;
}

Result<CacheFacts> facts(QSqlDatabase &db, qint64 accountId)
{
    QStringList marks;
    for (qsizetype i = 0; i < names().size(); ++i)
        marks << QStringLiteral("?");
    Result<QSqlQuery> state = BoundQuery::exec(
        db,
        QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM commits), "
                       "EXISTS (SELECT 1 FROM commits c JOIN repos r ON r.id = c.repo_id "
                       "WHERE r.account_id = ?), "
                       "(SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN (%1))")
            .arg(marks.join(QStringLiteral(", "))),
        QVariantList{accountId} + QVariantList(names().cbegin(), names().cend()),
        QStringLiteral("deciding whether to defer the cache's indexes"));
    if (!state)
        return state.error();
    CacheFacts facts;
    if (state.value().next()) {
        facts.largestCommitId = state.value().value(0).toLongLong();
        facts.accountHasCommits = state.value().value(1).toBool();
        facts.indexesPresent = state.value().value(2).toInt();
    }
    return facts;
}

Result<void> defer(QSqlDatabase &db, qint64 accountId)
{
    const QString during = QStringLiteral("deferring the cache's indexes");
    return BoundQuery::inTransaction(db, during, [&]() -> Result<void> {
        for (const QString &name : names()) {
            Result<QSqlQuery> definition = BoundQuery::exec(
                db,
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
                {name}, during);
            if (!definition)
                return definition.error();
            if (!definition.value().next())
                continue;
            const QString sql = definition.value().value(0).toString();
            definition.value().finish();
            if (const Result<void> kept = BoundQuery::execWrite(
                    db,
                    QStringLiteral("INSERT INTO deferred_indexes (name, account_id, definition) "
                                   "VALUES (?, ?, ?)"),
                    {name, accountId, sql}, during);
                !kept)
                return kept;
            // A name from names(), not input: DDL takes no bound names.
            if (const Result<void> dropped
                = BoundQuery::execWrite(db, QStringLiteral("DROP INDEX ") + name, {}, during);
                !dropped)
                return dropped;
        }
        return {};
    });
}

Result<int> restore(QSqlDatabase &db, qint64 accountId)
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
            // SQLite's own text of an index of ours, read from sqlite_master when dropped; run
            // only when it is one (a cache file edited by hand runs no statement of its own).
            const bool ours
                = names().contains(name)
                  && definition.startsWith(QStringLiteral("CREATE INDEX %1 ON ").arg(name))
                  && !definition.contains(QLatin1Char(';'));
            if (!ours)
                qCWarning(lcStorage).noquote() << "Not an index DevPulse deferred:" << name;
            if (!there && ours) {
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
        qCInfo(lcStorage) << "Built" << built << "deferred indexes in" << timer.elapsed() << "ms";
    return built;
}

Result<QList<qint64>> owners(QSqlDatabase &db)
{
    Result<QSqlQuery> owners
        = BoundQuery::exec(db, QStringLiteral("SELECT DISTINCT account_id FROM deferred_indexes"),
                           {}, QStringLiteral("looking for deferred indexes"));
    if (!owners)
        return owners.error();
    QList<qint64> accounts;
    while (owners.value().next())
        accounts << owners.value().value(0).toLongLong();
    return accounts;
}

} // namespace DeferredIndexes
