#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

/// What a script asks of the cache: one collection, equality filters on whitelisted fields,
/// a date range on the collection's own time field, a sort and a page.
struct QueryRequest
{
    QString collection;                     ///< commits, pulls, issues, repos, activities
    QList<QPair<QString, QString>> filters; ///< field = value, all must hold
    QDate since;                            ///< first day included (UTC), invalid: none
    QDate until;                            ///< last day included (UTC), invalid: none
    QString sortField;                      ///< "" = the collection's time field
    bool sortDescending = true;
    int limit = 50;
    int page = 1;
};

/// Rows with stable field names (documented in docs/CLI.md): times as ISO 8601 UTC text,
/// days as YYYY-MM-DD, counts as numbers, flags as booleans.
struct QueryResult
{
    QStringList fields;
    QList<QVariantList> rows;
    qint64 total = 0; ///< rows matching, all pages
};

/// Read-only queries of the cache for the command line and scripts. Field names are looked
/// up in a fixed table per collection: user text only ever reaches SQL as a bound value.
namespace CacheQuery {

QStringList collections();
/// The fields of `collection` in output order, or empty when unknown.
QStringList fields(const QString &collection);

Result<QueryResult> run(QSqlDatabase &db, const QueryRequest &request);

} // namespace CacheQuery
