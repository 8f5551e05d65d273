#pragma once

#include "core/common/result.h"
#include "core/export/dashboardtables.h"

#include <QDateTime>
#include <QPageSize>
#include <QStringList>

class DashboardPage;
class QPagedPaintDevice;
class QPainter;
class QTableWidget;
class QWidget;

/// Exports of the dashboard, one way for the window and `devpulse export`: a chart's numbers
/// as CSV, a chart as PNG at any scale, and the whole dashboard as a PDF report drawn with
/// QPainter (vector text and shapes, not a screenshot) or printed. GUI thread.
namespace DashboardExport {

/// What the report's title page says besides the charts.
struct ReportInfo
{
    QString filterText;   ///< DashboardTables::describeFilter
    QStringList accounts; ///< "GitHub: octocat", ...
    QDateTime generatedAt;
};

Result<void> writeCsv(const QString &path, const ChartTable &table, bool withByteOrderMark);
Result<void> writePng(const QString &path, QWidget *chart, double scale);
/// Letter where the locale measures in inches, A4 everywhere else: the window and the
/// command line use the same.
QPageSize::PageSizeId defaultPageSize();
/// The report as PDF: a first page with the filter, the accounts and the key numbers, then
/// each chart drawn for print with its caption and key numbers, the contributors as a table
/// (continued on the next page with its header), pages numbered. `pdfA`: PDF/A-1b. Returns
/// the number of pages written.
Result<int> writePdf(const QString &path, const DashboardPage &page, const ReportInfo &info,
                     QPageSize::PageSizeId pageSize = defaultPageSize(), bool pdfA = false);
/// The same report on any paged device (a printer from the system print dialog).
int paintReport(QPagedPaintDevice &device, const DashboardPage &page, const ReportInfo &info);

/// The item data role whose value CSV export writes instead of the shown text (exact UTC
/// times behind locale-formatted ones).
inline constexpr int ExportValueRole = Qt::UserRole + 42;

/// What `table` shows, as a table for CSV (ExportValueRole preferred over the text).
ChartTable tableOf(const QTableWidget *table, const QString &id);

/// Adds "Export table as CSV…" to the table's context menu (mouse, Menu key, Shift+F10).
void addCsvExportAction(QTableWidget *table, const QString &id);

/// A file name for `chartId` in `directory` ("devpulse-punchcard.csv").
QString fileNameFor(const QString &chartId, const QString &extension);

} // namespace DashboardExport
