#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

/// Statements on a PostgreSQL connection whose bound values travel as real parameters of
/// PostgreSQL's extended protocol (libpq's PQsendQueryParams: the SQL with $1, $2, … and the
/// values apart), never pasted into the SQL. Qt's QPSQL driver instead sends
/// `EXECUTE stmt ('escaped literal', …)`: escaped, but still values inside SQL text, visible as
/// such in the server's log and in pg_stat_activity.
///
/// The connection is the one Qt opened (its PGconn from QSqlDriver::handle()), so transactions
/// begun through QSqlDatabase hold these statements too. Reading is QSqlQuery's usual API; a
/// forward-only query streams its rows (libpq's single-row mode) instead of holding the whole
/// result. Same thread as the connection.
namespace PostgresResult {

/// A QSqlQuery on `db` that binds as described above, or nothing when `db` is not an open
/// PostgreSQL connection (then use QSqlQuery(db)).
std::optional<QSqlQuery> query(const QSqlDatabase &db);

} // namespace PostgresResult
