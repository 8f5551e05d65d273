#include "core/providers/csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
}

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

bool CsvReader::fill()
{
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const QByteArray chunk = m_device->read(ChunkSize);
    if (chunk.isEmpty())
        return false;
    m_buffer.append(chunk);
    if (m_atStart) {
        if (m_buffer.size() < 3 && !m_device->atEnd())
            return true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_buffer.remove(0, 3);
            m_bytesRead += 3;
        }
        m_atStart = false;
    }
    return true;
}

CsvReader::Status CsvReader::next(QStringList &fields)
{
    fields.clear();
    m_problem.clear();
    QByteArray field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    m_recordLine = m_line;

    auto textAfterClosingQuote = [&] {
        m_problem = QCoreApplication::translate(
            "CsvReader", "text follows a closing quote (write \"\" for a quote inside a field)");
        // Skip to the end of this line so that the next record starts cleanly.
        for (;;) {
            if (m_position >= m_buffer.size() && !fill())
                break;
            const char skipped = m_buffer.at(m_position++);
            ++m_bytesRead;
            if (skipped == '\n') {
                ++m_line;
                break;
            }
        }
        return Status::Malformed;
    };
    auto endField = [&] {
        fields.append(QString::fromUtf8(field));
        field.clear();
        fieldWasQuoted = false;
    };

    for (;;) {
        if (m_position >= m_buffer.size() && !fill()) {
            // End of input.
            if (inQuotes) {
                m_problem
                    = QCoreApplication::translate("CsvReader", "a quoted field is never closed");
                return Status::Malformed;
            }
            if (!recordHasContent)
                return Status::End;
            endField();
            return Status::Record;
        }
        const char c = m_buffer.at(m_position++);
        ++m_bytesRead;
        if (inQuotes) {
            if (c == '"') {
                if (m_position >= m_buffer.size())
                    fill();
                if (m_position < m_buffer.size() && m_buffer.at(m_position) == '"') {
                    field.append('"');
                    ++m_position;
                    ++m_bytesRead;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        switch (c) {
        case ',':
            recordHasContent = true;
            endField();
            break;
        case '\r': break; // CRLF: the LF ends the record; a lone CR is dropped
        case '\n':
            ++m_line;
            if (!recordHasContent) { // an empty line
                m_recordLine = m_line;
                break;
            }
            endField();
            return Status::Record;
        case '"':
            recordHasContent = true;
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                break;
            }
            if (fieldWasQuoted) {
                return textAfterClosingQuote();
            }
            field.append(c); // a quote inside an unquoted field is kept as written
            break;
        default:
            recordHasContent = true;
            if (fieldWasQuoted) {
                return textAfterClosingQuote();
            }
            field.append(c);
        }
    }
}
