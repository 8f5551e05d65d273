#pragma once

#include "core/common/result.h"
#include "core/storage/mailmapstore.h"

#include <QString>
#include <QStringList>

/// The changes People and teams makes to a cache: merging aliases into one person, splitting
/// and renaming a person, and creating, renaming, removing and filling teams. Each change runs
/// on a connection of its own to `cacheAddress`, opened on the calling thread for the change
/// (a few rows), so the window holds no database handle for it. Merged people reach the charts
/// at the next metrics request (identities are applied when counting).
class PeopleEditor final
{
public:
    explicit PeopleEditor(const QString &cacheAddress);

    /// The new person's id (see Identities::merge).
    Result<qint64> merge(const QStringList &keys, const QString &displayName) const;
    Result<void> split(qint64 identityId) const;
    Result<void> rename(qint64 identityId, const QString &displayName) const;
    /// The new team's id.
    Result<qint64> createTeam(const QString &name) const;
    Result<void> renameTeam(qint64 teamId, const QString &name) const;
    Result<void> removeTeam(qint64 teamId) const;
    Result<void> setTeamMembers(qint64 teamId, const QStringList &members) const;
    /// What local repositories' .mailmap files say (for suggestions; a read, not a change).
    Result<QList<MailmapEntry>> mailmapEntries() const;

private:
    QString m_cacheAddress;
};
