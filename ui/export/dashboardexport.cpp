#include "ui/export/dashboardexport.h"

#include "core/export/csvwriter.h"
#include "core/metrics/deliverymetrics.h"
#include "ui/charts/barchartview.h"
#include "ui/charts/calendarheatmapwidget.h"
#include "ui/pages/dashboardpage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QWidget>

#include <functional>

namespace DashboardExport {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)
};

Error writeError(const QString &path, const QString &reason)
{
    return Error{
        Tr::tr("DevPulse could not write “%1”: %2. Choose another folder or free some space.")
            .arg(QFileInfo(path).fileName(), reason),
        QStringLiteral("write %1: %2").arg(path, reason)};
}

// Colours for paper, whatever the screen's palette: dark text on white.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x5a, 0x9c));
    palette.setColor(QPalette::Mid, QColor(0x88, 0x88, 0x88));
    palette.setColor(QPalette::Midlight, QColor(0xdd, 0xdd, 0xdd));
    palette.setColor(QPalette::PlaceholderText, QColor(0x66, 0x66, 0x66));
    return palette;
}

/// Draws the report page by page in points (1/72 inch); knows where it is on the page.
class ReportPainter
{
public:
    ReportPainter(QPagedPaintDevice &device, QPainter &painter)
        : m_device(device)
        , m_painter(painter)
    {
        const double scale = device.logicalDpiX() / 72.0;
        m_painter.scale(scale, scale);
        // Font point sizes are converted with the device's resolution on top of the painter's
        // scale: undo that once so that "10 pt" is 10 of our units.
        m_fontScale = 72.0 / device.logicalDpiY();
        m_width = device.width() / scale;
        m_height = device.height() / scale;
        m_margin = 40;
        m_y = m_margin;
    }

    int pages() const { return m_page; }
    double contentWidth() const { return m_width - 2 * m_margin; }
    double left() const { return m_margin; }

    QFont font(double pointSize, bool bold = false) const
    {
        QFont font = QGuiApplication::font();
        font.setPointSizeF(pointSize * m_fontScale);
        font.setBold(bold);
        return font;
    }

