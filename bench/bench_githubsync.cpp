// Sync throughput and request budget on a simulated large account (the fake GitHub on
// loopback, in this process): 200 repositories, 100k commits, 10k pull requests, 20k issues.
// Reports requests against the floor (ceil(items/100) per list), wall time, items per second,
// peak RSS, then the requests of an unchanged re-sync and of a re-sync after one repository
// changed (issue 20: at most 10, and only that repository read). Not a test: it prints.
#include "fakegithub.h"
#include "net/githubapiclient.h"
#include "providers/github/githubsync.h"
#include "storage/cachewriter.h"
#include "sync/cacheconditionalstore.h"
#include "testcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QtMath>

#include <sys/resource.h>

#include <cstdio>

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repos = qEnvironmentVariableIntValue("BENCH_REPOS") > 0
                          ? qEnvironmentVariableIntValue("BENCH_REPOS")
                          : 200;
    const int commitsPerRepo = 500, pullsPerRepo = 50, issuesPerRepo = 100;

    FakeGitHub github;
    if (!github.listen())
        return 1;
    for (int i = 0; i < repos; ++i)
        github.addGeneratedRepo(QStringLiteral("octo"),
                                QStringLiteral("repo-%1").arg(i, 3, 10, QLatin1Char('0')),
                                commitsPerRepo, pullsPerRepo, issuesPerRepo);

    TestCache cache;
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.baseUrl = github.baseUrl().toString();
    account.login = QStringLiteral("octo");
    const qint64 accountId = CacheWriter(cache.db()).upsertAccount(account).value();

    QNetworkAccessManager network;
    HttpClient http(&network);
    CacheConditionalStore etags(cache.db());
    const GitHubHost host = GitHubHost::fromUserInput(github.baseUrl().toString()).value();

    auto runSync = [&](const char *label) {
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        GitHubApiClient api(&http, host, QLatin1String(FakeGitHub::Token), Clock::system(),
                            cancelled, &etags);
        GitHubSync sync(api, cache.db(), accountId, QStringLiteral("octo"), {});
        QElapsedTimer timer;
        timer.start();
        const Result<void> result = sync.run(false);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        int items = 0;
        for (int count : sync.progress().itemsByKind)
            items += count;
        std::printf(
            "%s: %s, %.2f s, %d requests (%d answered 304), %d items written, %.0f items/s, "
            "%.0f commits/s\n",
            label, result.ok() ? "ok" : qPrintable(result.error().toLogString()), seconds,
            api.stats().requests, api.stats().notModified, items, items / seconds,
            sync.progress().itemsByKind.value(QStringLiteral("commits")) / seconds);
        for (auto it = sync.progress().itemsByKind.cbegin();
             it != sync.progress().itemsByKind.cend(); ++it)
            std::printf("    %-14s %d\n", qPrintable(it.key()), it.value());
        return api.stats().requests;
    };

    const int issueItems = issuesPerRepo; // /issues returns issues and pull requests alike
    const int perRepoFloor = ceilDiv(commitsPerRepo, 100) + ceilDiv(pullsPerRepo, 100)
                             + ceilDiv(issueItems, 100)
                             + ceilDiv(issuesPerRepo, 100) // issue events
                             + 1 + 1;                      // branches, tags
    // + the user's profile, organisations, events and the batched change check
    const int floor = ceilDiv(repos, 100) + repos * perRepoFloor + 3 + ceilDiv(repos, 100);
    std::printf("Simulated account: %d repos, %d commits, %d pull requests, %d issue items\n",
                repos, repos * commitsPerRepo, repos * pullsPerRepo, repos * issuesPerRepo);
    const int firstRequests = runSync("first sync");
    std::printf("requests / floor: %d / %d = %.3f\n", firstRequests, floor,
                double(firstRequests) / floor);
    std::printf("peak RSS: %.1f MiB\n", peakRssKiB() / 1024.0);
    const int againRequests = runSync("unchanged re-sync");
    std::printf("unchanged re-sync: %d requests (%.2f per repo)\n", againRequests,
                double(againRequests) / repos);
    FakeGitHub::Repo *changed = github.findRepo(QStringLiteral("octo"), QStringLiteral("repo-007"));
    changed->commits << FakeGitHub::generatedCommit(
        commitsPerRepo, QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC), QStringLiteral("new"));
    const int oneChanged = runSync("re-sync after one repository changed");
    std::printf("one repository changed: %d requests\n", oneChanged);
    return 0;
}
