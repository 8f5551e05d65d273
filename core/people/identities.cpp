#include "core/people/identities.h"

#include "core/storage/boundquery.h"

#include <QCoreApplication>

#include <algorithm>

using namespace BoundQuery;

namespace Identities {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Identities)
};

// Every alias in the cache with its name and item count, and its identity if any, most items
// first: the commits' aliases as given, the pull requests' and issues' logins read here.
Result<QList<PersonAlias>> aliases(QSqlDatabase &db, const QList<PersonAlias> &commitAliases,
                                   int limit)
{
    QHash<QPair<QString, QString>, PersonAlias> byAlias;
    for (const PersonAlias &alias : commitAliases) {
        if (!alias.value.isEmpty())
            byAlias.insert({alias.kind, alias.value}, alias);
    }
    Result<QSqlQuery> logins
        = exec(db,
               QStringLiteral("SELECT author_login, count(*) FROM ("
                              "SELECT author_login FROM pull_requests "
                              "UNION ALL SELECT author_login FROM issues) x "
                              "WHERE author_login IS NOT NULL AND author_login <> '' GROUP BY 1"),
               {}, QStringLiteral("listing people"));
    if (!logins)
        return logins.error();
    const QString login = QStringLiteral("login");
    while (logins.value().next()) {
        const QString value = logins.value().value(0).toString();
        PersonAlias &alias = byAlias[{login, value}];
        alias.kind = login;
        alias.value = value;
        alias.name = std::max(alias.name, value); // a login is its own name here
        alias.items += logins.value().value(1).toInt();
    }
    const Result<QHash<QPair<QString, QString>, qint64>> merged = mergedAliases(db);
    if (!merged)
        return merged.error();
    for (auto it = merged.value().cbegin(); it != merged.value().cend(); ++it) {
        const auto alias = byAlias.find(it.key());
        if (alias != byAlias.end())
            alias->identityId = it.value();
    }
    QList<PersonAlias> found = byAlias.values();
    std::sort(found.begin(), found.end(), [](const PersonAlias &a, const PersonAlias &b) {
        return a.items != b.items ? a.items > b.items : a.value < b.value;
    });
    return found.mid(0, limit);
}

// The (kind, value) of each key that is an alias, looked up in the cache.
Result<QList<QPair<QString, QString>>> aliasesOfKey(QSqlDatabase &db, const QString &key)
{
    Result<QSqlQuery> result = exec(
        db,
        QStringLiteral(
            "SELECT DISTINCT %1, %2 FROM commits c WHERE %2 = ? "
            "UNION SELECT 'login', author_login FROM pull_requests WHERE author_login = ? "
            "UNION SELECT 'login', author_login FROM issues WHERE author_login = ?")
            .arg(commitAliasKindSql(QStringLiteral("c")), commitAliasValueSql(QStringLiteral("c"))),
        {key, key, key}, QStringLiteral("looking up a person"));
    if (!result)
        return result.error();
    QList<QPair<QString, QString>> found;
    while (result.value().next())
        found.append({result.value().value(0).toString(), result.value().value(1).toString()});
    return found;
}

qint64 identityIdOf(const QString &key)
{
    if (!key.startsWith(QLatin1Char('#')))
        return 0;
    bool ok = false;
    const qint64 id = key.mid(1).toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

// Which alias a commit row stands for: its login, else email, else name (as the raw key).
QString commitAliasKindSql(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.author_login IS NOT NULL THEN 'login' "
                          "WHEN %1.author_email IS NOT NULL THEN 'email' ELSE 'name' END")
        .arg(alias);
}

QString commitAliasValueSql(const QString &alias)
{
    return QStringLiteral("COALESCE(%1.author_login, %1.author_email, %1.author_name)").arg(alias);
}

QString identityKey(qint64 identityId)
{
    return QLatin1Char('#') + QString::number(identityId);
}

