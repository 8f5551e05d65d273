#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// One commit author as a repository's .mailmap maps it (what `git check-mailmap` answers).
struct MailmapEntry
{
    QString aliasName;
    QString aliasEmail;
    QString canonicalName;
    QString canonicalEmail;

    bool operator==(const MailmapEntry &other) const = default;
};

/// The .mailmap answers kept per repository (mailmap_entries): written by a provider after it
/// read a repository, read by People and teams to suggest merges. Same thread as the
/// connection.
class MailmapStore final
{
public:
    explicit MailmapStore(QSqlDatabase db);

    /// Every distinct author (name, email) of the repository's commits, for asking .mailmap.
    Result<QList<QPair<QString, QString>>> commitAuthors(qint64 repoId);
    /// Replaces what is kept for the repository (only the authors .mailmap changes), in a
    /// transaction of its own.
    Result<void> replace(qint64 repoId, const QList<MailmapEntry> &entries);
    /// Everything kept, every repository, ordered by canonical person.
    Result<QList<MailmapEntry>> all();

private:
    QSqlDatabase m_db;
};
