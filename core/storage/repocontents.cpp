#include "core/storage/repocontents.h"

#include "core/storage/boundquery.h"

#include <QSqlQuery>

RepoContents::RepoContents(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<bool> RepoContents::hasCommits(qint64 repoId) const
{
    Result<QSqlQuery> any
        = BoundQuery::exec(m_db, QStringLiteral("SELECT 1 FROM commits WHERE repo_id = ? LIMIT 1"),
                           {repoId}, QStringLiteral("checking for cached commits"));
    if (!any)
        return any.error();
    return any.value().next();
}

Result<QStringList> RepoContents::commitShas(qint64 repoId) const
{
    Result<QSqlQuery> cached
        = BoundQuery::exec(m_db, QStringLiteral("SELECT sha FROM commits WHERE repo_id = ?"),
                           {repoId}, QStringLiteral("checking for rewritten history"));
    if (!cached)
        return cached.error();
    QStringList shas;
    while (cached.value().next())
        shas << cached.value().value(0).toString();
    return shas;
}

Result<QSet<QString>> RepoContents::knownShas(qint64 repoId, const QStringList &shas) const
{
    QSet<QString> known;
    if (shas.isEmpty())
        return known;
    QStringList placeholders;
    QVariantList values{repoId};
    for (const QString &sha : shas) {
        placeholders << QStringLiteral("?");
        values << sha;
    }
    Result<QSqlQuery> result = BoundQuery::exec(
        m_db,
        QStringLiteral("SELECT sha FROM commits WHERE repo_id = ? AND sha IN (%1)")
            .arg(placeholders.join(QLatin1Char(','))),
        values, QStringLiteral("checking which commits are known"));
    if (!result)
        return result.error();
    while (result.value().next())
        known.insert(result.value().value(0).toString());
    return known;
}

Result<void> RepoContents::removeCommit(qint64 repoId, const QString &sha) const
{
    return BoundQuery::execWrite(
        m_db, QStringLiteral("DELETE FROM commits WHERE repo_id = ? AND sha = ?"), {repoId, sha},
        QStringLiteral("removing a commit dropped upstream"));
}

Result<void> RepoContents::recordSyncError(qint64 repoId, const QString &error) const
{
    return BoundQuery::execWrite(m_db,
                                 QStringLiteral("UPDATE repos SET sync_error = ? WHERE id = ?"),
                                 {error, repoId}, QStringLiteral("recording a repository's error"));
}

Result<QHash<QString, RepoContents::StoredBranch>> RepoContents::branches(qint64 repoId) const
{
    Result<QSqlQuery> existing = BoundQuery::exec(
        m_db,
        QStringLiteral(
            "SELECT name, head_sha, deleted_at IS NOT NULL FROM branches WHERE repo_id = ?"),
        {repoId}, QStringLiteral("reading the stored branches"));
    if (!existing)
        return existing.error();
    QHash<QString, StoredBranch> stored;
    while (existing.value().next()) {
        stored.insert(existing.value().value(0).toString(),
                      {existing.value().value(1).toString(), existing.value().value(2).toBool()});
    }
    return stored;
}

Result<void> RepoContents::reviveBranch(qint64 repoId, const QString &name) const
{
    return BoundQuery::execWrite(
        m_db,
        QStringLiteral("UPDATE branches SET deleted_at = NULL WHERE repo_id = ? AND name = ?"),
        {repoId, name}, QStringLiteral("saving a branch"));
}

Result<void> RepoContents::markBranchDeleted(qint64 repoId, const QString &name,
                                             const QDateTime &at) const
{
    return BoundQuery::execWrite(
        m_db, QStringLiteral("UPDATE branches SET deleted_at = ? WHERE repo_id = ? AND name = ?"),
        {BoundQuery::timeValue(at), repoId, name}, QStringLiteral("marking a deleted branch"));
}

Result<QHash<QString, QString>> RepoContents::tags(qint64 repoId) const
{
    Result<QSqlQuery> existing
        = BoundQuery::exec(m_db, QStringLiteral("SELECT name, sha FROM tags WHERE repo_id = ?"),
                           {repoId}, QStringLiteral("reading the stored tags"));
    if (!existing)
        return existing.error();
    QHash<QString, QString> stored;
    while (existing.value().next())
        stored.insert(existing.value().value(0).toString(), existing.value().value(1).toString());
    return stored;
}
