#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

#include <optional>

/// Rows with named fields, printed the way the user asked: an aligned table for people,
/// JSON ({...metadata, "items": [{field: value}]}) or RFC 4180 CSV (CsvWriter, formula
/// injection neutralised) for scripts.
namespace CliOutput {

enum class Format { Table, Json, Csv };

struct Rows
{
    QStringList fields;
    QList<QVariantList> rows;
    QJsonObject meta; ///< JSON only: e.g. total, page, limit
};

std::optional<Format> parseFormat(const QString &text);
/// `text` safe for a terminal: control characters (an escape sequence in a CSV title would
/// clear the screen or retitle the terminal) become their visible pictures ("␛"), line breaks
/// stay when `keepLineBreaks`. For human-readable output only: JSON and CSV keep the text as
/// is, escaped as those formats require.
QString forTerminal(const QString &text, bool keepLineBreaks = false);
void print(QTextStream &out, const Rows &rows, Format format);

} // namespace CliOutput
