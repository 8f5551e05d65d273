#include "core/people/teams.h"

#include "core/storage/boundquery.h"

#include <QCoreApplication>

using namespace BoundQuery;

namespace Teams {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Teams)
};

Result<QString> checkedName(QSqlDatabase &db, const QString &name, qint64 exceptTeamId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Tr::tr("Give the team a name."), QStringLiteral("team: no name"),
                     ErrorKind::InvalidInput};
    Result<QSqlQuery> taken
        = exec(db, QStringLiteral("SELECT 1 FROM teams WHERE lower(name) = lower(?) AND id <> ?"),
               {trimmed, exceptTeamId}, QStringLiteral("checking a team's name"));
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error{Tr::tr("There is already a team called “%1”.").arg(trimmed),
                     QStringLiteral("team name taken"), ErrorKind::InvalidInput};
    return trimmed;
}

} // namespace

Result<QList<Team>> all(QSqlDatabase &db)
{
    Result<QSqlQuery> result = exec(db,
                                    QStringLiteral("SELECT t.id, t.name, m.person_key FROM teams t "
                                                   "LEFT JOIN team_members m ON m.team_id = t.id "
                                                   "ORDER BY lower(t.name), t.id, m.person_key"),
                                    {}, QStringLiteral("listing teams"));
    if (!result)
        return result.error();
    QList<Team> teams;
    QSqlQuery &query = result.value();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (teams.isEmpty() || teams.constLast().id != id)
            teams << Team{id, query.value(1).toString(), {}};
        if (!query.value(2).isNull())
            teams.last().members << query.value(2).toString();
    }
    return teams;
}

Result<Team> byName(QSqlDatabase &db, const QString &name)
{
    const Result<QList<Team>> teams = all(db);
    if (!teams)
        return teams.error();
    QStringList known;
    for (const Team &team : teams.value()) {
        if (team.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return team;
        known << team.name;
    }
    return Error{known.isEmpty()
                     ? Tr::tr("There is no team “%1”: no team has been made yet.").arg(name)
                     : Tr::tr("There is no team “%1”. Teams: %2.")
                           .arg(name, known.join(QStringLiteral(", "))),
                 QStringLiteral("no team %1").arg(name), ErrorKind::InvalidInput};
}

Result<qint64> create(QSqlDatabase &db, const QString &name)
{
    const Result<QString> checked = checkedName(db, name, 0);
    if (!checked)
        return checked.error();
    return execReturningId(db, QStringLiteral("INSERT INTO teams (name) VALUES (?) RETURNING id"),
                           {checked.value()}, QStringLiteral("creating a team"));
}

Result<void> rename(QSqlDatabase &db, qint64 teamId, const QString &name)
{
    const Result<QString> checked = checkedName(db, name, teamId);
    if (!checked)
        return checked.error();
    return execWrite(db, QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"),
                     {checked.value(), teamId}, QStringLiteral("renaming a team"));
}

Result<void> remove(QSqlDatabase &db, qint64 teamId)
{
    return execWrite(db, QStringLiteral("DELETE FROM teams WHERE id = ?"), {teamId},
                     QStringLiteral("removing a team"));
}

Result<void> setMembers(QSqlDatabase &db, qint64 teamId, const QStringList &members)
{
    const QString during = QStringLiteral("changing a team's members");
    return inTransaction(db, during, [&]() -> Result<void> {
        if (const Result<void> cleared = execWrite(
                db, QStringLiteral("DELETE FROM team_members WHERE team_id = ?"), {teamId}, during);
            !cleared)
            return cleared;
        for (const QString &member : members) {
            if (const Result<void> added
                = execWrite(db,
                            QStringLiteral("INSERT INTO team_members (team_id, person_key) "
                                           "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                            {teamId, member}, during);
                !added)
                return added;
        }
        return {};
    });
}

} // namespace Teams
