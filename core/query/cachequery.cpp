#include "core/query/cachequery.h"

#include "core/storage/boundquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace CacheQuery {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CacheQuery)
};

enum class FieldType { Text, Integer, Flag, Time, Day };

struct Field
{
    const char *name;
    const char *sql;
    FieldType type;
};

struct Collection
{
    const char *name;
    const char *from;
    const char *timeField;
    const char *key; ///< unique, breaks ties so that pages never overlap
    QList<Field> fields;
};

const QList<Collection> &schema()
{
    static const QList<Collection> collections{
        {"commits",
         "commits c JOIN repos r ON r.id = c.repo_id JOIN accounts a ON a.id = r.account_id",
         "authored_at",
         "c.id",
         {{"repo", "r.full_name", FieldType::Text},
          {"sha", "c.sha", FieldType::Text},
          {"author_login", "c.author_login", FieldType::Text},
          {"author_name", "c.author_name", FieldType::Text},
          {"author_email", "c.author_email", FieldType::Text},
          {"authored_at", "c.authored_at", FieldType::Time},
          {"authored_offset_minutes", "c.authored_offset_minutes", FieldType::Integer},
          {"committed_at", "c.committed_at", FieldType::Time},
          {"additions", "c.additions", FieldType::Integer},
          {"deletions", "c.deletions", FieldType::Integer},
          {"message", "c.message", FieldType::Text},
          {"provider", "a.provider", FieldType::Text}}},
        {"pulls",
         "pull_requests p JOIN repos r ON r.id = p.repo_id",
         "created_at",
         "p.id",
         {{"repo", "r.full_name", FieldType::Text},
          {"number", "p.number", FieldType::Integer},
          {"title", "p.title", FieldType::Text},
          {"author_login", "p.author_login", FieldType::Text},
          {"state", "p.state", FieldType::Text},
          {"draft", "p.is_draft", FieldType::Flag},
          {"created_at", "p.created_at", FieldType::Time},
          {"merged_at", "p.merged_at", FieldType::Time},
          {"closed_at", "p.closed_at", FieldType::Time},
          {"additions", "p.additions", FieldType::Integer},
          {"deletions", "p.deletions", FieldType::Integer},
          {"commits", "p.commit_count", FieldType::Integer}}},
        {"issues",
         "issues i JOIN repos r ON r.id = i.repo_id",
         "created_at",
         "i.id",
         {{"repo", "r.full_name", FieldType::Text},
          {"number", "i.number", FieldType::Integer},
          {"title", "i.title", FieldType::Text},
          {"author_login", "i.author_login", FieldType::Text},
          {"state", "i.state", FieldType::Text},
          {"created_at", "i.created_at", FieldType::Time},
          {"closed_at", "i.closed_at", FieldType::Time},
          {"comments", "i.comment_count", FieldType::Integer},
          {"labels", "i.labels", FieldType::Text}}},
        {"repos",
         "repos r JOIN accounts a ON a.id = r.account_id",
         "pushed_at",
         "r.id",
         {{"full_name", "r.full_name", FieldType::Text},
          {"provider", "a.provider", FieldType::Text},
          {"account", "a.login", FieldType::Text},
          {"private", "r.is_private", FieldType::Flag},
          {"fork", "r.is_fork", FieldType::Flag},
          {"archived", "r.is_archived", FieldType::Flag},
          {"selected", "r.is_selected", FieldType::Flag},
          {"default_branch", "r.default_branch", FieldType::Text},
          {"pushed_at", "r.pushed_at", FieldType::Time}}},
        {"activities",
         "activities v JOIN accounts a ON a.id = v.account_id",
         "day",
         "v.id",
         {{"day", "v.day", FieldType::Day},
          {"provider", "a.provider", FieldType::Text},
          {"account", "a.login", FieldType::Text},
          {"service", "v.service", FieldType::Text},
          {"minutes", "v.minutes", FieldType::Integer},
          {"title", "v.title", FieldType::Text}}},
    };
    return collections;
}

const Collection *findCollection(const QString &name)
{
    for (const Collection &collection : schema()) {
        if (name == QLatin1String(collection.name))
            return &collection;
    }
    return nullptr;
}

const Field *findField(const Collection &collection, const QString &name)
{
    for (const Field &field : collection.fields) {
        if (name == QLatin1String(field.name))
            return &field;
    }
    return nullptr;
}

Error unknownField(const Collection &collection, const QString &name)
{
    return Error{Tr::tr("“%1” is not a field of %2. Fields: %3.")
                     .arg(name, QLatin1String(collection.name),
                          fields(QLatin1String(collection.name)).join(QStringLiteral(", "))),
                 QStringLiteral("unknown field"), ErrorKind::InvalidInput};
}

