#include "core/storage/postgresresult.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>

#include <libpq-fe.h>

#include <vector>

namespace {

// Type OIDs of pg_type (stable since PostgreSQL 7: catalog/pg_type_d.h, not installed by
// libpq-dev).
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid DateOid = 1082;
constexpr Oid NumericOid = 1700;

/// `sql` with each `?` placeholder numbered as $1, $2, … (outside quotes and comments), as
/// the extended protocol wants them.
QByteArray numberedPlaceholders(const QString &sql)
{
    QString numbered;
    numbered.reserve(sql.size() + 16);
    int next = 1;
    for (qsizetype at = 0; at < sql.size(); ++at) {
        const QChar c = sql.at(at);
        const QChar following = at + 1 < sql.size() ? sql.at(at + 1) : QChar();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) { // a literal or a quoted name
            const qsizetype end = sql.indexOf(c, at + 1);
            const qsizetype last = end < 0 ? sql.size() - 1 : end;
            numbered += sql.mid(at, last - at + 1);
            at = last; // '' inside a literal closes and reopens it: the same text either way
        } else if (c == QLatin1Char('-') && following == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), at);
            const qsizetype last = end < 0 ? sql.size() - 1 : end;
            numbered += sql.mid(at, last - at + 1);
            at = last;
        } else if (c == QLatin1Char('/') && following == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), at + 2);
            const qsizetype last = end < 0 ? sql.size() - 1 : end + 1;
            numbered += sql.mid(at, last - at + 1);
            at = last;
        } else if (c == QLatin1Char('?')) {
            numbered += QLatin1Char('$') + QString::number(next++);
        } else {
            numbered += c;
        }
    }
    return numbered.toUtf8();
}

/// One bound value in libpq's terms: text for everything but bytes (binary bytea). Only a
/// double names its type (float8), so that 1.5 compared with a bigint column stays 1.5; the
/// others take the type PostgreSQL infers from where they stand, as with QPSQL's PREPARE.
struct Parameter
{
    bool isNull = false;
    QByteArray value;
    Oid type = 0;
    int format = 0; // 0 text, 1 binary
};

