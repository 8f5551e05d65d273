#include "export/dashboardexport.h"

#include "export/csvwriter.h"
#include "pages/dashboardpage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QTableWidget>
#include <QWidget>

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

/// Draws the report page by page; knows where it is on the current page.
class ReportPainter
{
public:
    ReportPainter(QPagedPaintDevice &device, QPainter &painter)
        : m_device(device)
        , m_painter(painter)
    {
        // Work in points (1/72 inch) whatever the device's resolution.
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

    void text(const QString &line, double pointSize, bool bold = false,
              const QColor &colour = Qt::black)
    {
        const double height = textHeight(line, pointSize, bold);
        ensureRoom(height);
        m_painter.setPen(colour);
        const QRectF used(m_margin, m_y, m_width - 2 * m_margin, height);
        m_painter.drawText(used, Qt::TextWordWrap, line);
        m_y += height + pointSize * 0.4;
    }

    /// Sets the font and returns the height `line` takes at the page's width.
    double textHeight(const QString &line, double pointSize, bool bold)
    {
        QFont font = m_painter.font();
        font.setPointSizeF(pointSize * m_fontScale);
        font.setBold(bold);
        m_painter.setFont(font);
        const QRectF area(m_margin, m_y, m_width - 2 * m_margin, m_height);
        return m_painter.boundingRect(area, Qt::TextWordWrap, line).height();
    }

    /// The height `widget` takes at the page's width, at most `maxHeight`.
    double widgetHeight(QWidget *widget, double maxHeight) const
    {
        if (!widget || widget->width() <= 0 || widget->height() <= 0)
            return 0;
        const double scale
            = qMin((m_width - 2 * m_margin) / widget->width(), maxHeight / widget->height());
        return widget->height() * scale + 12;
    }

    /// A chart with its caption and key numbers, kept together on one page.
    void section(const QString &title, const QString &summary, QWidget *chart)
    {
        constexpr double ChartHeight = 300;
        const double height = textHeight(title, 15, true) + 6 + textHeight(summary, 10, false) + 4
                              + widgetHeight(chart, ChartHeight);
        ensureRoom(height);
        text(title, 15, true);
        text(summary, 10, false, QColor(0x33, 0x33, 0x33));
        this->widget(chart, ChartHeight);
    }

    /// The widget as it is drawn on screen, scaled to the page width (at most `maxHeight`).
    void widget(QWidget *widget, double maxHeight)
    {
        if (!widget || widget->width() <= 0 || widget->height() <= 0)
            return;
        const double available = m_width - 2 * m_margin;
        double scale = available / widget->width();
        scale = qMin(scale, maxHeight / widget->height());
        const double height = widget->height() * scale;
        ensureRoom(height);
        m_painter.save();
        m_painter.translate(m_margin, m_y);
        m_painter.scale(scale, scale);
        // QWidget::render replays the widget's own painting: text, lines and shapes stay
        // vector in a PDF.
        widget->render(&m_painter, QPoint(), QRegion(), QWidget::DrawChildren);
        m_painter.restore();
        m_y += height + 12;
    }

    void space(double points) { m_y += points; }

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
        QFont font = m_painter.font();
        font.setPointSizeF(8 * m_fontScale);
        font.setBold(false);
        m_painter.setFont(font);
        m_painter.setPen(Qt::darkGray);
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

int paintReport(QPagedPaintDevice &device, const DashboardPage &page, const ReportInfo &info)
{
    QPainter painter(&device);
    ReportPainter report(device, painter);
    report.space(120);
    report.text(Tr::tr("DevPulse report"), 28, true);
    report.space(8);
    report.text(info.filterText, 12);
    report.text(Tr::tr("Generated %1")
                    .arg(QLocale().toString(info.generatedAt.toLocalTime(), QLocale::LongFormat)),
                10, false, Qt::darkGray);
    report.space(16);
    report.text(Tr::tr("Accounts"), 13, true);
    report.text(info.accounts.isEmpty() ? Tr::tr("none") : info.accounts.join(QLatin1Char('\n')),
                10);

    const QList<ChartTable> tables = page.tables();
    for (const QString &id : DashboardTables::chartIds()) {
        const ChartTable table = DashboardTables::find(tables, id);
        if (table.id.isEmpty())
            continue;
        if (id == DashboardTables::chartIds().constFirst())
            report.newPage();
        else
            report.space(18);
        report.section(table.title, table.summary, page.chartWidget(id));
    }
    report.finish();
    return report.pages();
}

Result<int> writePdf(const QString &path, const DashboardPage &page, const ReportInfo &info,
                     QPageSize::PageSizeId pageSize)
{
    // Written beside the target and moved into place, so a failure never leaves half a PDF.
    const QString partial = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(pageSize));
        writer.setResolution(300);
        writer.setTitle(Tr::tr("DevPulse report"));
        writer.setCreator(QStringLiteral("DevPulse"));
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
