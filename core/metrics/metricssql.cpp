#include "core/metrics/metricssql.h"

#include "core/people/identities.h"
#include "core/storage/boundquery.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace MetricsSql {
namespace {
// `dayNumber`: an SQL expression of the row's local day as days since 1970-01-01.
QStringList rangeAndRepos(const MetricsFilter &filter, const QString &dayNumber,
                          const QString &repoColumn, QVariantList &values)
{
    QStringList conditions{QStringLiteral("1 = 1")};
    if (filter.from.isValid()) {
        conditions << dayNumber + QStringLiteral(" >= ?");
        values << QDate(1970, 1, 1).daysTo(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << dayNumber + QStringLiteral(" <= ?");
        values << QDate(1970, 1, 1).daysTo(filter.to);
    }
    if (!filter.repoIds.isEmpty())
        conditions << idsCondition(repoColumn, filter.repoIds, values);
    return conditions;
}
} // namespace

namespace {

// The system zone's UTC offsets from `fromUtc` to `toUtc`: the offset at the start, then one
// entry per transition (daylight saving, a changed standard offset).
QList<QPair<qint64, int>> offsetsBetween(qint64 fromUtc, qint64 toUtc)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime from = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC);
    QList<QPair<qint64, int>> offsets{{fromUtc, zone.offsetFromUtc(from)}};
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &transition :
             zone.transitions(from, QDateTime::fromSecsSinceEpoch(toUtc, Qt::UTC)))
            offsets.append({transition.atUtc.toSecsSinceEpoch(), transition.offsetFromUtc});
    }
    return offsets;
}

