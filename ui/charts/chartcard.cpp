#include "ui/charts/chartcard.h"

#include "ui/charts/barchartview.h"
#include "ui/export/dashboardexport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
/// A cell shown in the locale's words ("1,627") that sorts by its exact value.
class ExactValueItem final : public QTableWidgetItem
{
public:
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(DashboardExport::ExportValueRole);
        const QVariant theirs = other.data(DashboardExport::ExportValueRole);
        if (mine.isValid() && theirs.isValid())
            return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
        return QTableWidgetItem::operator<(other);
    }
};
} // namespace

ChartCard::ChartCard(const QString &title, QWidget *chart, const QString &name, QWidget *parent)
    : QGroupBox(title, parent)
    , m_chart(chart)
    , m_name(name)
{
    build(title, name);
}

ChartCard::ChartCard(const QString &title, const QString &name, const QStringList &headers,
                     QWidget *parent)
    : QGroupBox(title, parent)
    , m_name(name)
    , m_headers(headers)
{
    build(title, name);
    // The table is what the card shows: no switch to a chart it does not have. Its columns
    // share the card's width, so that no column hides past a scroll bar.
    m_chart = m_table;
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_toggle->hide();
    m_stack->setCurrentWidget(m_table);
    // Rows that wrap grow when the width changes: the height follows.
    connect(m_table->verticalHeader(), &QHeaderView::sectionResized, this,
            &ChartCard::fitHeightToRows);
}

ChartCard::ChartCard(const QString &title, BarChartView *chart, const QString &name,
                     QWidget *parent)
    : QGroupBox(title, parent)
    , m_chart(chart)
    , m_barChart(chart)
    , m_name(name)
{
    build(title, name);
    connect(chart, &BarChartView::shownChanged, this, &ChartCard::fillTableFromChart);
    // Over time: the bucket follows the width unless the user picks one.
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(name + QStringLiteral("Bucket"));
    m_bucket->setAccessibleName(tr("Bars per"));
    m_bucket->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Automatic (per quarter)"
    m_bucket->addItem(tr("Automatic"), -1);
    for (TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month,
                              TimeBucket::Quarter, TimeBucket::Year})
        m_bucket->addItem(TimeBuckets::perBucketName(bucket), int(bucket));
    m_bucket->setToolTip(tr("How long one bar lasts. A finer one than the chart's width can "
                            "show is replaced by the finest that fits."));
    m_controls->insertWidget(m_controls->count() - 2, m_bucket);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] {
        const int chosen = m_bucket->currentData().toInt();
        m_barChart->setPreferredBucket(chosen < 0 ? std::nullopt
                                                  : std::optional(TimeBucket(chosen)));
    });
}

