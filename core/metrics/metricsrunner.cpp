#include "core/metrics/metricsrunner.h"

#include "core/common/logging.h"
#include "core/metrics/metricssql.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachedatabase.h"

#include <QSqlQuery>

MetricsRunner::MetricsRunner(const QString &cacheAddress, QObject *parent)
    : QObject(parent)
    , m_cacheAddress(cacheAddress)
{
    qRegisterMetaType<DashboardMetrics>();
    qRegisterMetaType<QList<CommitListItem>>();
    qRegisterMetaType<QList<SearchHit>>();
    m_pool.setMaxThreadCount(1);       // queries queue up; the newest result wins
    m_besidePool.setMaxThreadCount(1); // only ever waited for by the job on m_pool
}

MetricsRunner::~MetricsRunner()
{
    m_pool.clear();
    m_pool.waitForDone(); // its job waits for m_besidePool's part
}

void MetricsRunner::requestMetrics(const MetricsFilter &filter, ContributionGrouping grouping,
                                   ContributionPeriod period, ContributionMeasure measure)
{
    const int generation = ++m_metricsGeneration;
    m_pool.start([this, filter, grouping, period, measure, generation] {
        if (generation != m_metricsGeneration)
            return; // a newer filter is queued: skip the work
        DashboardMetrics metrics;
        metrics.filter = filter;
        metrics.contributionsPeriod = period;
        {
            CacheConnection connection(m_cacheAddress, QStringLiteral("metrics"));
            const Result<MetricsFilter> prepared
                = connection.isOpen() ? MetricsSql::prepare(connection.database(), filter)
                                      : Result<MetricsFilter>(connection.error());
            if (!prepared) {
                metrics.error = prepared.error().userMessage;
            } else {
                QSqlDatabase &db = connection.database();
                const MetricsFilter &query = prepared.value();
                // The pull request, ref and activity charts need no commits: with the commits
                // already in memory the second thread computes them meanwhile. While the
                // commits must be read (a start, after a sync) the read and the window keep
                // both cores: the two in parallel made starts 20-40% slower.
                std::optional<std::future<BesideCommits>> beside;
                if (m_snapshot && m_snapshotGeneration == m_cacheGeneration)
                    beside = startBesideCommits(query, measure, grouping, period);
                // One pass over the commits in memory feeds the punch card, the calendar,
                // code frequency, the contributors' commits and commits over time.
                const Result<std::shared_ptr<const CommitSnapshot>> snapshot
                    = currentSnapshot(db, &query);
                const Result<CommitCounts> counts
                    = snapshot ? snapshot.value()->count(db, query, grouping)
                               : Result<CommitCounts>(snapshot.error());
                const Result<QList<CommitHour>> hours
                    = counts ? Result<QList<CommitHour>>(counts.value().hours)
                             : Result<QList<CommitHour>>(counts.error());
                const Result<QList<Contributor>> people
                    = counts ? CodeMetrics::contributorsFrom(db, query, counts.value().people)
                             : Result<QList<Contributor>>(counts.error());
                const BesideCommits other
                    = beside ? beside->get() : besideCommits(db, query, measure, grouping, period);
                const Result<MergeDelay> &delay = *other.delay;
                const Result<ReviewMetrics> &reviews = *other.reviews;
                const Result<DeliveryMetrics> &delivery = *other.delivery;
                const Result<LinesPerPullRequest> &lines = *other.lines;
                const Result<RefTrends> &refs = *other.refs;
                const Result<ActivitySeries> &activity = *other.activity;
                const Result<ContributionSeries> overTime
                    = other.overTime ? *other.overTime
                      : counts ? CodeMetrics::contributionsOverTimeFrom(db, query, grouping, period,
                                                                        5, counts.value().perDay)
                               : Result<ContributionSeries>(counts.error());
                for (const Error *error :
                     {hours ? nullptr : &hours.error(), delay ? nullptr : &delay.error(),
                      reviews ? nullptr : &reviews.error(), lines ? nullptr : &lines.error(),
                      delivery ? nullptr : &delivery.error(), people ? nullptr : &people.error(),
                      refs ? nullptr : &refs.error(), overTime ? nullptr : &overTime.error(),
                      activity ? nullptr : &activity.error()}) {
                    if (error && metrics.error.isEmpty())
                        metrics.error = error->userMessage;
                }
                if (metrics.error.isEmpty()) {
                    metrics.punchCard = CommitActivity::punchCardOf(hours.value());
                    metrics.calendar = CommitActivity::calendarOf(hours.value());
                    metrics.mergeDelay = delay.value();
                    metrics.reviews = reviews.value();
                    metrics.delivery = delivery.value();
                    metrics.linesPerPullRequest = lines.value();
                    metrics.codeFrequency = CodeMetrics::codeFrequencyOf(hours.value());
                    metrics.linesPerDay = CodeMetrics::linesPerDayOf(hours.value());
                    metrics.contributors = people.value();
                    metrics.refTrends = refs.value();
                    metrics.contributionsOverTime = overTime.value();
                    metrics.activity = activity.value();
                    metrics.workKindsPerDay = counts.value().perKind;
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, metrics, generation] {
                if (generation == m_metricsGeneration)
                    emit metricsReady(metrics);
            },
            Qt::QueuedConnection);
        // After the answer is on its way; a newer filter's job does it otherwise.
        if (generation == m_metricsGeneration)
            finishSnapshot();
    });
}

MetricsRunner::BesideCommits MetricsRunner::besideCommits(QSqlDatabase &db,
                                                          const MetricsFilter &query,
                                                          ContributionMeasure measure,
                                                          ContributionGrouping grouping,
                                                          ContributionPeriod period)
{
    BesideCommits other;
    other.delay = MergeDelayMetric::compute(db, query, QDateTime::currentDateTimeUtc());
    other.reviews = ReviewMetricsQuery::compute(db, query);
    if (const Result<std::shared_ptr<const DeliveryFacts>> facts = currentDeliveryFacts(db); facts)
        other.delivery = DeliveryMetricsQuery::aggregate(*facts.value(), query);
    else
        other.delivery = facts.error();
    other.lines = CodeMetrics::linesPerPullRequest(db, query);
    other.refs = RefTrendsMetric::compute(db, query);
    other.activity = ActivityMetrics::minutesByService(db, query);
    if (measure != ContributionMeasure::Commits)
        other.overTime
            = CodeMetrics::contributionsOverTime(db, query, grouping, period, 5, measure);
    return other;
}

std::future<MetricsRunner::BesideCommits>
MetricsRunner::startBesideCommits(const MetricsFilter &query, ContributionMeasure measure,
                                  ContributionGrouping grouping, ContributionPeriod period)
{
    auto promise = std::make_shared<std::promise<BesideCommits>>();
    std::future<BesideCommits> result = promise->get_future();
    m_besidePool.start([this, promise, query, measure, grouping, period] {
        BesideCommits other;
        {
            CacheConnection connection(m_cacheAddress, QStringLiteral("metrics-beside"));
            if (connection.isOpen()) {
                other = besideCommits(connection.database(), query, measure, grouping, period);
            } else {
                other.delay = connection.error();
                other.lines = connection.error();
                other.refs = connection.error();
                other.activity = connection.error();
            }
        }
        promise->set_value(std::move(other));
    });
    return result;
}

Result<std::shared_ptr<const DeliveryFacts>> MetricsRunner::currentDeliveryFacts(QSqlDatabase &db)
{
    const std::lock_guard<std::mutex> lock(m_deliveryMutex);
    const int generation = m_cacheGeneration;
    if (!m_deliveryFacts || m_deliveryFactsGeneration != generation) {
        m_deliveryFacts.reset();
        Result<DeliveryFacts> prepared = DeliveryMetricsQuery::prepare(db);
        if (!prepared)
            return prepared.error();
        m_deliveryFacts = std::make_shared<const DeliveryFacts>(std::move(prepared).value());
        m_deliveryFactsGeneration = generation;
    }
    return m_deliveryFacts;
}

void MetricsRunner::cacheChanged()
{
    ++m_cacheGeneration;
}

Result<std::shared_ptr<const CommitSnapshot>>
MetricsRunner::currentSnapshot(QSqlDatabase &db, const MetricsFilter *counted)
{
    const int generation = m_cacheGeneration;
    auto enough = [this, counted] {
        return counted ? m_snapshot->covers(*counted) : m_snapshot->isComplete();
    };
    if (m_snapshot && m_snapshotGeneration == generation && enough())
        return m_snapshot;
    const Result<QString> stamp = CommitSnapshot::stampOf(db);
    if (!stamp)
        return stamp.error();
    if (!m_snapshot || m_snapshotStamp != stamp.value()) {
        m_snapshot.reset(); // never two in memory
        // A SQLite cache keeps its snapshot beside it for the next start; a team database's
        // is read each time.
        const QString kept = CommitSnapshot::keptFileFor(m_cacheAddress);
        std::optional<CommitSnapshot> restored
            = kept.isEmpty() ? std::nullopt : CommitSnapshot::restore(kept, stamp.value());
        if (restored) {
            m_snapshot = std::make_shared<const CommitSnapshot>(std::move(*restored));
        } else {
            Result<CommitSnapshot> loaded = readSnapshot(db, counted);
            if (!loaded)
                return loaded.error();
            m_snapshot = std::make_shared<const CommitSnapshot>(std::move(loaded.value()));
            // Saved by keepSnapshot() once this job's answer is posted; within the job, so
            // that destroying the runner (quitting) waits for it instead of dropping it.
            m_snapshotToKeep = kept;
        }
        m_snapshotStamp = stamp.value();
    }
    if (!enough()) {
        // A start's partial read (readSnapshot): the older commits complete it.
        Result<CommitSnapshot> older = CommitSnapshot::loadBefore(db, m_snapshot->readSince());
        if (!older)
            return older.error();
        CommitSnapshot whole = *m_snapshot;
        m_snapshot.reset();
        whole.completeWith(std::move(older.value()));
        m_snapshot = std::make_shared<const CommitSnapshot>(std::move(whole));
    }
    m_snapshotGeneration = generation;
    return m_snapshot;
}

Result<CommitSnapshot> MetricsRunner::readSnapshot(QSqlDatabase &db, const MetricsFilter *counted)
{
    // The dashboard opens on a recent range: when that range is a small part of the history,
    // its commits alone are read first (by the authored_at index) and the answer goes out;
    // finishSnapshot() reads the older ones after it. Judged by time span, which the index
    // gives at once (a count would read it; so would min() and max() in one SELECT).
    if (counted && counted->timeZone == TimeZoneMode::Local && counted->from.isValid()) {
        constexpr qint64 SecondsPerDay = 86400;
        const qint64 since = (MetricsSql::dayNumber(counted->from) - 2) * SecondsPerDay;
        Result<QSqlQuery> span
            = BoundQuery::exec(db,
                               QStringLiteral("SELECT (SELECT min(authored_at) FROM commits), "
                                              "(SELECT max(authored_at) FROM commits)"),
                               {}, QStringLiteral("reading the commits for the dashboard"));
        if (!span)
            return span.error();
        if (span.value().next() && !span.value().value(0).isNull()) {
            const qint64 oldest = span.value().value(0).toLongLong();
            const qint64 newest = span.value().value(1).toLongLong();
            span.value().finish();
            if (since > oldest && (newest - since) * 2 < newest - oldest)
                return CommitSnapshot::loadSince(db, since);
        }
    }
    return CommitSnapshot::load(db);
}

void MetricsRunner::finishSnapshot()
{
    if (m_snapshot && !m_snapshot->isComplete()) {
        CacheConnection connection(m_cacheAddress, QStringLiteral("metrics"));
        if (connection.isOpen())
            (void)currentSnapshot(connection.database()); // reads the older commits
    }
    keepSnapshot();
}

void MetricsRunner::keepSnapshot()
{
    if (m_snapshotToKeep.isEmpty() || !m_snapshot || !m_snapshot->isComplete())
        return;
    if (!m_snapshot->save(m_snapshotToKeep, m_snapshotStamp))
        qCInfo(lcStorage) << "could not keep the commit snapshot beside the cache; the next "
                             "start reads the commits instead";
    m_snapshotToKeep.clear();
}

void MetricsRunner::requestPeople()
{
    const int generation = ++m_peopleGeneration;
    m_pool.start([this, generation] {
        if (generation != m_peopleGeneration)
            return; // a newer request is queued
        QList<Person> people;
        QList<Team> teams;
        {
            CacheConnection connection(m_cacheAddress, QStringLiteral("people"));
            if (!connection.isOpen())
                return; // the window shows the cache's error from its own reads
            // The commits' side from the snapshot the charts use (SQL would group every
            // commit again: 2 s at 1M commits).
            const Result<std::shared_ptr<const CommitSnapshot>> snapshot
                = currentSnapshot(connection.database());
            if (!snapshot)
                return;
            const Result<QList<Person>> found
                = Identities::peopleFrom(connection.database(), snapshot.value()->aliases());
            const Result<QList<Team>> groups = Teams::all(connection.database());
            if (!found || !groups)
                return;
            people = found.value();
            teams = groups.value();
        }
        QMetaObject::invokeMethod(
            this,
            [this, people, teams, generation] {
                if (generation == m_peopleGeneration)
                    emit peopleReady(people, teams);
            },
            Qt::QueuedConnection);
        keepSnapshot();
    });
}

void MetricsRunner::requestSearch(const MetricsFilter &filter, const QString &text)
{
    const int generation = ++m_searchGeneration;
    m_pool.start([this, filter, text, generation] {
        if (generation != m_searchGeneration)
            return; // typed on: a newer search is queued
        QList<SearchHit> hits;
        QString error;
        {
            CacheConnection connection(m_cacheAddress, QStringLiteral("search"));
            const Result<MetricsFilter> prepared
                = connection.isOpen() ? MetricsSql::prepare(connection.database(), filter)
                                      : Result<MetricsFilter>(connection.error());
            const Result<QList<SearchHit>> found
                = prepared ? Search::find(connection.database(), text, prepared.value())
                           : Result<QList<SearchHit>>(prepared.error());
            if (found)
                hits = found.value();
            else
                error = found.error().userMessage;
        }
        QMetaObject::invokeMethod(
            this,
            [this, text, hits, error, generation] {
                if (generation == m_searchGeneration)
                    emit searchReady(text, hits, error);
            },
            Qt::QueuedConnection);
    });
}

void MetricsRunner::requestCommits(const MetricsFilter &filter, int weekday, int hour,
                                   const QDate &day)
{
    const int generation = ++m_commitsGeneration;
    m_pool.start([this, filter, weekday, hour, day, generation] {
        QList<CommitListItem> commits;
        QString error;
        {
            CacheConnection connection(m_cacheAddress, QStringLiteral("metrics"));
            const Result<MetricsFilter> prepared
                = connection.isOpen() ? MetricsSql::prepare(connection.database(), filter)
                                      : Result<MetricsFilter>(connection.error());
            // Picked from the snapshot (a pass in memory), then only those rows read: SQL
            // would compute every commit's local time in the range (0.3 s at 1M commits).
            const Result<std::shared_ptr<const CommitSnapshot>> snapshot
                = prepared ? currentSnapshot(connection.database(), &prepared.value())
                           : Result<std::shared_ptr<const CommitSnapshot>>(prepared.error());
            const Result<QList<qint64>> ids = snapshot ? snapshot.value()->newestIds(
                                                  connection.database(), prepared.value(), weekday,
                                                  hour, day, CommitActivity::ListedCommitsAtMost)
                                                       : Result<QList<qint64>>(snapshot.error());
            const Result<QList<CommitListItem>> listed
                = ids ? CommitActivity::commitsWithIds(connection.database(), ids.value())
                      : Result<QList<CommitListItem>>(ids.error());
            if (listed)
                commits = listed.value();
            else
                error = listed.error().userMessage;
        }
        QMetaObject::invokeMethod(
            this,
            [this, commits, error, generation] {
                if (generation == m_commitsGeneration)
                    emit commitsReady(commits, error);
            },
            Qt::QueuedConnection);
        keepSnapshot(); // in case this read it
    });
}