QString commitPersonSql(const QString &alias, bool resolve)
{
    if (!resolve)
        return commitAliasValueSql(alias);
    return QStringLiteral("COALESCE((SELECT '#' || ia.identity_id FROM identity_aliases ia "
                          "WHERE ia.kind = %1 AND ia.value = %2), %2)")
        .arg(commitAliasKindSql(alias), commitAliasValueSql(alias));
}

QString loginPersonSql(const QString &column, bool resolve)
{
    if (!resolve)
        return column;
    return QStringLiteral("COALESCE((SELECT '#' || ia.identity_id FROM identity_aliases ia "
                          "WHERE ia.kind = 'login' AND ia.value = %1), %1)")
        .arg(column);
}

Result<bool> any(QSqlDatabase &db)
{
    Result<QSqlQuery> result = exec(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM identities)"),
                                    {}, QStringLiteral("checking for merged people"));
    if (!result)
        return result.error();
    return result.value().next() && result.value().value(0).toBool();
}

Result<QHash<QPair<QString, QString>, qint64>> mergedAliases(QSqlDatabase &db)
{
    Result<QSqlQuery> result
        = exec(db, QStringLiteral("SELECT kind, value, identity_id FROM identity_aliases"), {},
               QStringLiteral("reading merged people"));
    if (!result)
        return result.error();
    QHash<QPair<QString, QString>, qint64> identities;
    while (result.value().next()) {
        identities.insert({result.value().value(0).toString(), result.value().value(1).toString()},
                          result.value().value(2).toLongLong());
    }
    return identities;
}

Result<QList<PersonAlias>> commitAliases(QSqlDatabase &db)
{
    const QString sql = QStringLiteral("SELECT kind, value, max(name), count(*) FROM ("
                                       "SELECT %1 AS kind, %2 AS value, "
                                       "COALESCE(c.author_name, %2) AS name FROM commits c) x "
                                       "WHERE value IS NOT NULL AND value <> '' GROUP BY 1, 2")
                            .arg(commitAliasKindSql(QStringLiteral("c")),
                                 commitAliasValueSql(QStringLiteral("c")));
    Result<QSqlQuery> result = exec(db, sql, {}, QStringLiteral("listing people"));
    if (!result)
        return result.error();
    QList<PersonAlias> found;
    QSqlQuery &query = result.value();
    while (query.next()) {
        found << PersonAlias{query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toInt(), 0};
    }
    return found;
}

Result<QList<Person>> people(QSqlDatabase &db, int limit)
{
    const Result<QList<PersonAlias>> fromCommits = commitAliases(db);
    if (!fromCommits)
        return fromCommits.error();
    return peopleFrom(db, fromCommits.value(), limit);
}

Result<QList<Person>> peopleFrom(QSqlDatabase &db, const QList<PersonAlias> &fromCommits, int limit)
{
    const Result<QList<PersonAlias>> all = aliases(db, fromCommits, limit);
    if (!all)
        return all.error();
    const Result<QHash<QString, QString>> names = displayNames(db);
    if (!names)
        return names.error();
    QList<Person> found;
    QHash<qint64, qsizetype> identityRows;
    for (const PersonAlias &alias : all.value()) {
        if (alias.identityId == 0) {
            found << Person{alias.value, alias.name, alias.items, 0, {alias}};
            continue;
        }
        const auto row = identityRows.constFind(alias.identityId);
        if (row == identityRows.constEnd()) {
            identityRows.insert(alias.identityId, found.size());
            const QString key = identityKey(alias.identityId);
            found << Person{key, names.value().value(key), alias.items, alias.identityId, {alias}};
        } else {
            found[*row].items += alias.items;
            found[*row].aliases << alias;
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Person &a, const Person &b) { return a.items > b.items; });
    return found;
}

