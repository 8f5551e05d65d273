#pragma once

#include "core/common/result.h"
#include "core/providers/csv/csvactivityimport.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

struct SyncRun;

/// The first step of importing an activity CSV file: reading it whole on a thread of its own
/// and listing every bad row (line, column, what is wrong), with progress and cancel, writing
/// nothing. The second step, the import, is a sync job (SyncManager::importCsvFile). Lives on
/// the GUI thread; its signals arrive there.
class CsvFileCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvFileCheck)

public:
    explicit CsvFileCheck(QObject *parent = nullptr);
    /// Cancels a running check and waits for its thread.
    ~CsvFileCheck() override;

    /// Checks `path` (once per object).
    void start(const QString &path);
    /// Stops a running check; finished() then reports an error of kind Cancelled.
    void cancel();

    /// What the import job `run` wrote, told with this check's report: the rows the job
    /// added, the other valid rows the cache had already, the invalid ones left out.
    CsvImportSummary summaryAfter(const SyncRun &run, qint64 accountId) const;

signals:
    void progress(qint64 bytesRead, qint64 fileSize);
    void finished(const Result<CsvReport> &report);

private:
    QPointer<QThread> m_thread; ///< the running check (nulls itself when deleted)
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    CsvReport m_report;
};
