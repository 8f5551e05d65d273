#include "providers/csv/csvprovider.h"

#include "providers/csv/csvactivityimport.h"

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
    const QString path = context.account.login;
    if (!QFileInfo::exists(path)) {
        outcome.result = Error{Tr::tr("The imported file “%1” is no longer there. Import it again "
                                      "from its new place, or remove this import.")
                                   .arg(path),
                               QStringLiteral("missing file"), ErrorKind::InvalidInput};
        return outcome;
    }
    const Result<CsvImportSummary> imported = CsvActivityImport::importIntoAccount(
        context.db, context.accountId, path,
        [&](qint64 done, qint64 total) {
            outcome.progress.phase = Tr::tr("Reading %1: %2%")
                                         .arg(QFileInfo(path).fileName())
                                         .arg(total > 0 ? done * 100 / total : 100);
            if (context.reportProgress)
                context.reportProgress(outcome.progress);
        },
        context.cancelled);
    if (!imported) {
        outcome.result = imported.error();
        return outcome;
    }
    outcome.progress.itemsByKind[QStringLiteral("activities")] = int(imported.value().added);
    if (imported.value().skipped > 0) {
        outcome.result = Error{QCoreApplication::translate(
                                   "CsvProvider",
                                   "%n row(s) of the file are invalid and were left out; import "
                                   "the file again to see the report.",
                                   nullptr, int(imported.value().skipped)),
                               QStringLiteral("skipped rows"), ErrorKind::InvalidInput};
    }
    return outcome;
}
