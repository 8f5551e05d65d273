#include "core/providers/csv/csvactivityimport.h"

#include "core/providers/csv/csvreader.h"
#include "core/storage/accountstore.h"
#include "core/storage/boundquery.h"
#include "core/storage/cacheoverview.h"
#include "core/storage/cachewriter.h"
#include "core/storage/syncstate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace CsvActivityImport {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvActivityImport)
};

const QStringList Columns{QStringLiteral("date"), QStringLiteral("service"),
                          QStringLiteral("minutes"), QStringLiteral("title")};
constexpr int MaxMinutesPerRow = 24 * 60;

struct ValidRow
{
    QDate day;
    QString service;
    int minutes = 0;
    QString title;
};

Error cancelledError()
{
    return Error{Tr::tr("Import cancelled; nothing was written."), QStringLiteral("cancelled"),
                 ErrorKind::Cancelled};
}

/// Reads `path` row by row: `onValid` for each good row, `onProblems` for each bad one.
/// Header problems and unreadable files are errors.
Result<void> scan(const QString &path, const Progress &progress, const CancelFlag &cancelled,
                  const std::function<Result<void>(const ValidRow &)> &onValid,
                  const std::function<void(const QList<CsvProblem> &)> &onProblems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Tr::tr("DevPulse cannot read “%1”: %2.")
                         .arg(QFileInfo(path).fileName(), file.errorString()),
                     QStringLiteral("open %1: %2").arg(path, file.errorString()),
                     ErrorKind::InvalidInput};
    }
    const qint64 total = file.size();
    CsvReader reader(&file);
    QStringList fields;
    CsvReader::Status status = reader.next(fields);
    if (status == CsvReader::Status::End) {
        return Error{Tr::tr("“%1” is empty. An activity file starts with the line "
                            "date,service,minutes,title.")
                         .arg(QFileInfo(path).fileName()),
                     QStringLiteral("empty CSV"), ErrorKind::InvalidInput};
    }
    if (status == CsvReader::Status::Malformed) {
        return Error{Tr::tr("The header line of “%1” cannot be read: %2.")
                         .arg(QFileInfo(path).fileName(), reader.problem()),
                     QStringLiteral("malformed header"), ErrorKind::InvalidInput};
    }
    // Which field holds which column.
    QHash<QString, int> index;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        if (!Columns.contains(name)) {
            return Error{Tr::tr("Column %1 of the header, “%2”, is not one of date, service, "
                                "minutes, title. Rename or remove it and import again.")
                             .arg(i + 1)
                             .arg(fields.at(i)),
                         QStringLiteral("unknown column"), ErrorKind::InvalidInput};
        }
        if (index.contains(name)) {
            return Error{Tr::tr("The header names the column “%1” twice.").arg(name),
                         QStringLiteral("duplicate column"), ErrorKind::InvalidInput};
        }
        index.insert(name, i);
    }
    for (const QString &column : Columns) {
        if (!index.contains(column)) {
            return Error{Tr::tr("The header has no “%1” column. The first line must name the "
                                "columns date, service, minutes and title, in any order.")
                             .arg(column),
                         QStringLiteral("missing column %1").arg(column), ErrorKind::InvalidInput};
        }
    }
    const int fieldCount = int(fields.size());
    static const QRegularExpression wholeNumber(QStringLiteral("^\\d{1,9}$"));

    qint64 rowsSinceProgress = 0;
    for (;;) {
        status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (++rowsSinceProgress >= 4096) {
            rowsSinceProgress = 0;
            if (cancelled && cancelled->load())
                return cancelledError();
            if (progress)
                progress(reader.bytesRead(), total);
        }
        const qint64 line = reader.recordLine();
        if (status == CsvReader::Status::Malformed) {
            onProblems({{line, QString(), reader.problem()}});
            continue;
        }
        if (fields.size() != fieldCount) {
            onProblems(
                {{line, QString(),
                  Tr::tr("has %1 fields; the header has %2").arg(fields.size()).arg(fieldCount)}});
            continue;
        }
        QList<CsvProblem> problems;
        ValidRow row;
        const QString date = fields.at(index.value(QStringLiteral("date"))).trimmed();
        row.day = QDate::fromString(date, Qt::ISODate);
        if (!row.day.isValid())
            problems.append({line, QStringLiteral("date"),
                             Tr::tr("“%1” is not a date (write YYYY-MM-DD)").arg(date)});
        row.service = fields.at(index.value(QStringLiteral("service"))).trimmed();
        if (row.service.isEmpty())
            problems.append({line, QStringLiteral("service"), Tr::tr("the service is empty")});
        const QString minutes = fields.at(index.value(QStringLiteral("minutes"))).trimmed();
        if (!wholeNumber.match(minutes).hasMatch()) {
            problems.append(
                {line, QStringLiteral("minutes"),
                 Tr::tr("“%1” is not a whole number of minutes, 0 or more").arg(minutes)});
        } else {
            row.minutes = minutes.toInt();
            if (row.minutes > MaxMinutesPerRow)
                problems.append({line, QStringLiteral("minutes"),
                                 Tr::tr("%1 minutes is more than a day").arg(minutes)});
        }
        row.title = fields.at(index.value(QStringLiteral("title"))).trimmed();
        if (!problems.isEmpty()) {
            onProblems(problems);
            continue;
        }
        if (Result<void> used = onValid(row); !used)
            return used;
    }
    if (progress)
        progress(total, total);
    return Result<void>();
}

} // namespace

