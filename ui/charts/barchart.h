#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

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

/// A bar chart with its numbers: a "Table" toggle switches between the chart and a table of
/// the same data (the accessible alternative, and handy to copy numbers). GUI thread.
class BarChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartPanel)

public:
    /// `objectName` names the chart view; the table and toggle get "<name>Table"/"<name>Toggle".
    BarChartPanel(const QString &objectName, const QString &accessibleName, QWidget *parent);

    void setData(const QStringList &categories, const QList<BarChart::Series> &series,
                 bool stacked = false, int labelsAngle = 0);
    QChart *chart() const { return m_chart; }
    /// What the panel shows now without its toggle (the chart view or the table), for exports.
    QWidget *currentView() const;

private:
    QChart *m_chart = nullptr;
    class QStackedWidget *m_stack = nullptr;
    class QTableWidget *m_table = nullptr;
};
