#include "core/providers/localgit/gitlogparser.h"

namespace {
// Record separator before each commit, unit separator between fields, group separator after
// the message (which may hold anything else, newlines included).
constexpr char RecordStart = '\x1e';
constexpr char FieldEnd = '\x1f';
constexpr char MessageEnd = '\x1d';

/// "+0530" / "-0800" -> minutes east of UTC.
int offsetMinutes(const QByteArray &isoDate)
{
    const QByteArray zone = isoDate.trimmed().split(' ').value(2);
    if (zone.size() != 5 || (zone.at(0) != '+' && zone.at(0) != '-'))
        return 0;
    const int minutes = zone.mid(1, 2).toInt() * 60 + zone.mid(3, 2).toInt();
    return zone.at(0) == '-' ? -minutes : minutes;
}
} // namespace

QStringList GitLogParser::logArguments()
{
    return {QStringLiteral("log"),
            QStringLiteral("--numstat"),
            QStringLiteral("--no-renames"),
            QStringLiteral("--no-color"),
            QStringLiteral("--no-show-signature"),
            QStringLiteral("--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%at%x1f%ai%x1f%cn%x1f%ce%x1f"
                           "%ct%x1f%B%x1d")};
}

void GitLogParser::feed(const QByteArray &chunk)
{
    m_pending.append(chunk);
    // Everything before the last record start is complete.
    const qsizetype last = m_pending.lastIndexOf(RecordStart);
    if (last <= 0)
        return;
    qsizetype start = m_pending.indexOf(RecordStart);
    while (start >= 0 && start < last) {
        const qsizetype next = m_pending.indexOf(RecordStart, start + 1);
        parseRecord(m_pending.mid(start + 1, next - start - 1));
        start = next;
    }
    m_pending.remove(0, last);
}

void GitLogParser::finish()
{
    const qsizetype start = m_pending.indexOf(RecordStart);
    if (start >= 0)
        parseRecord(m_pending.mid(start + 1));
    m_pending.clear();
}

QList<CommitRecord> GitLogParser::take()
{
    return std::exchange(m_done, {});
}

void GitLogParser::parseRecord(const QByteArray &record)
{
    const qsizetype messageEnd = record.lastIndexOf(MessageEnd);
    if (messageEnd < 0) {
        ++m_malformed;
        return;
    }
    const QByteArray header = record.left(messageEnd);
    QList<QByteArray> fields;
    qsizetype from = 0;
    for (int i = 0; i < 9; ++i) {
        const qsizetype end = header.indexOf(FieldEnd, from);
        if (end < 0) {
            ++m_malformed;
            return;
        }
        fields.append(header.mid(from, end - from));
        from = end + 1;
    }
    CommitRecord commit;
    commit.sha = QString::fromLatin1(fields.at(0));
    for (const QByteArray &parent : fields.at(1).split(' ')) {
        if (!parent.isEmpty())
            commit.parents << QString::fromLatin1(parent);
    }
    commit.parentsKnown = true;
    commit.author.name = QString::fromUtf8(fields.at(2));
    commit.author.email = QString::fromUtf8(fields.at(3));
    commit.authoredAt = QDateTime::fromSecsSinceEpoch(fields.at(4).toLongLong(), Qt::UTC);
    commit.authoredOffsetMinutes = offsetMinutes(fields.at(5));
    commit.committer.name = QString::fromUtf8(fields.at(6));
    commit.committer.email = QString::fromUtf8(fields.at(7));
    commit.committedAt = QDateTime::fromSecsSinceEpoch(fields.at(8).toLongLong(), Qt::UTC);
    commit.message = QString::fromUtf8(header.mid(from)).trimmed();
    if (commit.sha.size() < 40 || !commit.authoredAt.isValid()) {
        ++m_malformed;
        return;
    }
    // numstat: "added<TAB>deleted<TAB>path"; binary files show "-".
    int additions = 0;
    int deletions = 0;
    const QList<QByteArray> lines = record.mid(messageEnd + 1).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() < 3)
            continue;
        additions += parts.at(0).toInt();
        deletions += parts.at(1).toInt();
    }
    commit.additions = additions;
    commit.deletions = deletions;
    m_done.append(commit);
}
