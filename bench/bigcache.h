#pragma once

// The big cache the dashboard benchmarks share, as issue #5 sizes it: `total` commits by 200
// people in 200 repositories over three years (mixed UTC offsets) and 100k pull requests
// (one in ten per commit). Before 2026-11-26: 50 repositories and 20k pull requests.
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QDateTime>

inline QList<qint64> fillBigCache(TestCache &cache, int total)
{
    const qint64 account = cache.addAccount();
    QList<qint64> repos;
    for (int i = 0; i < 200; ++i)
        repos << cache.addRepo(account, QStringLiteral("octo/repo-%1").arg(i));

    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 span = 3LL * 365 * 24 * 3600;
    constexpr int Page = 5000;
    for (int first = 0; first < total; first += Page) {
        CacheWriter writer(cache.db());
        (void)writer.transaction();
        for (int i = first; i < qMin(total, first + Page); ++i) {
            CommitRecord commit;
            commit.repoId = repos.at(i % repos.size());
            commit.sha = QString::number(i, 16).rightJustified(40, QLatin1Char('0'));
            const int person = (i * 7919) % 200;
            commit.author
                = {QStringLiteral("dev%1").arg(person), QStringLiteral("Developer %1").arg(person),
                   QStringLiteral("dev%1@example.com").arg(person)};
            commit.authoredAt = end.addSecs(-(qint64(i) * 7919 % span));
            commit.authoredOffsetMinutes = ((person % 5) - 2) * 180;
            commit.committer = commit.author;
            commit.committedAt = commit.authoredAt;
            commit.additions = i % 97;
            commit.deletions = i % 31;
            commit.message = QStringLiteral("Change %1 in module %2").arg(i).arg(i % 300);
            (void)writer.upsertCommit(commit);
        }
        const int pulls = total / 10;
        if (first < pulls) {
            for (int n = first; n < first + Page && n < pulls; ++n) {
                PullRequestRecord pull;
                pull.repoId = repos.at(n % repos.size());
                pull.number = n + 1;
                pull.title = QStringLiteral("Pull request %1").arg(n);
                pull.authorLogin = QStringLiteral("dev%1").arg(n % 200);
                pull.state = QStringLiteral("closed");
                pull.createdAt = end.addSecs(-(qint64(n) * 4001 % span));
                pull.mergedAt = pull.createdAt.addSecs((n % 300) * 600);
                pull.additions = n % 500;
                pull.deletions = n % 200;
                (void)writer.upsertPullRequest(pull);
            }
        }
        (void)writer.commit();
    }
    return repos;
}
