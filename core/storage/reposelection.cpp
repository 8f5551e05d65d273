#include "core/storage/reposelection.h"

#include "core/storage/boundquery.h"
#include "core/storage/sqlerrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <algorithm>

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
                                query.value(4).toBool(),     query.value(5).toBool(),
                                query.value(6).toString()};
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
    return readRepos(
        m_db,
        QStringLiteral("SELECT id, full_name, owner, is_fork, is_private, is_selected, node_id "
                       "FROM repos WHERE account_id = ? ORDER BY full_name"),
        accountId, 1);
}

Result<QList<SelectableRepo>> RepoSelection::reposToSync(qint64 accountId)
{
    return readRepos(
        m_db,
        QStringLiteral("SELECT r.id, r.full_name, r.owner, r.is_fork, r.is_private, 1, r.node_id "
                       "FROM repos r "
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

Result<QList<RepoOverview>> RepoSelection::overview(qint64 accountId)
{
    Result<QSqlQuery> result
        = exec(m_db,
               QStringLiteral(
                   "SELECT r.id, r.full_name, r.owner, r.is_fork, r.is_archived, r.is_private, "
                   "r.is_selected, CASE WHEN r.owner IN (SELECT login FROM orgs WHERE account_id = "
                   "r.account_id AND is_selected = 1) THEN 1 ELSE 0 END, r.synced_at, "
                   "(SELECT count(*) FROM commits c WHERE c.repo_id = r.id) FROM repos r "
                   "WHERE r.account_id = ? ORDER BY r.full_name"),
               {accountId}, QStringLiteral("listing repositories"));
    if (!result)
        return result.error();
    QList<RepoOverview> repos;
    QSqlQuery &query = result.value();
    while (query.next()) {
        RepoOverview repo;
        repo.id = query.value(0).toLongLong();
        repo.fullName = query.value(1).toString();
        repo.owner = query.value(2).toString();
        repo.isFork = query.value(3).toBool();
        repo.isArchived = query.value(4).toBool();
        repo.isPrivate = query.value(5).toBool();
        repo.ticked = query.value(6).toBool();
        repo.viaOrg = query.value(7).toBool();
        repo.syncedAt = timeFrom(query.value(8));
        repo.cachedCommits = query.value(9).toLongLong();
        repos << repo;
    }
    return repos;
}

Result<void> RepoSelection::setReposTicked(qint64 accountId, const QStringList &fullNames,
                                           bool ticked)
{
    const Result<QList<RepoOverview>> known = overview(accountId);
    if (!known)
        return known.error();
    QHash<QString, qint64> idByName;
    for (const RepoOverview &repo : known.value())
        idByName.insert(repo.fullName.toLower(), repo.id);
    QList<qint64> ids;
    QStringList unknown;
    for (const QString &name : fullNames) {
        const auto found = idByName.constFind(name.toLower());
        if (found == idByName.cend())
            unknown << name;
        else
            ids << found.value();
    }
    if (!unknown.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "RepoSelection",
                         "Not among this account's repositories: %1. Read the account's list of "
                         "repositories again if it is new.")
                         .arg(unknown.join(QLatin1String(", "))),
                     QStringLiteral("unknown repositories: %1").arg(unknown.join(QLatin1Char(' '))),
                     ErrorKind::InvalidInput};
    }
    const QString during = QStringLiteral("saving the selection");
    return inTransaction(m_db, during, [&]() -> Result<void> {
        for (qint64 id : std::as_const(ids)) {
            const Result<void> saved
                = execWrite(m_db, QStringLiteral("UPDATE repos SET is_selected = ? WHERE id = ?"),
                            {ticked ? 1 : 0, id}, during);
            if (!saved)
                return saved;
        }
        return {};
    });
}

namespace {
Error unknownOrg(const QString &login)
{
    return Error{QCoreApplication::translate(
                     "RepoSelection",
                     "%1 is not among this account's organisations. Read the account's list of "
                     "repositories again if it joined it lately.")
                     .arg(login),
                 QStringLiteral("unknown organisation: %1").arg(login), ErrorKind::InvalidInput};
}
} // namespace

Result<int> RepoSelection::tickOrg(qint64 accountId, const QString &login, bool wholeOrg)
{
    const QString during = QStringLiteral("saving the selection");
    Result<QSqlQuery> counted = exec(
        m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM orgs WHERE account_id = ? AND lower(login) = "
                       "lower(?)), (SELECT count(*) FROM repos WHERE account_id = ? AND "
                       "lower(owner) = lower(?))"),
        {accountId, login, accountId, login}, during);
    if (!counted)
        return counted.error();
    if (!counted.value().next())
        return unknownOrg(login);
    const bool orgKnown = counted.value().value(0).toLongLong() > 0;
    const int repos = counted.value().value(1).toInt();
    if (!orgKnown && (wholeOrg || repos == 0))
        return unknownOrg(login);
    const Result<void> saved
        = wholeOrg ? execWrite(m_db,
                               QStringLiteral("UPDATE orgs SET is_selected = 1 WHERE account_id = "
                                              "? AND lower(login) = lower(?)"),
                               {accountId, login}, during)
                   : execWrite(m_db,
                               QStringLiteral("UPDATE repos SET is_selected = 1 WHERE account_id "
                                              "= ? AND lower(owner) = lower(?)"),
                               {accountId, login}, during);
    if (!saved)
        return saved.error();
    return repos;
}

Result<int> RepoSelection::untickOrg(qint64 accountId, const QString &login)
{
    const Result<QList<RepoOverview>> known = overview(accountId);
    if (!known)
        return known.error();
    const Result<QList<SelectableOrg>> orgList = orgs(accountId);
    if (!orgList)
        return orgList.error();
    int synced = 0;
    bool repoOfIt = false;
    for (const RepoOverview &repo : known.value()) {
        if (repo.owner.compare(login, Qt::CaseInsensitive) != 0)
            continue;
        repoOfIt = true;
        synced += repo.isSynced() ? 1 : 0;
    }
    const bool orgKnown = std::any_of(orgList.value().cbegin(), orgList.value().cend(),
                                      [&](const SelectableOrg &org) {
                                          return org.login.compare(login, Qt::CaseInsensitive) == 0;
                                      });
    if (!orgKnown && !repoOfIt)
        return unknownOrg(login);
    const QString during = QStringLiteral("saving the selection");
    const Result<void> saved = inTransaction(m_db, during, [&]() -> Result<void> {
        const Result<void> org = execWrite(m_db,
                                           QStringLiteral("UPDATE orgs SET is_selected = 0 WHERE "
                                                          "account_id = ? AND lower(login) = "
                                                          "lower(?)"),
                                           {accountId, login}, during);
        if (!org)
            return org;
        return execWrite(m_db,
                         QStringLiteral("UPDATE repos SET is_selected = 0 WHERE account_id = ? AND "
                                        "lower(owner) = lower(?)"),
                         {accountId, login}, during);
    });
    if (!saved)
        return saved.error();
    return synced;
}
