// MainWindow: exporting the dashboard (PDF report, print, a chart as CSV or PNG).
#include "ui/mainwindow.h"

#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/metrics/metricsrunner.h"
#include "core/providers/providercatalog.h"
#include "core/storage/accountstore.h"
#include "core/storage/cacheoverview.h"
#include "core/storage/reposelection.h"
#include "core/storage/synchistory.h"
#include "core/sync/syncmanager.h"
#include "core/sync/syncscheduler.h"
#include "core/sync/syncstatus.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/dialogs/exportchartdialog.h"
#include "ui/dialogs/githubsignindialog.h"
#include "ui/dialogs/providerconnectdialog.h"
#include "ui/dialogs/repositorypickerdialog.h"
#include "ui/export/dashboardexport.h"
#include "ui/models/synchistorymodel.h"
#include "ui/pages/connectionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/synchistorypage.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

DashboardExport::ReportInfo MainWindow::reportInfo() const
{
    DashboardExport::ReportInfo info;
    info.generatedAt = QDateTime::currentDateTimeUtc();
    info.filterText = m_dashboardPage->describeShownFilter();
    if (const Result<QList<AccountSummary>> accounts
        = CacheOverview::accounts(m_connection->database());
        accounts) {
        for (const AccountSummary &summary : accounts.value())
            info.accounts << DashboardTables::accountName(
                ProviderCatalog::info(summary.account.provider).displayName,
                summary.account.displayName, summary.account.login);
    }
    return info;
}

bool MainWindow::ensureDashboardReady()
{
    if (m_dashboardPage->tables().isEmpty()) {
        QMessageBox::information(this, tr("Nothing to export yet"),
                                 tr("The dashboard has no numbers yet: sync an account or import "
                                    "activity, then open the Dashboard."));
        return false;
    }
    return true;
}

void MainWindow::exportDashboardPdf(const QString &path)
{
    if (!ensureDashboardReady())
        return;
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(
            this, tr("Export the dashboard as PDF"),
            QDir::home().filePath(QStringLiteral("devpulse-report.pdf")), tr("PDF (*.pdf)"));
        if (target.isEmpty())
            return;
    }
    const Result<int> written = DashboardExport::writePdf(target, *m_dashboardPage, reportInfo(),
                                                          DashboardExport::defaultPageSize());
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().userMessage);
        return;
    }
    statusBar()->showMessage(tr("Report written: %1 (%n pages).", nullptr, written.value())
                                 .arg(QDir::toNativeSeparators(target)),
                             10000);
}

void MainWindow::printDashboard()
{
    if (!ensureDashboardReady())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DashboardExport::paintReport(printer, *m_dashboardPage, reportInfo());
}

void MainWindow::exportChart()
{
    if (!ensureDashboardReady())
        return;
    const QList<ChartTable> tables = m_dashboardPage->tables();
    ExportChartDialog dialog(tables, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString extension = dialog.asPng() ? QStringLiteral("png") : QStringLiteral("csv");
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Export the chart"),
        QDir::home().filePath(DashboardExport::fileNameFor(dialog.chartId(), extension)),
        dialog.asPng() ? tr("PNG image (*.png)") : tr("CSV (*.csv)"));
    if (target.isEmpty())
        return;
    const Result<void> written
        = dialog.asPng()
              ? DashboardExport::writePng(target, m_dashboardPage->chartWidget(dialog.chartId()),
                                          dialog.scale())
              : DashboardExport::writeCsv(target, DashboardTables::find(tables, dialog.chartId()),
                                          dialog.withByteOrderMark());
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().userMessage);
        return;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(target)), 10000);
}
