#pragma once

#include "core/common/result.h"
#include "core/storage/records.h"

#include <QList>
#include <QSqlDatabase>

/// How much the cache holds, for the first-run empty state and the status bar.
struct CacheCounts
{
    int accounts = 0;
    int repos = 0;
    int commits = 0;
    int pullRequests = 0;
    int issues = 0;
    int activities = 0;

    bool isEmpty() const { return accounts == 0 && activities == 0 && commits == 0; }
};

enum class AccountAuthState { Connected, NeedsReauthorisation, SignedOut };

/// A connected account as the Connections page lists it.
struct AccountSummary
{
    qint64 id = 0;
    AccountRecord account;
    QDateTime lastSyncAt;
    QString lastError;
    int repoCount = 0;
    QString avatarUrl;
    int rateLimit = -1; ///< -1: not known yet
    int rateLimitRemaining = -1;
    QDateTime rateLimitResetAt;
    AccountAuthState authState = AccountAuthState::Connected;
    /// The files an account reads (CSV imports: absolute paths), in order; empty for others.
    QStringList files;
};

/// Small read-only queries about the cache as a whole. Same thread as the connection.
namespace CacheOverview {

Result<CacheCounts> counts(QSqlDatabase &db);
Result<QList<AccountSummary>> accounts(QSqlDatabase &db);
/// Every cached repository (id, owner/name), to find one by name.
Result<QList<QPair<qint64, QString>>> repositories(QSqlDatabase &db);
/// The repositories with anything synced (commits, pull requests, issues, branches or tags),
/// for the dashboard's repository filter: a fork listed by GitHub but never synced, or a
/// repository chosen but not yet synced, would filter every chart to nothing.
Result<QList<QPair<qint64, QString>>> repositoriesWithData(QSqlDatabase &db);
/// The people the dashboard can filter by (MetricsFilter::authors keys: a commit's login,
/// else email, else name; a pull request's or issue's login) with how many items each has,
/// most first (at most `limit`).
Result<QList<QPair<QString, int>>> authors(QSqlDatabase &db, int limit = 2000);

/// How many activity rows (minutes, kata, solutions, imported rows) `accountId` holds.
Result<qint64> activityCount(QSqlDatabase &db, qint64 accountId);

} // namespace CacheOverview
