#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

/// Reads RFC 4180 CSV one record at a time from a device, never holding more than the current
/// record: quoted fields with embedded commas, quotes ("") and line breaks, CRLF or LF line
/// ends, a UTF-8 byte order mark at the start. Not thread-bound; one reader per device.
class CsvReader final
{
public:
    enum class Status { Record, End, Malformed };

    explicit CsvReader(QIODevice *device);

    /// Reads the next record into `fields`. Malformed: a quoted field that never closes, or
    /// text right after a closing quote; `problem()` says which. Empty lines are skipped.
    Status next(QStringList &fields);

    /// The line on which the last record started (1-based), for reports.
    qint64 recordLine() const { return m_recordLine; }
    QString problem() const { return m_problem; }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    QString m_problem;
};
