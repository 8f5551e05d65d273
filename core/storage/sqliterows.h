#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string_view>

/// A forward-only SELECT read straight through SQLite's C API on the connection Qt opened:
/// no QVariant and no QString per value. For bulk reads on a worker thread where QSqlQuery's
/// conversions cost more than SQLite itself (the dashboard's commit snapshot: a million rows
/// in about half the time).
///
/// Only for QSQLITE connections of a build where Qt's SQLite driver and DevPulse use the same
/// SQLite library (DEVPULSE_SQLITE_C_API, on by default on Linux, where Qt uses the system's
/// libsqlite3); `supports()` says whether it can be used, callers fall back to QSqlQuery.
class SqliteRows final
{
public:
    /// True when `db` is an open SQLite connection this build can read directly.
    static bool supports(const QSqlDatabase &db);

    /// Prepares `sql` on `db` and binds `values` to its `?` in order, by BoundQuery's rules
    /// (text with NUL as BoundQuery::NulStandIn, an invalid QVariant as NULL); check error()
    /// before reading.
    SqliteRows(QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const QString &during);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    /// Runs the prepared statement again with new `values` (a statement written many times,
    /// CacheWriter's upserts): resets it and binds anew; false when binding failed (error()).
    bool rebind(const QVariantList &values, const QString &during);
    /// Lets go of the current run (a RETURNING statement read before its end holds it open).
    void finish();

    /// Steps to the next row; false at the end or on an error (then error() says which).
    bool next();
    /// The failure of preparing or stepping, as sqlError() words it; empty while none.
    const std::optional<Error> &error() const { return m_error; }
    /// SQLite's own words for that failure, to be worded with another `during`.
    const QSqlError &sqlFailure() const { return m_sqlFailure; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// The value as UTF-8 bytes, valid until the next call of next().
    std::string_view text(int column) const;

private:
    void fail(int code, const QString &during);
    int bind(int position, const QVariant &value); // SQLite's result code

    struct Statement;
    std::unique_ptr<Statement> m_statement;
    QString m_during;
    std::optional<Error> m_error;
    QSqlError m_sqlFailure;
};
