#include "core/storage/boundquery.h"

#include "core/storage/postgresresult.h"
#include "core/storage/sqlerrors.h"

#include <QSqlError>

namespace BoundQuery {

namespace {
// PostgreSQL's text cannot hold NUL (Qt's driver then sends a cut literal: "unterminated
// quoted string"); the same text is written on both backends so that copies agree.
QString withoutNul(QString text)
{
    return text.replace(QChar(0), NulStandIn);
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    // bindValue by position (not addBindValue): a prepared statement is bound anew each run.
    for (int index = 0; index < values.size(); ++index) {
        const QVariant &value = values.at(index);
        // QSQLITE binds a null QString as NULL; DevPulse means NULL only by an invalid
        // QVariant (textOrNull), so a QString always binds as text, empty or not.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(index, QString(QLatin1String("")));
        else if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
            query.bindValue(index, withoutNul(value.toString()));
        else
            query.bindValue(index, value);
    }
}
} // namespace

QSqlQuery statementOn(QSqlDatabase &db)
{
    if (std::optional<QSqlQuery> postgres = PostgresResult::query(db))
        return std::move(*postgres);
    return QSqlQuery(db);
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &during)
{
    QSqlQuery query = statementOn(db);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), during);
    bindAll(query, values);
    if (!query.exec())
        return sqlError(query.lastError(), during);
    return query;
}

Result<void> execPrepared(QSqlQuery &query, const QVariantList &values, const QString &during)
{
    bindAll(query, values);
    if (!query.exec())
        return sqlError(query.lastError(), during);
    return {};
}

Result<void> execWrite(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &during)
{
    const Result<QSqlQuery> result = exec(db, sql, values, during);
    if (!result)
        return result.error();
    return {};
}

Result<qint64> execReturningId(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                               const QString &during)
{
    Result<QSqlQuery> result = exec(db, sql, values, during);
    if (!result)
        return result.error();
    QSqlQuery &query = result.value();
    if (!query.next())
        return sqlError(query.lastError(), during);
    return query.value(0).toLongLong();
}

Result<void> inTransaction(QSqlDatabase &db, const QString &during,
                           const std::function<Result<void>()> &work)
{
    if (!db.transaction())
        return sqlError(db.lastError(), during);
    const Result<void> done = work();
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return sqlError(error, during);
    }
    return {};
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &column)
{
    if (column.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(column.toLongLong(), Qt::UTC);
}

QVariant countValue(const std::optional<int> &count)
{
    return count ? QVariant(*count) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace BoundQuery
