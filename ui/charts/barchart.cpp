#include "charts/barchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace BarChart {

QChartView *createView(const QString &objectName, const QString &accessibleName, QWidget *parent,
                       QChart **chart)
{
    *chart = new QChart;
    (*chart)->legend()->setAlignment(Qt::AlignBottom);
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
}

} // namespace BarChart
