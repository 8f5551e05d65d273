#include "core/storage/rowreader.h"

#include "core/storage/boundquery.h"
#include "core/storage/sqlerrors.h"

#include <QSqlError>

QueryRows::QueryRows(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                     const QString &during)
    : m_query(BoundQuery::statementOn(db))
    , m_during(during)
{
    // Forward-only: QSQLITE would otherwise keep every row it has read, QPSQL would fetch the
    // whole result before the first row.
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        m_error = sqlError(m_query.lastError(), during);
        return;
    }
    const Result<void> run = BoundQuery::execPrepared(m_query, values, during);
    if (!run)
        m_error = run.error();
}

bool QueryRows::next()
{
    if (m_error)
        return false;
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        m_error = sqlError(m_query.lastError(), m_during);
    return false;
}

std::string_view QueryRows::text(int column)
{
    if (size_t(column) >= m_text.size())
        m_text.resize(size_t(column) + 1);
    QByteArray &text = m_text[size_t(column)];
    text = m_query.value(column).toString().toUtf8();
    return {text.constData(), size_t(text.size())};
}
