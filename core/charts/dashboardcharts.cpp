#include "core/charts/dashboardcharts.h"

#include <QCoreApplication>

#include <algorithm>

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
