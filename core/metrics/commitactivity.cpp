#include "metrics/commitactivity.h"

#include "providers/weblinks.h"

#include "metrics/metricssql.h"
#include "storage/boundquery.h"

using namespace BoundQuery;

namespace CommitActivity {
namespace {

Result<QList<CommitListItem>> listCommits(QSqlDatabase &db, const MetricsFilter &filter,
                                          const QString &extraCondition,
                                          const QVariantList &extraValues, int limit)
{
    QVariantList values;
    const QString where = MetricsSql::commitConditions(filter, values);
    values << extraValues << limit;
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT r.full_name, c.sha, COALESCE(c.author_name, c.author_login, "
                              "c.author_email, ''), c.authored_at, c.message, a.provider, "
                              "a.base_url FROM commits c JOIN repos r ON r.id = c.repo_id "
                              "JOIN accounts a ON a.id = r.account_id WHERE %1 AND %2 "
                              "ORDER BY c.authored_at DESC LIMIT ?")
                   .arg(where, extraCondition),
               values, QStringLiteral("listing commits"));
    if (!result)
        return result.error();
    QList<CommitListItem> items;
    QSqlQuery &query = result.value();
    while (query.next()) {
        CommitListItem item{query.value(0).toString(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            timeFrom(query.value(3)),
                            query.value(4).toString().section(QLatin1Char('\n'), 0, 0),
                            QUrl()};
        item.url = WebLinks::itemUrl(query.value(5).toString(), query.value(6).toString(),
                                     item.repo, QStringLiteral("commit"), item.sha);
        items << item;
    }
    return items;
}

} // namespace

Result<PunchCard> punchCard(QSqlDatabase &db, const MetricsFilter &filter)
{
    QVariantList values;
    const QString where = MetricsSql::commitConditions(filter, values);
    const QString time = MetricsSql::commitLocalSeconds(filter);
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT %1, %2, count(*) FROM commits c WHERE %3 GROUP BY 1, 2")
                   .arg(MetricsSql::weekdayOf(time), MetricsSql::hourOf(time), where),
               values, QStringLiteral("computing the punch card"));
    if (!result)
        return result.error();
    PunchCard card;
    QSqlQuery &query = result.value();
    while (query.next()) {
        const int weekday = query.value(0).toInt();
        const int hour = query.value(1).toInt();
        const int count = query.value(2).toInt();
        if (weekday < 0 || weekday > 6 || hour < 0 || hour > 23)
            continue;
        card.counts[weekday][hour] = count;
        card.total += count;
        card.maximum = qMax(card.maximum, count);
    }
    return card;
}

Result<CalendarDays> calendar(QSqlDatabase &db, const MetricsFilter &filter)
{
    QVariantList values;
    const QString where = MetricsSql::commitConditions(filter, values);
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT %1, n FROM (SELECT %2 AS day, count(*) AS n FROM commits c "
                              "WHERE %3 GROUP BY 1)")
                   .arg(MetricsSql::dayText(QStringLiteral("day")),
                        MetricsSql::commitLocalDay(filter), where),
               values, QStringLiteral("computing the calendar"));
    if (!result)
        return result.error();
    CalendarDays days;
    QSqlQuery &query = result.value();
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const int count = query.value(1).toInt();
        days.counts.insert(day, count);
        days.maximum = qMax(days.maximum, count);
    }
    return days;
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

} // namespace CommitActivity
