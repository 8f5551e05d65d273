#pragma once

#include "core/common/result.h"
#include "core/metrics/metricsfilter.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QUrl>

#include <array>

/// Commits per weekday × hour. `counts[weekday][hour]`, weekday 0 = Monday.
struct PunchCard
{
    std::array<std::array<int, 24>, 7> counts{};
    int total = 0;
    int maximum = 0;
};

/// Commits per calendar day.
struct CalendarDays
{
    QMap<QDate, int> counts;
    int maximum = 0;
};

/// Commits of one local day and hour with their line counts: what the punch card, the
/// calendar and code frequency are all made of, read in one pass over the commits.
struct CommitHour
{
    QDate day;
    int hour = 0;
    int commits = 0;
    qint64 additions = 0;
    qint64 deletions = 0;
};

/// A commit as a drill-down list shows it.
struct CommitListItem
{
    QString repo;
    QString sha;
    QString author;
    QDateTime authoredAt; ///< UTC
    QString message;
    QUrl url; ///< the commit's page; empty for local repositories
};

/// Commit heatmaps, computed by SQL from the cache. Pure functions of a connection and a
/// filter; run them off the GUI thread (MetricsRunner) on that thread's own connection.
namespace CommitActivity {

/// A drill-down list shows at most the newest this many commits.
inline constexpr int ListedCommitsAtMost = 500;

/// Commits per local day and hour in the filter (one scan of the range's commits).
Result<QList<CommitHour>> commitHours(QSqlDatabase &db, const MetricsFilter &filter);
PunchCard punchCardOf(const QList<CommitHour> &hours);
CalendarDays calendarOf(const QList<CommitHour> &hours);

Result<PunchCard> punchCard(QSqlDatabase &db, const MetricsFilter &filter);
Result<CalendarDays> calendar(QSqlDatabase &db, const MetricsFilter &filter);
/// The commits behind one punch-card cell (weekday 0 = Monday), newest first.
Result<QList<CommitListItem>> commitsAt(QSqlDatabase &db, const MetricsFilter &filter, int weekday,
                                        int hour, int limit = ListedCommitsAtMost);
/// The commits behind one calendar day, newest first.
Result<QList<CommitListItem>> commitsOn(QSqlDatabase &db, const MetricsFilter &filter,
                                        const QDate &day, int limit = ListedCommitsAtMost);
/// The commits of `ids` in that order (what CommitSnapshot::newestIds picked); ids no longer
/// in the cache are left out.
Result<QList<CommitListItem>> commitsWithIds(QSqlDatabase &db, const QList<qint64> &ids);

} // namespace CommitActivity
