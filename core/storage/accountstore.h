#pragma once

#include "core/common/result.h"
#include "core/storage/cacheoverview.h"
#include "core/storage/records.h"

#include <QSqlDatabase>

/// What a provider said about an account when it was last asked.
struct AccountStatusUpdate
{
    QString avatarUrl;
    int rateLimit = -1;
    int rateLimitRemaining = -1;
    QDateTime rateLimitResetAt;
};

/// Rows cached for one account, shown before the user confirms deleting them.
struct AccountDataCounts
{
    int repos = 0;
    int commits = 0;
    int pullRequests = 0;
    int issues = 0;
    int activities = 0;
    int events = 0;

    int total() const { return repos + commits + pullRequests + issues + activities + events; }
};

/// Accounts in the cache: saving a freshly connected one, marking its sign-in state, and
/// removing it with everything cached for it. Same thread as the connection.
class AccountStore final
{
public:
    explicit AccountStore(QSqlDatabase db);

    /// Creates or updates the account and marks it connected; returns its id.
    Result<qint64> saveConnected(const AccountRecord &account, const AccountStatusUpdate &status);
    Result<void> setAuthState(qint64 accountId, AccountAuthState state);
    /// What GitHub said about the account at the start of a sync; display name and scopes
    /// are kept when empty (a 304 answer carries no body).
    Result<void> updateStatus(qint64 accountId, const QString &displayName, const QString &scopes,
                              const AccountStatusUpdate &status);
    /// After a sync: when it ended and its error ("" clears the last one).
    Result<void> recordSyncOutcome(qint64 accountId, const QDateTime &finishedAt,
                                   const QString &error);
    Result<AccountSummary> find(qint64 accountId);
    Result<AccountDataCounts> countData(qint64 accountId);
    /// Deletes the account and, through the foreign keys, every row cached for it; one
    /// transaction, so it is all or nothing.
    Result<void> removeWithData(qint64 accountId);

    static QString authStateKey(AccountAuthState state);

private:
    QSqlDatabase m_db;
};
