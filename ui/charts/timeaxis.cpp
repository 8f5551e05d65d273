#include "ui/charts/timeaxis.h"

#include <QLocale>

#include <cmath>

namespace TimeAxis {
namespace {

// A boundary labels may stand at: a calendar unit, every `multiple` of it.
struct Stride
{
    TimeBucket unit;
    int multiple;
};

const QList<Stride> &strides()
{
    static const QList<Stride> all{
        {TimeBucket::Day, 1},   {TimeBucket::Day, 2},     {TimeBucket::Day, 3},
        {TimeBucket::Week, 1},  {TimeBucket::Week, 2},    {TimeBucket::Month, 1},
        {TimeBucket::Month, 2}, {TimeBucket::Quarter, 1}, {TimeBucket::Month, 6},
        {TimeBucket::Year, 1},  {TimeBucket::Year, 2},    {TimeBucket::Year, 5},
        {TimeBucket::Year, 10}, {TimeBucket::Year, 20},   {TimeBucket::Year, 50},
        {TimeBucket::Year, 100}};
    return all;
}

QString labelText(const QDate &day, const Stride &stride, const QLocale &locale)
{
    switch (stride.unit) {
    case TimeBucket::Day:
    case TimeBucket::Week: return locale.toString(day, QStringLiteral("d MMM"));
    case TimeBucket::Month:
        // January names its year; the other months only their name.
        return day.month() == 1 ? locale.toString(day, QStringLiteral("MMM yyyy"))
                                : locale.toString(day, QStringLiteral("MMM"));
    case TimeBucket::Quarter:
        return day.month() == 1 ? TimeBuckets::bucketName(day, TimeBucket::Quarter, locale)
                                : QStringLiteral("Q%1").arg((day.month() - 1) / 3 + 1);
    case TimeBucket::Year: return QString::number(day.year());
    }
    return {};
}

// The index of the stride unit's period holding `day` (days, weeks, months... since a fixed
// origin), so that "every 5 years" falls on 2000, 2005, ...
qint64 periodIndex(const QDate &day, TimeBucket unit)
{
    switch (unit) {
    case TimeBucket::Day: return QDate(1970, 1, 5).daysTo(day);
    case TimeBucket::Week: return QDate(1970, 1, 5).daysTo(day) / 7; // 5 Jan 1970: a Monday
    case TimeBucket::Month: return qint64(day.year()) * 12 + day.month() - 1;
    case TimeBucket::Quarter: return qint64(day.year()) * 4 + (day.month() - 1) / 3;
    case TimeBucket::Year: return day.year();
    }
    return 0;
}

// Drops every label that overlaps the one kept before it or leaves [0, widthLimit].
QList<AxisLabel> keepApart(const QList<AxisLabel> &candidates, double gap, double widthLimit)
{
    QList<AxisLabel> kept;
    for (const AxisLabel &label : candidates) {
        if (label.rect.left() < 0 || label.rect.right() > widthLimit)
            continue;
        if (!kept.isEmpty() && label.rect.left() < kept.constLast().rect.right() + gap)
            continue;
        kept << label;
    }
    return kept;
}

bool fitsApart(const QList<AxisLabel> &candidates, double gap, double widthLimit)
{
    return keepApart(candidates, gap, widthLimit).size() >= candidates.size() - 2;
}

AxisLabel centredLabel(const QString &text, double x, double top, const QFontMetricsF &metrics)
{
    const double width = metrics.horizontalAdvance(text);
    return AxisLabel{text, QRectF(x - width / 2, top, width, metrics.height()), x};
}

} // namespace

QList<AxisLabel> labels(const QList<QDate> &starts, TimeBucket bucket, double left, double right,
                        double top, double widthLimit, const QFontMetricsF &metrics)
{
    if (starts.isEmpty() || right <= left)
        return {};
    const QLocale locale;
    const double slot = (right - left) / double(starts.size());
    const double gap = metrics.averageCharWidth() * LabelGapInCharacters;
    QList<AxisLabel> best;
    for (const Stride &stride : strides()) {
        if (stride.unit < bucket)
            continue;
        QList<AxisLabel> candidates;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const QDate start = starts.at(i);
            const QDate end = TimeBuckets::next(start, bucket).addDays(-1);
            // A boundary of the stride's unit inside this bucket: the tick goes at the bar's
            // left edge when the bucket starts with it, else where the day falls.
            const QDate boundary = TimeBuckets::startOf(end, stride.unit);
            if (boundary < start)
                continue;
            if (periodIndex(boundary, stride.unit) % stride.multiple != 0)
                continue;
            const double fraction = double(start.daysTo(boundary)) / double(start.daysTo(end) + 1);
            double x = left + (double(i) + fraction) * slot;
            if (stride.unit == bucket)
                x = left + (double(i) + 0.5) * slot; // a label per bar: under its middle
            candidates << centredLabel(labelText(boundary, stride, locale), x, top, metrics);
        }
        if (candidates.isEmpty())
            continue;
        best = candidates;
        if (fitsApart(candidates, gap, widthLimit))
            break;
    }
    return keepApart(best, gap, widthLimit);
}

QList<AxisLabel> categoryLabels(const QStringList &categories, double left, double right,
                                double top, double widthLimit, const QFontMetricsF &metrics)
{
    if (categories.isEmpty() || right <= left)
        return {};
    const double slot = (right - left) / double(categories.size());
    const double gap = metrics.averageCharWidth() * LabelGapInCharacters;
    QList<AxisLabel> candidates;
    for (int every = 1; every <= categories.size(); ++every) {
        candidates.clear();
        for (qsizetype i = 0; i < categories.size(); i += every)
            candidates << centredLabel(categories.at(i), left + (double(i) + 0.5) * slot, top,
                                       metrics);
        if (keepApart(candidates, gap, widthLimit).size() == candidates.size())
            break;
    }
    return keepApart(candidates, gap, widthLimit);
}

} // namespace TimeAxis