    void text(const QString &line, double pointSize, bool bold = false,
              const QColor &colour = QColor(0x1a, 0x1a, 0x1a))
    {
        const double height = textHeight(line, pointSize, bold);
        ensureRoom(height);
        m_painter.setFont(font(pointSize, bold));
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(m_margin, m_y, contentWidth(), height), Qt::TextWordWrap, line);
        m_y += height + pointSize * 0.4;
    }

    double textHeight(const QString &line, double pointSize, bool bold)
    {
        m_painter.setFont(font(pointSize, bold));
        return m_painter
            .boundingRect(QRectF(m_margin, m_y, contentWidth(), m_height), Qt::TextWordWrap, line)
            .height();
    }

    /// Label and value pairs in two columns of big numbers (the first page's key numbers).
    void keyNumbers(const QList<QPair<QString, QString>> &numbers)
    {
        const double columnWidth = contentWidth() / 2;
        const double rowHeight = 46;
        for (qsizetype i = 0; i < numbers.size(); i += 2) {
            ensureRoom(rowHeight);
            for (qsizetype j = i; j < std::min(i + 2, numbers.size()); ++j) {
                const double x = m_margin + double(j - i) * columnWidth;
                m_painter.setPen(QColor(0x55, 0x55, 0x55));
                m_painter.setFont(font(9));
                m_painter.drawText(QRectF(x, m_y, columnWidth - 8, 14), Qt::AlignLeft,
                                   numbers.at(j).first);
                m_painter.setPen(QColor(0x1a, 0x1a, 0x1a));
                m_painter.setFont(font(18, true));
                m_painter.drawText(QRectF(x, m_y + 14, columnWidth - 8, 26), Qt::AlignLeft,
                                   numbers.at(j).second);
            }
            m_y += rowHeight;
        }
    }

    /// A chart's title and key sentence, kept on the page of the chart that follows.
    void heading(const QString &title, const QString &summary, double followingHeight)
    {
        const double height = textHeight(title, 14, true) + 6
                              + (summary.isEmpty() ? 0 : textHeight(summary, 10, false) + 4);
        ensureRoom(height + followingHeight);
        text(title, 14, true);
        if (!summary.isEmpty())
            text(QTextDocumentFragment::fromHtml(summary).toPlainText(), 10, false,
                 QColor(0x33, 0x33, 0x33));
    }

    /// A bar chart, drawn for print by the painter the window uses.
    void barChart(const BarChartView &chart, double height)
    {
        ensureRoom(height);
        chart.paintInto(m_painter, QRectF(m_margin, m_y, contentWidth(), height), font(8),
                        printPalette());
        m_y += height + 14;
    }

    /// A custom-painted widget at the page's width, in print colours (vector: its painting
    /// replayed on the PDF). `sourceTop`/`sourceHeight` pick a horizontal slice of it.
    void widget(QWidget *widget, double sourceTop, double sourceHeight, double scale)
    {
        const double height = sourceHeight * scale;
        ensureRoom(height);
        m_painter.save();
        m_painter.translate(m_margin, m_y);
        m_painter.scale(scale, scale);
        m_painter.setClipRect(QRectF(0, 0, widget->width(), sourceHeight));
        // The slice's top-left lands at the target's origin.
        widget->render(&m_painter, QPoint(),
                       QRegion(0, int(sourceTop), widget->width(), int(std::ceil(sourceHeight))),
                       QWidget::DrawChildren);
        m_painter.restore();
        m_y += height + 6;
    }

    /// Something `height` tall drawn by `paint` with the origin at the left margin, on this
    /// page if it fits, else on the next.
    void draw(double height, const std::function<void(QPainter &)> &paint)
    {
        ensureRoom(height);
        m_painter.save();
        m_painter.translate(m_margin, m_y);
        m_painter.setFont(font(8));
        paint(m_painter);
        m_painter.restore();
        m_y += height;
    }

    /// A table laid out for paper: every row, columns sized to their contents (a header wraps
    /// at its words rather than widen its column), the first column taking what is left;
    /// continued on the next page with its header repeated.
    void table(const QStringList &headers, const QList<QStringList> &rows)
    {
        const QFont cellFont = font(8.5);
        const QFont headerFont = font(8.5, true);
        const QFontMetricsF cellMetrics(cellFont, m_painter.device());
        const QFontMetricsF headerMetrics(headerFont, m_painter.device());
        const double rowHeight = cellMetrics.height() * 1.5;
        const double padding = 6;
        QList<double> widths(headers.size(), 0);
        for (qsizetype c = 0; c < headers.size(); ++c) {
            for (const QString &word : headers.at(c).split(QLatin1Char(' ')))
                widths[c]
                    = std::max(widths.at(c), headerMetrics.horizontalAdvance(word) + 2 * padding);
        }
        for (const QStringList &row : rows) {
            for (qsizetype c = 1; c < headers.size(); ++c)
                widths[c] = std::max(widths.at(c),
                                     cellMetrics.horizontalAdvance(row.value(c)) + 2 * padding);
        }
        double others = 0;
        for (qsizetype c = 1; c < widths.size(); ++c)
            others += widths.at(c);
        widths[0] = std::max(80.0, contentWidth() - others);
        if (others > contentWidth() - widths.at(0)) { // still too wide: every column gives
            const double scale = (contentWidth() - widths.at(0)) / others;
            for (qsizetype c = 1; c < widths.size(); ++c)
                widths[c] *= scale;
        }
        double headerHeight = rowHeight;
        for (qsizetype c = 0; c < headers.size(); ++c)
            headerHeight = std::max(
                headerHeight, headerMetrics
                                      .boundingRect(QRectF(0, 0, widths.at(c) - 2 * padding, 1000),
                                                    Qt::TextWordWrap, headers.at(c))
                                      .height()
                                  + cellMetrics.height() * 0.5);
        // One row of cells: the first column left-aligned, the numbers right-aligned, text
        // cut with "…" rather than running into the next column.
        const auto drawCells = [&](const QStringList &cells, const QFont &font,
                                   const QFontMetricsF &metrics, double height, bool wrap) {
            m_painter.setFont(font);
            m_painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            double x = m_margin;
            for (qsizetype c = 0; c < headers.size(); ++c) {
                const double room = widths.at(c) - 2 * padding;
                const int align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
                if (wrap)
                    m_painter.drawText(QRectF(x + padding, m_y, room, height),
                                       align | Qt::TextWordWrap, cells.value(c));
                else
                    m_painter.drawText(QRectF(x + padding, m_y, room, height), align,
                                       metrics.elidedText(cells.value(c), Qt::ElideRight, room));
                x += widths.at(c);
            }
            m_y += height;
        };
        const auto drawHeader = [&] {
            m_painter.fillRect(QRectF(m_margin, m_y, contentWidth(), headerHeight),
                               QColor(0xe4, 0xe8, 0xee));
            drawCells(headers, headerFont, headerMetrics, headerHeight, true);
        };
        ensureRoom(headerHeight + rowHeight * 2);
        drawHeader();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (m_y + rowHeight > m_height - m_margin) {
                newPage();
                drawHeader(); // the header again on every page the table reaches
            }
            if (r % 2 == 1)
                m_painter.fillRect(QRectF(m_margin, m_y, contentWidth(), rowHeight),
                                   QColor(0xf5, 0xf5, 0xf5));
            drawCells(rows.at(r), cellFont, cellMetrics, rowHeight, false);
        }
        m_y += 12;
    }

    void space(double points) { m_y += points; }
    double roomLeft() const { return m_height - m_margin - m_y; }

    void newPage()
    {
        footer();
        m_device.newPage();
        ++m_page;
        m_y = m_margin;
    }

    void finish() { footer(); }

