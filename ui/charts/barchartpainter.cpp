#include "ui/charts/barchartpainter.h"

#include "core/charts/valuescale.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

QString BarChartModel::barName(qsizetype index) const
{
    if (!isTime())
        return categories.value(index);
    return index >= 0 && index < values.starts.size()
               ? TimeBuckets::bucketName(values.starts.at(index), values.bucket)
               : QString();
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BarChart)
};

constexpr double LegendSpacing = 1.2; // in average character widths between legend entries

} // namespace

BarChartLayout BarChartLayout::compute(const BarChartModel &model, const QRectF &area,
                                       const QFont &font, const QPalette &palette,
                                       const QPaintDevice *device)
{
    BarChartLayout layout;
    layout.area = area;
    layout.font = font;
    const QFontMetricsF metrics = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    const double line = metrics.height();
    const double character = metrics.averageCharWidth();

    // The legend: every series, flowing into as many rows as it needs.
    double legendHeight = 0;
    if (model.values.series.size() > 1) {
        double x = area.left();
        double y = 0;
        for (qsizetype i = 0; i < model.values.series.size(); ++i) {
            const QString &name = model.values.series.at(i).name;
            const double width = line * 0.9 + character * 0.6 + metrics.horizontalAdvance(name);
            if (x > area.left() && x + width > area.right()) {
                x = area.left();
                y += line * 1.25;
            }
            LegendItem item;
            item.name = name;
            item.colour = BarChartPainter::seriesColour(i, name == model.othersName, palette);
            item.swatch = QRectF(x, y + line * 0.15, line * 0.7, line * 0.7);
            item.text = QRectF(x + line * 0.9, y, metrics.horizontalAdvance(name), line);
            layout.legend << item;
            x += width + character * LegendSpacing * 2;
        }
        if (!layout.legend.isEmpty())
            legendHeight = y + line * 1.4;
        const double legendTop = area.bottom() - legendHeight + line * 0.4;
        for (LegendItem &item : layout.legend) {
            item.swatch.translate(0, legendTop);
            item.text.translate(0, legendTop);
        }
    }

    // The value axis: the tallest and deepest bars, cut above an outlier.
    const QList<double> above = model.values.totalsAbove();
    const QList<double> below = model.values.totalsBelow();
    double high = 0;
    double low = 0;
    for (double value : above)
        high = std::max(high, value);
    for (double value : below)
        low = std::min(low, value);
    layout.cutAbove = ValueScale::outlierCut(above);
    QList<double> depths;
    for (double value : below)
        depths << -value;
    if (const std::optional<double> cut = ValueScale::outlierCut(depths))
        layout.cutBelow = -*cut;
    if (layout.cutAbove)
        high = *layout.cutAbove;
    if (layout.cutBelow)
        low = *layout.cutBelow;
    if (model.values.shares) { // every bar is 100 % (rounded): nothing to cut, no room above
        layout.cutAbove.reset();
        layout.cutBelow.reset();
        low = 0;
        high = 100;
    }
    if (high <= low)
        high = low + 1;

    const QLocale locale;
    if (layout.cutAbove || layout.cutBelow) {
        QStringList parts;
        if (layout.cutAbove)
            parts << Tr::tr("bars above %1 are cut (▲; hover for their value)")
                         .arg(ValueScale::shortNumber(*layout.cutAbove, locale));
        if (layout.cutBelow)
            parts << Tr::tr("bars below %1 are cut (▼)")
                         .arg(ValueScale::shortNumber(*layout.cutBelow, locale));
        layout.noteText = Tr::tr("scale: %1").arg(parts.join(QStringLiteral("; ")));
    }
    if (!model.caption.isEmpty())
        layout.noteText = layout.noteText.isEmpty()
                              ? model.caption
                              : model.caption + QStringLiteral(" · ") + layout.noteText;
    const double noteHeight = layout.noteText.isEmpty() ? 0 : line * 1.2;
    layout.note = QRectF(area.left(), area.top(), area.width(), noteHeight);

    const double xLabelsHeight = line * 1.3;
    const double plotTop = area.top() + noteHeight + line * 0.5; // room for the top tick label
    const double plotBottom = area.bottom() - legendHeight - xLabelsHeight;
    const int maxTicks = std::max(2, int((plotBottom - plotTop) / (line * 1.8)));
    const QList<double> ticks = ValueScale::niceTicks(low, high, maxTicks);
    // The axis ends at the outermost ticks, unless a cut fixes that end.
    layout.low = layout.cutBelow ? low : std::min(low, ticks.constFirst());
    layout.high = layout.cutAbove ? high : std::max(high, ticks.constLast());
    double labelWidth = 0;
    for (double tick : ticks) {
        if (tick < layout.low - 1e-9 || tick > layout.high + 1e-9)
            continue;
        const QString text = ValueScale::shortNumber(tick, locale);
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(text));
        layout.valueTicks << qMakePair(tick, text);
    }
    layout.valueLabelsRight = area.left() + labelWidth;
    const double plotLeft = layout.valueLabelsRight + character;
    const double plotRight = area.right() - character; // the last x label may hang out a bit
    layout.plot = QRectF(QPointF(plotLeft, plotTop), QPointF(plotRight, plotBottom));

    const double labelsTop = plotBottom + line * 0.25;
    layout.xLabels = model.isTime()
                         ? TimeAxis::labels(model.values.starts, model.values.bucket, plotLeft,
                                            plotRight, labelsTop, area.right(), metrics)
                         : TimeAxis::categoryLabels(model.categories, plotLeft, plotRight,
                                                    labelsTop, area.right(), metrics);
    // The first label, centred on a tick at the plot's left edge, would reach under the value
    // labels, whose lowest one ("-500k") sits on the plot's bottom line: it starts after them.
    // Moved, it may meet the next one: then it goes (the labels were thinned for their places).
    const double labelsLeft = layout.valueLabelsRight + character * 0.5;
    for (qsizetype i = 0;
         i < layout.xLabels.size() && layout.xLabels.at(i).rect.left() < labelsLeft;) {
        layout.xLabels[i].rect.moveLeft(labelsLeft);
        if (i + 1 < layout.xLabels.size()
            && layout.xLabels.at(i).rect.right() + character * TimeAxis::LabelGapInCharacters
                   >= layout.xLabels.at(i + 1).rect.left())
            layout.xLabels.removeAt(i);
        else
            ++i;
    }
    return layout;
}

