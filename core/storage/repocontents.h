#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

/// What a sync compares with the service for one repository, and the few writes that follow
/// from the comparison (a commit dropped upstream, a branch deleted or back, the repository's
/// own error). Every other write goes through CacheWriter. Same thread as the connection.
class RepoContents final
{
public:
    explicit RepoContents(QSqlDatabase db);

    Result<bool> hasCommits(qint64 repoId) const;
    Result<QStringList> commitShas(qint64 repoId) const;
    /// Which of `shas` are stored (one query).
    Result<QSet<QString>> knownShas(qint64 repoId, const QStringList &shas) const;
    Result<void> removeCommit(qint64 repoId, const QString &sha) const;
    /// What the Connections page shows beside a repository a sync had to skip.
    Result<void> recordSyncError(qint64 repoId, const QString &error) const;

    struct StoredBranch
    {
        QString headSha;
        bool deleted = false;
    };
    Result<QHash<QString, StoredBranch>> branches(qint64 repoId) const;
    Result<void> reviveBranch(qint64 repoId, const QString &name) const;
    Result<void> markBranchDeleted(qint64 repoId, const QString &name, const QDateTime &at) const;
    /// Tag name -> the commit it points at.
    Result<QHash<QString, QString>> tags(qint64 repoId) const;

private:
    mutable QSqlDatabase m_db;
};
