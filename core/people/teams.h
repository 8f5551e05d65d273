#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A user-defined group of people ("Backend", "Team Berlin") for the People filter.
struct Team
{
    qint64 id = 0;
    QString name;
    QStringList members; ///< person keys (see Identities): "#3", "ada", "ada@example.com"
};

/// Teams kept in the cache, so that the dashboard, reports and `devpulse --team` share them.
/// Same thread as the connection.
namespace Teams {

Result<QList<Team>> all(QSqlDatabase &db);
/// The team called `name` (case-insensitive); an InvalidInput error naming the known teams when
/// there is none.
Result<Team> byName(QSqlDatabase &db, const QString &name);
/// Creates a team; names are unique regardless of case.
Result<qint64> create(QSqlDatabase &db, const QString &name);
Result<void> rename(QSqlDatabase &db, qint64 teamId, const QString &name);
Result<void> remove(QSqlDatabase &db, qint64 teamId);
/// Replaces the team's members.
Result<void> setMembers(QSqlDatabase &db, qint64 teamId, const QStringList &members);

} // namespace Teams
