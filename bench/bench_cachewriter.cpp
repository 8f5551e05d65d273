// Ingest rate of the cache alone: 100k commits upserted through CacheWriter in pages of 100
// (one transaction each, as the sync writes them), then the same 100k again (unchanged).
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestCache cache;
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/big"));

    const int total = 100000;
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int page = 0; page < total / 100; ++page) {
            CacheWriter writer(cache.db());
            (void)writer.transaction();
            for (int i = page * 100; i < (page + 1) * 100; ++i) {
                CommitRecord commit;
                commit.repoId = repoId;
                commit.sha = QString::number(i, 16).rightJustified(40, QLatin1Char('0'));
                commit.author = {QStringLiteral("dev%1").arg(i % 5), QStringLiteral("Dev"),
                                 QStringLiteral("dev@example.com")};
                commit.authoredAt = start.addSecs(i * 60);
                commit.committer = commit.author;
                commit.committedAt = commit.authoredAt;
                commit.additions = i % 50;
                commit.deletions = i % 7;
                commit.message = QStringLiteral("Commit number %1 with a message").arg(i);
                (void)writer.upsertCommit(commit);
            }
            (void)writer.commit();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("%s: %d commits in %.2f s = %.0f commits/s\n",
                    round == 0 ? "insert" : "upsert unchanged", total, seconds, total / seconds);
    }
    return 0;
}