void ChartCard::build(const QString &title, const QString &name)
{
    setObjectName(name + QStringLiteral("Card"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setAccessibleName(title);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack = new QStackedWidget(this);
    if (m_chart)
        m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);

    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(name + QStringLiteral("Toggle"));
    m_toggle->setText(tr("Table"));
    m_toggle->setToolTip(tr("Show the numbers as a table"));
    m_toggle->setCheckable(true);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool table) {
        if (table && m_barChart && m_tableStale)
            fillTableNow();
        m_stack->setCurrentIndex(table ? 1 : 0);
    });

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(name + QStringLiteral("Export"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Numbers as CSV…"), this, &ChartCard::exportCsv);
    menu->addAction(tr("Picture as PNG…"), this, &ChartCard::exportPng);
    exportButton->setMenu(menu);

    m_controls = new QHBoxLayout;
    m_controls->setContentsMargins(0, 0, 0, 0);
    m_controls->addStretch(1);
    m_controls->addWidget(m_toggle);
    m_controls->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
}

void ChartCard::setSummary(const QString &text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

void ChartCard::addControl(QWidget *control)
{
    m_controls->insertWidget(m_ownControls++, control);
}

QWidget *ChartCard::currentView() const
{
    return m_stack->currentWidget();
}

void ChartCard::setTable(const ChartTable &table)
{
    const QLocale locale;
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->verticalHeader()->hide(); // rows of numbers: their count says nothing
    m_table->setColumnCount(int(table.fields.size()));
    m_table->setHorizontalHeaderLabels(m_headers.size() == table.fields.size() ? m_headers
                                                                               : table.fields);
    m_table->setRowCount(int(table.rows.size()));
    for (int row = 0; row < table.rows.size(); ++row) {
        for (int column = 0; column < table.fields.size(); ++column) {
            const QVariant value = table.rows.at(row).value(column);
            auto *item = new ExactValueItem;
            const int type = value.metaType().id();
            if (type == QMetaType::QDate) {
                item->setText(locale.toString(value.toDate(), QLocale::ShortFormat));
            } else if (type == QMetaType::Double) {
                item->setText(locale.toString(value.toDouble(), 'f', 1));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else if (type == QMetaType::Int || type == QMetaType::LongLong) {
                item->setText(locale.toString(value.toLongLong())); // "1,627"
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else {
                item->setData(Qt::DisplayRole, value);
            }
            item->setData(DashboardExport::ExportValueRole, value);
            m_table->setItem(row, column, item);
        }
    }
    for (int column = 0; column < m_table->columnCount(); ++column) {
        if (QTableWidgetItem *header = m_table->horizontalHeaderItem(column))
            header->setToolTip(header->text());
    }
    m_table->setSortingEnabled(true);
    if (m_headers.isEmpty())
        m_table->resizeColumnsToContents();
    fitHeightToRows();
}

void ChartCard::fitHeightToRows()
{
    constexpr int FewRows = 8;
    if (m_chart != m_table || m_table->rowCount() > FewRows) {
        m_table->setMaximumHeight(QWIDGETSIZE_MAX);
        m_stack->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    // Never lower than two rows: an empty table still shows where its rows would be.
    const int rows = std::max(m_table->verticalHeader()->length(),
                              2 * m_table->verticalHeader()->defaultSectionSize());
    const int height
        = m_table->horizontalHeader()->sizeHint().height() + rows + 2 * m_table->frameWidth()
          + (m_table->horizontalScrollBar()->isVisible() ? m_table->horizontalScrollBar()->height()
                                                         : 0);
    m_table->setMaximumHeight(height);
    m_stack->setMaximumHeight(height); // the card's layout asks the stack, not the table
}

void ChartCard::fillTableFromChart()
{
    const BarChartModel &shown = m_barChart->shownModel();
    if (m_bucket) {
        m_bucket->setVisible(shown.isTime());
        // "Automatic (per month)": the bucket the width chose is named.
        if (shown.isTime())
            m_bucket->setItemText(
                0, tr("Automatic (%1)").arg(TimeBuckets::perBucketName(shown.values.bucket)));
    }
    // The table is filled when it is shown: a chart is rebuilt at every resize and filter
    // change, and a table of every day of a long range is not free.
    m_tableStale = true;
    if (m_stack->currentWidget() == m_table)
        fillTableNow();
}

void ChartCard::fillTableNow()
{
    m_tableStale = false;
    // One row per bar, in the bucket shown, a column per series; values as drawn (removed
    // lines as a positive count).
    const BarChartModel &model = m_barChart->shownModel();
    const QLocale locale;
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setRowCount(int(model.barCount()));
    m_table->setColumnCount(int(model.values.series.size()));
    QStringList rows;
    for (qsizetype bar = 0; bar < model.barCount(); ++bar)
        rows << model.barName(bar);
    m_table->setVerticalHeaderLabels(rows);
    QStringList names;
    for (const TimeSeries::Series &one : model.values.series)
        names << one.name;
    m_table->setHorizontalHeaderLabels(names);
    for (int column = 0; column < model.values.series.size(); ++column) {
        const QList<double> &values = model.values.series.at(column).values;
        for (int row = 0; row < values.size() && row < model.barCount(); ++row) {
            auto *item = new QTableWidgetItem(locale.toString(std::abs(values.at(row)), 'f', 0));
            item->setData(DashboardExport::ExportValueRole, std::abs(values.at(row)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void ChartCard::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the numbers as CSV"),
        QDir::home().filePath(DashboardExport::fileNameFor(m_name, QStringLiteral("csv"))),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (m_barChart && m_tableStale)
        fillTableNow();
    ChartTable table = DashboardExport::tableOf(m_table, m_name);
    if (m_barChart) { // the rows' names are the buckets
        const BarChartModel &model = m_barChart->shownModel();
        table.fields.prepend(model.isTime() ? tr("period") : tr("bucket"));
        for (qsizetype row = 0; row < table.rows.size(); ++row)
            table.rows[row].prepend(model.isTime() ? QVariant(model.values.starts.value(row))
                                                   : QVariant(model.barName(row)));
    }
    const Result<void> written = DashboardExport::writeCsv(
        path, table, QSettings().value(QStringLiteral("export/csvBom"), false).toBool());
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.error().userMessage);
}

void ChartCard::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart as PNG"),
        QDir::home().filePath(DashboardExport::fileNameFor(m_name, QStringLiteral("png"))),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Result<void> written = DashboardExport::writePng(path, m_chart, 2.0);
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.error().userMessage);
}
