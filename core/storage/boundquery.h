#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

/// The one way DevPulse runs SQL: a prepared statement with positional bound values (never
/// user text pasted into SQL) and errors turned into readable Errors. A QString binds as
/// text even when null; only an invalid QVariant (see textOrNull) binds as NULL. A NUL
/// character in bound text is written as NulStandIn (text columns never hold NUL; where the
/// exact text matters, such as a commit message, its bytes go to a BLOB beside it). Also the
/// conversions between our value types and the cache's columns. Same thread as the connection.
namespace BoundQuery {

/// A statement on `db` to prepare and bind: on PostgreSQL one whose values travel as real
/// parameters (PostgresResult), on SQLite Qt's own. Every bound statement starts here.
QSqlQuery statementOn(QSqlDatabase &db);

/// U+2400 SYMBOL FOR NULL: what a NUL character in bound text is stored as.
inline constexpr QChar NulStandIn{0x2400};

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &during);
Result<void> execWrite(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &during);
/// For INSERT ... RETURNING id.
Result<qint64> execReturningId(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                               const QString &during);

/// Binds `values` to an already prepared `query` and runs it (for statements run many times).
Result<void> execPrepared(QSqlQuery &query, const QVariantList &values, const QString &during);

/// Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
Result<void> inTransaction(QSqlDatabase &db, const QString &during,
                           const std::function<Result<void>()> &work);

/// UTC seconds since the epoch, or NULL for an invalid time.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &column);
QVariant countValue(const std::optional<int> &count);
QVariant textOrNull(const QString &text);

} // namespace BoundQuery
