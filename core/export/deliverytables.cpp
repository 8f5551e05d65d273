// The delivery tables (issue 21 item 2, the DORA keys): DashboardTables' part for
// DeliveryMetrics.
#include "core/export/dashboardtables.h"

#include <QCoreApplication>
#include <QLocale>

namespace DashboardTables {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)
};

} // namespace

QString deliverySummary(const DeliveryMetrics &delivery)
{
    if (delivery.attempts == 0)
        return delivery.repos.isEmpty()
                   ? Tr::tr("No deployments, workflow runs, releases or tags to count. Sync a "
                            "GitHub account whose repositories deploy or publish releases.")
                   : Tr::tr("No deployments in this range.");
    const QLocale locale;
    QStringList parts;
    parts << Tr::tr("Deployment frequency: %1 per week (%2).")
                 .arg(locale.toString(delivery.deploymentsPerWeek, 'f', 1),
                      DeliveryMetricsQuery::bandName(delivery.frequencyBand));
    parts << (delivery.leadTimeCommits > 0
                  ? Tr::tr("Lead time for changes: %1 (median of %Ln commits, %2).", nullptr,
                           delivery.leadTimeCommits)
                        .arg(hoursOrDays(delivery.leadTimeMedianHours),
                             DeliveryMetricsQuery::bandName(delivery.leadTimeBand))
                  : Tr::tr("Lead time for changes: not measured."));
    parts << Tr::tr("Change failure rate: %1 % (%2).")
                 .arg(locale.toString(delivery.changeFailureRate * 100, 'f', 0),
                      DeliveryMetricsQuery::bandName(delivery.failureBand));
    parts << (delivery.restores > 0 ? Tr::tr("Time to restore: %1 (median, %2).")
                                          .arg(hoursOrDays(delivery.restoreMedianHours),
                                               DeliveryMetricsQuery::bandName(delivery.restoreBand))
                                    : Tr::tr("Time to restore: no restored failure."));
    if (delivery.deploymentsWithoutHistory > 0)
        parts << Tr::tr("%Ln deployments reach commits synced before DevPulse kept parents: a "
                        "full sync measures their lead time.",
                        nullptr, delivery.deploymentsWithoutHistory);
    return parts.join(QLatin1Char(' '));
}

QList<ChartTable> deliveryTables(const DeliveryMetrics &delivery)
{
    const QString summary = deliverySummary(delivery);
    ChartTable keys{QStringLiteral("dora"), Tr::tr("Delivery (DORA)"), summary, {}, {}};
    keys.fields = {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("unit"),
                   QStringLiteral("band")};
    keys.rows << QVariantList{Tr::tr("Deployment frequency"), delivery.deploymentsPerWeek,
                              Tr::tr("deployments per week"),
                              DeliveryMetricsQuery::bandName(delivery.frequencyBand)}
              << QVariantList{Tr::tr("Lead time for changes"), delivery.leadTimeMedianHours,
                              Tr::tr("hours, median"),
                              DeliveryMetricsQuery::bandName(delivery.leadTimeBand)}
              << QVariantList{Tr::tr("Change failure rate"), delivery.changeFailureRate * 100,
                              Tr::tr("percent"),
                              DeliveryMetricsQuery::bandName(delivery.failureBand)}
              << QVariantList{Tr::tr("Time to restore"), delivery.restoreMedianHours,
                              Tr::tr("hours, median"),
                              DeliveryMetricsQuery::bandName(delivery.restoreBand)};

    ChartTable weekly{QStringLiteral("dora-weekly"), Tr::tr("Deployments per week"), {}, {}, {}};
    weekly.fields
        = {QStringLiteral("week"), QStringLiteral("deployments"), QStringLiteral("failed_changes")};
    for (const DeliveryWeek &week : delivery.weekly)
        weekly.rows << QVariantList{week.weekStart, week.deployments, week.failedChanges};
    weekly.summary = summary;

    ChartTable repos{QStringLiteral("dora-repos"), Tr::tr("Delivery per repository"), {}, {}, {}};
    repos.fields = {QStringLiteral("repository"),
                    QStringLiteral("counts_as_deployment"),
                    QStringLiteral("deployments"),
                    QStringLiteral("failed_changes"),
                    QStringLiteral("lead_time_median_hours"),
                    QStringLiteral("time_to_restore_median_hours")};
    for (const RepoDelivery &repo : delivery.repos)
        repos.rows << QVariantList{repo.name,
                                   repo.source.chosen
                                       ? repo.source.describe()
                                       : Tr::tr("%1 (automatic)").arg(repo.source.describe()),
                                   repo.deployments,
                                   repo.failedChanges,
                                   repo.leadTimeMedianHours,
                                   repo.restoreMedianHours};
    repos.summary = delivery.repos.isEmpty()
                        ? Tr::tr("No repository has deployments, workflow runs, releases or "
                                 "tags.")
                        : Tr::tr("What counts as a deployment in each of %Ln repositories: "
                                 "chosen from what it has unless you chose (“Choose what "
                                 "counts…”, or devpulse repos delivery).",
                                 nullptr, int(delivery.repos.size()));
    return {keys, weekly, repos};
}

} // namespace DashboardTables
