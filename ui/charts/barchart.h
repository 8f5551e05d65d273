#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QWidget;

/// The dashboard's bar charts (merge delay, code frequency, branch and tag trends) drawn one
/// way: palette-friendly view, category labels kept readable, whole-number value ticks.
namespace BarChart {

struct Series
{
    QString name;
    QList<double> values; ///< one per category; negative values hang below the axis
};

/// A chart view ready for show(); `chart` receives the chart it displays.
QChartView *createView(const QString &objectName, const QString &accessibleName, QWidget *parent,
                       QChart **chart);

/// Replaces what `chart` shows. `stacked`: series on top of each other (e.g. added up and
/// removed down); else side by side.
void show(QChart *chart, const QStringList &categories, const QList<Series> &series,
          bool stacked = false, int labelsAngle = 0);

} // namespace BarChart
