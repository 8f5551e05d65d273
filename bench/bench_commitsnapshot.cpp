// Reading the dashboard's CommitSnapshot from a big cache (bench_dashboard's 1M commits) and
// counting one filter from it. The cache is generated once into `cache-file` and reused, so
// that trying a change to the reading costs seconds, not the minute of generating it.
//   build/bench/bench/bench_commitsnapshot /tmp/devpulse-1m.sqlite [commits]
#include "bench/bigcache.h"
#include "core/metrics/commitactivity.h"
#include "core/metrics/commitsnapshot.h"
#include "core/metrics/metricssql.h"
#include "core/storage/cachedatabase.h"

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
    MetricsFilter onePerson = year;
    onePerson.authors = {QStringLiteral("dev7")};
    onePerson = MetricsSql::prepare(db, onePerson).value();
    {
        // The read as one scan against two halves at once (what load() does from 200k).
        // And a start's first read for the last 12 months (by the authored_at index), then
        // the older commits that complete it after the answer.
        QList<double> oneScan;
        QList<double> twoHalves;
        QList<double> recent;
        QList<double> older;
        const qint64 since = (MetricsSql::dayNumber(year.from) - 2) * 86400;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            Result<CommitSnapshot> partial = CommitSnapshot::loadSince(db, since);
            recent << timer.nsecsElapsed() / 1e6;
            timer.restart();
            Result<CommitSnapshot> rest = CommitSnapshot::loadBefore(db, since);
            if (!partial || !rest)
                return 1;
            partial.value().completeWith(std::move(rest.value()));
            older << timer.nsecsElapsed() / 1e6;
            for (const qsizetype readInTwoFrom : {qsizetype(0), qsizetype(1)}) {
                QElapsedTimer timer;
                timer.start();
                const Result<CommitSnapshot> snapshot = CommitSnapshot::load(db, readInTwoFrom);
                (readInTwoFrom == 0 ? oneScan : twoHalves) << timer.nsecsElapsed() / 1e6;
                if (!snapshot)
                    return 1;
            }
        }
        for (QList<double> *times : {&oneScan, &twoHalves, &recent, &older})
            std::sort(times->begin(), times->end());
        std::printf("read, median of 5: one scan %.0f ms, two halves at once %.0f ms; the last "
                    "12 months alone %.0f ms, the rest and completing %.0f ms\n",
                    oneScan.at(2), twoHalves.at(2), recent.at(2), older.at(2));
    }
    {
        QList<double> reads;
        QList<double> counts;
        QList<double> fromMemory[2];
        QList<double> bySql[2];
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
            // A click on a punch-card cell (Tuesday 14:00, 12 months), for everyone (500 of
            // many: SQL stops early) and for one person (a few: SQL reads the whole range);
            // picked in memory and read by id as the dashboard does, against the SQL.
            for (int who = 0; who < 2; ++who) {
                const MetricsFilter &filter = who == 0 ? year : onePerson;
                timer.restart();
                const Result<QList<qint64>> ids
                    = snapshot.value().newestIds(db, filter, 1, 14, {}, 500);
                const qsizetype listed
                    = ids ? CommitActivity::commitsWithIds(db, ids.value()).value().size() : -1;
                fromMemory[who] << timer.nsecsElapsed() / 1e6;
                timer.restart();
                const qsizetype listedBySql
                    = CommitActivity::commitsAt(db, filter, 1, 14).value().size();
                bySql[who] << timer.nsecsElapsed() / 1e6;
                if (listed != listedBySql)
                    std::fprintf(stderr, "the two lists differ: %lld and %lld commits\n",
                                 qlonglong(listed), qlonglong(listedBySql));
            }
            if (run == 0)
                std::printf("%lld commits\n", qlonglong(snapshot.value().size()));
        }
        std::sort(reads.begin(), reads.end());
        std::sort(counts.begin(), counts.end());
        for (int who = 0; who < 2; ++who) {
            std::sort(fromMemory[who].begin(), fromMemory[who].end());
            std::sort(bySql[who].begin(), bySql[who].end());
        }
        std::printf("read: median %.0f ms (fastest %.0f, slowest %.0f); "
                    "count 12 months: median %.1f ms\n",
                    reads.at(2), reads.first(), reads.last(), counts.at(2));
        std::printf("drill-down, one punch-card cell in 12 months, median: everyone (500 "
                    "listed) %.1f ms from the snapshot, %.0f ms by SQL; one person %.1f ms, "
                    "%.0f ms\n",
                    fromMemory[0].at(2), bySql[0].at(2), fromMemory[1].at(2), bySql[1].at(2));
    }
    return 0;
}