double BarChartLayout::yOf(double value) const
{
    const double clamped = std::clamp(value, low, high);
    return plot.bottom() - (clamped - low) / (high - low) * plot.height();
}

QRectF BarChartLayout::barSlot(const BarChartModel &model, qsizetype index) const
{
    const qsizetype count = std::max<qsizetype>(1, model.barCount());
    const double slot = plot.width() / double(count);
    return QRectF(plot.left() + double(index) * slot, plot.top(), slot, plot.height());
}

qsizetype BarChartLayout::barAt(const BarChartModel &model, double x) const
{
    if (x < plot.left() || x >= plot.right() || model.barCount() == 0)
        return -1;
    const double slot = plot.width() / double(model.barCount());
    return std::min<qsizetype>(model.barCount() - 1, qsizetype((x - plot.left()) / slot));
}

namespace BarChartPainter {

QColor seriesColour(qsizetype index, bool isOthers, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (isOthers)
        return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x8a, 0x8a, 0x8a);
    // Okabe & Ito's colour-blind-safe set (blue, orange, bluish green, reddish purple, sky
    // blue, vermillion, yellow); on a dark window the same hues a little lighter.
    static const QColor light[]
        = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
           QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
           QColor(0xc9, 0xb2, 0x00)};
    const QColor colour = light[index % std::size(light)];
    return dark ? colour.lighter(135) : colour;
}

