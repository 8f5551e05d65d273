// Reading the dashboard's CommitSnapshot from a big cache (bench_dashboard's 1M commits) and
// counting one filter from it. The cache is generated once into `cache-file` and reused, so
// that trying a change to the reading costs seconds, not the minute of generating it.
//   build/bench/bench/bench_commitsnapshot /tmp/devpulse-1m.sqlite [commits]
#include "bigcache.h"
#include "metrics/commitsnapshot.h"
#include "metrics/metricssql.h"
#include "storage/cachedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_commitsnapshot cache-file [commits]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    if (!QFile::exists(path)) {
        TestCache cache;
        fillBigCache(cache, argc > 2 ? QByteArray(argv[2]).toInt() : 1000000);
        if (!QFile::copy(cache.address(), path)) {
            std::fprintf(stderr, "cannot write %s\n", argv[1]);
            return 1;
        }
    }
    CacheConnection connection(path, QStringLiteral("bench"));
    if (!connection.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error().userMessage));
        return 1;
    }
    QSqlDatabase &db = connection.database();
    MetricsFilter year;
    year.from = QDate::currentDate().addDays(-364);
    year.to = QDate::currentDate();
    year = MetricsSql::prepare(db, year).value();
    {
        QList<double> reads;
        QList<double> counts;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Result<CommitSnapshot> snapshot = CommitSnapshot::load(db);
            reads << timer.nsecsElapsed() / 1e6;
            if (!snapshot) {
                std::fprintf(stderr, "%s\n", qPrintable(snapshot.error().userMessage));
                return 1;
            }
            timer.restart();
            (void)snapshot.value().count(db, year, ContributionGrouping::Developer);
            counts << timer.nsecsElapsed() / 1e6;
            if (run == 0)
                std::printf("%lld commits\n", qlonglong(snapshot.value().size()));
        }
        std::sort(reads.begin(), reads.end());
        std::sort(counts.begin(), counts.end());
        std::printf("read: median %.0f ms (fastest %.0f, slowest %.0f); "
                    "count 12 months: median %.1f ms\n",
                    reads.at(2), reads.first(), reads.last(), counts.at(2));
    }
    return 0;
}
