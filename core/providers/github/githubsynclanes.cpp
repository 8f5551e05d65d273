// GitHubSync's repositories read side by side (issue 20, item 6): a first sync is bound by
// network latency, not by work, so up to m_parallelReads threads ("lanes") each read whole
// repositories, one after another from a shared queue, through an API client and a cache
// connection of their own. What stays one at a time: writing (one page per transaction, under
// the shared write lock) and, after a secondary rate limit, sending (the RequestGate).

#include "core/providers/github/githubsync.h"

#include "core/common/logging.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace {

/// What the lanes and the thread that started them share, under `mutex`.
struct SharedReads
{
    std::mutex mutex;
    qsizetype next = 0;           ///< the queue's next repository
    std::optional<Error> failure; ///< the first error that stops the sync
    QList<SyncProgress> perLane;  ///< each lane's own counts
    int reposDone = 0;
    QString currentRepo;        ///< the repository a lane started last
    QDateTime rateLimitedUntil; ///< a lane waits for the rate limit until then
    RequestStats stats;         ///< of the lanes that ended
    int lanesRunning = 0;
};

void addStats(RequestStats &into, const RequestStats &from)
{
    into.requests += from.requests;
    into.notModified += from.notModified;
    into.waits += from.waits;
    into.waitSeconds += from.waitSeconds;
}

} // namespace

RequestStats GitHubSync::requestStats() const
{
    RequestStats total = m_api.stats();
    addStats(total, m_laneStats);
    return total;
}

Result<void> GitHubSync::readSideBySide(const QList<RepoRead> &repos, bool full)
{
    const int laneCount = int(qMin<qsizetype>(m_parallelReads, repos.size()));
    // Set when the user cancels or a lane fails: every lane's client stops promptly.
    const CancelFlag stop = std::make_shared<std::atomic_bool>(false);
    SharedReads shared;
    shared.perLane.resize(laneCount);
    shared.lanesRunning = laneCount;
    const int doneBefore = m_progress.reposDone;
    const QMap<QString, int> itemsBefore = m_progress.itemsByKind;

    auto fail = [&shared, &stop](const Error &error) {
        // The first real error wins; a lane stopped because another failed says "cancelled".
        if (!shared.failure
            || (shared.failure->kind == ErrorKind::Cancelled && error.kind != ErrorKind::Cancelled))
            shared.failure = error;
        stop->store(true);
    };

    auto laneBody = [this, &repos, &shared, &stop, &fail, full](int laneIndex) {
        Result<std::unique_ptr<Lane>> opened = m_openLane(stop);
        if (!opened) {
            const std::lock_guard lock(shared.mutex);
            fail(opened.error());
            --shared.lanesRunning;
            return;
        }
        Lane &lane = *opened.value();
        lane.api().setRateLimitObserver([&shared](const QDateTime &until) {
            const std::lock_guard lock(shared.mutex);
            shared.rateLimitedUntil = until;
        });
        GitHubSync reader(lane.api(), lane.database(), m_accountId, m_login,
                          [&shared, laneIndex](const SyncProgress &progress) {
                              const std::lock_guard lock(shared.mutex);
                              shared.perLane[laneIndex] = progress;
                          });
        reader.m_writeLock = m_writeLock;
        for (;;) {
            RepoRead read;
            {
                const std::lock_guard lock(shared.mutex);
                if (stop->load() || shared.next >= repos.size())
                    break;
                read = repos.at(shared.next++);
                shared.currentRepo = read.repo.owner + QLatin1Char('/') + read.repo.name;
                shared.rateLimitedUntil = {};
            }
            const Result<void> done = reader.readRepo(read, full);
            const std::lock_guard lock(shared.mutex);
            if (!done) {
                fail(done.error());
                break;
            }
            ++shared.reposDone;
        }
        const std::lock_guard lock(shared.mutex);
        addStats(shared.stats, lane.api().stats());
        --shared.lanesRunning;
    };

    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < laneCount; ++i) {
        threads.emplace_back(QThread::create(laneBody, i));
        threads.back()->setObjectName(QStringLiteral("github-lane-%1").arg(i));
        threads.back()->start();
    }
    qCInfo(lcSync) << "Reading" << repos.size() << "repositories on" << laneCount << "threads";

    // This thread reports progress and passes a cancel on; it keeps its event loop turning
    // meanwhile (what else lives on it, such as a test's fake server, keeps answering).
    auto report = [&] {
        const std::lock_guard lock(shared.mutex);
        if (m_api.isCancelled())
            stop->store(true);
        SyncProgress merged = m_progress;
        merged.itemsByKind = itemsBefore;
        for (const SyncProgress &lane : std::as_const(shared.perLane)) {
            for (auto it = lane.itemsByKind.cbegin(); it != lane.itemsByKind.cend(); ++it)
                merged.itemsByKind[it.key()] += it.value();
        }
        merged.reposDone = doneBefore + shared.reposDone;
        merged.currentRepo = shared.currentRepo;
        // "Rate-limited until HH:MM" only while that time is still ahead.
        merged.rateLimitedUntil
            = shared.rateLimitedUntil > m_api.clock().now() ? shared.rateLimitedUntil : QDateTime();
        const bool changed = merged.reposDone != m_progress.reposDone
                             || merged.itemsByKind != m_progress.itemsByKind
                             || merged.currentRepo != m_progress.currentRepo
                             || merged.rateLimitedUntil != m_progress.rateLimitedUntil;
        m_progress = merged;
        if (changed && m_reportProgress)
            m_reportProgress(merged);
        return shared.lanesRunning == 0;
    };
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (report())
            loop.quit();
    });
    tick.start(20);
    loop.exec();
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    report();
    m_progress.rateLimitedUntil = {};
    addStats(m_laneStats, shared.stats);

    if (shared.failure)
        return *shared.failure;
    return {};
}
