#pragma once

#include "core/common/result.h"
#include "core/metrics/metricsfilter.h"
#include "core/storage/deliverysources.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// Where DORA's published research puts a value (the State of DevOps reports' four clusters).
enum class DoraBand { None, Elite, High, Medium, Low };

/// What counts as a deployment to production in one repository, chosen automatically: GitHub
/// deployments to the environment named production (prod, live), else to the environment with
/// the most deployments; else the finished runs of the delivering GitHub Actions workflow with
/// the most successful runs; else published releases (not drafts or pre-releases); else tags.
struct DeliverySource
{
    enum class Kind { None, Environment, Workflow, Releases, Tags };
    Kind kind = Kind::None;
    QString environment; ///< for Kind::Environment
    QString workflow;    ///< for Kind::Workflow: the workflow's name
    QString tagPattern;  ///< for Kind::Tags: a wildcard pattern ("" for every tag)
    bool chosen = false; ///< by the user (DeliverySources), not automatically
    QString describe() const;
};

/// One repository's delivery in the range.
struct RepoDelivery
{
    qint64 repoId = 0;
    QString name;
    DeliverySource source;
    int deployments = 0;   ///< successful deployments in the range
    int failedChanges = 0; ///< successful deployments a failure followed
    int attempts = 0;      ///< deployments tried (successful and failed)
    double leadTimeMedianHours = 0;
    int leadTimeCommits = 0; ///< commits whose lead time was measured
    double restoreMedianHours = 0;
    int restores = 0;
};

struct DeliveryWeek
{
    QDate weekStart;
    int deployments = 0;
    int failedChanges = 0;
};

/// The four DORA keys over the filter's repositories and range (people do not apply:
/// deployments are nobody's). See DeliveryMetricsQuery::definitions() for how each is read.
struct DeliveryMetrics
{
    int deployments = 0;
    int attempts = 0;
    int failedChanges = 0;
    double deploymentsPerWeek = 0;
    DoraBand frequencyBand = DoraBand::None;
    int leadTimeCommits = 0;
    double leadTimeMedianHours = 0;
    double leadTimeP90Hours = 0;
    DoraBand leadTimeBand = DoraBand::None;
    double changeFailureRate = 0; ///< failed changes per successful deployment, 0..1
    DoraBand failureBand = DoraBand::None;
    int restores = 0;
    double restoreMedianHours = 0;
    DoraBand restoreBand = DoraBand::None;
    /// Deployments whose history was not known (commits cached before their parents were
    /// recorded): their lead times are missing.
    int deploymentsWithoutHistory = 0;
    QList<DeliveryWeek> weekly;
    QList<RepoDelivery> repos; ///< every repository with a source, most deployments first
    DeliverySettings settings; ///< what the change failure rate looked for
};

/// One deployment (or failed attempt) as DeliveryMetricsQuery::prepare reads it, whatever the
/// filter's range: what it brought and what followed it.
struct EventFacts
{
    qint64 at = 0; ///< UTC seconds
    bool succeeded = false;
    bool measured = false;    ///< after the repository's first deployment (the baseline)
    bool historyKnown = true; ///< every commit it brought had its parents recorded
    QList<double> leadHours;  ///< per commit it brought, from the commit to it
    qint64 failedAt = -1;     ///< the first sign of failure within the window, -1: none
    qint64 restoredAt = -1;   ///< the next successful deployment after that, -1: none yet
};

struct RepoFacts
{
    qint64 repoId = 0;
    QString name;
    DeliverySource source;
    QList<EventFacts> events; ///< oldest first
};

/// The delivery of every repository (or the asked ones), independent of the filter's range:
/// read and walked once per cache change (it reads the commits' history), then aggregated per
/// filter change in microseconds.
struct DeliveryFacts
{
    QList<RepoFacts> repos;
    DeliverySettings settings;
};

namespace DeliveryMetricsQuery {

/// prepare() for the filter's repositories, then aggregate().
Result<DeliveryMetrics> compute(QSqlDatabase &db, const MetricsFilter &filter);
/// The facts of `repoIds` (every repository when empty).
Result<DeliveryFacts> prepare(QSqlDatabase &db, const QList<qint64> &repoIds = {});
/// The metrics of the filter's range and repositories (people do not apply).
DeliveryMetrics aggregate(const DeliveryFacts &facts, const MetricsFilter &filter);

/// The band of each key by the thresholds of DORA's 2023 report.
DoraBand frequencyBand(double deploymentsPerWeek);
DoraBand leadTimeBand(double hours);
DoraBand failureBand(double rate);
DoraBand restoreBand(double hours);
QString bandName(DoraBand band);
/// The definitions, as sentences for the window and the report, with the cache's settings
/// (how long a failure is looked for, the incident label).
QStringList definitions(const DeliverySettings &settings);

} // namespace DeliveryMetricsQuery
