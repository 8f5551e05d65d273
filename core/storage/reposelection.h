#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

struct SelectableOrg
{
    qint64 id = 0;
    QString login;
    bool selected = false;
};

struct SelectableRepo
{
    qint64 id = 0;
    QString fullName;
    QString owner;
    bool isFork = false;
    bool isPrivate = false;
    bool selected = false;
    QString nodeId; ///< GitHub's global id, "" when unknown
};

/// A repository as `devpulse repos list` and the picker describe it: what it is, whether it is
/// synced (its own tick, or its organisation's) and what the cache holds of it.
struct RepoOverview
{
    qint64 id = 0;
    QString fullName;
    QString owner;
    bool isFork = false;
    bool isArchived = false;
    bool isPrivate = false;
    bool ticked = false; ///< the repository's own tick
    bool viaOrg = false; ///< its organisation is ticked (new repositories included)
    QDateTime syncedAt;  ///< the end of its last complete sync; invalid: never
    qint64 cachedCommits = 0;
    bool isSynced() const { return ticked || viaOrg; }
};

/// Which organisations and repositories of an account are synced: the user's ticks on the
/// Connections page. Same thread as the connection.
class RepoSelection final
{
public:
    explicit RepoSelection(QSqlDatabase db);

    Result<QList<SelectableOrg>> orgs(qint64 accountId);
    Result<QList<SelectableRepo>> repos(qint64 accountId);
    /// Stores the ticks in one transaction: exactly the given orgs and repos are selected.
    Result<void> save(qint64 accountId, const QSet<qint64> &selectedOrgs,
                      const QSet<qint64> &selectedRepos);
    /// The repositories a sync visits: ticked ones and every one of a ticked organisation.
    Result<QList<SelectableRepo>> reposToSync(qint64 accountId);

    /// Every repository of the account the cache knows, by name.
    Result<QList<RepoOverview>> overview(qint64 accountId);
    /// Ticks (or unticks) these repositories ("owner/name", any case), in one transaction; a
    /// name the account does not have is an InvalidInput error naming it, and nothing changes.
    Result<void> setReposTicked(qint64 accountId, const QStringList &fullNames, bool ticked);
    /// Ticks every repository of organisation `login` the cache knows; with `wholeOrg` the
    /// organisation itself instead (its repositories created later too). Returns how many
    /// repositories that syncs. An unknown organisation is an InvalidInput error.
    Result<int> tickOrg(qint64 accountId, const QString &login, bool wholeOrg);
    /// Unticks the organisation and every repository of it. Returns how many were synced.
    Result<int> untickOrg(qint64 accountId, const QString &login);

private:
    QSqlDatabase m_db;
};
