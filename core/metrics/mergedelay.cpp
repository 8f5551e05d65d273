#include "core/metrics/mergedelay.h"

#include "core/metrics/metricssql.h"
#include "core/storage/rowreader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace MergeDelayMetric {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MergeDelay)
};

} // namespace

QList<DurationBucket> emptyBuckets()
{
    return {{Tr::tr("<1h"), 0},  {Tr::tr("1–4h"), 0}, {Tr::tr("4–24h"), 0},
            {Tr::tr("1–3d"), 0}, {Tr::tr("3–7d"), 0}, {Tr::tr(">7d"), 0}};
}

int bucketOf(qint64 seconds)
{
    constexpr qint64 hour = 3600;
    if (seconds < hour)
        return 0;
    if (seconds < 4 * hour)
        return 1;
    if (seconds < 24 * hour)
        return 2;
    if (seconds < 72 * hour)
        return 3;
    if (seconds < 168 * hour)
        return 4;
    return 5;
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    if (p == 0.5) {
        const qsizetype middle = sorted.size() / 2;
        return sorted.size() % 2 ? sorted.at(middle)
                                 : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
    }
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

Result<MergeDelay> compute(QSqlDatabase &db, const MetricsFilter &filter, const QDateTime &now)
{
    // Dates are checked exactly below (merge, close or none, by state); everything else here,
    // merged people included (a copy of only the repositories and authors lost that: a merged
    // person's pull requests were then none).
    MetricsFilter reposOnly = filter;
    reposOnly.from = QDate();
    reposOnly.to = QDate();
    QVariantList values;
    QString sql = QStringLiteral("SELECT p.created_at, p.merged_at, p.closed_at, "
                                 "CASE WHEN p.state = 'open' THEN 1 ELSE 0 END "
                                 "FROM pull_requests p WHERE ")
                  + MetricsSql::authoredConditions(reposOnly, QStringLiteral("p"),
                                                   QStringLiteral("created_at"), values);
    // A coarse bound in UTC (no zone is more than 14 hours from it) leaves out what the exact
    // test would drop anyway: most pull requests on a short range.
    constexpr qint64 ZoneMarginSeconds = 14 * 3600;
    const QString decided = QStringLiteral("COALESCE(p.merged_at, p.closed_at)");
    QStringList bounds;
    if (filter.from.isValid()) {
        bounds << decided + QStringLiteral(" >= ?");
        values << QDateTime(filter.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                      - ZoneMarginSeconds;
    }
    if (filter.to.isValid()) {
        bounds << decided + QStringLiteral(" < ?");
        values << QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                      + ZoneMarginSeconds;
    }
    if (!bounds.isEmpty())
        sql += QStringLiteral(" AND ((%1) OR (p.merged_at IS NULL AND p.state = 'open'))")
                   .arg(bounds.join(QStringLiteral(" AND ")));

    MergeDelay delay;
    delay.delays = emptyBuckets();
    delay.openAges = emptyBuckets();
    // Days by integer arithmetic on the viewer's clock (a QDateTime per row and time-zone
    // conversion cost 4 µs a pull request). Pull requests carry no author offset: both time
    // zone modes use the viewer's zone here.
    const MetricsSql::DayRange range(filter);
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    QMap<qint64, QList<double>> hoursByWeek; // by the Monday's day number
    enum Column { Created, Merged, Closed, Open };
    const Result<void> read
        = readRows(db, sql, values, QStringLiteral("computing merge delays"), [&](auto &row) {
              if (row.isNull(Created))
                  return;
              const qint64 created = row.integer(Created);
              if (!row.isNull(Merged)) {
                  // A PR closed, reopened and merged later counts from its opening to the merge.
                  const qint64 mergedAt = row.integer(Merged);
                  if (!range.contains(mergedAt))
                      return;
                  const qint64 seconds = qMax<qint64>(0, mergedAt - created);
                  ++delay.delays[bucketOf(seconds)].count;
                  ++delay.merged;
                  hoursByWeek[range.weekOf(mergedAt)] << double(seconds) / 3600.0;
              } else if (row.integer(Open) != 0) {
                  ++delay.open;
                  ++delay.openAges[bucketOf(qMax<qint64>(0, nowSeconds - created))].count;
              } else if (!row.isNull(Closed) && range.contains(row.integer(Closed))) {
                  ++delay.closedUnmerged;
              }
          });
    if (!read)
        return read.error();
    QList<double> allHours;
    for (auto it = hoursByWeek.begin(); it != hoursByWeek.end(); ++it) {
        QList<double> hours = it.value();
        allHours << hours;
        std::sort(hours.begin(), hours.end());
        delay.weekly << WeeklyMergeDelay{QDate(1970, 1, 1).addDays(it.key()), int(hours.size()),
                                         percentile(hours, 0.5), percentile(hours, 0.9)};
    }
    std::sort(allHours.begin(), allHours.end());
    if (!allHours.isEmpty()) {
        delay.medianHours = percentile(allHours, 0.5);
        delay.p90Hours = percentile(allHours, 0.9);
    }
    return delay;
}

} // namespace MergeDelayMetric