Result<QHash<QString, QString>> displayNames(QSqlDatabase &db)
{
    Result<QSqlQuery> result = exec(db, QStringLiteral("SELECT id, display_name FROM identities"),
                                    {}, QStringLiteral("listing merged people"));
    if (!result)
        return result.error();
    QHash<QString, QString> names;
    while (result.value().next())
        names.insert(identityKey(result.value().value(0).toLongLong()),
                     result.value().value(1).toString());
    return names;
}

Result<QStringList> canonicalKeys(QSqlDatabase &db, const QStringList &keys)
{
    QStringList canonical;
    for (const QString &key : keys) {
        Result<QSqlQuery> result
            = exec(db,
                   QStringLiteral("SELECT identity_id FROM identity_aliases WHERE value = ? "
                                  "ORDER BY kind = 'login' DESC LIMIT 1"),
                   {key}, QStringLiteral("looking up a person"));
        if (!result)
            return result.error();
        const QString resolved
            = result.value().next() ? identityKey(result.value().value(0).toLongLong()) : key;
        if (!canonical.contains(resolved))
            canonical << resolved;
    }
    return canonical;
}

Result<qint64> merge(QSqlDatabase &db, const QStringList &keys, const QString &displayName)
{
    const QString name = displayName.trimmed();
    if (keys.size() < 2)
        return Error{Tr::tr("Choose at least two people to merge."), QStringLiteral("merge < 2"),
                     ErrorKind::InvalidInput};
    if (name.isEmpty())
        return Error{Tr::tr("Give the merged person a name."), QStringLiteral("merge: no name"),
                     ErrorKind::InvalidInput};
    const QString during = QStringLiteral("merging people");
    auto run = [&db, &during](const QString &sql, const QVariantList &values) {
        return execWrite(db, sql, values, during);
    };
    qint64 newId = 0;
    const Result<void> done = inTransaction(db, during, [&]() -> Result<void> {
        const Result<qint64> created = execReturningId(
            db, QStringLiteral("INSERT INTO identities (display_name) VALUES (?) RETURNING id"),
            {name}, during);
        if (!created)
            return created.error();
        newId = created.value();
        const QString newKey = identityKey(newId);
        for (const QString &key : keys) {
            Result<void> step;
            if (const qint64 oldId = identityIdOf(key); oldId != 0) {
                step = run(QStringLiteral(
                               "UPDATE identity_aliases SET identity_id = ? WHERE identity_id = ?"),
                           {newId, oldId});
                if (step)
                    step = run(QStringLiteral("DELETE FROM identities WHERE id = ?"), {oldId});
            } else {
                const Result<QList<QPair<QString, QString>>> found = aliasesOfKey(db, key);
                if (!found)
                    return found.error();
                QList<QPair<QString, QString>> own = found.value();
                if (own.isEmpty()) // not in the cache (yet): judged by its look
                    own.append({key.contains(QLatin1Char('@')) ? QStringLiteral("email")
                                                               : QStringLiteral("login"),
                                key});
                for (const auto &[kind, value] : own) {
                    if (step)
                        step = run(QStringLiteral(
                                       "INSERT INTO identity_aliases (identity_id, kind, value) "
                                       "VALUES (?, ?, ?) ON CONFLICT (kind, value) "
                                       "DO UPDATE SET identity_id = excluded.identity_id"),
                                   {newId, kind, value});
                }
            }
            // Teams that had this person now have the merged one.
            if (step)
                step
                    = run(QStringLiteral("INSERT INTO team_members (team_id, person_key) "
                                         "SELECT team_id, ? FROM team_members WHERE person_key = ? "
                                         "ON CONFLICT DO NOTHING"),
                          {newKey, key});
            if (step)
                step = run(QStringLiteral("DELETE FROM team_members WHERE person_key = ?"), {key});
            if (!step)
                return step;
        }
        return {};
    });
    if (!done)
        return done.error();
    return newId;
}

