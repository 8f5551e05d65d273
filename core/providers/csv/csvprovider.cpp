#include "core/providers/csv/csvprovider.h"

#include "core/providers/csv/csvactivityimport.h"
#include "core/storage/syncstate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvProvider)
};
} // namespace

ProviderInfo CsvProvider::info() const
{
    ProviderInfo info;
    info.id = QStringLiteral("csv");
    info.displayName = Tr::tr("CSV import");
    info.description
        = Tr::tr("Activity from a file with the columns date, service, minutes and title.");
    info.authKind = ProviderAuthKind::File;
    info.loginLabel = Tr::tr("File");
    return info;
}

ProviderSyncOutcome CsvProvider::sync(ProviderSyncContext &context) const
{
    ProviderSyncOutcome outcome;
    auto reportReading = [&outcome, &context](const QString &path, qint64 done, qint64 total) {
        outcome.progress.phase = Tr::tr("Reading %1: %2%")
                                     .arg(QFileInfo(path).fileName())
                                     .arg(total > 0 ? done * 100 / total : 100);
        if (context.reportProgress)
            context.reportProgress(outcome.progress);
    };
    if (!context.importFile.isEmpty()) {
        // An import job (the window's Import): this file, whose report the user has seen.
        const QString path = context.importFile;
        const Result<CsvImportSummary> imported = CsvActivityImport::importAndRemember(
            context.db, context.accountId, path, context.clock->now(),
            [&](qint64 done, qint64 total) { reportReading(path, done, total); },
            context.cancelled);
        if (!imported)
            outcome.result = imported.error();
        else
            outcome.progress.itemsByKind[QStringLiteral("activities")]
                = int(imported.value().added);
        return outcome;
    }
    const Result<QStringList> files = SyncState(context.db).files(context.accountId);
    if (!files) {
        outcome.result = files.error();
        return outcome;
    }
    QStringList missing;
    qint64 skipped = 0;
    for (const QString &path : files.value()) {
        if (!QFileInfo::exists(path)) {
            missing << path;
            continue;
        }
        const Result<CsvImportSummary> imported = CsvActivityImport::importIntoAccount(
            context.db, context.accountId, path,
            [&](qint64 done, qint64 total) { reportReading(path, done, total); },
            context.cancelled);
        if (!imported) {
            outcome.result = imported.error();
            return outcome;
        }
        outcome.progress.itemsByKind[QStringLiteral("activities")] += int(imported.value().added);
        skipped += imported.value().skipped;
    }
    if (!missing.isEmpty()) {
        outcome.result = Error{
            Tr::tr("%n imported file(s) are no longer there: %1. Import them again from their new "
                   "place; what they brought stays in the cache.",
                   nullptr, int(missing.size()))
                .arg(missing.join(QStringLiteral(", "))),
            QStringLiteral("missing files"), ErrorKind::InvalidInput};
    } else if (skipped > 0) {
        outcome.result = Error{QCoreApplication::translate(
                                   "CsvProvider",
                                   "%n row(s) of the file are invalid and were left out; import "
                                   "the file again to see the report.",
                                   nullptr, int(skipped)),
                               QStringLiteral("skipped rows"), ErrorKind::InvalidInput};
    }
    return outcome;
}
