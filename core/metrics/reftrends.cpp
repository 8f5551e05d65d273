#include "metrics/reftrends.h"

#include "metrics/mergedelay.h"
#include "metrics/metricssql.h"
#include "storage/boundquery.h"

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
    // Branch births (known creation, else first sighting) and deaths, per local month.
    const struct
    {
        const char *timeColumn;
        bool deleted;
    } branchEvents[] = {{"COALESCE(b.created_at, b.first_seen_at)", false}, {"b.deleted_at", true}};
    for (const auto &event : branchEvents) {
        QVariantList values;
        const QString where = MetricsSql::timeConditions(filter, QLatin1String(event.timeColumn),
                                                         QStringLiteral("b.repo_id"), values);
        Result<QSqlQuery> result
            = exec(db,
                   QStringLiteral("SELECT %1 / 86400, count(*) FROM branches b "
                                  "WHERE %2 IS NOT NULL AND %3 GROUP BY 1")
                       .arg(MetricsSql::localSeconds(filter, QLatin1String(event.timeColumn)),
                            QLatin1String(event.timeColumn), where),
                   values, QStringLiteral("computing branch trends"));
        if (!result)
            return result.error();
        while (result.value().next()) {
            MonthlyRefs &month = months[monthOf(result.value().value(0))];
            (event.deleted ? month.branchesDeleted : month.branchesCreated)
                += result.value().value(1).toInt();
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
