#pragma once

#include "core/common/result.h"
#include "core/metrics/metricsfilter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

/// Branches and tags of one month.
struct MonthlyRefs
{
    QDate month;               ///< first day of the month
    int branchesCreated = 0;   ///< by a known creation time
    int branchesFirstSeen = 0; ///< no creation time: first seen by a sync after the repository's
                               ///< first (so created since the sync before, at the latest)
    int branchesDeleted = 0;
    int tags = 0; ///< by the date of the tagged commit
};

struct RefTrends
{
    QList<MonthlyRefs> months;        ///< oldest first, only months with something
    double medianDaysBetweenTags = 0; ///< release cadence over all repositories
    int tagCount = 0;
    /// Branches already there when DevPulse first read their repository, with no known
    /// creation time: not dated, so in no month (never "13 created" in the first sync's month).
    int undatedBranches = 0;
};

namespace RefTrendsMetric {

Result<RefTrends> compute(QSqlDatabase &db, const MetricsFilter &filter);

} // namespace RefTrendsMetric