// Periods for a filter that did not go through prepare(): its own range, padded by two days
// (no zone is further than that from UTC), or 1970 to a year from now.
QList<QPair<qint64, int>> offsetsFor(const MetricsFilter &filter)
{
    if (!filter.localOffsets.isEmpty())
        return filter.localOffsets;
    constexpr qint64 Pad = 2 * 86400;
    const qint64 from = filter.from.isValid()
                            ? QDateTime(filter.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - Pad
                            : 0;
    const QDate last = filter.to.isValid() ? filter.to : QDate::currentDate().addYears(1);
    return offsetsBetween(from, QDateTime(last, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + Pad);
}

} // namespace

LocalClock::LocalClock(const MetricsFilter &filter)
    : m_periods(offsetsFor(filter))
{
    for (const auto &period : std::as_const(m_periods))
        m_starts.push_back(period.first);
}

qint64 LocalClock::localSeconds(qint64 utcSeconds) const
{
    // As localSeconds()' CASE: the newest period that has begun, else the first one's offset.
    if (utcSeconds >= m_starts.back())
        return utcSeconds + m_periods.constLast().second;
    const auto later = std::upper_bound(m_starts.begin() + 1, m_starts.end(), utcSeconds);
    return utcSeconds + m_periods.at(qsizetype(later - m_starts.begin()) - 1).second;
}

DayRange::DayRange(const MetricsFilter &filter)
    : m_clock(filter)
    , m_firstDay(filter.from.isValid() ? dayNumber(filter.from)
                                       : std::numeric_limits<qint64>::min())
    , m_lastDay(filter.to.isValid() ? dayNumber(filter.to) : std::numeric_limits<qint64>::max())
{}

bool DayRange::contains(qint64 utcSeconds) const
{
    const qint64 day = m_clock.dayNumber(utcSeconds);
    return day >= m_firstDay && day <= m_lastDay;
}

qint64 DayRange::weekOf(qint64 utcSeconds) const
{
    const qint64 day = m_clock.dayNumber(utcSeconds);
    return day - (day + 3) % 7; // day 0, 1970-01-01, was a Thursday
}

QString commitLocalSeconds(const MetricsFilter &filter)
{
    if (filter.timeZone == TimeZoneMode::AuthorOffset)
        return QStringLiteral("(c.authored_at + c.authored_offset_minutes * 60)");
    return localSeconds(filter, QStringLiteral("c.authored_at"));
}

QString localSeconds(const MetricsFilter &filter, const QString &utcColumn)
{
    const QList<QPair<qint64, int>> offsets = offsetsFor(filter);
    if (offsets.size() == 1)
        return QStringLiteral("(%1 + %2)").arg(utcColumn).arg(offsets.constFirst().second);
    // Newest period first: most commits are recent and stop at the first arm. The numbers are
    // computed here, never user input.
    QString arms;
    for (qsizetype i = offsets.size() - 1; i > 0; --i)
        arms += QStringLiteral("WHEN %1 >= %2 THEN %3 ")
                    .arg(utcColumn)
                    .arg(offsets.at(i).first)
                    .arg(offsets.at(i).second);
    return QStringLiteral("(%1 + CASE %2ELSE %3 END)")
        .arg(utcColumn, arms)
        .arg(offsets.constFirst().second);
}

QString commitLocalDay(const MetricsFilter &filter)
{
    return QStringLiteral("(%1 / 86400)").arg(commitLocalSeconds(filter));
}

QString weekdayOf(const QString &localSeconds)
{
    // Day 0, 1970-01-01, was a Thursday (3 with Monday = 0). Times before 1970 do not occur.
    return QStringLiteral("((%1 / 86400 + 3) % 7)").arg(localSeconds);
}

QString hourOf(const QString &localSeconds)
{
    return QStringLiteral("((%1 % 86400) / 3600)").arg(localSeconds);
}

qint64 dayNumber(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

QString commitConditions(const MetricsFilter &filter, QVariantList &values)
{
    // A coarse bound on the indexed UTC time first: the exact test below converts every row
    // to a local day, which SQLite cannot look up in an index. No zone is more than 14 hours
    // from UTC, so the margin never drops a commit the exact test would keep. Only for short
    // ranges: walking the index over a large part of the table is slower than reading it
    // (bench_dashboard, 1M commits: 90 days 2.4 s -> 0.8 s; 12 months 4.2 s -> 5.6 s).
    constexpr qint64 ZoneMarginSeconds = 14 * 3600;
    constexpr qint64 IndexWorthwhileDays = 120;
    QStringList coarse;
    const bool shortRange = filter.from.isValid()
                            && (!filter.to.isValid() ? filter.from.daysTo(QDate::currentDate())
                                                     : filter.from.daysTo(filter.to))
                                   <= IndexWorthwhileDays;
    if (shortRange) {
        coarse << QStringLiteral("c.authored_at >= ?");
        values << QDateTime(filter.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                      - ZoneMarginSeconds;
    }
    if (shortRange && filter.to.isValid()) {
        coarse << QStringLiteral("c.authored_at < ?");
        values << QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                      + ZoneMarginSeconds;
    }
    coarse << QStringLiteral("1 = 1");
    const QStringList dated
        = rangeAndRepos(filter, commitLocalDay(filter), QStringLiteral("c.repo_id"), values);
    QString kinds = QStringLiteral("1 = 1");
    if (!filter.workKinds.isEmpty()) {
        // NULL: a commit written before kinds were kept counts as other (as the snapshot has it).
        kinds = QStringLiteral("COALESCE(c.work_kind, 'other') IN (%1)")
                    .arg(QStringList(filter.workKinds.size(), QStringLiteral("?"))
                             .join(QLatin1Char(',')));
    }
    const QString authors = authorCondition(filter, commitPerson(filter), values);
    for (const QString &kind : filter.workKinds)
        values << kind;
    return coarse.join(QStringLiteral(" AND ")) + QStringLiteral(" AND ")
           + dated.join(QStringLiteral(" AND ")) + QStringLiteral(" AND ") + authors
           + QStringLiteral(" AND ") + kinds;
}

QString commitPerson(const MetricsFilter &filter)
{
    return Identities::commitPersonSql(QStringLiteral("c"), filter.mergedIdentities);
}

QString loginPerson(const MetricsFilter &filter, const QString &column)
{
    return Identities::loginPersonSql(column, filter.mergedIdentities);
}

Result<MetricsFilter> prepare(QSqlDatabase &db, MetricsFilter filter)
{
    const Result<bool> merged = Identities::any(db);
    if (!merged)
        return merged.error();
    filter.mergedIdentities = merged.value();
    // The zone's periods from the oldest item to now (each min() is one index lookup).
    Result<QSqlQuery> oldest = BoundQuery::exec(
        db,
        QStringLiteral("SELECT min(t) FROM ("
                       "SELECT min(authored_at) AS t FROM commits "
                       "UNION ALL SELECT min(created_at) FROM pull_requests "
                       "UNION ALL SELECT min(created_at) FROM issues) AS firsts"),
        {}, QStringLiteral("reading the cache's time span"));
    if (!oldest)
        return oldest.error();
    constexpr qint64 Pad = 2 * 86400;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 from = oldest.value().next() && !oldest.value().value(0).isNull()
                            ? oldest.value().value(0).toLongLong()
                            : now;
    filter.localOffsets = offsetsBetween(from - Pad, now + Pad);
    if (filter.mergedIdentities && !filter.authors.isEmpty()) {
        const Result<QStringList> keys = Identities::canonicalKeys(db, filter.authors);
        if (!keys)
            return keys.error();
        filter.authors = keys.value();
    }
    return filter;
}

QString idsCondition(const QString &column, const QList<qint64> &ids, QVariantList &values)
{
    if (ids.isEmpty())
        return QStringLiteral("1 = 1");
    for (const qint64 id : ids)
        values << id;
    return QStringLiteral("%1 IN (%2)")
        .arg(column, QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')));
}

QString authorCondition(const MetricsFilter &filter, const QString &column, QVariantList &values)
{
    if (filter.authors.isEmpty())
        return QStringLiteral("1 = 1");
    QStringList marks;
    for (const QString &author : filter.authors) {
        marks << QStringLiteral("?");
        values << author;
    }
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}

QString authoredConditions(const MetricsFilter &filter, const QString &alias,
                           const QString &timeColumn, QVariantList &values)
{
    const QString dated = datedConditions(filter, alias, timeColumn, values);
    return dated + QStringLiteral(" AND ")
           + authorCondition(filter, loginPerson(filter, alias + QStringLiteral(".author_login")),
                             values);
}

QString timeConditions(const MetricsFilter &filter, const QString &timeExpression,
                       const QString &repoColumn, QVariantList &values)
{
    return rangeAndRepos(filter,
                         QStringLiteral("(%1 / 86400)").arg(localSeconds(filter, timeExpression)),
                         repoColumn, values)
        .join(QStringLiteral(" AND "));
}

QString datedConditions(const MetricsFilter &filter, const QString &alias,
                        const QString &timeColumn, QVariantList &values)
{
    return rangeAndRepos(filter,
                         QStringLiteral("(%1 / 86400)")
                             .arg(localSeconds(filter, alias + QLatin1Char('.') + timeColumn)),
                         alias + QStringLiteral(".repo_id"), values)
        .join(QStringLiteral(" AND "));
}

} // namespace MetricsSql
