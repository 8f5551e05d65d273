#pragma once

#include "core/common/result.h"
#include "core/net/blockingapiclient.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/// One thing wrong with one row of an activity CSV file.
struct CsvProblem
{
    qint64 line = 0; ///< line in the file where the row starts (the header is line 1)
    QString column;  ///< "date", "minutes", ... or "" for the whole row
    QString message; ///< what is wrong, as a sentence fragment for the report table
};

/// What validating a file found, before anything is written.
struct CsvReport
{
    static constexpr int MaxListedProblems = 1000;

    qint64 validRows = 0;
    qint64 invalidRows = 0;
    qint64 problemCount = 0; ///< all problems; only the first MaxListedProblems are listed
    QList<CsvProblem> problems;
};

/// What an import wrote.
struct CsvImportSummary
{
    qint64 accountId = 0;
    qint64 added = 0;     ///< rows new to the cache
    qint64 unchanged = 0; ///< valid rows the cache had already (the same file imported again)
    qint64 skipped = 0;   ///< invalid rows left out
};

/// Activity from CSV files with the header `date,service,minutes,title` (any order, any case):
/// a streaming validation that reports every bad row, then an import of the valid rows in one
/// transaction. Files are read in chunks, never whole. Each row's identity is its content and
/// how often that content came before it in the file, so importing the same file again adds
/// nothing while two identical rows in one file stay two. Worker thread, any connection.
namespace CsvActivityImport {

/// (bytes read, file size), for progress bars.
using Progress = std::function<void(qint64 done, qint64 total)>;

/// Reads the whole file and reports what is wrong with it. A header problem (missing or
/// unknown column, empty file) is an Error of kind InvalidInput: nothing can be imported.
Result<CsvReport> validate(const QString &path, const Progress &progress = {},
                           const CancelFlag &cancelled = {});

/// The one account every CSV import goes to (its login); the files it has read are
/// SyncState::files, read again by "Sync now".
inline const QString AccountLogin = QStringLiteral("imported-activity");

/// Imports the valid rows of `path` into the CSV account (created on the first import) in one
/// transaction and remembers the file; rows already there (by content, from any file) are
/// left as they are. A failure or cancel leaves the cache as it was; a file without a valid
/// row is an Error (InvalidInput) and creates no account.
Result<CsvImportSummary> importFile(QSqlDatabase db, const QString &path, const QDateTime &now,
                                    const Progress &progress = {},
                                    const CancelFlag &cancelled = {});

/// "… has no valid rows, so nothing was imported" (InvalidInput): the one way it is said.
Error noValidRows(const QString &path);

/// What an import job (SyncManager::importCsvFile) wrote, told with the file's report: the
/// job counts the rows it added (its run's "activities"); the other valid rows were there
/// already, the invalid ones left out.
CsvImportSummary summaryOf(const CsvReport &report, qint64 added);

/// The CSV account, created when missing (connected at `now`).
Result<qint64> ensureAccount(QSqlDatabase db, const QDateTime &now);

/// Imports `path` into the CSV account `accountId` and remembers the file for "Sync now" (an
/// import job of the sync manager, and importFile). A file without a valid row is an Error
/// (InvalidInput); when the import fails that way, or is cancelled, and the account holds
/// nothing, the account is removed again.
Result<CsvImportSummary> importAndRemember(QSqlDatabase db, qint64 accountId, const QString &path,
                                           const QDateTime &now, const Progress &progress = {},
                                           const CancelFlag &cancelled = {});

/// The same into an existing account (a CSV account's "Sync now" reads its file again).
Result<CsvImportSummary> importIntoAccount(QSqlDatabase db, qint64 accountId, const QString &path,
                                           const Progress &progress = {},
                                           const CancelFlag &cancelled = {});

} // namespace CsvActivityImport
