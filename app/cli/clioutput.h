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
void print(QTextStream &out, const Rows &rows, Format format);

} // namespace CliOutput
