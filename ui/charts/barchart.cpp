#include "charts/barchart.h"

#include "style/statuscolours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace BarChart {

QChartView *createView(const QString &objectName, const QString &accessibleName, QWidget *parent,
                       QChart **chart)
{
    *chart = new QChart;
    // Bar colours for the palette in use; axis and legend text follow it exactly (show()).
    (*chart)->setTheme(StatusColours::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    (*chart)->legend()->setAlignment(Qt::AlignBottom);
    (*chart)->legend()->setLabelColor(QGuiApplication::palette().color(QPalette::WindowText));
    (*chart)->setMargins(QMargins(0, 0, 0, 0));
    (*chart)->setBackgroundVisible(false);
    auto *view = new QChartView(*chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 210);
    view->setAccessibleName(accessibleName);
    return view;
}

void show(QChart *chart, const QStringList &categories, const QList<Series> &series, bool stacked,
          int labelsAngle)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double highest = 1;
    double lowest = 0;
    QList<double> up(categories.size(), 0.0); // stacked: bars add up per category
    QList<double> down(categories.size(), 0.0);
    for (const Series &one : series) {
        auto *set = new QBarSet(one.name);
        for (qsizetype i = 0; i < one.values.size(); ++i) {
            const double value = one.values.at(i);
            *set << value;
            if (stacked && i < up.size())
                (value >= 0 ? up[i] : down[i]) += value;
            highest = std::max(highest, stacked && i < up.size() ? up.at(i) : value);
            lowest = std::min(lowest, stacked && i < down.size() ? down.at(i) : value);
        }
        bars->append(set);
    }
    chart->addSeries(bars);

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList labels;
    for (const QString &category : categories)
        labels << category.toHtmlEscaped(); // axis labels are rich text: "<1h" must show
    categoryAxis->append(labels);
    categoryAxis->setTruncateLabels(false);
    categoryAxis->setLabelsAngle(labelsAngle);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    if (stacked && lowest < 0) // symmetric, so that "up" and "down" compare at a glance
        lowest = -(highest = std::max(highest, -lowest));
    valueAxis->setRange(lowest, highest);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    const double span = highest - lowest;
    if (span <= 8)
        valueAxis->setTickCount(int(span) + 1); // whole numbers only
    else
        valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(valueAxis);

    const QPalette palette = QGuiApplication::palette();
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(categoryAxis), static_cast<QAbstractAxis *>(valueAxis)}) {
        axis->setLabelsBrush(palette.windowText());
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
}

} // namespace BarChart

BarChartPanel::BarChartPanel(const QString &objectName, const QString &accessibleName,
                             QWidget *parent)
    : QWidget(parent)
{
    QChartView *view = BarChart::createView(objectName, accessibleName, this, &m_chart);
    m_table = new QTableWidget(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setAccessibleName(accessibleName);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(view);
    m_stack->addWidget(m_table);
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(objectName + QStringLiteral("Toggle"));
    toggle->setText(tr("Table"));
    toggle->setToolTip(tr("Show the numbers as a table"));
    toggle->setCheckable(true);
    connect(toggle, &QToolButton::toggled, this,
            [this](bool table) { m_stack->setCurrentIndex(table ? 1 : 0); });
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
}

void BarChartPanel::setData(const QStringList &categories, const QList<BarChart::Series> &series,
                            bool stacked, int labelsAngle)
{
    BarChart::show(m_chart, categories, series, stacked, labelsAngle);
    // The same numbers, one row per category and a column per series.
    m_table->clear();
    m_table->setRowCount(int(categories.size()));
    m_table->setColumnCount(int(series.size()));
    m_table->setVerticalHeaderLabels(categories);
    QStringList names;
    for (const BarChart::Series &one : series)
        names << one.name;
    m_table->setHorizontalHeaderLabels(names);
    for (int column = 0; column < series.size(); ++column) {
        const QList<double> &values = series.at(column).values;
        for (int row = 0; row < values.size() && row < categories.size(); ++row) {
            auto *item = new QTableWidgetItem(QLocale().toString(std::abs(values.at(row)), 'f', 0));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

QWidget *BarChartPanel::currentView() const
{
    return m_stack->currentWidget();
}
