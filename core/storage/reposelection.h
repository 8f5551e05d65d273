#pragma once

#include "common/result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

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

private:
    QSqlDatabase m_db;
};
