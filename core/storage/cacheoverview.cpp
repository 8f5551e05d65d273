#include "core/storage/cacheoverview.h"

#include "core/storage/boundquery.h"
#include "core/storage/syncstate.h"

using namespace BoundQuery;

namespace CacheOverview {

Result<CacheCounts> counts(QSqlDatabase &db)
{
    Result<QSqlQuery> result = exec(
        db,
        QStringLiteral("SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM repos), "
                       "(SELECT count(*) FROM commits), (SELECT count(*) FROM pull_requests), "
                       "(SELECT count(*) FROM issues), (SELECT count(*) FROM activities)"),
        {}, QStringLiteral("counting the cache's contents"));
    if (!result)
        return result.error();
    QSqlQuery &query = result.value();
    query.next();
    CacheCounts counts;
    counts.accounts = query.value(0).toInt();
    counts.repos = query.value(1).toInt();
    counts.commits = query.value(2).toInt();
    counts.pullRequests = query.value(3).toInt();
    counts.issues = query.value(4).toInt();
    counts.activities = query.value(5).toInt();
    return counts;
}

Result<QList<AccountSummary>> accounts(QSqlDatabase &db)
{
    Result<QSqlQuery> result = exec(
        db,
        QStringLiteral("SELECT a.id, a.provider, a.base_url, a.login, a.display_name, a.scopes, "
                       "a.connected_at, a.last_sync_at, a.last_error, "
                       "(SELECT count(*) FROM repos r WHERE r.account_id = a.id), "
                       "a.avatar_url, a.rate_limit, a.rate_limit_remaining, "
                       "a.rate_limit_reset_at, a.auth_state "
                       "FROM accounts a ORDER BY a.provider, a.login"),
        {}, QStringLiteral("listing accounts"));
    if (!result)
        return result.error();
    QList<AccountSummary> summaries;
    QSqlQuery &query = result.value();
    while (query.next()) {
        AccountSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.account.provider = query.value(1).toString();
        summary.account.baseUrl = query.value(2).toString();
        summary.account.login = query.value(3).toString();
        summary.account.displayName = query.value(4).toString();
        summary.account.scopes = query.value(5).toString();
        summary.account.connectedAt = timeFrom(query.value(6));
        summary.lastSyncAt = timeFrom(query.value(7));
        summary.lastError = query.value(8).toString();
        summary.repoCount = query.value(9).toInt();
        summary.avatarUrl = query.value(10).toString();
        summary.rateLimit = query.value(11).isNull() ? -1 : query.value(11).toInt();
        summary.rateLimitRemaining = query.value(12).isNull() ? -1 : query.value(12).toInt();
        summary.rateLimitResetAt = timeFrom(query.value(13));
        const QString state = query.value(14).toString();
        summary.authState = state == QLatin1String("needs_reauth")
                                ? AccountAuthState::NeedsReauthorisation
                            : state == QLatin1String("signed_out") ? AccountAuthState::SignedOut
                                                                   : AccountAuthState::Connected;
        summaries << summary;
    }
    for (AccountSummary &summary : summaries) {
        if (summary.account.provider != QLatin1String("csv"))
            continue;
        const Result<QStringList> files = SyncState(db).files(summary.id);
        if (!files)
            return files.error();
        summary.files = files.value();
    }
    return summaries;
}

namespace {
Result<QList<QPair<qint64, QString>>> repositoriesWhere(QSqlDatabase &db, const QString &condition)
{
    Result<QSqlQuery> result = exec(db,
                                    QStringLiteral("SELECT r.id, r.full_name FROM repos r WHERE %1 "
                                                   "ORDER BY lower(r.full_name), r.full_name")
                                        .arg(condition),
                                    {}, QStringLiteral("listing repositories"));
    if (!result)
        return result.error();
    QList<QPair<qint64, QString>> repos;
    while (result.value().next())
        repos << qMakePair(result.value().value(0).toLongLong(),
                           result.value().value(1).toString());
    return repos;
}
} // namespace

Result<QList<QPair<qint64, QString>>> repositories(QSqlDatabase &db)
{
    return repositoriesWhere(db, QStringLiteral("1 = 1"));
}

Result<QList<QPair<qint64, QString>>> repositoriesWithData(QSqlDatabase &db)
{
    // Each EXISTS is one lookup in the table's (repo_id, ...) unique index.
    return repositoriesWhere(
        db, QStringLiteral("EXISTS (SELECT 1 FROM commits WHERE repo_id = r.id) "
                           "OR EXISTS (SELECT 1 FROM pull_requests WHERE repo_id = r.id) "
                           "OR EXISTS (SELECT 1 FROM issues WHERE repo_id = r.id) "
                           "OR EXISTS (SELECT 1 FROM branches WHERE repo_id = r.id) "
                           "OR EXISTS (SELECT 1 FROM tags WHERE repo_id = r.id)"));
}

Result<QList<QPair<QString, int>>> authors(QSqlDatabase &db, int limit)
{
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral(
                   "SELECT who, count(*) FROM ("
                   "SELECT COALESCE(author_login, author_email, author_name) AS who FROM commits "
                   "UNION ALL SELECT author_login FROM pull_requests "
                   "UNION ALL SELECT author_login FROM issues) AS everyone "
                   "WHERE who IS NOT NULL AND who <> '' GROUP BY who ORDER BY 2 DESC, 1 LIMIT ?"),
               {limit}, QStringLiteral("listing people"));
    if (!result)
        return result.error();
    QList<QPair<QString, int>> people;
    while (result.value().next())
        people.append({result.value().value(0).toString(), result.value().value(1).toInt()});
    return people;
}

} // namespace CacheOverview

Result<qint64> CacheOverview::activityCount(QSqlDatabase &db, qint64 accountId)
{
    Result<QSqlQuery> query = BoundQuery::exec(
        db, QStringLiteral("SELECT COUNT(*) FROM activities WHERE account_id = ?"), {accountId},
        QStringLiteral("counting activity rows"));
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}
