#include "core/people/peopleeditor.h"

#include "core/people/identities.h"
#include "core/people/teams.h"
#include "core/storage/cachedatabase.h"

namespace {

// Runs `change` on a connection of its own; the connection's error if it cannot open.
template<typename Change>
auto onConnection(const QString &cacheAddress, Change change)
    -> decltype(change(std::declval<QSqlDatabase &>()))
{
    CacheConnection connection(cacheAddress, QStringLiteral("people-editor"));
    if (!connection.isOpen())
        return connection.error();
    return change(connection.database());
}

} // namespace

PeopleEditor::PeopleEditor(const QString &cacheAddress)
    : m_cacheAddress(cacheAddress)
{}

Result<qint64> PeopleEditor::merge(const QStringList &keys, const QString &displayName) const
{
    return onConnection(m_cacheAddress,
                        [&](QSqlDatabase &db) { return Identities::merge(db, keys, displayName); });
}

Result<void> PeopleEditor::split(qint64 identityId) const
{
    return onConnection(m_cacheAddress,
                        [&](QSqlDatabase &db) { return Identities::split(db, identityId); });
}

Result<void> PeopleEditor::rename(qint64 identityId, const QString &displayName) const
{
    return onConnection(m_cacheAddress, [&](QSqlDatabase &db) {
        return Identities::rename(db, identityId, displayName);
    });
}

Result<qint64> PeopleEditor::createTeam(const QString &name) const
{
    return onConnection(m_cacheAddress, [&](QSqlDatabase &db) { return Teams::create(db, name); });
}

Result<void> PeopleEditor::renameTeam(qint64 teamId, const QString &name) const
{
    return onConnection(m_cacheAddress,
                        [&](QSqlDatabase &db) { return Teams::rename(db, teamId, name); });
}

Result<void> PeopleEditor::removeTeam(qint64 teamId) const
{
    return onConnection(m_cacheAddress,
                        [&](QSqlDatabase &db) { return Teams::remove(db, teamId); });
}

Result<void> PeopleEditor::setTeamMembers(qint64 teamId, const QStringList &members) const
{
    return onConnection(m_cacheAddress,
                        [&](QSqlDatabase &db) { return Teams::setMembers(db, teamId, members); });
}

Result<QList<MailmapEntry>> PeopleEditor::mailmapEntries() const
{
    return onConnection(m_cacheAddress, [](QSqlDatabase &db) { return MailmapStore(db).all(); });
}