Result<CsvReport> validate(const QString &path, const Progress &progress,
                           const CancelFlag &cancelled)
{
    CsvReport report;
    const Result<void> scanned = scan(
        path, progress, cancelled,
        [&report](const ValidRow &) {
            ++report.validRows;
            return Result<void>();
        },
        [&report](const QList<CsvProblem> &problems) {
            ++report.invalidRows;
            report.problemCount += problems.size();
            for (const CsvProblem &problem : problems) {
                if (report.problems.size() < CsvReport::MaxListedProblems)
                    report.problems.append(problem);
            }
        });
    if (!scanned)
        return scanned.error();
    return report;
}

Result<CsvImportSummary> importIntoAccount(QSqlDatabase db, qint64 accountId, const QString &path,
                                           const Progress &progress, const CancelFlag &cancelled)
{
    CsvImportSummary summary;
    summary.accountId = accountId;
    auto countRows = [&db, accountId] { return CacheOverview::activityCount(db, accountId); };
    const Result<void> imported = BoundQuery::inTransaction(
        db, QStringLiteral("importing %1").arg(path), [&]() -> Result<void> {
            const Result<qint64> before = countRows();
            if (!before)
                return before.error();
            CacheWriter writer(db);
            // Identical rows are told apart by how many came before them. Keys are 8 bytes of
            // a hash, so a million-row file costs tens of megabytes here, not the file's size.
            QHash<quint64, quint32> seen;
            qint64 valid = 0;
            const Result<void> scanned = scan(
                path, progress, cancelled,
                [&](const ValidRow &row) -> Result<void> {
                    ++valid;
                    const QByteArray content
                        = (row.day.toString(Qt::ISODate) + QChar(0x1f) + row.service + QChar(0x1f)
                           + QString::number(row.minutes) + QChar(0x1f) + row.title)
                              .toUtf8();
                    const QByteArray hash
                        = QCryptographicHash::hash(content, QCryptographicHash::Sha1);
                    quint64 key = 0;
                    memcpy(&key, hash.constData(), sizeof key);
                    const quint32 occurrence = seen[key]++;
                    ActivityRecord activity;
                    activity.accountId = accountId;
                    activity.sourceId = QString::fromLatin1(hash.toHex()) + QLatin1Char('#')
                                        + QString::number(occurrence);
                    activity.day = row.day;
                    activity.service = row.service;
                    activity.minutes = row.minutes;
                    activity.title = row.title;
                    return writer.upsertActivity(activity);
                },
                [&summary](const QList<CsvProblem> &) { ++summary.skipped; });
            if (!scanned)
                return scanned;
            const Result<qint64> after = countRows();
            if (!after)
                return after.error();
            summary.added = after.value() - before.value();
            summary.unchanged = valid - summary.added;
            return Result<void>();
        });
    if (!imported)
        return imported.error();
    return summary;
}

Error noValidRows(const QString &path)
{
    return Error{Tr::tr("“%1” has no valid rows, so nothing was imported. Check it with the "
                        "import window's report or devpulse import csv FILE --dry-run.")
                     .arg(QFileInfo(path).fileName()),
                 QStringLiteral("no valid rows in %1").arg(path), ErrorKind::InvalidInput};
}

CsvImportSummary summaryOf(const CsvReport &report, qint64 added)
{
    CsvImportSummary summary;
    summary.added = added;
    summary.unchanged = qMax<qint64>(0, report.validRows - added);
    summary.skipped = report.invalidRows;
    return summary;
}

Result<qint64> ensureAccount(QSqlDatabase db, const QDateTime &now)
{
    AccountRecord account;
    account.provider = QStringLiteral("csv");
    account.login = AccountLogin;
    account.connectedAt = now;
    return AccountStore(db).saveConnected(account, {});
}

Result<CsvImportSummary> importAndRemember(QSqlDatabase db, qint64 accountId, const QString &path,
                                           const QDateTime &now, const Progress &progress,
                                           const CancelFlag &cancelled)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    AccountStore store(db);
    // The account row exists before the rows so that they have an owner; when the import
    // fails or finds nothing to import and the account holds no rows, it goes again.
    auto removeIfEmpty = [&] {
        const Result<AccountDataCounts> counts = store.countData(accountId);
        if (counts && counts.value().total() == 0)
            (void)store.removeWithData(accountId);
    };
    Result<CsvImportSummary> summary
        = importIntoAccount(db, accountId, canonical, progress, cancelled);
    if (!summary) {
        removeIfEmpty();
        return summary;
    }
    if (summary.value().added + summary.value().unchanged == 0) {
        removeIfEmpty();
        return noValidRows(canonical);
    }
    // The file is read again by "Sync now".
    if (const Result<void> remembered = SyncState(db).rememberFile(accountId, canonical, now);
        !remembered)
        return remembered.error();
    return summary;
}

Result<CsvImportSummary> importFile(QSqlDatabase db, const QString &path, const QDateTime &now,
                                    const Progress &progress, const CancelFlag &cancelled)
{
    const Result<qint64> accountId = ensureAccount(db, now);
    if (!accountId)
        return accountId.error();
    Result<CsvImportSummary> summary
        = importAndRemember(db, accountId.value(), path, now, progress, cancelled);
    if (!summary)
        return summary;
    // Outside a sync job (devpulse import) the import counts as a sync for the status card.
    if (const Result<void> recorded
        = AccountStore(db).recordSyncOutcome(accountId.value(), now, {});
        !recorded)
        return recorded.error();
    return summary;
}

} // namespace CsvActivityImport
