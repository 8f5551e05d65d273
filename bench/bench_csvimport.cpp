// CSV import of a 1M-row activity file: validation pass and import (one transaction), rows/s
// and the process's peak RSS, which must not grow with the file (it is read in chunks).
//   build/bench/bench/bench_csvimport [rows]
#include "core/providers/csv/csvactivityimport.h"
#include "tests/support/testcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {
long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activity.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("date,service,minutes,title\r\n");
        const QDate first(2020, 1, 1);
        for (int i = 0; i < rows; ++i) {
            file.write(first.addDays(i % 2000).toString(Qt::ISODate).toLatin1() + ",Service "
                       + QByteArray::number(i % 13) + "," + QByteArray::number(i % 240) + ",\"Task "
                       + QByteArray::number(i) + ", with a comma\"\r\n");
        }
    }
    std::printf("file: %d rows, %.1f MiB; peak RSS before: %ld MiB\n", rows,
                QFileInfo(path).size() / 1048576.0, peakRssMiB());

    QElapsedTimer timer;
    timer.start();
    const Result<CsvReport> report = CsvActivityImport::validate(path);
    const double validateSeconds = timer.nsecsElapsed() / 1e9;
    if (!report)
        return 1;
    std::printf("validate: %.2f s = %.0f rows/s (%lld valid); peak RSS %ld MiB\n", validateSeconds,
                rows / validateSeconds, report.value().validRows, peakRssMiB());

    TestCache cache;
    timer.restart();
    const Result<CsvImportSummary> imported
        = CsvActivityImport::importFile(cache.db(), path, QDateTime::currentDateTimeUtc());
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (!imported)
        return 1;
    std::printf("import: %lld rows in %.2f s = %.0f rows/s; peak RSS %ld MiB\n",
                imported.value().added, importSeconds, rows / importSeconds, peakRssMiB());
    timer.restart();
    const Result<CsvImportSummary> again
        = CsvActivityImport::importFile(cache.db(), path, QDateTime::currentDateTimeUtc());
    std::printf("import again: %lld added, %.2f s\n", again ? again.value().added : -1,
                timer.nsecsElapsed() / 1e9);
    return 0;
}
