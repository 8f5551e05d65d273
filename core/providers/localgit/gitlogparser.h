#pragma once

#include "core/storage/records.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

/// Turns the output of `git log` with LocalGitProvider's format into commit records, chunk by
/// chunk as the process writes it: feed() whatever arrived, take() what is complete.
class GitLogParser final
{
public:
    /// The arguments that make `git log` print what this parser reads.
    static QStringList logArguments();

    void feed(const QByteArray &chunk);
    /// Call once the process ended: the last record is complete then.
    void finish();
    /// Records completed so far (and forgets them).
    QList<CommitRecord> take();
    /// Records that could not be read (a format git should never print), for the log.
    int malformedCount() const { return m_malformed; }

private:
    void parseRecord(const QByteArray &record);

    QByteArray m_pending;
    QList<CommitRecord> m_done;
    int m_malformed = 0;
};
