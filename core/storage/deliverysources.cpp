#include "core/storage/deliverysources.h"

#include "core/storage/boundquery.h"

using namespace BoundQuery;

DeliverySources::DeliverySources(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString DeliverySources::kindId(DeliveryChoice::Kind kind)
{
    switch (kind) {
    case DeliveryChoice::Kind::Environment: return QStringLiteral("environment");
    case DeliveryChoice::Kind::Releases: return QStringLiteral("releases");
    case DeliveryChoice::Kind::Tags: return QStringLiteral("tags");
    }
    return {};
}

Result<QHash<qint64, DeliveryChoice>> DeliverySources::all()
{
    Result<QSqlQuery> rows
        = exec(m_db, QStringLiteral("SELECT repo_id, kind, value FROM delivery_sources"), {},
               QStringLiteral("reading what counts as a deployment"));
    if (!rows)
        return rows.error();
    QHash<qint64, DeliveryChoice> choices;
    while (rows.value().next()) {
        const QString kind = rows.value().value(1).toString();
        DeliveryChoice choice;
        if (kind == kindId(DeliveryChoice::Kind::Environment))
            choice.kind = DeliveryChoice::Kind::Environment;
        else if (kind == kindId(DeliveryChoice::Kind::Tags))
            choice.kind = DeliveryChoice::Kind::Tags;
        else if (kind == kindId(DeliveryChoice::Kind::Releases))
            choice.kind = DeliveryChoice::Kind::Releases;
        else
            continue; // written by a newer DevPulse: its automatic choice meanwhile
        choice.value = rows.value().value(2).toString();
        choices.insert(rows.value().value(0).toLongLong(), choice);
    }
    return choices;
}

Result<void> DeliverySources::set(qint64 repoId, const DeliveryChoice &choice)
{
    return execWrite(m_db,
                     QStringLiteral("INSERT INTO delivery_sources (repo_id, kind, value) "
                                    "VALUES (?, ?, ?) ON CONFLICT (repo_id) DO UPDATE SET "
                                    "kind = excluded.kind, value = excluded.value"),
                     {repoId, kindId(choice.kind), choice.value},
                     QStringLiteral("saving what counts as a deployment"));
}

Result<void> DeliverySources::clear(qint64 repoId)
{
    return execWrite(m_db, QStringLiteral("DELETE FROM delivery_sources WHERE repo_id = ?"),
                     {repoId}, QStringLiteral("saving what counts as a deployment"));
}

Result<qint64> DeliverySources::repoIdOf(const QString &fullName)
{
    Result<QSqlQuery> row = exec(
        m_db, QStringLiteral("SELECT id FROM repos WHERE lower(full_name) = lower(?) ORDER BY id"),
        {fullName}, QStringLiteral("finding the repository"));
    if (!row)
        return row.error();
    return row.value().next() ? row.value().value(0).toLongLong() : qint64(0);
}
