#pragma once

#include "core/common/result.h"
#include "core/storage/mailmapstore.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// One way a person appears in the cache: a commit's login, else email, else name, or a pull
/// request's or issue's login. `key` is what the People filter and teams store.
struct PersonAlias
{
    QString kind;  ///< "login", "email" or "name"
    QString value; ///< the login, email or name itself
    QString name;  ///< the name commits give for it (the value itself for logins without one)
    int items = 0; ///< commits, pull requests and issues with it
    qint64 identityId = 0; ///< the merged identity it belongs to, 0 when none
};

/// A person as the dashboard counts them: a merged identity ("#<id>", its display name, all
/// its aliases) or a single alias on its own (key = the alias's value).
struct Person
{
    QString key;
    QString displayName;
    int items = 0;
    qint64 identityId = 0;
    QList<PersonAlias> aliases;
};

/// People behind several emails, logins and names ("Ada" commits as ada@work, ada@home and
/// GitHub's "ada"). Merging makes one identity of them for every metric, filter and team;
/// splitting undoes it. Same thread as the connection.
/// People a repository's .mailmap says are one: its canonical name, the people (keys) that are
/// still apart, and their emails or names as the commits give them. Offered, never applied.
struct MergeSuggestion
{
    QString name;        ///< the canonical name (or email) .mailmap gives
    QStringList keys;    ///< person keys to merge: "#<id>" or an alias's value, two or more
    QStringList aliases; ///< what the commits say, for showing
};

namespace Identities {

/// The key of a merged identity ("#3").
QString identityKey(qint64 identityId);

/// SQL for the person behind a commit row `c`: "#<id>" when its login/email/name is an alias
/// of a merged identity, else its login, email or name. `resolve` false skips the alias
/// lookup (no identity exists: the plain expression is faster on big caches).
QString commitPersonSql(const QString &alias, bool resolve);
/// The alias a commit row `c` stands for, as SQL: its kind ('login', 'email' or 'name') and its
/// value (login, else email, else name). commitPersonSql looks this pair up in identity_aliases.
QString commitAliasKindSql(const QString &alias);
QString commitAliasValueSql(const QString &alias);
/// SQL for the person behind a pull request's or issue's login column.
QString loginPersonSql(const QString &column, bool resolve);

/// Whether any identity exists (whether metrics need to resolve aliases at all).
Result<bool> any(QSqlDatabase &db);

/// Every person, most items first: merged identities with their aliases, then aliases on
/// their own (at most `limit` aliases). A pass over every commit (2 s at 1M commits).
Result<QList<Person>> people(QSqlDatabase &db, int limit = 5000);
/// Every merged alias, (kind, value) -> its identity's id.
Result<QHash<QPair<QString, QString>, qint64>> mergedAliases(QSqlDatabase &db);
/// The commits' aliases with their greatest name (COALESCE(author_name, value), by SQL's max)
/// and commit count; identityId is left 0. What people() reads by SQL.
Result<QList<PersonAlias>> commitAliases(QSqlDatabase &db);
/// people() with the commits' aliases already counted (e.g. by a CommitSnapshot); only pull
/// requests, issues and identities are read here.
Result<QList<Person>> peopleFrom(QSqlDatabase &db, const QList<PersonAlias> &fromCommits,
                                 int limit = 5000);

/// Display names of merged identities by key ("#3" -> "Ada Lovelace").
Result<QHash<QString, QString>> displayNames(QSqlDatabase &db);

/// Maps each key to the key that counts: an alias that belongs to a merged identity becomes
/// "#<id>"; other keys stay as they are. For filters typed by hand (`--author ada@home`).
Result<QStringList> canonicalKeys(QSqlDatabase &db, const QStringList &keys);

/// Makes one identity named `displayName` of `keys` (aliases or identities, at least two).
/// Identities among them are absorbed; teams that had any of them get the new identity.
/// Returns the new identity's id.
Result<qint64> merge(QSqlDatabase &db, const QStringList &keys, const QString &displayName);

/// Dissolves an identity back into its aliases; teams that had it get its aliases.
Result<void> split(QSqlDatabase &db, qint64 identityId);

Result<void> rename(QSqlDatabase &db, qint64 identityId, const QString &displayName);

/// What .mailmap `entries` say of `people` (as peopleReady lists them): one suggestion per
/// canonical person whose commits are still counted as two or more people, busiest first.
QList<MergeSuggestion> mailmapSuggestions(const QList<MailmapEntry> &entries,
                                          const QList<Person> &people);

} // namespace Identities
