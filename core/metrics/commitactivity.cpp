#include "core/metrics/commitactivity.h"

#include "core/providers/weblinks.h"

#include "core/metrics/metricssql.h"
#include "core/storage/boundquery.h"

#include <algorithm>

using namespace BoundQuery;

namespace CommitActivity {
namespace {

// The columns every commit list reads; itemFrom() turns a row of them into an item.
constexpr char ListColumns[]
    = "r.full_name, c.sha, COALESCE(c.author_name, c.author_login, c.author_email, ''), "
      "c.authored_at, c.message, a.provider, a.base_url, c.id FROM commits c "
      "JOIN repos r ON r.id = c.repo_id JOIN accounts a ON a.id = r.account_id";

CommitListItem itemFrom(const QSqlQuery &query)
{
    CommitListItem item{query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        timeFrom(query.value(3)),
                        query.value(4).toString().section(QLatin1Char('\n'), 0, 0),
                        QUrl()};
    item.url = WebLinks::itemUrl(query.value(5).toString(), query.value(6).toString(), item.repo,
                                 QStringLiteral("commit"), item.sha);
    return item;
}

Result<QList<CommitListItem>> listCommits(QSqlDatabase &db, const MetricsFilter &filter,
                                          const QString &extraCondition,
                                          const QVariantList &extraValues, int limit)
{
    QVariantList values;
    const QString where = MetricsSql::commitConditions(filter, values);
    values << extraValues << limit;
    // Equal times by id, so that the order is the same on every backend and in
    // CommitSnapshot::newestIds.
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT %1 WHERE %2 AND %3 ORDER BY c.authored_at DESC, c.id DESC "
                              "LIMIT ?")
                   .arg(QLatin1String(ListColumns), where, extraCondition),
               values, QStringLiteral("listing commits"));
    if (!result)
        return result.error();
    QList<CommitListItem> items;
    while (result.value().next())
        items << itemFrom(result.value());
    return items;
}

} // namespace

Result<QList<CommitHour>> commitHours(QSqlDatabase &db, const MetricsFilter &filter)
{
    QVariantList values;
    const QString where = MetricsSql::commitConditions(filter, values);
    const QString time = MetricsSql::commitLocalSeconds(filter);
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT %1 / 86400, %2, count(*), COALESCE(sum(c.additions), 0), "
                              "COALESCE(sum(c.deletions), 0) FROM commits c WHERE %3 "
                              "GROUP BY 1, 2")
                   .arg(time, MetricsSql::hourOf(time), where),
               values, QStringLiteral("counting commits per day and hour"));
    if (!result)
        return result.error();
    const QDate epoch(1970, 1, 1);
    QList<CommitHour> hours;
    QSqlQuery &query = result.value();
    while (query.next()) {
        hours << CommitHour{epoch.addDays(query.value(0).toLongLong()), query.value(1).toInt(),
                            query.value(2).toInt(), query.value(3).toLongLong(),
                            query.value(4).toLongLong()};
    }
    return hours;
}

PunchCard punchCardOf(const QList<CommitHour> &hours)
{
    PunchCard card;
    for (const CommitHour &cell : hours) {
        const int weekday = cell.day.dayOfWeek() - 1; // Monday = 0
        if (weekday < 0 || weekday > 6 || cell.hour < 0 || cell.hour > 23)
            continue;
        card.counts[weekday][cell.hour] += cell.commits;
        card.total += cell.commits;
    }
    for (const auto &day : card.counts)
        card.maximum = std::max(card.maximum, *std::max_element(day.cbegin(), day.cend()));
    return card;
}

CalendarDays calendarOf(const QList<CommitHour> &hours)
{
    CalendarDays days;
    for (const CommitHour &cell : hours)
        days.counts[cell.day] += cell.commits;
    for (const int count : std::as_const(days.counts))
        days.maximum = std::max(days.maximum, count);
    return days;
}

Result<PunchCard> punchCard(QSqlDatabase &db, const MetricsFilter &filter)
{
    const Result<QList<CommitHour>> hours = commitHours(db, filter);
    if (!hours)
        return hours.error();
    return punchCardOf(hours.value());
}

Result<CalendarDays> calendar(QSqlDatabase &db, const MetricsFilter &filter)
{
    const Result<QList<CommitHour>> hours = commitHours(db, filter);
    if (!hours)
        return hours.error();
    return calendarOf(hours.value());
}

Result<QList<CommitListItem>> commitsAt(QSqlDatabase &db, const MetricsFilter &filter, int weekday,
                                        int hour, int limit)
{
    const QString time = MetricsSql::commitLocalSeconds(filter);
    return listCommits(db, filter,
                       QStringLiteral("%1 = ? AND %2 = ?")
                           .arg(MetricsSql::weekdayOf(time), MetricsSql::hourOf(time)),
                       {weekday, hour}, limit);
}

Result<QList<CommitListItem>> commitsOn(QSqlDatabase &db, const MetricsFilter &filter,
                                        const QDate &day, int limit)
{
    return listCommits(db, filter, MetricsSql::commitLocalDay(filter) + QStringLiteral(" = ?"),
                       {MetricsSql::dayNumber(day)}, limit);
}

Result<QList<CommitListItem>> commitsWithIds(QSqlDatabase &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<CommitListItem>{};
    QVariantList values;
    QStringList marks;
    for (const qint64 id : ids) {
        values << id;
        marks << QStringLiteral("?");
    }
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT %1 WHERE c.id IN (%2)")
                   .arg(QLatin1String(ListColumns), marks.join(QLatin1Char(','))),
               values, QStringLiteral("listing commits"));
    if (!result)
        return result.error();
    QHash<qint64, CommitListItem> byId;
    while (result.value().next())
        byId.insert(result.value().value(7).toLongLong(), itemFrom(result.value()));
    QList<CommitListItem> items;
    for (const qint64 id : ids) {
        if (const auto item = byId.constFind(id); item != byId.constEnd())
            items << *item; // a commit deleted since the snapshot is left out
    }
    return items;
}

} // namespace CommitActivity
