#pragma once

#include "common/result.h"
#include "metrics/metricsfilter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

/// Branches and tags of one month.
struct MonthlyRefs
{
    QDate month;             ///< first day of the month
    int branchesCreated = 0; ///< created, or first seen by a sync when GitHub does not say
    int branchesDeleted = 0;
    int tags = 0; ///< by the date of the tagged commit
};

struct RefTrends
{
    QList<MonthlyRefs> months;        ///< oldest first, only months with something
    double medianDaysBetweenTags = 0; ///< release cadence over all repositories
    int tagCount = 0;
};

namespace RefTrendsMetric {

Result<RefTrends> compute(QSqlDatabase &db, const MetricsFilter &filter);

} // namespace RefTrendsMetric
