#pragma once

#include "ui/export/dashboardexport.h"

#include <QObject>
#include <QStringList>

#include <functional>

class DashboardPage;
class QMenu;
class QWidget;

/// The window's export commands for the dashboard as it is shown: the PDF report (asking
/// where unless told), printing it, and one chart as CSV numbers or a PNG picture. Each asks
/// its questions in dialogs over `window` and says what it wrote through `finished` (the
/// status bar); failures are a message box. GUI thread.
class DashboardExportActions final : public QObject
{
    Q_OBJECT

public:
    /// `accountNames` gives the connected accounts as the report's first page names them.
    DashboardExportActions(DashboardPage *dashboard, std::function<QStringList()> accountNames,
                           QWidget *window);

    /// File → Export (the PDF report, a chart) and File → Print, with their shortcuts.
    void addTo(QMenu *fileMenu);

    /// What the title page of a report says (filter, accounts, time).
    DashboardExport::ReportInfo reportInfo() const;

public slots:
    /// Writes the PDF report; asks where when `path` is empty.
    void exportPdf(const QString &path = QString());
    /// Prints the report through the system print dialog.
    void print();
    /// Asks which chart and how (CSV numbers or PNG picture), then where.
    void exportChart();

signals:
    /// What was written, in a sentence for the status bar.
    void finished(const QString &message);

private:
    /// False (after telling the user) when the dashboard has no numbers to export yet.
    bool ensureDashboardReady();

    DashboardPage *m_dashboard;
    std::function<QStringList()> m_accountNames;
    QWidget *m_window;
};
