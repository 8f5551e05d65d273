#include "core/charts/dashboardcharts.h"

#include "core/common/workkind.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace DashboardCharts {
namespace {

TimeBucket bucketOf(ContributionPeriod period)
{
    switch (period) {
    case ContributionPeriod::Day: return TimeBucket::Day;
    case ContributionPeriod::Week: return TimeBucket::Week;
    case ContributionPeriod::Month: return TimeBucket::Month;
    }
    return TimeBucket::Day;
}

} // namespace

QPair<QDate, QDate> rangeOf(const MetricsFilter &filter, const QDate &firstWithData)
{
    QDate to = filter.to.isValid() ? filter.to : QDate::currentDate();
    QDate from = filter.from.isValid() ? filter.from : firstWithData;
    if (!from.isValid() || from > to)
        from = to;
    return {from, to};
}

TimeSeries lines(const DashboardMetrics &metrics)
{
    const auto [from, to]
        = rangeOf(metrics.filter,
                  metrics.linesPerDay.isEmpty() ? QDate() : metrics.linesPerDay.constFirst().day);
    TimeSeries series(from, to, TimeBucket::Day,
                      {QCoreApplication::translate("DashboardCharts", "Added"),
                       QCoreApplication::translate("DashboardCharts", "Removed")});
    series.unit = QCoreApplication::translate("DashboardCharts", "lines");
    for (const DailyLines &day : metrics.linesPerDay) {
        series.add(0, day.day, double(day.additions));
        series.add(1, day.day, -double(day.deletions));
    }
    return series;
}

TimeSeries contributions(const DashboardMetrics &metrics)
{
    const ContributionSeries &source = metrics.contributionsOverTime;
    const auto [from, to]
        = rangeOf(metrics.filter, source.periods.isEmpty() ? QDate() : source.periods.constFirst());
    // The periods are days, weeks or months, as MetricsRunner was asked.
    const TimeBucket bucket = bucketOf(metrics.contributionsPeriod);
    TimeSeries series(from, to, bucket, source.names);
    for (qsizetype s = 0; s < source.names.size(); ++s) {
        for (qsizetype p = 0; p < source.periods.size(); ++p)
            series.add(s, source.periods.at(p), source.counts.at(s).value(p));
    }
    return series;
}

