#include "core/storage/accountstore.h"

#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "core/storage/sqlerrors.h"

#include <QSqlError>

using namespace BoundQuery;

AccountStore::AccountStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString AccountStore::authStateKey(AccountAuthState state)
{
    switch (state) {
    case AccountAuthState::Connected: return QStringLiteral("connected");
    case AccountAuthState::NeedsReauthorisation: return QStringLiteral("needs_reauth");
    case AccountAuthState::SignedOut: return QStringLiteral("signed_out");
    }
    return QStringLiteral("needs_reauth");
}

Result<qint64> AccountStore::saveConnected(const AccountRecord &account,
                                           const AccountStatusUpdate &status)
{
    CacheWriter writer(m_db);
    if (const Result<void> begun = writer.transaction(); !begun)
        return begun.error();
    const Result<qint64> id = writer.upsertAccount(account);
    if (!id) {
        writer.rollback();
        return id.error();
    }
    const Result<void> updated = execWrite(
        m_db,
        QStringLiteral("UPDATE accounts SET avatar_url = ?, rate_limit = ?, "
                       "rate_limit_remaining = ?, rate_limit_reset_at = ?, "
                       "auth_state = 'connected', last_error = NULL WHERE id = ?"),
        {textOrNull(status.avatarUrl),
         status.rateLimit < 0 ? QVariant() : QVariant(status.rateLimit),
         status.rateLimitRemaining < 0 ? QVariant() : QVariant(status.rateLimitRemaining),
         timeValue(status.rateLimitResetAt), id.value()},
        QStringLiteral("saving the account's status"));
    if (!updated) {
        writer.rollback();
        return updated.error();
    }
    if (const Result<void> committed = writer.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> AccountStore::setAuthState(qint64 accountId, AccountAuthState state)
{
    return execWrite(m_db, QStringLiteral("UPDATE accounts SET auth_state = ? WHERE id = ?"),
                     {authStateKey(state), accountId},
                     QStringLiteral("saving the account's sign-in state"));
}

Result<void> AccountStore::updateStatus(qint64 accountId, const QString &displayName,
                                        const QString &scopes, const AccountStatusUpdate &status)
{
    return execWrite(
        m_db,
        QStringLiteral("UPDATE accounts SET display_name = COALESCE(?, display_name), "
                       "scopes = COALESCE(?, scopes), avatar_url = COALESCE(?, avatar_url), "
                       "rate_limit = COALESCE(?, rate_limit), "
                       "rate_limit_remaining = COALESCE(?, rate_limit_remaining), "
                       "rate_limit_reset_at = COALESCE(?, rate_limit_reset_at) WHERE id = ?"),
        {textOrNull(displayName), textOrNull(scopes), textOrNull(status.avatarUrl),
         status.rateLimit < 0 ? QVariant() : QVariant(status.rateLimit),
         status.rateLimitRemaining < 0 ? QVariant() : QVariant(status.rateLimitRemaining),
         timeValue(status.rateLimitResetAt), accountId},
        QStringLiteral("saving the account's status"));
}

Result<void> AccountStore::recordSyncOutcome(qint64 accountId, const QDateTime &finishedAt,
                                             const QString &error)
{
    return execWrite(m_db,
                     QStringLiteral("UPDATE accounts SET last_sync_at = ?, last_error = ? "
                                    "WHERE id = ?"),
                     {timeValue(finishedAt), textOrNull(error), accountId},
                     QStringLiteral("recording the sync's outcome"));
}

Result<AccountSummary> AccountStore::find(qint64 accountId)
{
    const Result<QList<AccountSummary>> all = CacheOverview::accounts(m_db);
    if (!all)
        return all.error();
    for (const AccountSummary &summary : all.value()) {
        if (summary.id == accountId)
            return summary;
    }
    return Error{QStringLiteral("This account is no longer in DevPulse's cache."),
                 QStringLiteral("account %1 not found").arg(accountId)};
}

Result<AccountDataCounts> AccountStore::countData(qint64 accountId)
{
    Result<QSqlQuery> result = exec(
        m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM repos WHERE account_id = ?), "
                       "(SELECT count(*) FROM commits c JOIN repos r ON r.id = c.repo_id "
                       "WHERE r.account_id = ?), "
                       "(SELECT count(*) FROM pull_requests p JOIN repos r ON r.id = p.repo_id "
                       "WHERE r.account_id = ?), "
                       "(SELECT count(*) FROM issues i JOIN repos r ON r.id = i.repo_id "
                       "WHERE r.account_id = ?), "
                       "(SELECT count(*) FROM activities WHERE account_id = ?), "
                       "(SELECT count(*) FROM events WHERE account_id = ?)"),
        QVariantList(6, accountId), QStringLiteral("counting the account's cached data"));
    if (!result)
        return result.error();
    QSqlQuery &query = result.value();
    query.next();
    return AccountDataCounts{query.value(0).toInt(), query.value(1).toInt(),
                             query.value(2).toInt(), query.value(3).toInt(),
                             query.value(4).toInt(), query.value(5).toInt()};
}

Result<void> AccountStore::removeWithData(qint64 accountId)
{
    // The foreign keys cascade from the account to everything cached for it.
    return inTransaction(m_db, QStringLiteral("removing an account"), [&] {
        return execWrite(m_db, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId},
                         QStringLiteral("removing an account"));
    });
}
