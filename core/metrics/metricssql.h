#pragma once

#include "core/common/result.h"
#include "core/metrics/metricsfilter.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <vector>

/// The SQL fragments every metric shares, so that a filter means the same thing in every
/// chart. Only fixed text is assembled; every value is appended to `values` for binding.
namespace MetricsSql {

/// The filter as the queries need it: whether merged identities exist, and the filter's
/// people mapped to their identities. Every caller runs a filter through this first.
Result<MetricsFilter> prepare(QSqlDatabase &db, MetricsFilter filter);

/// The person behind a commit `c` (merged identity "#<id>", else login, email or name).
QString commitPerson(const MetricsFilter &filter);
/// The person behind a pull request's or issue's login `column`.
QString loginPerson(const MetricsFilter &filter, const QString &column);

/// A commit's (alias `c`) time in the filter's zone, as integer seconds since 1970-01-01 00:00
/// of that zone's wall clock: the viewer's (daylight saving included) or the author's own
/// offset. Integer arithmetic on it is much cheaper than SQLite's date functions per row.
QString commitLocalSeconds(const MetricsFilter &filter);
/// localSeconds() for code that reads rows and counts in C++: UTC seconds to the viewer's wall
/// clock by the same periods, so that both agree to the second. Cheap per row (no QDateTime).
class LocalClock
{
public:
    explicit LocalClock(const MetricsFilter &filter);
    qint64 localSeconds(qint64 utcSeconds) const;
    /// The local day as a day number (days since 1970-01-01), as SQL's integer division has it.
    qint64 dayNumber(qint64 utcSeconds) const { return localSeconds(utcSeconds) / 86400; }

private:
    QList<QPair<qint64, int>> m_periods;
    std::vector<qint64> m_starts;
};

/// The filter's days on the viewer's clock, for metrics that read rows and date them in C++
/// (merge delay, reviews, delivery): whether a moment falls in the range, and its week.
class DayRange
{
public:
    explicit DayRange(const MetricsFilter &filter);
    bool contains(qint64 utcSeconds) const;
    /// The day number of the Monday that starts the moment's local week.
    qint64 weekOf(qint64 utcSeconds) const;
    const LocalClock &clock() const { return m_clock; }
    qint64 firstDay() const { return m_firstDay; } ///< the smallest qint64 without a lower bound
    qint64 lastDay() const { return m_lastDay; }   ///< the largest without an upper bound

private:
    LocalClock m_clock;
    qint64 m_firstDay;
    qint64 m_lastDay;
};

/// The same in the viewer's zone for any UTC-seconds column (pull requests, issues).
QString localSeconds(const MetricsFilter &filter, const QString &utcColumn);
/// The local day of a commit as a day number (days since 1970-01-01).
QString commitLocalDay(const MetricsFilter &filter);
/// Monday = 0 ... Sunday = 6 and 0-23 of a local-seconds expression.
QString weekdayOf(const QString &localSeconds);
QString hourOf(const QString &localSeconds);
/// The day number of `day` (what commitLocalDay yields for it).
qint64 dayNumber(const QDate &day);
/// Conditions on commits `c` for the filter's days and repositories.
QString commitConditions(const MetricsFilter &filter, QVariantList &values);
/// Conditions on a table of `alias` whose day is `timeColumn` (local) and repo is `repo_id`.
QString datedConditions(const MetricsFilter &filter, const QString &alias,
                        const QString &timeColumn, QVariantList &values);

/// datedConditions plus the filter's authors on `alias`.author_login (pull requests, issues).
QString authoredConditions(const MetricsFilter &filter, const QString &alias,
                           const QString &timeColumn, QVariantList &values);
/// `column` IN (`ids`), each bound into `values`; "1 = 1" when there are none.
QString idsCondition(const QString &column, const QList<qint64> &ids, QVariantList &values);
/// `column` IN (the filter's authors), or "1 = 1" when it names none.
QString authorCondition(const MetricsFilter &filter, const QString &column, QVariantList &values);

/// The same for any time expression (UTC seconds) and repository column.
QString timeConditions(const MetricsFilter &filter, const QString &timeExpression,
                       const QString &repoColumn, QVariantList &values);

} // namespace MetricsSql
