#include "storage/reposelection.h"

#include "storage/boundquery.h"
#include "storage/sqlerrors.h"

#include <QSqlError>

using namespace BoundQuery;

namespace {
Result<QList<SelectableRepo>> readRepos(QSqlDatabase &db, const QString &sql, qint64 accountId,
                                        int bindings)
{
    Result<QSqlQuery> result
        = exec(db, sql, QVariantList(bindings, accountId), QStringLiteral("listing repositories"));
    if (!result)
        return result.error();
    QList<SelectableRepo> repos;
    QSqlQuery &query = result.value();
    while (query.next()) {
        repos << SelectableRepo{query.value(0).toLongLong(), query.value(1).toString(),
                                query.value(2).toString(),   query.value(3).toBool(),
                                query.value(4).toBool(),     query.value(5).toBool()};
    }
    return repos;
}
} // namespace

RepoSelection::RepoSelection(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<SelectableOrg>> RepoSelection::orgs(qint64 accountId)
{
    Result<QSqlQuery> result
        = exec(m_db,
               QStringLiteral(
                   "SELECT id, login, is_selected FROM orgs WHERE account_id = ? ORDER BY login"),
               {accountId}, QStringLiteral("listing organisations"));
    if (!result)
        return result.error();
    QList<SelectableOrg> orgs;
    while (result.value().next()) {
        orgs << SelectableOrg{result.value().value(0).toLongLong(),
                              result.value().value(1).toString(), result.value().value(2).toBool()};
    }
    return orgs;
}

Result<QList<SelectableRepo>> RepoSelection::repos(qint64 accountId)
{
    return readRepos(m_db,
                     QStringLiteral("SELECT id, full_name, owner, is_fork, is_private, is_selected "
                                    "FROM repos WHERE account_id = ? ORDER BY full_name"),
                     accountId, 1);
}

Result<QList<SelectableRepo>> RepoSelection::reposToSync(qint64 accountId)
{
    return readRepos(
        m_db,
        QStringLiteral("SELECT r.id, r.full_name, r.owner, r.is_fork, r.is_private, 1 FROM repos r "
                       "WHERE r.account_id = ? AND (r.is_selected = 1 OR r.owner IN "
                       "(SELECT login FROM orgs WHERE account_id = ? AND is_selected = 1)) "
                       "ORDER BY r.full_name"),
        accountId, 2);
}

Result<void> RepoSelection::save(qint64 accountId, const QSet<qint64> &selectedOrgs,
                                 const QSet<qint64> &selectedRepos)
{
    const QString during = QStringLiteral("saving the selection");
    return inTransaction(m_db, during, [&]() -> Result<void> {
        Result<void> saved = execWrite(
            m_db, QStringLiteral("UPDATE orgs SET is_selected = 0 WHERE account_id = ?"),
            {accountId}, during);
        if (saved)
            saved = execWrite(
                m_db, QStringLiteral("UPDATE repos SET is_selected = 0 WHERE account_id = ?"),
                {accountId}, during);
        for (qint64 id : selectedOrgs) {
            if (saved)
                saved = execWrite(m_db,
                                  QStringLiteral("UPDATE orgs SET is_selected = 1 WHERE id = ? "
                                                 "AND account_id = ?"),
                                  {id, accountId}, during);
        }
        for (qint64 id : selectedRepos) {
            if (saved)
                saved = execWrite(m_db,
                                  QStringLiteral("UPDATE repos SET is_selected = 1 WHERE id = ? "
                                                 "AND account_id = ?"),
                                  {id, accountId}, during);
        }
        return saved;
    });
}
