#pragma once

#include "core/common/result.h"
#include "core/metrics/codemetrics.h"
#include "core/metrics/commitactivity.h"
#include "core/metrics/metricsfilter.h"
#include "core/people/identities.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <limits>
#include <optional>
#include <vector>

/// The commit side of the dashboard for one filter, counted in one pass: what the punch card,
/// the calendar, code frequency, the contributors' commits and contributions over time of
/// commits are made of.
struct CommitCounts
{
    QList<CommitHour> hours;   ///< per local day and hour
    QList<Contributor> people; ///< commits and lines per person key (in `name`; "?" for nobody)
    QList<DayCount> perDay;    ///< per local day and person key or repository full name
    QList<DayCount> perKind;   ///< per local day and kind of work (WorkKinds::id)
};

/// Every commit's time, author alias, repository and line counts, held in memory (about 38
/// bytes a commit) so that a filter change counts the commit charts in one pass instead of
/// several SQL scans of the commits table: the local day of each row cannot come from an
/// index, so every chart's query read the whole range (1M commits: 1.3 s for 12 months).
///
/// Loaded by SQL once per cache change; MetricsRunner reloads it after a sync, an import or
/// a refresh. Identities are applied at count time, so merging people needs no reload.
/// count() gives exactly what the SQL of CommitActivity::commitHours, CodeMetrics::contributors
/// and CodeMetrics::contributionsOverTime gives (tst_commitsnapshot compares them). Any thread;
/// count() is const.
class CommitSnapshot final
{
public:
    /// Reads every commit (one forward-only scan). A SQLite cache of `readInTwoFrom` commits
    /// or more is read in two halves by id at once, the second on a thread and connection of
    /// its own (a first start of 1M commits: about half the time on two cores); the result is
    /// the same as one scan's.
    static Result<CommitSnapshot> load(QSqlDatabase &db, qsizetype readInTwoFrom = 200'000);

    /// Reads only the commits authored at `sinceSeconds` (UTC) or later, by the authored_at
    /// index: the first answer of a start for a recent range (the dashboard opens on the last
    /// 12 months) without reading years of history first. covers() says which filters it can
    /// count; completeWith() adds the rest.
    static Result<CommitSnapshot> loadSince(QSqlDatabase &db, qint64 sinceSeconds);
    /// The commits authored before `beforeSeconds`: what completes a loadSince() snapshot.
    static Result<CommitSnapshot> loadBefore(QSqlDatabase &db, qint64 beforeSeconds);
    /// Whether every commit is here (load(), restore(), or completeWith()).
    bool isComplete() const { return m_readSince == std::numeric_limits<qint64>::min(); }
    /// Whether count() and newestIds() give for `filter` (from MetricsSql::prepare) what the
    /// complete snapshot gives: always when complete; a partial one only for ranges in the
    /// viewer's time zone that start two days or more after its first commit time (no zone is
    /// a day from UTC; an author's own offset can be anything).
    bool covers(const MetricsFilter &filter) const;
    /// The time loadSince() read from (the oldest time a partial snapshot holds).
    qint64 readSince() const { return m_readSince; }
    /// Adds the older commits (loadBefore(readSince())): the snapshot is then what load()
    /// reads, its rows in another order.
    void completeWith(CommitSnapshot &&older);

    qsizetype size() const { return qsizetype(m_authoredAt.size()); }

    /// What changes whenever the commits do: their count and newest id, and the newest sync
    /// run and when it ended (every write to commits happens in a sync run, which updates
    /// existing commits too). A few index lookups and a count.
    static Result<QString> stampOf(QSqlDatabase &db);
    /// Keeps the snapshot in `path` (owner-only permissions: it holds author names) under
    /// `stamp`, so that the next start reads it in milliseconds instead of a scan of every
    /// commit. Best effort: a failure leaves no file behind.
    bool save(const QString &path, const QString &stamp) const;
    /// The snapshot kept in `path` if it was kept under `stamp`; nothing when the file is
    /// missing, of another stamp or version, truncated or damaged (every index is checked).
    static std::optional<CommitSnapshot> restore(const QString &path, const QString &stamp);

    /// Where a cache keeps its snapshot: `<cache file>.snapshot` beside a SQLite cache; empty
    /// for a team database (whose file would it be?).
    static QString keptFileFor(const QString &cacheAddress);
    /// Brings the kept snapshot of `cacheAddress` up to date after a write outside the window
    /// (`devpulse sync`), so that the window's next start reads it instead of every commit.
    /// Reads the commits only when the kept file's stamp is not the cache's. False when there
    /// is no file to keep or it could not be written (the window then reads the commits).
    static bool refreshKeptFile(QSqlDatabase &db, const QString &cacheAddress);

    /// Every commit alias with its commit count and greatest name, as
    /// Identities::commitAliases reads them by SQL (names compared as UTF-8 bytes, as SQLite's
    /// max() does; PostgreSQL's max() follows the database's collation).
    QList<PersonAlias> aliases() const;

    /// The counts for `filter` (from MetricsSql::prepare). `perDay` is keyed as `grouping`
    /// says; `db` supplies merged identities and repository names (small reads).
    Result<CommitCounts> count(QSqlDatabase &db, const MetricsFilter &filter,
                               ContributionGrouping grouping) const;

    /// The ids of the newest `limit` commits in `filter` behind a punch-card cell (`day`
    /// invalid; `weekday` 0 = Monday, `hour`) or a calendar `day`, newest first (equal times:
    /// the higher id first), as CommitActivity::commitsAt/commitsOn select them by SQL.
    Result<QList<qint64>> newestIds(QSqlDatabase &db, const MetricsFilter &filter, int weekday,
                                    int hour, const QDate &day, int limit) const;

private:
    struct Selection;
    /// The filter resolved against the aliases (merged identities) and repositories.
    Result<Selection> select(QSqlDatabase &db, const MetricsFilter &filter) const;

    /// The load query: every column read() takes, from `commits c`, without a WHERE.
    static QString loadSql();
    /// Whether `db` is a SQLite file that a second connection can read at the same time.
    static bool readsInTwo(const QSqlDatabase &db);
    struct LoadQuery
    {
        QString sql;
        QVariantList values;
    };
    /// The commits of `first` and of `second` (read on a thread and connection of its own at
    /// the same time), in that order: two halves of a read on two cores.
    static Result<CommitSnapshot> loadBothAtOnce(QSqlDatabase &db, const LoadQuery &first,
                                                 const LoadQuery &second);
    /// The snapshot from the load query's rows (SqliteRows, or QSqlQuery behind its interface).
    template<typename Rows>
    static Result<CommitSnapshot> read(Rows &rows);
    /// The commits of `sql` (the load query, with `values` bound), read as load() reads.
    static Result<CommitSnapshot> loadPart(QSqlDatabase &db, const QString &sql,
                                           const QVariantList &values);
    /// Appends `later`'s commits (read after this one's, by id), its repositories and
    /// aliases mapped onto this snapshot's.
    void append(CommitSnapshot &&later);

    // One entry per commit, same index in every vector (columns, not rows: a pass reads only
    // what it needs and nothing is padded).
    std::vector<qint64> m_commitId;      ///< commits.id, for listing a selection
    std::vector<qint64> m_authoredAt;    ///< UTC seconds
    std::vector<qint32> m_offsetSeconds; ///< the author's own UTC offset
    std::vector<qint32> m_repo;          ///< index into m_repoIds
    std::vector<qint32> m_alias;         ///< index into m_aliases; -1: no login, email or name
    std::vector<qint32> m_additions;     ///< unknown counts as 0, as SQL's sum() has it
    std::vector<qint32> m_deletions;
    std::vector<qint8> m_kind; ///< WorkKind (commits.work_kind)

    /// (kind, value) as Identities::commitAliasKindSql/commitAliasValueSql name them.
    QList<QPair<QString, QString>> m_aliases;
    QStringList m_aliasNames; ///< per alias: the greatest COALESCE(author_name, value)
    QList<qint64> m_repoIds;
    qint64 m_firstDay = 0; ///< the oldest and newest commit's UTC day, for sizing the counters
    qint64 m_lastDay = 0;
    /// The oldest authored time read (loadSince); the minimum when every commit was read.
    qint64 m_readSince = std::numeric_limits<qint64>::min();
};
