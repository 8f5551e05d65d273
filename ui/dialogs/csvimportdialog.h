#pragma once

#include "core/common/result.h"
#include "core/sync/csvfilecheck.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class SyncManager;
struct SyncRun;

/// Imports an activity CSV file in two steps, like a careful user expects: first the file is
/// read and checked (with progress, cancellable) and every bad row is listed with its line,
/// column and what is wrong; nothing is written until the user chooses "Import N valid rows".
/// The import is a job of the sync manager (lease, sync history, the status bar's "last
/// synced"), one transaction. Closing the dialog at any point cancels and writes nothing.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    CsvImportDialog(const QString &filePath, SyncManager *sync, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    /// Starts checking the file (call once the dialog is shown, or before exec()).
    void start();
    /// After a successful import: what was written.
    std::optional<CsvImportSummary> summary() const { return m_summary; }

public slots:
    void reject() override;

private:
    void showReport(const Result<CsvReport> &report);
    void startImport();
    void showImported(const SyncRun &run);
    void showImportFailed(const QString &why);

    QString m_filePath;
    SyncManager *m_sync = nullptr;
    qint64 m_importAccount = 0;      ///< the CSV account while its import job runs
    CsvFileCheck *m_check = nullptr; ///< reads and checks the file before anything is written
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    std::optional<CsvImportSummary> m_summary;
};
