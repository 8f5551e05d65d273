// CommitSnapshot's file beside a SQLite cache: the stamp that says whether it is current,
// saving, restoring (every index checked) and keeping it current after a write elsewhere.
#include "core/metrics/commitsnapshot.h"

#include "core/common/workkind.h"
#include "core/storage/boundquery.h"
#include "core/storage/cacheaddress.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace {

// Bump when the file's layout changes: older files are then read from the cache again.
constexpr quint32 SnapshotMagic = 0x44504353; // "DPCS"
constexpr quint32 SnapshotVersion = 4;        // 3: commit ids; 4: kinds of work

// Whether `in` starts with this build's header under `stamp`. The magic, version and pointer
// size first: a stranger's file is not read any further.
bool headerMatches(QDataStream &in, const QString &stamp)
{
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 pointerSize = 0;
    in >> magic >> version >> pointerSize;
    if (in.status() != QDataStream::Ok || magic != SnapshotMagic || version != SnapshotVersion
        || pointerSize != sizeof(void *))
        return false;
    QString keptStamp;
    in >> keptStamp;
    return in.status() == QDataStream::Ok && keptStamp == stamp;
}

template<typename T>
void writeColumn(QDataStream &out, const std::vector<T> &column)
{
    out << quint64(column.size());
    out.writeRawData(reinterpret_cast<const char *>(column.data()), int(column.size() * sizeof(T)));
}

// Lists by hand, not QDataStream's operators: those reserve whatever count the file claims,
// and a damaged count would ask for gigabytes before the first element fails to read.
template<typename T>
void writeList(QDataStream &out, const QList<T> &list)
{
    out << quint64(list.size());
    for (const T &item : list)
        out << item;
}

template<typename T>
bool readList(QDataStream &in, QList<T> &list, quint64 atMost)
{
    quint64 size = 0;
    in >> size;
    if (in.status() != QDataStream::Ok || size > atMost)
        return false;
    for (quint64 index = 0; index < size; ++index) {
        T item;
        in >> item;
        if (in.status() != QDataStream::Ok)
            return false;
        list.append(std::move(item));
    }
    return true;
}

template<typename T>
bool readColumn(QDataStream &in, std::vector<T> &column, quint64 rows)
{
    quint64 size = 0;
    in >> size;
    if (in.status() != QDataStream::Ok || size != rows)
        return false;
    column.resize(size_t(size));
    const qint64 bytes = qint64(size * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(column.data()), int(bytes)) == bytes;
}

} // namespace

Result<QString> CommitSnapshot::stampOf(QSqlDatabase &db)
{
    Result<QSqlQuery> result = BoundQuery::exec(
        db,
        QStringLiteral("SELECT (SELECT count(*) FROM commits), (SELECT max(id) FROM commits), "
                       "(SELECT max(id) FROM sync_runs), (SELECT max(finished_at) FROM sync_runs)"),
        {}, QStringLiteral("checking whether the commits changed"));
    if (!result)
        return result.error();
    if (!result.value().next())
        return QString();
    QStringList parts;
    for (int column = 0; column < 4; ++column)
        parts << QString::number(result.value().value(column).toLongLong());
    return parts.join(QLatin1Char('/'));
}

bool CommitSnapshot::save(const QString &path, const QString &stamp) const
{
    if (!isComplete())
        return false; // the next start would count only the recent commits
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << SnapshotMagic << SnapshotVersion << quint32(sizeof(void *)) << stamp;
    writeList(out, m_aliases);
    writeList(out, m_aliasNames);
    writeList(out, m_repoIds);
    out << m_firstDay << m_lastDay;
    const quint64 rows = m_authoredAt.size();
    out << rows;
    writeColumn(out, m_commitId);
    writeColumn(out, m_authoredAt);
    writeColumn(out, m_offsetSeconds);
    writeColumn(out, m_repo);
    writeColumn(out, m_alias);
    writeColumn(out, m_additions);
    writeColumn(out, m_deletions);
    writeColumn(out, m_kind);
    if (out.status() != QDataStream::Ok || !file.commit())
        return false;
    // Again on the file itself, in case the platform did not carry it over from the temporary.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString CommitSnapshot::keptFileFor(const QString &cacheAddress)
{
    return CacheAddress::isPostgreSql(cacheAddress) ? QString()
                                                    : cacheAddress + QStringLiteral(".snapshot");
}

bool CommitSnapshot::refreshKeptFile(QSqlDatabase &db, const QString &cacheAddress)
{
    const QString path = keptFileFor(cacheAddress);
    if (path.isEmpty())
        return false;
    const Result<QString> stamp = stampOf(db);
    if (!stamp)
        return false;
    // The header alone says whether the file is already of this stamp.
    if (QFile kept(path); kept.open(QIODevice::ReadOnly)) {
        QDataStream in(&kept);
        if (headerMatches(in, stamp.value()))
            return true;
    }
    const Result<CommitSnapshot> loaded = load(db);
    return loaded && loaded.value().save(path, stamp.value());
}

std::optional<CommitSnapshot> CommitSnapshot::restore(const QString &path, const QString &stamp)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    if (!headerMatches(in, stamp))
        return std::nullopt;
    CommitSnapshot snapshot;
    quint64 rows = 0;
    // Every item takes at least 4 bytes: no honest count exceeds the file's size.
    const quint64 atMost = quint64(file.size());
    if (!readList(in, snapshot.m_aliases, atMost) || !readList(in, snapshot.m_aliasNames, atMost)
        || !readList(in, snapshot.m_repoIds, atMost))
        return std::nullopt;
    in >> snapshot.m_firstDay >> snapshot.m_lastDay >> rows;
    if (in.status() != QDataStream::Ok || snapshot.m_aliasNames.size() != snapshot.m_aliases.size()
        || rows > atMost)
        return std::nullopt;
    if (!readColumn(in, snapshot.m_commitId, rows) || !readColumn(in, snapshot.m_authoredAt, rows)
        || !readColumn(in, snapshot.m_offsetSeconds, rows) || !readColumn(in, snapshot.m_repo, rows)
        || !readColumn(in, snapshot.m_alias, rows) || !readColumn(in, snapshot.m_additions, rows)
        || !readColumn(in, snapshot.m_deletions, rows) || !readColumn(in, snapshot.m_kind, rows))
        return std::nullopt;
    // count() indexes by these: a damaged file must not reach it.
    const qint32 aliases = qint32(snapshot.m_aliases.size());
    const qint32 repos = qint32(snapshot.m_repoIds.size());
    const qint8 kinds = qint8(WorkKinds::all().size());
    for (size_t row = 0; row < rows; ++row) {
        if (snapshot.m_alias[row] < -1 || snapshot.m_alias[row] >= aliases
            || snapshot.m_repo[row] < 0 || snapshot.m_repo[row] >= repos || snapshot.m_kind[row] < 0
            || snapshot.m_kind[row] >= kinds)
            return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt;
    return snapshot;
}
