#include "app/cli/clioutput.h"

#include "core/export/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace CliOutput {
namespace {

constexpr int MaxCellWidth = 60;

// Fields that name an item rather than count: "#12345", never "#12,345".
bool isIdentifier(const QString &field)
{
    return field == QLatin1String("id") || field == QLatin1String("number")
           || field.endsWith(QLatin1String("_id"));
}

QString tableCell(const QString &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("-");
    // Numbers for people in the locale's way ("177,270", "177.270"); JSON and CSV keep the
    // plain digits for scripts. Dates stay ISO 8601, as --since and --until take them.
    const QLocale locale;
    switch (isIdentifier(field) ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong: return locale.toString(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong: return locale.toString(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        // Two decimals at most, without trailing zeros: 12.5 hours, 3.33 hours.
        return locale.toString(std::round(value.toDouble() * 100) / 100, 'f',
                               QLocale::FloatingPointShortest);
    default: break;
    }
    QString text = forTerminal(value.toString().section(QLatin1Char('\n'), 0, 0)); // first line
    if (text.size() > MaxCellWidth)
        text = text.left(MaxCellWidth - 1) + QChar(0x2026);
    return text;
}

} // namespace

QString forTerminal(const QString &text, bool keepLineBreaks)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        if (keepLineBreaks && code == u'\n')
            safe += character;
        else if (code < 0x20)
            safe += QChar(char16_t(0x2400 + code)); // U+2400..241F: ␀ … ␛ …
        else if (code == 0x7f)
            safe += QChar(char16_t(0x2421)); // ␡
        else if (code >= 0x80 && code < 0xa0)
            safe += QChar(char16_t(0xfffd)); // C1 controls (CSI is 0x9b)
        else
            safe += character;
    }
    return safe;
}

std::optional<Format> parseFormat(const QString &text)
{
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("json"))
        return Format::Json;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

void print(QTextStream &out, const Rows &rows, Format format)
{
    switch (format) {
    case Format::Json: {
        QJsonArray items;
        for (const QVariantList &row : rows.rows) {
            QJsonObject item;
            for (int i = 0; i < rows.fields.size(); ++i)
                item.insert(rows.fields.at(i), QJsonValue::fromVariant(row.value(i)));
            items.append(item);
        }
        QJsonObject document = rows.meta;
        document.insert(QStringLiteral("items"), items);
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Csv:
        out << CsvWriter::header(rows.fields);
        for (const QVariantList &row : rows.rows)
            out << CsvWriter::row(row);
        break;
    case Format::Table: {
        QList<int> widths;
        for (const QString &field : rows.fields)
            widths << int(field.size());
        QList<QStringList> cells;
        for (const QVariantList &row : rows.rows) {
            QStringList line;
            for (int i = 0; i < rows.fields.size(); ++i) {
                line << tableCell(rows.fields.at(i), row.value(i));
                widths[i] = qMax(widths.at(i), int(line.last().size()));
            }
            cells << line;
        }
        auto printLine = [&out, &widths](const QStringList &line) {
            QStringList padded;
            for (int i = 0; i < line.size(); ++i)
                padded << line.at(i).leftJustified(widths.at(i));
            out << padded.join(QStringLiteral("  ")).trimmed() << "\n";
        };
        QStringList header;
        for (const QString &field : rows.fields)
            header << field.toUpper();
        printLine(header);
        for (const QStringList &line : std::as_const(cells))
            printLine(line);
        break;
    }
    }
    out.flush();
}

} // namespace CliOutput
