#include "core/export/csvwriter.h"

#include <QDate>
#include <QDateTime>

namespace CsvWriter {
namespace {

QString quoted(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                             || text.contains(QLatin1Char('\n'))
                             || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString cell(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool: return value.toString();
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return value.toDateTime().toUTC().toString(Qt::ISODate);
    default: break;
    }
    QString text = value.toString();
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\'')); // shown as text, never run
    return quoted(text);
}

QString row(const QVariantList &values)
{
    QStringList cells;
    cells.reserve(values.size());
    for (const QVariant &value : values)
        cells << cell(value);
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString header(const QStringList &names)
{
    QVariantList values;
    for (const QString &name : names)
        values << name;
    return row(values);
}

} // namespace CsvWriter
