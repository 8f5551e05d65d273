#pragma once

#include "core/charts/timebuckets.h"

#include <QDate>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QString>

/// One label under a chart's x axis: its text, where it is drawn, and the x of its tick.
struct AxisLabel
{
    QString text;
    QRectF rect;
    double tickX = 0;
};

/// The labels of a time axis: bars are buckets (`starts`, each `bucket` long) of equal width
/// between `left` and `right`; labels go at calendar boundaries (each bucket, Monday, first of
/// the month, quarter, year, or every 2, 5, 10... years), the finest boundary whose labels fit
/// side by side with a gap. Labels never overlap each other nor leave [0, `widthLimit`],
/// whatever the range, width or font. GUI thread (font metrics).
namespace TimeAxis {

/// `top`: the y of the labels' top edge.
QList<AxisLabel> labels(const QList<QDate> &starts, TimeBucket bucket, double left, double right,
                        double top, double widthLimit, const QFontMetricsF &metrics);

/// Category labels (one per bar, e.g. "<1 h", "1–4 h"), thinned to every 2nd, 3rd... bar when
/// they do not fit side by side; same guarantees as labels().
QList<AxisLabel> categoryLabels(const QStringList &categories, double left, double right,
                                double top, double widthLimit, const QFontMetricsF &metrics);

/// The gap kept between two labels, in units of the font's average character width.
inline constexpr double LabelGapInCharacters = 1.5;

} // namespace TimeAxis
