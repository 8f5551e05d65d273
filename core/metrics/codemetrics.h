#pragma once

#include "core/common/result.h"
#include "core/metrics/commitactivity.h"
#include "core/metrics/metricsfilter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// Lines added and removed per merged pull request (PRs whose counts are known).
struct LinesPerPullRequest
{
    int pullRequests = 0;
    double averageAdditions = 0;
    double averageDeletions = 0;
    double medianAdditions = 0;
    double medianDeletions = 0;
};

/// Additions and deletions of the commits of one local day.
struct DailyLines
{
    QDate day;
    qint64 additions = 0;
    qint64 deletions = 0;
};

/// Additions and deletions of the commits of one week (code frequency).
struct WeeklyLines
{
    QDate weekStart; ///< Monday
    qint64 additions = 0;
    qint64 deletions = 0;
};

/// One developer's share: people are told apart by login, else email, else name.
struct Contributor
{
    QString name;
    int commits = 0;
    qint64 additions = 0;
    qint64 deletions = 0;
    int pullRequestsOpened = 0;
    int pullRequestsMerged = 0;
    int people = 1; ///< how many people the row stands for ("Others" holds the rest)
};

/// Commits over time, split by developer or repository: `counts[i][p]` is series i in
/// period p. Past the top N the rest are summed into one "Others" series.
struct ContributionSeries
{
    QList<QDate> periods; ///< first day of each week (Monday) or month, oldest first
    QStringList names;
    QList<QList<int>> counts;
};

/// Items of one local day (days since 1970-01-01) under one key: a person or a repository.
struct DayCount
{
    qint64 day = 0;
    QString key;
    int count = 0;
};

enum class ContributionGrouping { Developer, Repository };
/// Day: what charts that choose their own bucket ask for (they add days up themselves).
enum class ContributionPeriod { Week, Month, Day };
/// What is counted: commits (by author), pull requests opened or merged (by author, on the
/// day opened or merged), issues opened (by author) or closed (by author, on the day closed).
enum class ContributionMeasure { Commits, PullsOpened, PullsMerged, IssuesOpened, IssuesClosed };

/// Lines per PR, code frequency and the contributors' leaderboard, from the cache.
namespace CodeMetrics {

Result<LinesPerPullRequest> linesPerPullRequest(QSqlDatabase &db, const MetricsFilter &filter);
Result<QList<WeeklyLines>> codeFrequency(QSqlDatabase &db, const MetricsFilter &filter);
/// The same from commits already counted per day and hour (CommitActivity::commitHours).
QList<WeeklyLines> codeFrequencyOf(const QList<CommitHour> &hours);
/// Lines per day (days with commits only, oldest first), from the same hours.
QList<DailyLines> linesPerDayOf(const QList<CommitHour> &hours);
/// Most commits first; past `topN` the rest are summed into one "Others" row.
Result<QList<Contributor>> contributors(QSqlDatabase &db, const MetricsFilter &filter,
                                        int topN = 20);
/// The same with the commit side already counted (commits and lines per person key in
/// `name`, e.g. by a CommitSnapshot); only the pull requests are read here.
Result<QList<Contributor>> contributorsFrom(QSqlDatabase &db, const MetricsFilter &filter,
                                            const QList<Contributor> &commitsByPerson,
                                            int topN = 20);
Result<ContributionSeries>
contributionsOverTime(QSqlDatabase &db, const MetricsFilter &filter, ContributionGrouping grouping,
                      ContributionPeriod period, int topN = 5,
                      ContributionMeasure measure = ContributionMeasure::Commits);
/// The same from items already counted per local day and key (a person's key, or a
/// repository's full name, as `grouping` says).
Result<ContributionSeries> contributionsOverTimeFrom(QSqlDatabase &db, const MetricsFilter &filter,
                                                     ContributionGrouping grouping,
                                                     ContributionPeriod period, int topN,
                                                     const QList<DayCount> &perDay);

/// Commits per local day (days since 1970-01-01) and kind of work (key: WorkKinds::id; a
/// commit cached before kinds were kept counts as "other"), as CommitSnapshot::count's
/// perKind has them.
Result<QList<DayCount>> workKindsPerDay(QSqlDatabase &db, const MetricsFilter &filter);

} // namespace CodeMetrics