Parameter parameterFrom(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {true, {}, 0, 0};
    switch (value.typeId()) {
    case QMetaType::QByteArray: return {false, value.toByteArray(), ByteaOid, 1};
    case QMetaType::Bool:
        // '1'/'0' read as a boolean and as an integer column alike.
        return {false, value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0"), 0, 0};
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort: return {false, QByteArray::number(value.toLongLong()), 0, 0};
    case QMetaType::ULong:
    case QMetaType::ULongLong: return {false, QByteArray::number(value.toULongLong()), 0, 0};
    case QMetaType::Double:
    case QMetaType::Float:
        return {false, QByteArray::number(value.toDouble(), 'g', 17), Float8Oid, 0};
    case QMetaType::QDateTime:
        return {false, value.toDateTime().toString(Qt::ISODateWithMs).toUtf8(), 0, 0};
    case QMetaType::QDate: return {false, value.toDate().toString(Qt::ISODate).toUtf8(), 0, 0};
    default: return {false, value.toString().toUtf8(), 0, 0};
    }
}

QMetaType metaTypeOf(Oid type, QSql::NumericalPrecisionPolicy precision)
{
    switch (type) {
    case BoolOid: return QMetaType::fromType<bool>();
    case ByteaOid: return QMetaType::fromType<QByteArray>();
    case Int8Oid:
    case OidOid: return QMetaType::fromType<qlonglong>();
    case Int2Oid:
    case Int4Oid: return QMetaType::fromType<int>();
    case Float4Oid:
    case Float8Oid: return QMetaType::fromType<double>();
    case NumericOid: // SUM(bigint) is numeric: as QPSQL reads it, by the query's policy
        switch (precision) {
        case QSql::HighPrecision: return QMetaType::fromType<QString>();
        case QSql::LowPrecisionInt64: return QMetaType::fromType<qlonglong>();
        case QSql::LowPrecisionInt32: return QMetaType::fromType<int>();
        default: return QMetaType::fromType<double>();
        }
    case DateOid: return QMetaType::fromType<QDate>();
    default: return QMetaType::fromType<QString>();
    }
}

class BoundResult;

/// The result streaming rows on each connection (single-row mode holds the connection until
/// its last row is read): a new statement on that connection first ends it.
QMutex streamingGuard;
QHash<PGconn *, BoundResult *> streamingOn;

class BoundResult final : public QSqlResult
{
public:
    BoundResult(const QSqlDriver *driver, PGconn *connection)
        : QSqlResult(driver)
        , m_connection(connection)
    {}
    ~BoundResult() override { finish(); }

protected:
    bool prepare(const QString &sql) override
    {
        finish();
        m_sql = numberedPlaceholders(sql);
        return true;
    }

    bool exec() override
    {
        finish();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        std::vector<Parameter> parameters;
        const QVariantList &values = boundValues();
        parameters.reserve(size_t(values.size()));
        for (const QVariant &value : values)
            parameters.push_back(parameterFrom(value));
        std::vector<const char *> texts;
        std::vector<int> lengths;
        std::vector<int> formats;
        std::vector<Oid> types;
        for (const Parameter &parameter : parameters) {
            texts.push_back(parameter.isNull ? nullptr : parameter.value.constData());
            lengths.push_back(int(parameter.value.size()));
            formats.push_back(parameter.format);
            types.push_back(parameter.type);
        }
        endStreamingOnConnection();
        const int sent
            = PQsendQueryParams(m_connection, m_sql.constData(), int(parameters.size()),
                                types.data(), texts.data(), lengths.data(), formats.data(), 0);
        return started(sent);
    }

    // QSqlQuery::exec(sql): a statement without values, sent as it is (several statements
    // allowed, as with QPSQL).
    bool reset(const QString &sql) override
    {
        finish();
        m_sql.clear();
        endStreamingOnConnection();
        return started(PQsendQuery(m_connection, sql.toUtf8().constData()));
    }

    QVariant data(int field) override
    {
        if (!m_rows || field < 0 || field >= PQnfields(m_rows))
            return {};
        const QMetaType type = metaTypeOf(PQftype(m_rows, field), numericalPrecisionPolicy());
        if (PQgetisnull(m_rows, m_row, field))
            return QVariant(type);
        const char *text = PQgetvalue(m_rows, m_row, field);
        const int length = PQgetlength(m_rows, m_row, field);
        switch (type.id()) {
        case QMetaType::Bool: return text[0] == 't';
        case QMetaType::LongLong: return QByteArray::fromRawData(text, length).toLongLong();
        case QMetaType::Int: return QByteArray::fromRawData(text, length).toInt();
        case QMetaType::Double: return QByteArray::fromRawData(text, length).toDouble();
        case QMetaType::QDate:
            return QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate);
        case QMetaType::QByteArray: {
            size_t unescapedLength = 0;
            unsigned char *bytes
                = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &unescapedLength);
            const QByteArray value(reinterpret_cast<const char *>(bytes),
                                   qsizetype(unescapedLength));
            PQfreemem(bytes);
            return value;
        }
        default: return QString::fromUtf8(text, length);
        }
    }

    bool isNull(int field) override
    {
        return !m_rows || field < 0 || field >= PQnfields(m_rows)
               || PQgetisnull(m_rows, m_row, field);
    }

    bool fetch(int row) override
    {
        if (!m_rows || row < 0)
            return false;
        if (!m_streaming) {
            if (row >= PQntuples(m_rows))
                return false;
            m_row = row;
            setAt(row);
            return true;
        }
        if (row == 0 && at() == QSql::BeforeFirstRow && PQntuples(m_rows) == 1) {
            setAt(0); // the first row came with the answer
            return true;
        }
        if (row != at() + 1)
            return false; // forward only
        return streamNextRow(row);
    }

    bool fetchFirst() override { return fetch(0); }

    bool fetchLast() override
    {
        if (!m_rows)
            return false;
        if (!m_streaming)
            return PQntuples(m_rows) > 0 && fetch(PQntuples(m_rows) - 1);
        bool any = at() >= 0;
        while (streamNextRow(at() + 1))
            any = true;
        return any && m_rows;
    }

    int size() override { return m_rows && !m_streaming ? PQntuples(m_rows) : -1; }

    int numRowsAffected() override { return m_affectedRows; }

    QSqlRecord record() const override
    {
        QSqlRecord record;
        if (!m_rows)
            return record;
        for (int field = 0; field < PQnfields(m_rows); ++field) {
            record.append(
                QSqlField(QString::fromUtf8(PQfname(m_rows, field)),
                          metaTypeOf(PQftype(m_rows, field), numericalPrecisionPolicy())));
        }
        return record;
    }

    void detachFromResultSet() override { finish(); }

