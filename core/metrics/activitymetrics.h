#pragma once

#include "core/common/result.h"
#include "core/metrics/metricsfilter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/// Minutes of provider activity (WakaTime, Codewars, Exercism, CSV files) per period and
/// service, for the stacked "Activity" chart.
struct ActivitySeries
{
    bool weekly = false;       ///< periods are weeks (Mondays) rather than days
    QList<QDate> periods;      ///< oldest first, without gaps inside the range that has data
    QStringList services;      ///< most minutes first
    QList<QList<int>> minutes; ///< [service][period]
    qint64 totalMinutes = 0;
};

namespace ActivityMetrics {

/// Ranges longer than this many days are shown per week.
inline constexpr int MaxDailyPeriods = 92;

/// Activity days are the provider's own calendar days (no time of day to convert), so only
/// the filter's date range applies; repositories do not (activity belongs to no repository).
Result<ActivitySeries> minutesByService(QSqlDatabase &db, const MetricsFilter &filter);

} // namespace ActivityMetrics
