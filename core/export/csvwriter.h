#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

/// RFC 4180 CSV for exports (charts, tables, command line): fields quoted when they hold a
/// comma, quote or line break, CRLF line ends, ISO dates, and text cells that a spreadsheet
/// would run as a formula (starting with =, +, -, @, tab or carriage return) neutralised with
/// a leading apostrophe. Numbers stay numbers (a negative count is not a formula).
namespace CsvWriter {

/// One cell: QString is text (neutralised, quoted as needed); numbers, booleans and dates
/// are written as such (dates ISO 8601, times ISO 8601 UTC); null is empty.
QString cell(const QVariant &value);

/// One record, CRLF-terminated.
QString row(const QVariantList &values);
QString header(const QStringList &names);

/// The UTF-8 byte order mark some spreadsheet programs need to read UTF-8 (an export option).
inline constexpr char Utf8Bom[] = "\xEF\xBB\xBF";

} // namespace CsvWriter