/// The bound value for `text` compared with `field`, or an error saying what is expected.
Result<QVariant> valueFor(const Field &field, const QString &text)
{
    bool ok = false;
    switch (field.type) {
    case FieldType::Text: return QVariant(text);
    case FieldType::Integer: {
        const qlonglong number = text.toLongLong(&ok);
        if (ok)
            return QVariant(number);
        break;
    }
    case FieldType::Flag:
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return QVariant(1);
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return QVariant(0);
        break;
    case FieldType::Time: {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (time.isValid())
            return QVariant(time.toSecsSinceEpoch());
        break;
    }
    case FieldType::Day:
        if (QDate::fromString(text, Qt::ISODate).isValid())
            return QVariant(text);
        break;
    }
    return Error{Tr::tr("“%1” is not a valid value for %2.").arg(text, QLatin1String(field.name)),
                 QStringLiteral("bad filter value"), ErrorKind::InvalidInput};
}

QVariant output(const Field &field, const QVariant &column)
{
    if (column.isNull())
        return QVariant();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Day: return column.toString();
    case FieldType::Integer: return column.toLongLong();
    case FieldType::Flag: return column.toInt() != 0;
    case FieldType::Time:
        return QDateTime::fromSecsSinceEpoch(column.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    }
    return column;
}

} // namespace

QStringList collections()
{
    QStringList names;
    for (const Collection &collection : schema())
        names << QLatin1String(collection.name);
    return names;
}

QStringList fields(const QString &collection)
{
    QStringList names;
    if (const Collection *found = findCollection(collection)) {
        for (const Field &field : found->fields)
            names << QLatin1String(field.name);
    }
    return names;
}

Result<QueryResult> run(QSqlDatabase &db, const QueryRequest &request)
{
    const Collection *collection = findCollection(request.collection);
    if (!collection) {
        return Error{Tr::tr("“%1” is not a collection. Collections: %2.")
                         .arg(request.collection, collections().join(QStringLiteral(", "))),
                     QStringLiteral("unknown collection"), ErrorKind::InvalidInput};
    }
    if (request.limit < 1 || request.limit > 10000 || request.page < 1) {
        return Error{Tr::tr("--limit must be between 1 and 10000 and --page at least 1."),
                     QStringLiteral("bad page"), ErrorKind::InvalidInput};
    }
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;
    for (const auto &[name, text] : request.filters) {
        const Field *field = findField(*collection, name);
        if (!field)
            return unknownField(*collection, name);
        const Result<QVariant> value = valueFor(*field, text);
        if (!value)
            return value.error();
        conditions << QStringLiteral("%1 = ?").arg(QLatin1String(field->sql));
        values << value.value();
    }
    const Field *timeField = findField(*collection, QLatin1String(collection->timeField));
    const bool isDay = timeField->type == FieldType::Day;
    if (request.since.isValid()) {
        conditions << QStringLiteral("%1 >= ?").arg(QLatin1String(timeField->sql));
        values << (isDay ? QVariant(request.since.toString(Qt::ISODate))
                         : QVariant(
                             QDateTime(request.since, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
    }
    if (request.until.isValid()) {
        conditions << QStringLiteral("%1 <= ?").arg(QLatin1String(timeField->sql));
        values << (isDay ? QVariant(request.until.toString(Qt::ISODate))
                         : QVariant(QDateTime(request.until.addDays(1), QTime(0, 0), Qt::UTC)
                                        .toSecsSinceEpoch()
                                    - 1));
    }
    const Field *sortField
        = request.sortField.isEmpty() ? timeField : findField(*collection, request.sortField);
    if (!sortField)
        return unknownField(*collection, request.sortField);

    const QString where = conditions.join(QLatin1String(" AND "));
    QueryResult result;
    for (const Field &field : collection->fields)
        result.fields << QLatin1String(field.name);
    {
        Result<QSqlQuery> counted
            = BoundQuery::exec(db,
                               QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                   .arg(QLatin1String(collection->from), where),
                               values, QStringLiteral("counting %1").arg(request.collection));
        if (!counted)
            return counted.error();
        result.total = counted.value().next() ? counted.value().value(0).toLongLong() : 0;
    }
    QStringList columns;
    for (const Field &field : collection->fields)
        columns << QLatin1String(field.sql);
    QVariantList pageValues = values;
    pageValues << request.limit << qint64(request.page - 1) * request.limit;
    // Rows without a value last; ties in the order they were stored.
    Result<QSqlQuery> rows = BoundQuery::exec(
        db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 IS NULL, %4 %5, %6 LIMIT ? OFFSET ?")
            .arg(columns.join(QStringLiteral(", ")), QLatin1String(collection->from), where,
                 QLatin1String(sortField->sql),
                 request.sortDescending ? QStringLiteral("DESC") : QStringLiteral("ASC"),
                 QLatin1String(collection->key)),
        pageValues, QStringLiteral("reading %1").arg(request.collection));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        QVariantList row;
        for (int i = 0; i < collection->fields.size(); ++i)
            row << output(collection->fields.at(i), rows.value().value(i));
        result.rows << row;
    }
    return result;
}

} // namespace CacheQuery