private:
    void ensureRoom(double height)
    {
        if (m_y + height > m_height - m_margin && m_y > m_margin + 1)
            newPage();
    }

    void footer()
    {
        m_painter.setFont(font(8));
        m_painter.setPen(QColor(0x66, 0x66, 0x66));
        m_painter.drawText(QRectF(0, m_height - m_margin * 0.75, m_width, 12), Qt::AlignHCenter,
                           Tr::tr("DevPulse report · page %1").arg(m_page));
    }

    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_margin = 0;
    double m_fontScale = 1;
    double m_y = 0;
    int m_page = 1;
};

// Draws the calendar a year at a time, so that a long range continues on the next page.
void paintCalendar(ReportPainter &report, const CalendarHeatmapWidget &calendar)
{
    constexpr int PrintWidth = 760; // the calendar's own units: cells of a size that prints well
    const double scale = report.contentWidth() / PrintWidth;
    const int years = int(calendar.years().size());
    const double yearHeight = calendar.yearHeight(PrintWidth) * scale;
    for (int block = 0; block < years; ++block) {
        report.draw(yearHeight, [&](QPainter &painter) {
            painter.scale(scale, scale);
            painter.setFont(report.font(7.5 / scale)); // 7.5 pt on paper
            calendar.paintYears(painter, PrintWidth, block, 1, printPalette());
        });
    }
    report.draw(CalendarHeatmapWidget::LegendHeight * scale, [&](QPainter &painter) {
        painter.scale(scale, scale);
        painter.setFont(report.font(7.5 / scale));
        calendar.paintLegend(painter, PrintWidth, 0, printPalette());
    });
}

} // namespace

QString fileNameFor(const QString &chartId, const QString &extension)
{
    return QStringLiteral("devpulse-%1.%2").arg(chartId, extension);
}

