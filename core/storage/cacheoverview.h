#pragma once

#include "common/result.h"
#include "storage/records.h"

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

/// A connected account as the Connections page lists it.
struct AccountSummary
{
    qint64 id = 0;
    AccountRecord account;
    QDateTime lastSyncAt;
    QString lastError;
    int repoCount = 0;
};

/// Small read-only queries about the cache as a whole. Same thread as the connection.
namespace CacheOverview {

Result<CacheCounts> counts(QSqlDatabase &db);
Result<QList<AccountSummary>> accounts(QSqlDatabase &db);

} // namespace CacheOverview