TimeSeries workKinds(const DashboardMetrics &metrics, QString *restName)
{
    const QList<DayCount> &perDay = metrics.workKindsPerDay;
    const QDate epoch(1970, 1, 1);
    qint64 firstDay = std::numeric_limits<qint64>::max();
    QList<WorkKind> present;
    for (const DayCount &day : perDay) {
        firstDay = std::min(firstDay, day.day);
        const WorkKind kind = WorkKinds::fromId(day.key).value_or(WorkKind::Other);
        if (!present.contains(kind))
            present << kind;
    }
    // The largest kinds first, "other" last: past MostKinds the rest join it, so that no two
    // kinds share a colour.
    QHash<WorkKind, qint64> totals;
    for (const DayCount &day : perDay)
        totals[WorkKinds::fromId(day.key).value_or(WorkKind::Other)] += day.count;
    present.removeAll(WorkKind::Other);
    std::sort(present.begin(), present.end(), [&totals](WorkKind a, WorkKind b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    constexpr qsizetype MostKinds = 7; // the chart palette's colours; the rest is grey
    const qsizetype folded = std::max<qsizetype>(0, present.size() - MostKinds);
    const QList<WorkKind> shown = present.mid(0, MostKinds);
    QStringList names;
    for (const WorkKind kind : shown)
        names << WorkKinds::name(kind);
    const bool withRest = folded > 0 || totals.contains(WorkKind::Other);
    if (withRest)
        names << (folded > 0 ? QCoreApplication::translate(
                      "DashboardCharts", "Other and %n smaller kinds", nullptr, int(folded))
                             : WorkKinds::name(WorkKind::Other));
    if (restName)
        *restName = withRest ? names.constLast() : QString();
    const auto [from, to]
        = rangeOf(metrics.filter, perDay.isEmpty() ? QDate() : epoch.addDays(firstDay));
    TimeSeries series(from, to, TimeBucket::Day, names);
    series.unit = QCoreApplication::translate("DashboardCharts", "% of commits");
    series.shares = true;
    for (const DayCount &day : perDay) {
        const qsizetype index = shown.indexOf(WorkKinds::fromId(day.key).value_or(WorkKind::Other));
        series.add(index >= 0 ? index : shown.size(), epoch.addDays(day.day), day.count);
    }
    return series;
}

TimeSeries delivery(const DashboardMetrics &metrics)
{
    const QList<DeliveryWeek> &weeks = metrics.delivery.weekly;
    const auto [from, to]
        = rangeOf(metrics.filter, weeks.isEmpty() ? QDate() : weeks.constFirst().weekStart);
    TimeSeries series(from, to, TimeBucket::Week,
                      {QCoreApplication::translate("DashboardCharts", "Deployments"),
                       QCoreApplication::translate("DashboardCharts", "Failed changes")});
    series.stacked = false;
    series.unit = QCoreApplication::translate("DashboardCharts", "deployments");
    for (const DeliveryWeek &week : weeks) {
        series.add(0, week.weekStart, week.deployments);
        series.add(1, week.weekStart, week.failedChanges);
    }
    return series;
}

TimeSeries refs(const DashboardMetrics &metrics)
{
    const RefTrends &trends = metrics.refTrends;
    const auto [from, to] = rangeOf(
        metrics.filter, trends.months.isEmpty() ? QDate() : trends.months.constFirst().month);
    TimeSeries series(
        from, to, TimeBucket::Month,
        {QCoreApplication::translate("DashboardCharts", "Branches created"),
         QCoreApplication::translate("DashboardCharts", "Branches first seen by DevPulse"),
         QCoreApplication::translate("DashboardCharts", "Branches deleted"),
         QCoreApplication::translate("DashboardCharts", "Tags")});
    series.stacked = false;
    for (const MonthlyRefs &month : trends.months) {
        series.add(0, month.month, month.branchesCreated);
        series.add(1, month.month, month.branchesFirstSeen);
        series.add(2, month.month, month.branchesDeleted);
        series.add(3, month.month, month.tags);
    }
    // A series no month has says nothing: it is left out (and so from the legend).
    for (qsizetype s = series.series.size() - 1; s >= 0; --s) {
        const QList<double> &values = series.series.at(s).values;
        if (std::all_of(values.cbegin(), values.cend(), [](double v) { return v == 0; })
            && series.series.size() > 1)
            series.series.removeAt(s);
    }
    return series;
}

TimeSeries activity(const DashboardMetrics &metrics)
{
    const ActivitySeries &source = metrics.activity;
    const auto [from, to]
        = rangeOf(metrics.filter, source.periods.isEmpty() ? QDate() : source.periods.constFirst());
    TimeSeries series(from, to, source.weekly ? TimeBucket::Week : TimeBucket::Day,
                      source.services);
    series.unit = QCoreApplication::translate("DashboardCharts", "minutes");
    for (qsizetype s = 0; s < source.services.size(); ++s) {
        for (qsizetype p = 0; p < source.periods.size(); ++p)
            series.add(s, source.periods.at(p), source.minutes.at(s).value(p));
    }
    // More services than colours stay apart: the rest are one "Others" series that says how
    // many it holds (services come most minutes first).
    constexpr int MostServices = 7;
    if (series.series.size() > MostServices) {
        const int folded = int(series.series.size()) - (MostServices - 1);
        series.foldInto(MostServices,
                        QCoreApplication::translate("DashboardCharts", "Others (%n services)",
                                                    nullptr, folded));
    }
    return series;
}

} // namespace DashboardCharts