Result<void> writeCsv(const QString &path, const ChartTable &table, bool withByteOrderMark)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    QByteArray content;
    if (withByteOrderMark)
        content += CsvWriter::Utf8Bom;
    content += CsvWriter::header(table.fields).toUtf8();
    for (const QVariantList &row : table.rows)
        content += CsvWriter::row(row).toUtf8();
    if (file.write(content) != content.size() || !file.commit())
        return writeError(path, file.errorString());
    return Result<void>();
}

Result<void> writePng(const QString &path, QWidget *chart, double scale)
{
    if (!chart)
        return Error{Tr::tr("This chart has no picture, only numbers: export it as CSV."),
                     QStringLiteral("no widget")};
    scale = qBound(0.5, scale, 8.0);
    QImage image(chart->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale); // drawn sharp at the larger size, not scaled up after
    image.fill(chart->palette().window().color());
    chart->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!image.save(path, "PNG"))
        return writeError(path, Tr::tr("the image could not be saved"));
    return Result<void>();
}

QPageSize::PageSizeId defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

int paintReport(QPagedPaintDevice &device, const DashboardPage &page, const ReportInfo &info)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    ReportPainter report(device, painter);
    report.space(40);
    report.text(Tr::tr("DevPulse report"), 26, true);
    report.text(info.filterText, 11);
    report.text(Tr::tr("Generated %1")
                    .arg(QLocale().toString(info.generatedAt.toLocalTime(), QLocale::LongFormat)),
                9, false, QColor(0x55, 0x55, 0x55));
    report.space(10);
    report.text(Tr::tr("Accounts"), 12, true);
    report.text(info.accounts.isEmpty() ? Tr::tr("none") : info.accounts.join(QLatin1Char('\n')),
                10);
    report.space(14);
    if (page.shownMetrics()) {
        report.text(Tr::tr("Key numbers"), 12, true);
        report.space(4);
        report.keyNumbers(DashboardTables::keyNumbers(*page.shownMetrics()));
    }

    const QList<ChartTable> tables = page.tables();
    constexpr double ChartHeight = 250;
    // Charts and tables with nothing in the range: their sentences together at the end, not a
    // heading each between the others (one of them alone on a last page, before).
    QList<ChartTable> nothingShown;
    report.newPage();
    for (const QString &id : DashboardTables::chartIds()) {
        const ChartTable table = DashboardTables::find(tables, id);
        QWidget *chart = page.chartWidget(id);
        if (table.id.isEmpty() || !chart)
            continue; // numbers only (merge-delay-weekly): in CSV, not in print
        auto *bars = qobject_cast<BarChartView *>(chart);
        auto *list = qobject_cast<QTableWidget *>(chart);
        if ((bars && bars->isEmptyChart()) || (list && table.rows.isEmpty())) {
            nothingShown << table;
            continue;
        }
        if (bars) {
            report.heading(table.title, table.summary, ChartHeight);
            report.barChart(*bars, ChartHeight);
        } else if (auto *calendar = qobject_cast<CalendarHeatmapWidget *>(chart)) {
            report.heading(table.title, table.summary, 140);
            paintCalendar(report, *calendar);
        } else if (list) {
            // Every row, in the metrics' order (most first, "Others" last), as a table for
            // paper (not a picture of the widget: its headers, not the CSV's field names).
            report.heading(table.title, table.summary, 80);
            QStringList headers;
            for (int column = 0; column < list->columnCount(); ++column)
                headers << list->horizontalHeaderItem(column)->text();
            QList<QStringList> rows;
            const QLocale locale;
            for (const QVariantList &row : table.rows) {
                QStringList cells;
                for (const QVariant &value : row)
                    cells << (value.typeId() == QMetaType::QString ? value.toString()
                              : value.typeId() == QMetaType::Double
                                  ? locale.toString(value.toDouble(), 'f', 1)
                                  : locale.toString(value.toLongLong()));
                rows << cells;
            }
            report.table(headers, rows);
            if (id == QLatin1String("dora-repos") && page.shownMetrics()) {
                // On paper there is no "How delivery is measured…": the definitions follow.
                report.space(8);
                report.text(Tr::tr("How delivery is measured"), 10, true);
                for (const QString &definition :
                     DeliveryMetricsQuery::definitions(page.shownMetrics()->delivery.settings))
                    report.text(definition, 9, false, QColor(0x44, 0x44, 0x44));
            }
        } else {
            // The punch card: its own painting, in print colours.
            report.heading(table.title, table.summary, ChartHeight);
            const QPalette shownPalette = chart->palette();
            const QSize shownSize = chart->size();
            chart->setPalette(printPalette());
            chart->resize(760, 330);
            report.widget(chart, 0, chart->height(), report.contentWidth() / chart->width());
            chart->setPalette(shownPalette);
            chart->resize(shownSize);
        }
        report.space(10);
    }
    if (!nothingShown.isEmpty()) {
        report.heading(Tr::tr("Nothing in this range"), QString(), 0);
        for (const ChartTable &table : std::as_const(nothingShown))
            report.text(
                table.summary.isEmpty()
                    ? table.title
                    : Tr::tr("%1: %2").arg(
                        table.title, QTextDocumentFragment::fromHtml(table.summary).toPlainText()),
                10, false, QColor(0x33, 0x33, 0x33));
    }
    report.finish();
    return report.pages();
}