private:
    /// After a PQsend…: reads the first answer (the whole result, or in single-row mode the
    /// first row) and sets the QSqlResult state from it.
    bool started(int sent)
    {
        if (!sent)
            return failed(nullptr, QSqlError::StatementError);
        m_streaming = isForwardOnly() && PQsetSingleRowMode(m_connection) == 1;
        if (m_streaming) {
            QMutexLocker lock(&streamingGuard);
            streamingOn.insert(m_connection, this);
        }
        PGresult *first = PQgetResult(m_connection);
        const ExecStatusType status = first ? PQresultStatus(first) : PGRES_FATAL_ERROR;
        if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
            m_rows = first;
            if (status == PGRES_TUPLES_OK) { // every row is here (or there are none)
                endStream();
                drain(); // libpq takes the next statement only after the closing nullptr
            }
            setSelect(true);
            setActive(true);
            return true;
        }
        if (status == PGRES_COMMAND_OK) {
            m_affectedRows = QByteArray(PQcmdTuples(first)).toInt();
            PQclear(first);
            endStream();
            drain();
            setSelect(false);
            setActive(true);
            return true;
        }
        return failed(first, QSqlError::StatementError);
    }

    bool streamNextRow(int row)
    {
        PGresult *next = PQgetResult(m_connection);
        const ExecStatusType status = next ? PQresultStatus(next) : PGRES_TUPLES_OK;
        if (status == PGRES_SINGLE_TUPLE) {
            PQclear(m_rows);
            m_rows = next;
            m_row = 0;
            setAt(row);
            return true;
        }
        if (status == PGRES_TUPLES_OK) { // the end: an empty result, then nothing
            PQclear(next);
            endStream();
            drain();
            return false;
        }
        failed(next, QSqlError::StatementError); // a failure after some rows
        return false;
    }

    /// Records the server's error (or the connection's when there is no result) and frees
    /// whatever is left of the answer.
    bool failed(PGresult *result, QSqlError::ErrorType type)
    {
        const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result)
                                                         : PQerrorMessage(m_connection))
                                    .trimmed();
        const QString state
            = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE))
                     : QString();
        PQclear(result);
        PQclear(m_rows);
        m_rows = nullptr;
        endStream();
        drain();
        setLastError(
            QSqlError(QStringLiteral("Unable to run the statement"), message, type, state));
        setActive(false);
        return false;
    }

    /// Reads and drops what the connection still has for this statement.
    void drain()
    {
        while (PGresult *rest = PQgetResult(m_connection))
            PQclear(rest);
    }

    void endStream()
    {
        if (!m_streaming)
            return;
        m_streaming = false;
        QMutexLocker lock(&streamingGuard);
        if (streamingOn.value(m_connection) == this)
            streamingOn.remove(m_connection);
    }

    /// Frees this statement's rows; a stream not read to its end is cut off (the server
    /// still sends it: drained) so that the connection takes the next statement.
    void finish()
    {
        if (m_streaming) {
            endStream();
            drain();
        }
        PQclear(m_rows);
        m_rows = nullptr;
        m_row = 0;
        m_affectedRows = -1;
    }

    /// Another result still streaming on this connection would make libpq refuse the next
    /// statement ("another command is already in progress"): it ends, and says so if read on.
    void endStreamingOnConnection()
    {
        BoundResult *other = nullptr;
        {
            QMutexLocker lock(&streamingGuard);
            other = streamingOn.value(m_connection);
        }
        if (other && other != this) {
            other->finish();
            other->setLastError(
                QSqlError(QStringLiteral("Unable to fetch row"),
                          QStringLiteral("another statement ran on the connection before every "
                                         "row of this one was read"),
                          QSqlError::StatementError));
        }
    }

    PGconn *m_connection;
    QByteArray m_sql;
    PGresult *m_rows = nullptr; // the whole result, or the current row's in single-row mode
    int m_row = 0;              // in m_rows
    int m_affectedRows = -1;
    bool m_streaming = false; // single-row mode, rows still coming
};

} // namespace

namespace PostgresResult {

std::optional<QSqlQuery> query(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || !db.isOpen())
        return std::nullopt;
    // QSqlDriver::handle()'s documented way to reach the native connection.
    const QVariant handle = driver->handle();
    // Qt names the type by libpq's struct behind the typedef ("pg_conn*").
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return std::nullopt;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        return std::nullopt;
    return QSqlQuery(new BoundResult(driver, connection));
}

} // namespace PostgresResult
