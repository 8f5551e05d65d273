#pragma once

#include "core/charts/timeseries.h"
#include "core/metrics/metricsrunner.h"

/// The dashboard's charts over time as core describes them (TimeSeries: every bucket of the
/// range, empty ones zero), from the metrics MetricsRunner computed. The window's charts, the
/// report and their tables all show these. Pure, any thread.
namespace DashboardCharts {

/// The days a chart covers: the filter's range; where it has no bound ("All time"), from the
/// first day with data (`firstWithData`) and up to today.
QPair<QDate, QDate> rangeOf(const MetricsFilter &filter, const QDate &firstWithData);

/// Lines added (up) and removed (down) per day.
TimeSeries lines(const DashboardMetrics &metrics);
/// Contributions over time: a series per developer or repository (and "Others (n …)"), per
/// day, week or month as MetricsRunner was asked.
TimeSeries contributions(const DashboardMetrics &metrics);
/// Branches created, deleted and tags per month.
TimeSeries refs(const DashboardMetrics &metrics);
/// Commits per kind of work, shown as shares: the seven largest kinds, then "other" with the
/// smaller ones (its name in `restName`, for views that grey it; empty when there is none).
TimeSeries workKinds(const DashboardMetrics &metrics, QString *restName = nullptr);
/// Minutes per service, per day or week.
TimeSeries activity(const DashboardMetrics &metrics);
/// Deployments to production and failed changes per week (side by side).
TimeSeries delivery(const DashboardMetrics &metrics);

} // namespace DashboardCharts
