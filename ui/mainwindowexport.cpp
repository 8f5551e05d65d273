// MainWindow: exporting the dashboard (PDF report, print, a chart as CSV or PNG).
#include "mainwindow.h"

#include "accounts/githubaccounts.h"
#include "accounts/provideraccounts.h"
#include "dialogs/csvimportdialog.h"
#include "dialogs/exportchartdialog.h"
#include "dialogs/githubsignindialog.h"
#include "dialogs/providerconnectdialog.h"
#include "dialogs/repositorypickerdialog.h"
#include "export/dashboardexport.h"
#include "metrics/metricsrunner.h"
#include "models/synchistorymodel.h"
#include "pages/connectionspage.h"
#include "pages/dashboardpage.h"
#include "pages/settingspage.h"
#include "pages/synchistorypage.h"
#include "providers/providercatalog.h"
#include "storage/accountstore.h"
#include "storage/cacheoverview.h"
#include "storage/reposelection.h"
#include "storage/synchistory.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"
#include "sync/syncstatus.h"
#include "tray/trayicon.h"

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
