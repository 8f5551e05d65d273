// The DORA keys of DeliveryFacts for a filter (aggregate), their bands and definitions;
// deliveryfacts.cpp prepares the facts.
#include "core/metrics/deliverymetrics.h"

#include "core/metrics/mergedelay.h"
#include "core/metrics/metricssql.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

namespace DeliveryMetricsQuery {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryMetrics)
};

QList<double> sorted(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

DoraBand frequencyBand(double perWeek)
{
    if (perWeek <= 0)
        return DoraBand::None;
    if (perWeek >= 7) // daily or more: on demand
        return DoraBand::Elite;
    if (perWeek >= 1)
        return DoraBand::High;
    if (perWeek >= 12.0 / 52) // monthly
        return DoraBand::Medium;
    return DoraBand::Low;
}

DoraBand leadTimeBand(double hours)
{
    if (hours < 24)
        return DoraBand::Elite;
    if (hours < 7 * 24)
        return DoraBand::High;
    if (hours < 30 * 24)
        return DoraBand::Medium;
    return DoraBand::Low;
}

DoraBand failureBand(double rate)
{
    if (rate <= 0.05)
        return DoraBand::Elite;
    if (rate <= 0.10)
        return DoraBand::High;
    if (rate <= 0.15)
        return DoraBand::Medium;
    return DoraBand::Low;
}

DoraBand restoreBand(double hours)
{
    if (hours < 1)
        return DoraBand::Elite;
    if (hours < 24)
        return DoraBand::High;
    if (hours < 7 * 24)
        return DoraBand::Medium;
    return DoraBand::Low;
}

QString bandName(DoraBand band)
{
    switch (band) {
    case DoraBand::Elite: return Tr::tr("elite");
    case DoraBand::High: return Tr::tr("high");
    case DoraBand::Medium: return Tr::tr("medium");
    case DoraBand::Low: return Tr::tr("low");
    case DoraBand::None: break;
    }
    return Tr::tr("not measured");
}

QStringList definitions(const DeliverySettings &settings)
{
    return {
        Tr::tr("What counts as a deployment to production, per repository: GitHub deployments "
               "to the environment named production (or prod, live), else to the environment "
               "with the most deployments; else the runs of the GitHub Actions workflow named "
               "like deploy, release or publish with the most successful runs (on the default "
               "branch or for a release); else published releases (not drafts or "
               "pre-releases); else tags. Each repository's choice can be changed."),
        Tr::tr("Deployment frequency: successful deployments per week in the range. Elite: "
               "daily or more; high: weekly to daily; medium: monthly to weekly; low: less "
               "often."),
        Tr::tr("Lead time for changes: from a commit's time to the first successful deployment "
               "that contains it, by the history's parents (a merged branch's commits count "
               "from the deployment of the merge). A repository's first deployment sets where "
               "counting starts. Elite: under a day; high: under a week; medium: under a month; "
               "low: longer."),
        Tr::tr("Change failure rate: of the successful deployments, those followed within %1 "
               "by a failed deployment attempt, a revert of one of their commits, or "
               "(before the next deployment) a release named hotfix or an issue labelled "
               "“%2”. Elite: 5 % or less; high: 10 %; medium: 15 %; low: more.")
            .arg(settings.failureWindowDays == 1
                     ? Tr::tr("a day")
                     : Tr::tr("%1 days").arg(settings.failureWindowDays),
                 settings.incidentLabel),
        Tr::tr("Time to restore: from such a failure to the next successful deployment. "
               "Elite: under an hour; high: under a day; medium: under a week; low: longer."),
    };
}

DeliveryMetrics aggregate(const DeliveryFacts &facts, const MetricsFilter &filter)
{
    const MetricsSql::DayRange range(filter);
    const QSet<qint64> repoIds(filter.repoIds.cbegin(), filter.repoIds.cend());

    DeliveryMetrics metrics;
    metrics.settings = facts.settings;
    QList<double> leadHours;
    QList<double> restoreHours;
    QMap<qint64, DeliveryWeek> weeks;
    qint64 firstEvent = std::numeric_limits<qint64>::max();
    qint64 lastEvent = std::numeric_limits<qint64>::min();
    for (const RepoFacts &repo : facts.repos) {
        if (!repoIds.isEmpty() && !repoIds.contains(repo.repoId))
            continue;
        RepoDelivery row;
        row.repoId = repo.repoId;
        row.name = repo.name;
        row.source = repo.source;
        QList<double> repoLead;
        QList<double> repoRestore;
        for (const EventFacts &event : repo.events) {
            if (!range.contains(event.at))
                continue;
            ++row.attempts;
            firstEvent = qMin(firstEvent, event.at);
            lastEvent = qMax(lastEvent, event.at);
            if (!event.succeeded)
                continue; // a failed attempt is not a deployment: it is the sign of a failure
            ++row.deployments;
            ++weeks[range.weekOf(event.at)].deployments;
            repoLead << event.leadHours;
            if (event.measured && !event.historyKnown)
                ++metrics.deploymentsWithoutHistory;
            if (event.failedAt >= 0) {
                ++row.failedChanges;
                ++weeks[range.weekOf(event.at)].failedChanges;
                if (event.restoredAt >= 0)
                    repoRestore << double(event.restoredAt - event.failedAt) / 3600.0;
            }
        }
        repoLead = sorted(repoLead);
        repoRestore = sorted(repoRestore);
        row.leadTimeCommits = int(repoLead.size());
        row.leadTimeMedianHours = MergeDelayMetric::percentile(repoLead, 0.5);
        row.restores = int(repoRestore.size());
        row.restoreMedianHours = MergeDelayMetric::percentile(repoRestore, 0.5);
        leadHours << repoLead;
        restoreHours << repoRestore;
        metrics.deployments += row.deployments;
        metrics.attempts += row.attempts;
        metrics.failedChanges += row.failedChanges;
        metrics.repos << row;
    }
    // Per week over the range (or, for all time, from the first deployment to the last).
    const qint64 fromDay
        = filter.from.isValid() ? range.firstDay() : range.clock().dayNumber(firstEvent);
    const qint64 toDay = filter.to.isValid() ? range.lastDay() : range.clock().dayNumber(lastEvent);
    if (metrics.attempts > 0) {
        const double weeksInRange = qMax(1.0, double(toDay - fromDay + 1) / 7.0);
        metrics.deploymentsPerWeek = metrics.deployments / weeksInRange;
        metrics.frequencyBand = frequencyBand(metrics.deploymentsPerWeek);
        metrics.changeFailureRate
            = metrics.deployments ? double(metrics.failedChanges) / metrics.deployments : 0;
        metrics.failureBand = failureBand(metrics.changeFailureRate);
    }
    leadHours = sorted(leadHours);
    metrics.leadTimeCommits = int(leadHours.size());
    if (!leadHours.isEmpty()) {
        metrics.leadTimeMedianHours = MergeDelayMetric::percentile(leadHours, 0.5);
        metrics.leadTimeP90Hours = MergeDelayMetric::percentile(leadHours, 0.9);
        metrics.leadTimeBand = leadTimeBand(metrics.leadTimeMedianHours);
    }
    restoreHours = sorted(restoreHours);
    metrics.restores = int(restoreHours.size());
    if (!restoreHours.isEmpty()) {
        metrics.restoreMedianHours = MergeDelayMetric::percentile(restoreHours, 0.5);
        metrics.restoreBand = restoreBand(metrics.restoreMedianHours);
    }
    for (auto it = weeks.begin(); it != weeks.end(); ++it) {
        it.value().weekStart = QDate(1970, 1, 1).addDays(it.key());
        metrics.weekly << it.value();
    }
    std::sort(metrics.repos.begin(), metrics.repos.end(),
              [](const RepoDelivery &a, const RepoDelivery &b) {
                  if (a.deployments != b.deployments)
                      return a.deployments > b.deployments;
                  return a.name < b.name;
              });
    return metrics;
}

Result<DeliveryMetrics> compute(QSqlDatabase &db, const MetricsFilter &filter)
{
    const Result<DeliveryFacts> facts = prepare(db, filter.repoIds);
    if (!facts)
        return facts.error();
    return aggregate(facts.value(), filter);
}

} // namespace DeliveryMetricsQuery

QString DeliverySource::describe() const
{
    switch (kind) {
    case Kind::Environment:
        return QCoreApplication::translate("DeliveryMetrics", "deployments to %1").arg(environment);
    case Kind::Workflow:
        return QCoreApplication::translate("DeliveryMetrics", "runs of workflow %1").arg(workflow);
    case Kind::Releases:
        return QCoreApplication::translate("DeliveryMetrics", "published releases");
    case Kind::Tags:
        return tagPattern.isEmpty()
                   ? QCoreApplication::translate("DeliveryMetrics", "tags")
                   : QCoreApplication::translate("DeliveryMetrics", "tags matching %1")
                         .arg(tagPattern);
    case Kind::None: break;
    }
    return QCoreApplication::translate("DeliveryMetrics", "nothing to count");
}
