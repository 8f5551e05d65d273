// Sync throughput and request budget on a simulated large account (the fake GitHub on
// loopback): 200 repositories, 100k commits, 10k pull requests, 20k issues. Reports requests
// against the floor (ceil(items/100) per list), wall time, items per second, peak RSS, then
// the requests of an unchanged re-sync and of a re-sync after one repository changed (issue
// 20: at most 10, and only that repository read). Not a test: it prints.
// Environment:
//   BENCH_REPOS=200        repositories of 500 commits, 50 pull requests, 100 issue items
//   BENCH_LANES=4          repositories read side by side (the sync/concurrentRequests setting)
//   BENCH_LATENCY_MS=0     each answer leaves the fake this long after its request arrived
//   BENCH_FAKE=process     the fake in a process of its own (bench_fakegithub) so that its JSON
//                          building does not count; "inprocess": in this one
//   BENCH_NO_SEARCH_INDEX  set: without the full-text index (what indexing costs)
#include "core/net/requestgate.h"
#include "core/providers/github/githubapiclient.h"
#include "core/providers/github/githubsync.h"
#include "core/storage/cachewriter.h"
#include "core/sync/bulkload.h"
#include "core/sync/cacheconditionalstore.h"
#include "tests/support/fakegithub.h"
#include "tests/support/githubtestlane.h"
#include "tests/support/testcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QtMath>

#include <sys/resource.h>

#include <cstdio>

namespace {

/// CPU seconds this process spent so far, all its threads (the fake's own process not).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int ceilDiv(int items, int per)
{
    return (items + per - 1) / per;
}

int setting(const char *name, int otherwise)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : otherwise;
}

/// The fake GitHub, here or in bench_fakegithub next to this program.
class Fake
{
public:
    bool start(int repos, int latencyMs, bool ownProcess)
    {
        if (!ownProcess) {
            m_here = std::make_unique<FakeGitHub>();
            if (!m_here->listen())
                return false;
            for (int i = 0; i < repos; ++i)
                m_here->addGeneratedRepo(QStringLiteral("octo"), repoName(i), 500, 50, 100);
            m_here->server().setLatency(std::chrono::milliseconds(latencyMs));
            m_baseUrl = m_here->baseUrl();
            return true;
        }
        m_process.setProgram(QDir(QCoreApplication::applicationDirPath())
                                 .filePath(QStringLiteral("bench_fakegithub")));
        m_process.setArguments({QString::number(repos), QString::number(latencyMs)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        const QByteArray line = readLine(120000);
        if (!line.startsWith("listening "))
            return false;
        m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(line.mid(10).trimmed().toInt()));
        return true;
    }
    ~Fake()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }

    QUrl baseUrl() const { return m_baseUrl; }

    /// One new commit on the default branch of `repo`.
    bool change(int repo)
    {
        if (m_here) {
            FakeGitHub::Repo *changed = m_here->findRepo(QStringLiteral("octo"), repoName(repo));
            changed->commits << FakeGitHub::generatedCommit(
                int(changed->commits.size()), QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC),
                QStringLiteral("new"));
            return true;
        }
        m_process.write("change " + repoName(repo).toUtf8() + "\n");
        return readLine(10000).startsWith("changed");
    }

    static QString repoName(int i)
    {
        return QStringLiteral("repo-%1").arg(i, 3, 10, QLatin1Char('0'));
    }

