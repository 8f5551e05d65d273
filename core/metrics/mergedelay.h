#pragma once

#include "core/common/result.h"
#include "core/metrics/metricsfilter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct DurationBucket
{
    QString label; ///< "<1h", "1–4h", ... (short: they label chart bars)
    int count = 0;
};

struct WeeklyMergeDelay
{
    QDate weekStart; ///< Monday, in the viewer's time zone
    int merged = 0;
    double medianHours = 0;
    double p90Hours = 0;
};

/// How long pull requests take from opened to merged. Merged PRs feed the distribution and
/// the weekly median/p90 (by merge week); PRs closed without merging are only counted; open
/// PRs are shown by age. Dates filter on the merge (or close) day.
struct MergeDelay
{
    QList<DurationBucket> delays; ///< six buckets, shortest first
    QList<WeeklyMergeDelay> weekly;
    int merged = 0;
    int closedUnmerged = 0;
    QList<DurationBucket> openAges; ///< same buckets, for PRs still open
    int open = 0;
    double medianHours = 0; ///< of every pull request merged in the range
    double p90Hours = 0;
};

namespace MergeDelayMetric {

/// `now` is when open PRs' ages are measured (injected for tests).
Result<MergeDelay> compute(QSqlDatabase &db, const MetricsFilter &filter, const QDateTime &now);

/// The six duration buckets (<1h … >7d), each with a count of 0.
QList<DurationBucket> emptyBuckets();
/// The bucket index (0..5) of a duration in seconds.
int bucketOf(qint64 seconds);

/// Nearest-rank percentile (0 < p <= 1) of sorted values; the median averages the middle two.
double percentile(const QList<double> &sorted, double p);

} // namespace MergeDelayMetric
