#include "core/storage/mailmapstore.h"

#include "core/storage/boundquery.h"

#include <QSqlQuery>

using namespace BoundQuery;

MailmapStore::MailmapStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<QPair<QString, QString>>> MailmapStore::commitAuthors(qint64 repoId)
{
    Result<QSqlQuery> result = exec(
        m_db,
        QStringLiteral("SELECT DISTINCT COALESCE(c.author_name, ''), COALESCE(c.author_email, '') "
                       "FROM commits c WHERE c.repo_id = ? "
                       "AND (c.author_name IS NOT NULL OR c.author_email IS NOT NULL)"),
        {repoId}, QStringLiteral("reading the commit authors"));
    if (!result)
        return result.error();
    QList<QPair<QString, QString>> authors;
    QSqlQuery &rows = result.value();
    while (rows.next())
        authors.append({rows.value(0).toString(), rows.value(1).toString()});
    return authors;
}

Result<void> MailmapStore::replace(qint64 repoId, const QList<MailmapEntry> &entries)
{
    return inTransaction(m_db, QStringLiteral("keeping what .mailmap says"), [&]() -> Result<void> {
        if (const Result<void> cleared
            = execWrite(m_db, QStringLiteral("DELETE FROM mailmap_entries WHERE repo_id = ?"),
                        {repoId}, QStringLiteral("forgetting the old .mailmap answers"));
            !cleared)
            return cleared;
        for (const MailmapEntry &entry : entries) {
            if (const Result<void> written
                = execWrite(m_db,
                            QStringLiteral("INSERT INTO mailmap_entries (repo_id, alias_name, "
                                           "alias_email, canonical_name, canonical_email) "
                                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                            {repoId, entry.aliasName, entry.aliasEmail, entry.canonicalName,
                             entry.canonicalEmail},
                            QStringLiteral("keeping a .mailmap answer"));
                !written)
                return written;
        }
        return {};
    });
}

Result<QList<MailmapEntry>> MailmapStore::all()
{
    Result<QSqlQuery> result = exec(
        m_db,
        QStringLiteral("SELECT alias_name, alias_email, canonical_name, canonical_email FROM "
                       "mailmap_entries ORDER BY canonical_email, canonical_name, alias_email, "
                       "alias_name"),
        {}, QStringLiteral("reading what .mailmap says"));
    if (!result)
        return result.error();
    QList<MailmapEntry> entries;
    QSqlQuery &rows = result.value();
    while (rows.next())
        entries << MailmapEntry{rows.value(0).toString(), rows.value(1).toString(),
                                rows.value(2).toString(), rows.value(3).toString()};
    return entries;
}
