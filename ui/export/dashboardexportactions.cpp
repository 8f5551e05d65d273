#include "ui/export/dashboardexportactions.h"

#include "core/export/dashboardtables.h"
#include "ui/dialogs/exportchartdialog.h"
#include "ui/pages/dashboardpage.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

DashboardExportActions::DashboardExportActions(DashboardPage *dashboard,
                                               std::function<QStringList()> accountNames,
                                               QWidget *window)
    : QObject(window)
    , m_dashboard(dashboard)
    , m_accountNames(std::move(accountNames))
    , m_window(window)
{}

void DashboardExportActions::addTo(QMenu *fileMenu)
{
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    QAction *pdfAction
        = exportMenu->addAction(tr("Dashboard as &PDF…"), this, [this] { exportPdf(); });
    pdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *chartAction = exportMenu->addAction(tr("A &chart (CSV or PNG)…"), this,
                                                 &DashboardExportActions::exportChart);
    chartAction->setObjectName(QStringLiteral("exportChartAction"));
    QAction *printAction
        = fileMenu->addAction(tr("&Print dashboard…"), this, &DashboardExportActions::print);
    printAction->setShortcut(QKeySequence::Print);
}

DashboardExport::ReportInfo DashboardExportActions::reportInfo() const
{
    DashboardExport::ReportInfo info;
    info.generatedAt = QDateTime::currentDateTimeUtc();
    info.filterText = m_dashboard->describeShownFilter();
    info.accounts = m_accountNames();
    return info;
}

bool DashboardExportActions::ensureDashboardReady()
{
    if (m_dashboard->tables().isEmpty()) {
        QMessageBox::information(m_window, tr("Nothing to export yet"),
                                 tr("The dashboard has no numbers yet: sync an account or import "
                                    "activity, then open the Dashboard."));
        return false;
    }
    return true;
}

void DashboardExportActions::exportPdf(const QString &path)
{
    if (!ensureDashboardReady())
        return;
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(
            m_window, tr("Export the dashboard as PDF"),
            QDir::home().filePath(QStringLiteral("devpulse-report.pdf")), tr("PDF (*.pdf)"));
        if (target.isEmpty())
            return;
    }
    const Result<int> written = DashboardExport::writePdf(target, *m_dashboard, reportInfo(),
                                                          DashboardExport::defaultPageSize());
    if (!written) {
        QMessageBox::warning(m_window, tr("Export failed"), written.error().userMessage);
        return;
    }
    emit finished(tr("Report written: %1 (%n pages).", nullptr, written.value())
                      .arg(QDir::toNativeSeparators(target)));
}

void DashboardExportActions::print()
{
    if (!ensureDashboardReady())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DashboardExport::paintReport(printer, *m_dashboard, reportInfo());
}

void DashboardExportActions::exportChart()
{
    if (!ensureDashboardReady())
        return;
    const QList<ChartTable> tables = m_dashboard->tables();
    ExportChartDialog dialog(tables, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString extension = dialog.asPng() ? QStringLiteral("png") : QStringLiteral("csv");
    const QString target = QFileDialog::getSaveFileName(
        m_window, tr("Export the chart"),
        QDir::home().filePath(DashboardExport::fileNameFor(dialog.chartId(), extension)),
        dialog.asPng() ? tr("PNG image (*.png)") : tr("CSV (*.csv)"));
    if (target.isEmpty())
        return;
    const Result<void> written
        = dialog.asPng()
              ? DashboardExport::writePng(target, m_dashboard->chartWidget(dialog.chartId()),
                                          dialog.scale())
              : DashboardExport::writeCsv(target, DashboardTables::find(tables, dialog.chartId()),
                                          dialog.withByteOrderMark());
    if (!written) {
        QMessageBox::warning(m_window, tr("Export failed"), written.error().userMessage);
        return;
    }
    emit finished(tr("Exported %1.").arg(QDir::toNativeSeparators(target)));
}
