#pragma once

#include "core/metrics/activitymetrics.h"
#include "core/metrics/codemetrics.h"
#include "core/metrics/commitactivity.h"
#include "core/metrics/commitsnapshot.h"
#include "core/metrics/deliverymetrics.h"
#include "core/metrics/mergedelay.h"
#include "core/metrics/metricsfilter.h"
#include "core/metrics/reftrends.h"
#include "core/metrics/reviewmetrics.h"
#include "core/metrics/search.h"
#include "core/people/identities.h"
#include "core/people/teams.h"

#include <QObject>
#include <QThreadPool>

#include <future>
#include <memory>
#include <mutex>
#include <optional>

/// Everything the dashboard's charts show for one filter.
struct DashboardMetrics
{
    MetricsFilter filter;
    PunchCard punchCard;
    CalendarDays calendar;
    MergeDelay mergeDelay;
    ReviewMetrics reviews;
    DeliveryMetrics delivery;
    LinesPerPullRequest linesPerPullRequest;
    QList<WeeklyLines> codeFrequency;
    QList<DailyLines> linesPerDay; ///< the same per day, for charts that choose their bucket
    QList<Contributor> contributors;
    RefTrends refTrends;
    ContributionSeries contributionsOverTime;
    ContributionPeriod contributionsPeriod = ContributionPeriod::Week; ///< its periods' length
    ActivitySeries activity;
    QList<DayCount> workKindsPerDay; ///< commits per local day and kind of work
    QString error;                   ///< a sentence for the window when a query failed
};
Q_DECLARE_METATYPE(DashboardMetrics)

/// Runs the dashboard's queries off the GUI thread, one at a time, each on a cache connection
/// of its own, and hands the results back on the GUI thread. A result for a filter that has
/// been replaced meanwhile is dropped. Lives on the GUI thread; destroying it waits for the
/// query in flight.
///
/// The commit charts are counted from a CommitSnapshot held on the pool thread: after
/// cacheChanged() the next request compares the cache's stamp and reads the commits again only
/// if they changed; a SQLite cache's snapshot is also kept in a file beside it, so a start
/// reads that instead of every commit. Everything else is SQL per request; the pull request,
/// ref and activity charts run on a second thread while the commits are counted, once these
/// are in memory (two cores: a filter change takes the longer of the two, not their sum).
class MetricsRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsRunner)

public:
    explicit MetricsRunner(const QString &cacheAddress, QObject *parent = nullptr);
    ~MetricsRunner() override;

public slots:
    void requestMetrics(const MetricsFilter &filter,
                        ContributionGrouping grouping = ContributionGrouping::Developer,
                        ContributionPeriod period = ContributionPeriod::Week,
                        ContributionMeasure measure = ContributionMeasure::Commits);
    /// Lists the commits of a punch-card cell (`day` invalid) or of a calendar day.
    void requestCommits(const MetricsFilter &filter, int weekday, int hour, const QDate &day);
    /// Full-text search within the filter.
    void requestSearch(const MetricsFilter &filter, const QString &text);
    /// Everyone in the cache (the People filter) and the teams, the commits' side counted
    /// from the snapshot. Queued like the charts: ask after them.
    void requestPeople();
    /// The cache was written (a sync, an import, another instance's sync seen at a refresh):
    /// the next request reads the commits anew.
    void cacheChanged();

signals:
    void metricsReady(const DashboardMetrics &metrics);
    void commitsReady(const QList<CommitListItem> &commits, const QString &error);
    void searchReady(const QString &text, const QList<SearchHit> &hits, const QString &error);
    void peopleReady(const QList<Person> &people, const QList<Team> &teams);

private:
    /// A filter change's charts that need no commits, from the second thread.
    struct BesideCommits
    {
        std::optional<Result<MergeDelay>> delay;
        std::optional<Result<ReviewMetrics>> reviews;
        std::optional<Result<DeliveryMetrics>> delivery;
        std::optional<Result<LinesPerPullRequest>> lines;
        std::optional<Result<RefTrends>> refs;
        std::optional<Result<ActivitySeries>> activity;
        std::optional<Result<ContributionSeries>> overTime; ///< only for pull requests or issues
    };
    BesideCommits besideCommits(QSqlDatabase &db, const MetricsFilter &query,
                                ContributionMeasure measure, ContributionGrouping grouping,
                                ContributionPeriod period);
    /// The delivery facts of the current cache generation, prepared if need be (they walk
    /// the history of every repository that deploys: once per cache change, not per filter).
    Result<std::shared_ptr<const DeliveryFacts>> currentDeliveryFacts(QSqlDatabase &db);
    /// The same on m_besidePool with a connection of its own; the job on m_pool waits for it.
    std::future<BesideCommits> startBesideCommits(const MetricsFilter &query,
                                                  ContributionMeasure measure,
                                                  ContributionGrouping grouping,
                                                  ContributionPeriod period);
    /// Pool thread only: the snapshot of the current cache generation, read if need be; one
    /// that can count `counted` (a start may read only its range first), else a complete one.
    Result<std::shared_ptr<const CommitSnapshot>>
    currentSnapshot(QSqlDatabase &db, const MetricsFilter *counted = nullptr);
    /// The commits as a start reads them: only the recent ones `counted` needs when they are a
    /// small part of the history, else all.
    static Result<CommitSnapshot> readSnapshot(QSqlDatabase &db, const MetricsFilter *counted);
    /// After an answer: completes a partial snapshot, then keeps it beside the cache.
    void finishSnapshot();
    void keepSnapshot();

    QString m_cacheAddress;
    QThreadPool m_pool;
    QThreadPool m_besidePool; ///< the second core's share of a filter change
    std::atomic_int m_metricsGeneration = 0;
    std::atomic_int m_commitsGeneration = 0;
    std::atomic_int m_searchGeneration = 0;
    std::atomic_int m_peopleGeneration = 0;
    std::atomic_int m_cacheGeneration = 0;
    // Pool thread only.
    std::shared_ptr<const CommitSnapshot> m_snapshot;
    int m_snapshotGeneration = -1;
    QString m_snapshotStamp;  ///< CommitSnapshot::stampOf when it was read
    QString m_snapshotToKeep; ///< where to save a freshly read snapshot, after the answer
    // Either pool's thread, under m_deliveryMutex.
    std::mutex m_deliveryMutex;
    std::shared_ptr<const DeliveryFacts> m_deliveryFacts;
    int m_deliveryFactsGeneration = -1;
};