private:
    QByteArray readLine(int timeoutMs)
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine() && waited.elapsed() < timeoutMs
               && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(100);
        return m_process.readLine();
    }

    std::unique_ptr<FakeGitHub> m_here;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repos = qMax(1, setting("BENCH_REPOS", 200));
    const int lanes = qMax(1, setting("BENCH_LANES", 4));
    const int latencyMs = qMax(0, setting("BENCH_LATENCY_MS", 0));
    const bool ownProcess = qEnvironmentVariable("BENCH_FAKE") != QLatin1String("inprocess");
    const int commitsPerRepo = 500, pullsPerRepo = 50, issuesPerRepo = 100;

    Fake github;
    if (!github.start(repos, latencyMs, ownProcess)) {
        std::fprintf(stderr, "the fake GitHub did not start\n");
        return 1;
    }

    auto newAccount = [&github](TestCache &into) {
        AccountRecord account;
        account.provider = QStringLiteral("github");
        account.baseUrl = github.baseUrl().toString();
        account.login = QStringLiteral("octo");
        return CacheWriter(into.db()).upsertAccount(account).value();
    };
    TestCache cache;
    const qint64 accountId = newAccount(cache);
    if (qEnvironmentVariableIsSet("BENCH_NO_SEARCH_INDEX")) {
        // Diagnostic: how much of the sync is the full-text index of the messages and titles.
        for (const char *trigger :
             {"commits_search_insert", "pulls_search_insert", "issues_search_insert"})
            QSqlQuery(cache.db()).exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger));
        std::printf("(search index triggers dropped)\n");
    }

    QNetworkAccessManager network;
    HttpClient http(&network);
    const GitHubHost host = GitHubHost::fromUserInput(github.baseUrl().toString()).value();

    auto syncInto = [&](TestCache &target, qint64 targetAccount, const char *label) {
        CacheConditionalStore etags(target.db());
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        GitHubApiClient api(&http, host, QLatin1String(FakeGitHub::Token), Clock::system(),
                            cancelled, &etags);
        const auto gate = std::make_shared<RequestGate>(lanes, Clock::system());
        api.setRequestGate(gate);
        GitHubSync sync(api, target.db(), targetAccount, QStringLiteral("octo"), {});
        if (lanes > 1)
            sync.setParallelReads(
                lanes, GitHubTestLane::opener(target.address(), host, Clock::system(), gate));
        if (!label) {
            const Result<void> warmed = sync.run(false);
            return warmed ? 0 : -1;
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        // As SyncWorker runs a provider: what the sync defers is done at its end, and counts.
        BulkLoad bulk(target.db(), target.address(), targetAccount, true);
        const bool deferred = bulk.deferredIndexes();
        const Result<void> result = sync.run(false);
        const qint64 finishStartedNs = timer.nsecsElapsed();
        const Result<void> finished = bulk.finish();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        int items = 0;
        for (int count : sync.progress().itemsByKind)
            items += count;
        const RequestStats stats = sync.requestStats();
        std::printf("%s: %s, %.2f s, %d requests (%d answered 304, at most %d in flight), %d items "
                    "written, %.0f items/s, %.0f commits/s\n",
                    label, result.ok() ? "ok" : qPrintable(result.error().toLogString()), seconds,
                    stats.requests, stats.notModified, gate->mostInFlight(), items, items / seconds,
                    sync.progress().itemsByKind.value(QStringLiteral("commits")) / seconds);
        std::printf(
            "    of which the end (%s, search index): %.2f s%s\n",
            deferred ? "indexes built again" : "indexes kept",
            seconds - double(finishStartedNs) / 1e9,
            finished ? ""
                     : qPrintable(QStringLiteral(", failed: ") + finished.error().toLogString()));
        // DevPulse's own work, whatever the fake costs: commits per CPU second of this process.
        std::printf("    DevPulse's CPU: %.2f s, %.0f commits per CPU second%s\n", cpu,
                    sync.progress().itemsByKind.value(QStringLiteral("commits")) / qMax(cpu, 1e-3),
                    ownProcess ? "" : " (the fake's included)");
        for (auto it = sync.progress().itemsByKind.cbegin();
             it != sync.progress().itemsByKind.cend(); ++it)
            std::printf("    %-14s %d\n", qPrintable(it.key()), it.value());
        return stats.requests;
    };
    auto runSync = [&](const char *label) { return syncInto(cache, accountId, label); };

    const int issueItems = issuesPerRepo; // /issues returns issues and pull requests alike
    const int perRepoFloor = ceilDiv(commitsPerRepo, 100) + ceilDiv(pullsPerRepo, 100)
                             + ceilDiv(issueItems, 100)
                             + ceilDiv(issuesPerRepo, 100) // issue events
                             + 1 + 1                       // branches, tags
                             + 1; // deployments and releases (one query while they fit)
    // + the user's profile, organisations, events and the batched change check
    const int floor = ceilDiv(repos, 100) + repos * perRepoFloor + 3 + ceilDiv(repos, 100);
    std::printf("Simulated account: %d repos, %d commits, %d pull requests, %d issue items; "
                "fake %s, %d ms latency; %d repositories side by side\n",
                repos, repos * commitsPerRepo, repos * pullsPerRepo, repos * issuesPerRepo,
                ownProcess ? "in its own process" : "in this process", latencyMs, lanes);
    if (ownProcess) {
        // The fake keeps its answers: a first pass into a cache of its own builds them, so that
        // the measured sync times DevPulse and not the fake's JSON building.
        TestCache warmUp;
        if (syncInto(warmUp, newAccount(warmUp), nullptr) != 0) {
            std::fprintf(stderr, "the warm-up sync failed\n");
            return 1;
        }
    }
    const int firstRequests = runSync("first sync");
    std::printf("requests / floor: %d / %d = %.3f\n", firstRequests, floor,
                double(firstRequests) / floor);
    std::printf("peak RSS: %.1f MiB\n", peakRssKiB() / 1024.0);
    const int againRequests = runSync("unchanged re-sync");
    std::printf("unchanged re-sync: %d requests (%.2f per repo)\n", againRequests,
                double(againRequests) / repos);
    if (!github.change(qMin(7, repos - 1))) {
        std::fprintf(stderr, "the fake GitHub did not take the change\n");
        return 1;
    }
    const int oneChanged = runSync("re-sync after one repository changed");
    std::printf("one repository changed: %d requests\n", oneChanged);
    return 0;
}
