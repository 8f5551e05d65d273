#include "core/metrics/reftrends.h"

#include "core/metrics/mergedelay.h"
#include "core/metrics/metricssql.h"
#include "core/storage/boundquery.h"

#include <QMap>

#include <algorithm>

using namespace BoundQuery;

namespace RefTrendsMetric {

Result<RefTrends> compute(QSqlDatabase &db, const MetricsFilter &filter)
{
    QMap<QDate, MonthlyRefs> months;
    // Local day numbers from SQL (integer arithmetic on both backends), months here.
    auto monthOf = [](const QVariant &dayNumber) {
        const QDate day = QDate(1970, 1, 1).addDays(dayNumber.toLongLong());
        return QDate(day.year(), day.month(), 1);
    };
    // Branch births and deaths per local month, dated only by what the data proves: a known
    // creation; else a first sighting after the repository's first sync (the branch appeared
    // between two syncs); a branch already there at the first sync has no date.
    enum class Event { Created, FirstSeen, Deleted };
    // Each repository's first sync, from one grouped pass joined in (a subquery per branch
    // cost a scan of its repository's branches per row: ~150 ms a filter change with 200
    // repositories in bench_dashboard_gui).
    const QString firstSync = QStringLiteral("f.first_sync");
    const QString branchesWithFirstSync = QStringLiteral(
        "branches b JOIN (SELECT repo_id, min(first_seen_at) AS first_sync FROM branches "
        "GROUP BY repo_id) f ON f.repo_id = b.repo_id");
    const QString seenLater
        = QStringLiteral("CASE WHEN b.created_at IS NULL AND b.first_seen_at > %1 "
                         "THEN b.first_seen_at END")
              .arg(firstSync);
    const struct
    {
        QString timeColumn;
        Event event;
    } branchEvents[] = {{QStringLiteral("b.created_at"), Event::Created},
                        {seenLater, Event::FirstSeen},
                        {QStringLiteral("b.deleted_at"), Event::Deleted}};
    for (const auto &event : branchEvents) {
        QVariantList values;
        const QString where
            = MetricsSql::timeConditions(filter, QStringLiteral("(%1)").arg(event.timeColumn),
                                         QStringLiteral("b.repo_id"), values);
        Result<QSqlQuery> result = exec(
            db,
            QStringLiteral("SELECT %1 / 86400, count(*) FROM %4 "
                           "WHERE (%2) IS NOT NULL AND %3 GROUP BY 1")
                .arg(MetricsSql::localSeconds(filter, QStringLiteral("(%1)").arg(event.timeColumn)),
                     event.timeColumn, where, branchesWithFirstSync),
            values, QStringLiteral("computing branch trends"));
        if (!result)
            return result.error();
        while (result.value().next()) {
            MonthlyRefs &month = months[monthOf(result.value().value(0))];
            int &count = event.event == Event::Created     ? month.branchesCreated
                         : event.event == Event::FirstSeen ? month.branchesFirstSeen
                                                           : month.branchesDeleted;
            count += result.value().value(1).toInt();
        }
    }

    QVariantList values;
    const QString where = MetricsSql::datedConditions(filter, QStringLiteral("t"),
                                                      QStringLiteral("tagged_at"), values);
    Result<QSqlQuery> tags = exec(
        db,
        QStringLiteral("SELECT t.repo_id, t.tagged_at, %1 / 86400 FROM tags t "
                       "WHERE t.tagged_at IS NOT NULL AND %2 ORDER BY t.repo_id, t.tagged_at")
            .arg(MetricsSql::localSeconds(filter, QStringLiteral("t.tagged_at")), where),
        values, QStringLiteral("computing tag trends"));
    if (!tags)
        return tags.error();
    RefTrends trends;
    // Branches without a date (there at the first sync), of the repositories shown.
    MetricsFilter anyTime = filter;
    anyTime.from = QDate();
    anyTime.to = QDate();
    QVariantList undatedValues;
    const QString undatedWhere = MetricsSql::timeConditions(
        anyTime, QStringLiteral("b.first_seen_at"), QStringLiteral("b.repo_id"), undatedValues);
    Result<QSqlQuery> undated
        = exec(db,
               QStringLiteral("SELECT count(*) FROM %3 WHERE b.created_at IS NULL AND "
                              "b.first_seen_at = %1 AND %2")
                   .arg(firstSync, undatedWhere, branchesWithFirstSync),
               undatedValues, QStringLiteral("counting undated branches"));
    if (!undated)
        return undated.error();
    if (undated.value().next())
        trends.undatedBranches = undated.value().value(0).toInt();
    QList<double> gaps;
    qint64 previousRepo = -1;
    qint64 previousTime = 0;
    while (tags.value().next()) {
        const qint64 repo = tags.value().value(0).toLongLong();
        const qint64 time = tags.value().value(1).toLongLong();
        ++months[monthOf(tags.value().value(2))].tags;
        ++trends.tagCount;
        // Cadence: days between consecutive tags of the same repository.
        if (repo == previousRepo)
            gaps << double(time - previousTime) / 86400.0;
        previousRepo = repo;
        previousTime = time;
    }
    std::sort(gaps.begin(), gaps.end());
    trends.medianDaysBetweenTags = MergeDelayMetric::percentile(gaps, 0.5);
    for (auto it = months.begin(); it != months.end(); ++it) {
        it->month = it.key();
        trends.months << it.value();
    }
    return trends;
}

} // namespace RefTrendsMetric