Result<int> writePdf(const QString &path, const DashboardPage &page, const ReportInfo &info,
                     QPageSize::PageSizeId pageSize, bool pdfA)
{
    // Written beside the target and moved into place, so a failure never leaves half a PDF.
    const QString partial = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(pageSize));
        writer.setResolution(300);
        writer.setTitle(Tr::tr("DevPulse report: %1").arg(info.filterText));
        writer.setCreator(
            QStringLiteral("DevPulse %1").arg(QCoreApplication::applicationVersion()));
        if (pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pages = paintReport(writer, page, info);
    }
    if (!QFileInfo::exists(partial) || QFileInfo(partial).size() == 0)
        return writeError(path, Tr::tr("the PDF could not be created"));
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return writeError(path, Tr::tr("the file could not be replaced"));
    }
    return pages;
}

ChartTable tableOf(const QTableWidget *table, const QString &id)
{
    ChartTable result;
    result.id = id;
    result.title = table->accessibleName();
    for (int column = 0; column < table->columnCount(); ++column) {
        const QTableWidgetItem *header = table->horizontalHeaderItem(column);
        result.fields << (header ? header->text() : QString::number(column + 1));
    }
    for (int row = 0; row < table->rowCount(); ++row) {
        QVariantList values;
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            if (!item) {
                values << QVariant();
                continue;
            }
            const QVariant exact = item->data(ExportValueRole);
            values << (exact.isValid() && !exact.isNull() ? exact : item->data(Qt::DisplayRole));
        }
        result.rows << values;
    }
    return result;
}

void addCsvExportAction(QTableWidget *table, const QString &id)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(Tr::tr("Export table as CSV…"), table);
    action->setObjectName(QStringLiteral("exportTableAction"));
    QObject::connect(action, &QAction::triggered, table, [table, id] {
        const QString path = QFileDialog::getSaveFileName(
            table, Tr::tr("Export the table as CSV"),
            QDir::home().filePath(fileNameFor(id, QStringLiteral("csv"))), Tr::tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        const Result<void> written
            = writeCsv(path, tableOf(table, id),
                       QSettings().value(QStringLiteral("export/csvBom"), false).toBool());
        if (!written)
            QMessageBox::warning(table, Tr::tr("Export failed"), written.error().userMessage);
    });
    table->addAction(action);
}

} // namespace DashboardExport
