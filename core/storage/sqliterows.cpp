#include "core/storage/sqliterows.h"

#include "core/storage/boundquery.h"
#include "core/storage/sqlerrors.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef DEVPULSE_SQLITE_C_API
#include <sqlite3.h>
#endif

#ifdef DEVPULSE_SQLITE_C_API

struct SqliteRows::Statement
{
    sqlite3 *connection = nullptr;
    sqlite3_stmt *statement = nullptr;
};

namespace {
sqlite3 *connectionOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    // Qt's documented way to the native handle (QSqlDriver::handle()).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

bool SqliteRows::supports(const QSqlDatabase &db)
{
    return connectionOf(db) != nullptr;
}

SqliteRows::SqliteRows(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &during)
    : m_statement(std::make_unique<Statement>())
    , m_during(during)
{
    m_statement->connection = connectionOf(db);
    if (!m_statement->connection) {
        m_error = sqlError(QSqlError(QStringLiteral("not an open SQLite connection"), {},
                                     QSqlError::ConnectionError),
                           during);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v2(m_statement->connection, utf8.constData(), int(utf8.size()),
                                        &m_statement->statement, nullptr);
    if (code != SQLITE_OK) {
        fail(code, during);
        return;
    }
    for (int index = 0; index < values.size(); ++index) {
        const int bound = bind(index + 1, values.at(index));
        if (bound != SQLITE_OK) {
            fail(bound, during);
            return;
        }
    }
}

int SqliteRows::bind(int position, const QVariant &value)
{
    sqlite3_stmt *statement = m_statement->statement;
    switch (value.typeId()) {
    case QMetaType::UnknownType: return sqlite3_bind_null(statement, position);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: { // as Qt's driver binds it: a BLOB
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, position, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray utf8 = value.toString().replace(QChar(0), BoundQuery::NulStandIn).toUtf8();
        return sqlite3_bind_text64(statement, position, utf8.constData(),
                                   sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

bool SqliteRows::rebind(const QVariantList &values, const QString &during)
{
    if (!m_statement->statement)
        return false;
    sqlite3_reset(m_statement->statement);
    m_during = during;
    m_error.reset();
    for (int index = 0; index < values.size(); ++index) {
        const int bound = bind(index + 1, values.at(index));
        if (bound != SQLITE_OK) {
            fail(bound, during);
            return false;
        }
    }
    return true;
}

void SqliteRows::finish()
{
    if (m_statement->statement)
        sqlite3_reset(m_statement->statement);
}

SqliteRows::~SqliteRows()
{
    if (m_statement && m_statement->statement)
        sqlite3_finalize(m_statement->statement);
}

bool SqliteRows::next()
{
    if (m_error || !m_statement->statement)
        return false;
    const int code = sqlite3_step(m_statement->statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code, m_during);
    return false;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement->statement, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement->statement, column);
}

std::string_view SqliteRows::text(int column) const
{
    // text() first, then bytes(): the order SQLite's documentation asks for.
    const auto *data
        = reinterpret_cast<const char *>(sqlite3_column_text(m_statement->statement, column));
    const int size = sqlite3_column_bytes(m_statement->statement, column);
    return data ? std::string_view(data, size_t(size)) : std::string_view();
}

void SqliteRows::fail(int code, const QString &during)
{
    // The same words and corruption detection as every QSqlQuery failure (sqlError reads
    // SQLite's code from nativeErrorCode, as QSQLITE fills it).
    m_sqlFailure = QSqlError(QString::fromUtf8(sqlite3_errmsg(m_statement->connection)),
                             QString::fromUtf8(sqlite3_errstr(code)), QSqlError::StatementError,
                             QString::number(code));
    m_error = sqlError(m_sqlFailure, during);
}

#else // without the C API: supports() is false and nothing else is reached

struct SqliteRows::Statement
{
};

bool SqliteRows::supports(const QSqlDatabase &)
{
    return false;
}

SqliteRows::SqliteRows(QSqlDatabase &, const QString &, const QVariantList &, const QString &during)
    : m_during(during)
    , m_error(sqlError(
          QSqlError(QStringLiteral("built without SQLite's C API"), {}, QSqlError::ConnectionError),
          during))
{}

SqliteRows::~SqliteRows() = default;

bool SqliteRows::rebind(const QVariantList &, const QString &)
{
    return false;
}

void SqliteRows::finish()
{}

bool SqliteRows::next()
{
    return false;
}

bool SqliteRows::isNull(int) const
{
    return true;
}

qint64 SqliteRows::integer(int) const
{
    return 0;
}

std::string_view SqliteRows::text(int) const
{
    return {};
}

void SqliteRows::fail(int, const QString &)
{}

int SqliteRows::bind(int, const QVariant &)
{
    return 0;
}

#endif
