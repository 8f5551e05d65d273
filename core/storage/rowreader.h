#pragma once

#include "core/common/result.h"
#include "core/storage/sqliterows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <string_view>
#include <vector>

/// A forward-only QSqlQuery behind SqliteRows' interface, for the connections SqliteRows
/// cannot read (PostgreSQL, or a build without SQLite's C API). Values are bound as
/// BoundQuery binds them.
class QueryRows final
{
public:
    QueryRows(QSqlDatabase &db, const QString &sql, const QVariantList &values,
              const QString &during);

    bool next();
    const std::optional<Error> &error() const { return m_error; }
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    /// The value as UTF-8 bytes, valid until the next call of text() for the same column.
    std::string_view text(int column);

private:
    QSqlQuery m_query;
    QString m_during;
    std::optional<Error> m_error;
    std::vector<QByteArray> m_text;
};

/// Reads every row of a SELECT once, in order, calling `visit(rows)` for each (`rows` offers
/// isNull/integer/text of the current row): straight through SQLite's C API where it can
/// (no QVariant per value: reading 100k pull requests' dates took 150 ms through QSqlQuery),
/// else through QueryRows. For bulk reads on worker threads; small reads use BoundQuery.
template<typename Visit>
Result<void> readRows(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const QString &during, Visit &&visit)
{
    auto readAll = [&visit](auto &rows) -> Result<void> {
        while (rows.next())
            visit(rows);
        if (rows.error())
            return *rows.error();
        return {};
    };
    if (SqliteRows::supports(db)) {
        SqliteRows rows(db, sql, values, during);
        return readAll(rows);
    }
    QueryRows rows(db, sql, values, during);
    return readAll(rows);
}
