#include "core/metrics/activitymetrics.h"

#include "core/storage/boundquery.h"

#include <QHash>
#include <QMap>

namespace ActivityMetrics {

Result<ActivitySeries> minutesByService(QSqlDatabase &db, const MetricsFilter &filter)
{
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("day >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("day <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    Result<QSqlQuery> result = BoundQuery::exec(
        db,
        QStringLiteral("SELECT day, service, SUM(minutes) FROM activities WHERE %1 "
                       "GROUP BY day, service ORDER BY day")
            .arg(conditions.join(QLatin1String(" AND "))),
        values, QStringLiteral("computing activity per service"));
    if (!result)
        return result.error();

    QMap<QDate, QHash<QString, int>> byDay;
    QHash<QString, qint64> totals;
    while (result.value().next()) {
        const QDate day = QDate::fromString(result.value().value(0).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        const QString service = result.value().value(1).toString();
        const int minutes = result.value().value(2).toInt();
        byDay[day][service] += minutes;
        totals[service] += minutes;
    }
    ActivitySeries series;
    if (byDay.isEmpty())
        return series;
    series.services = totals.keys();
    std::sort(series.services.begin(), series.services.end(),
              [&totals](const QString &a, const QString &b) {
                  return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b)
                                                            : a < b;
              });
    for (const qint64 total : std::as_const(totals))
        series.totalMinutes += total;

    // Every period from the first to the last day with data, empty ones included: a stacked
    // chart with gaps removed would hide idle weeks.
    const QDate first
        = filter.from.isValid() ? qMax(filter.from, byDay.firstKey()) : byDay.firstKey();
    const QDate last = byDay.lastKey();
    series.weekly = first.daysTo(last) + 1 > MaxDailyPeriods;
    auto periodOf = [&series](const QDate &day) {
        return series.weekly ? day.addDays(1 - day.dayOfWeek()) : day;
    };
    for (QDate period = periodOf(first); period <= last;
         period = period.addDays(series.weekly ? 7 : 1))
        series.periods << period;
    series.minutes
        = QList<QList<int>>(series.services.size(), QList<int>(series.periods.size(), 0));
    for (auto day = byDay.cbegin(); day != byDay.cend(); ++day) {
        const qsizetype period = series.periods.indexOf(periodOf(day.key()));
        if (period < 0)
            continue;
        for (auto it = day->cbegin(); it != day->cend(); ++it)
            series.minutes[series.services.indexOf(it.key())][period] += it.value();
    }
    return series;
}

} // namespace ActivityMetrics