void paint(QPainter &painter, const BarChartModel &model, const BarChartLayout &layout,
           const QPalette &palette)
{
    painter.save();
    painter.setFont(layout.font);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Midlight);
    const QColor axis = palette.color(QPalette::Mid);

    if (!layout.noteText.isEmpty()) {
        painter.setPen(text);
        painter.drawText(layout.note, Qt::AlignLeft | Qt::AlignVCenter, layout.noteText);
    }

    // Grid and value labels.
    for (const auto &[value, label] : layout.valueTicks) {
        const double y = layout.yOf(value);
        painter.setPen(QPen(value == 0 ? axis : grid, 0));
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y));
        painter.setPen(text);
        const QFontMetricsF metrics(layout.font, painter.device());
        painter.drawText(QRectF(layout.area.left(), y - metrics.height() / 2,
                                layout.valueLabelsRight - layout.area.left(), metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Bars: stacked upwards and downwards from zero, or side by side.
    const qsizetype bars = model.barCount();
    const qsizetype seriesCount = model.values.series.size();
    painter.setPen(Qt::NoPen);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype i = 0; i < bars; ++i) {
        const QRectF slot = layout.barSlot(model, i);
        const double width = slot.width() >= 3 ? slot.width() * 0.8 : slot.width();
        double up = 0;
        double down = 0;
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const double value = model.values.series.at(s).values.value(i);
            if (value == 0)
                continue;
            double x = slot.center().x() - width / 2;
            double w = width;
            if (!model.values.stacked) { // side by side inside the slot
                w = width / double(seriesCount);
                x += w * double(s);
            }
            double from = 0;
            double to = value;
            if (model.values.stacked) {
                from = value > 0 ? up : down;
                to = from + value;
                (value > 0 ? up : down) = to;
            }
            const double top = layout.yOf(std::max(from, to));
            const double bottom = layout.yOf(std::min(from, to));
            // At least a pixel's line, so that a small count is never invisible.
            const QRectF bar(x, top, std::max(w, 0.5), std::max(bottom - top, 0.6));
            painter.fillRect(
                bar, seriesColour(s, model.values.series.at(s).name == model.othersName, palette));
        }
        // Bars past a cut end in a marker; their true value is in the tooltip and table.
        const double tallest = model.values.stacked ? up : model.values.totalsAbove().value(i);
        if (layout.cutAbove && tallest > *layout.cutAbove) {
            const double y = layout.plot.top();
            const double half = std::max(3.0, std::min(width, 8.0) / 2);
            QPainterPath marker;
            marker.moveTo(slot.center().x() - half, y + half * 1.4);
            marker.lineTo(slot.center().x() + half, y + half * 1.4);
            marker.lineTo(slot.center().x(), y);
            marker.closeSubpath();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.fillPath(marker, text);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
        const double deepest = model.values.stacked ? down : model.values.totalsBelow().value(i);
        if (layout.cutBelow && deepest < *layout.cutBelow) {
            const double y = layout.plot.bottom();
            const double half = std::max(3.0, std::min(width, 8.0) / 2);
            QPainterPath marker;
            marker.moveTo(slot.center().x() - half, y - half * 1.4);
            marker.lineTo(slot.center().x() + half, y - half * 1.4);
            marker.lineTo(slot.center().x(), y);
            marker.closeSubpath();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.fillPath(marker, text);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }

    // The x axis: the zero line, ticks and labels.
    painter.setPen(QPen(axis, 0));
    painter.drawLine(QPointF(layout.plot.left(), layout.plot.bottom()),
                     QPointF(layout.plot.right(), layout.plot.bottom()));
    painter.setPen(text);
    for (const AxisLabel &label : layout.xLabels) {
        painter.setPen(QPen(axis, 0));
        painter.drawLine(QPointF(label.tickX, layout.plot.bottom()),
                         QPointF(label.tickX, layout.plot.bottom() + 3));
        painter.setPen(text);
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }

    // The legend: every series.
    for (const BarChartLayout::LegendItem &item : layout.legend) {
        painter.fillRect(item.swatch, item.colour);
        painter.setPen(text);
        painter.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter, item.name);
    }
    painter.restore();
}

void paintEmpty(QPainter &painter, const QRectF &area, const QString &text, const QFont &font,
                const QPalette &palette)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

} // namespace BarChartPainter