Result<void> split(QSqlDatabase &db, qint64 identityId)
{
    const QString key = identityKey(identityId);
    return inTransaction(db, QStringLiteral("splitting a person"), [&]() -> Result<void> {
        // Teams that had the merged person get each of its aliases back.
        if (const Result<void> step
            = execWrite(db,
                        QStringLiteral("INSERT INTO team_members (team_id, person_key) "
                                       "SELECT t.team_id, ia.value FROM team_members t "
                                       "JOIN identity_aliases ia ON ia.identity_id = ? "
                                       "WHERE t.person_key = ? ON CONFLICT DO NOTHING"),
                        {identityId, key}, QStringLiteral("splitting a person"));
            !step)
            return step;
        if (const Result<void> step
            = execWrite(db, QStringLiteral("DELETE FROM team_members WHERE person_key = ?"), {key},
                        QStringLiteral("splitting a person"));
            !step)
            return step;
        // The aliases go with it (ON DELETE CASCADE).
        return execWrite(db, QStringLiteral("DELETE FROM identities WHERE id = ?"), {identityId},
                         QStringLiteral("splitting a person"));
    });
}

Result<void> rename(QSqlDatabase &db, qint64 identityId, const QString &displayName)
{
    if (displayName.trimmed().isEmpty())
        return Error{Tr::tr("Give the merged person a name."), QStringLiteral("rename: no name"),
                     ErrorKind::InvalidInput};
    return execWrite(db, QStringLiteral("UPDATE identities SET display_name = ? WHERE id = ?"),
                     {displayName.trimmed(), identityId}, QStringLiteral("renaming a person"));
}

QList<MergeSuggestion> mailmapSuggestions(const QList<MailmapEntry> &entries,
                                          const QList<Person> &people)
{
    // Each commit alias (a local commit's email, else its name) to its person and items.
    QHash<QPair<QString, QString>, const Person *> personOf;
    for (const Person &person : people) {
        for (const PersonAlias &alias : person.aliases)
            personOf.insert({alias.kind, alias.value}, &person);
    }
    const auto find = [&personOf](const QString &name, const QString &email) -> const Person * {
        return email.isEmpty() ? personOf.value({QStringLiteral("name"), name})
                               : personOf.value({QStringLiteral("email"), email});
    };
    struct Group
    {
        QString name;
        QList<const Person *> people;
        QStringList aliases;
    };
    QList<Group> groups;
    QHash<QPair<QString, QString>, qsizetype> groupOf;
    const auto add = [](Group &group, const Person *person, const QString &alias) {
        if (!person)
            return;
        if (!group.people.contains(person))
            group.people << person;
        if (!group.aliases.contains(alias))
            group.aliases << alias;
    };
    for (const MailmapEntry &entry : entries) {
        const QPair<QString, QString> canonical{entry.canonicalName, entry.canonicalEmail};
        auto known = groupOf.constFind(canonical);
        if (known == groupOf.cend()) {
            known = groupOf.insert(canonical, groups.size());
            groups << Group{
                entry.canonicalName.isEmpty() ? entry.canonicalEmail : entry.canonicalName, {}, {}};
            // The canonical address itself, when commits use it unchanged.
            add(groups.last(), find(entry.canonicalName, entry.canonicalEmail),
                entry.canonicalEmail.isEmpty() ? entry.canonicalName : entry.canonicalEmail);
        }
        add(groups[*known], find(entry.aliasName, entry.aliasEmail),
            entry.aliasEmail.isEmpty() ? entry.aliasName : entry.aliasEmail);
    }
    QList<QPair<int, MergeSuggestion>> found;
    for (const Group &group : groups) {
        if (group.people.size() < 2)
            continue; // one person already (merged, or .mailmap only renames)
        MergeSuggestion suggestion{group.name, {}, group.aliases};
        int items = 0;
        for (const Person *person : group.people) {
            suggestion.keys << person->key;
            items += person->items;
        }
        found.append({items, suggestion});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<MergeSuggestion> suggestions;
    for (const auto &[items, suggestion] : found)
        suggestions << suggestion;
    return suggestions;
}

} // namespace Identities
