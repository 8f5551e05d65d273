#pragma once

#include "core/charts/timeseries.h"
#include "ui/charts/timeaxis.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QStringList>

#include <optional>

class QPainter;
class QPaintDevice;

/// What a bar chart shows: bars over the buckets of a time range (`values.starts`) or over
/// named categories (`categories`, e.g. "<1 h", "1–4 h"; then `values.starts` is empty and
/// each series has one value per category).
struct BarChartModel
{
    TimeSeries values;
    QStringList categories;
    /// Names a series "Others": drawn in grey (the rest of a top N).
    QString othersName;
    /// The line above the plot: what a bar is ("Lines per week").
    QString caption;

    bool isTime() const { return categories.isEmpty(); }
    qsizetype barCount() const { return isTime() ? values.starts.size() : categories.size(); }
    /// "week of 3 Mar 2025" or the category, for tooltips and tables.
    QString barName(qsizetype index) const;
};

/// Where everything of a bar chart goes in a given rectangle with a given font: the plot, the
/// value axis (round ticks, locale numbers, cut above an outlier), the x labels (never
/// overlapping), the legend (every series, in rows). Computed once per size; paint() draws
/// it, the widget's tooltips and tests read it. GUI thread (font metrics).
struct BarChartLayout
{
    struct LegendItem
    {
        QString name;
        QColor colour;
        QRectF swatch;
        QRectF text;
    };

    QRectF area;
    QRectF plot;
    double low = 0;                           ///< the value axis' bottom
    double high = 1;                          ///< the value axis' top (the cut, when bars are cut)
    std::optional<double> cutAbove;           ///< taller bars reach past the top, marked and cut
    std::optional<double> cutBelow;           ///< deeper negative bars likewise
    QList<QPair<double, QString>> valueTicks; ///< value, its label
    double valueLabelsRight = 0;
    QList<AxisLabel> xLabels;
    QList<LegendItem> legend;
    QRectF note; ///< the caption and "bars above … are cut" line, when there is one
    QString noteText;
    QFont font;

    /// `device`: what the chart is drawn on, for its font metrics (a PDF's differ from the
    /// screen's); nullptr for the screen.
    static BarChartLayout compute(const BarChartModel &model, const QRectF &area, const QFont &font,
                                  const QPalette &palette, const QPaintDevice *device = nullptr);
    /// The bar under `x`, or -1.
    qsizetype barAt(const BarChartModel &model, double x) const;
    /// Where bar `index` stands (its full slot, the bar's width inside it).
    QRectF barSlot(const BarChartModel &model, qsizetype index) const;
    double yOf(double value) const;
};

/// Draws the dashboard's bar charts, on screen and in the report, one way: colours that stay
/// apart for the common colour-vision deficiencies (Okabe–Ito), in the light and dark palette.
namespace BarChartPainter {

/// The colour of series `index` of `count` ("Others" is grey).
QColor seriesColour(qsizetype index, bool isOthers, const QPalette &palette);
void paint(QPainter &painter, const BarChartModel &model, const BarChartLayout &layout,
           const QPalette &palette);
/// Draws "No … in this range" centred in `area`, instead of an empty axis box.
void paintEmpty(QPainter &painter, const QRectF &area, const QString &text, const QFont &font,
                const QPalette &palette);

} // namespace BarChartPainter
