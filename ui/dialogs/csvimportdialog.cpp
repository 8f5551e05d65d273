#include "ui/dialogs/csvimportdialog.h"

#include "core/sync/syncmanager.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(const QString &filePath, SyncManager *sync, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(filePath).fileName()));
    m_message = new QLabel(tr("Checking the file…"), this);
    m_message->setObjectName(QStringLiteral("csvImportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_problems->setObjectName(QStringLiteral("csvProblemsTable"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("csvImportButton"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    resize(640, 360);
}

CsvImportDialog::~CsvImportDialog() = default; // m_check stops a running check

void CsvImportDialog::start()
{
    m_check = new CsvFileCheck(this);
    connect(m_check, &CsvFileCheck::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_check, &CsvFileCheck::finished, this, &CsvImportDialog::showReport);
    m_check->start(m_filePath);
}

void CsvImportDialog::showReport(const Result<CsvReport> &result)
{
    m_progress->setVisible(false);
    if (!result) {
        if (result.error().kind == ErrorKind::Cancelled)
            return;
        m_message->setText(result.error().userMessage);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    const CsvReport &report = result.value();
    const QLocale locale;
    QString text = tr("%n valid row(s) ready to import.", nullptr, int(report.validRows));
    if (report.invalidRows > 0) {
        text += QLatin1Char(' ')
                + tr("%n row(s) have problems and will be left out; fix them in the file and "
                     "import it again to add them.",
                     nullptr, int(report.invalidRows));
        if (report.problemCount > report.problems.size())
            text += QLatin1Char(' ')
                    + tr("The first %1 of %2 problems are listed.")
                          .arg(locale.toString(report.problems.size()),
                               locale.toString(report.problemCount));
    }
    m_message->setText(text);
    m_problems->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const CsvProblem &problem = report.problems.at(row);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, problem.line);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(
            row, 1, new QTableWidgetItem(problem.column.isEmpty() ? tr("(row)") : problem.column));
        m_problems->setItem(row, 2, new QTableWidgetItem(problem.message));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(!report.problems.isEmpty());
    m_importButton->setText(tr("&Import %n valid row(s)", nullptr, int(report.validRows)));
    m_importButton->setEnabled(report.validRows > 0);
    if (report.validRows > 0)
        m_importButton->setDefault(true);
}

void CsvImportDialog::startImport()
{
    m_importButton->setEnabled(false);
    m_message->setText(tr("Importing…"));
    m_progress->setRange(0, 0); // busy: the job reports what it reads in words
    m_progress->setVisible(true);
    connect(m_sync, &SyncManager::progressChanged, this,
            [this](qint64 accountId, const SyncProgress &progress) {
                if (accountId == m_importAccount && !progress.phase.isEmpty())
                    m_message->setText(progress.phase);
            });
    connect(m_sync, &SyncManager::syncFinished, this, [this](qint64 accountId, const SyncRun &run) {
        if (accountId == m_importAccount)
            showImported(run);
    });
    connect(m_sync, &SyncManager::syncFailedToStart, this,
            [this](qint64 accountId, const Error &error) {
                if (accountId == m_importAccount)
                    showImportFailed(error.userMessage);
            });
    const Result<qint64> account = m_sync->importCsvFile(m_filePath);
    if (!account) {
        showImportFailed(account.error().userMessage);
        return;
    }
    m_importAccount = account.value();
    // A job that could not start said so before its id was known here.
    if (!m_sync->isSyncing(m_importAccount))
        showImportFailed(tr("the import could not start; try again."));
}

void CsvImportDialog::showImportFailed(const QString &why)
{
    m_importAccount = 0;
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_message->setText(tr("Nothing was imported: %1").arg(why));
}

void CsvImportDialog::showImported(const SyncRun &run)
{
    const qint64 accountId = m_importAccount;
    m_importAccount = 0;
    if (run.status == SyncRunStatus::Cancelled)
        return;
    if (run.status != SyncRunStatus::Succeeded) {
        showImportFailed(run.error);
        return;
    }
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    const CsvImportSummary summary = m_check->summaryAfter(run, accountId);
    m_summary = summary;
    const QLocale locale;
    m_message->setText(tr("Imported: %1 new rows, %2 already in DevPulse, %3 left out.")
                           .arg(locale.toString(summary.added), locale.toString(summary.unchanged),
                                locale.toString(summary.skipped)));
    m_importButton->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void CsvImportDialog::reject()
{
    if (m_check)
        m_check->cancel(); // a running check stops
    if (m_importAccount > 0)
        m_sync->cancel(m_importAccount); // a running import writes nothing
    QDialog::reject();
}
