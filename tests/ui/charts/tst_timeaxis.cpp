#include "ui/charts/barchartview.h"
#include "ui/charts/timeaxis.h"

#include <QApplication>
#include <QTest>

/// Bar charts over time at any width, range and font size: the bucket fits the width, no two
/// labels overlap, labels stay inside the chart, the legend names every series.
class TestTimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void categoryLabelsAreThinnedNotOverlapped();
    void chosenBucketIsKeptWhenItFits();
    void categoryBarsGetAnAxisToTheirTallest();
};

namespace {

TimeSeries dailySeries(int days, int seriesCount)
{
    const QDate to(2026, 12, 3);
    QStringList names;
    for (int s = 0; s < seriesCount; ++s)
        names << QStringLiteral("Developer with a long name %1").arg(s);
    TimeSeries series(to.addDays(1 - days), to, TimeBucket::Day, names);
    for (int d = 0; d < days; d += 3) {
        for (int s = 0; s < seriesCount; ++s)
            series.add(s, to.addDays(-d), (d * (s + 3)) % 17);
    }
    return series;
}

} // namespace

void TestTimeAxis::labelsNeverOverlap_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("pointSize");
    for (int days : {7, 30, 90, 365, 3 * 365, 10 * 365 + 2, 15 * 365 + 4}) {
        for (int pointSize : {8, 10, 14}) // as at 96 dpi, and larger screens' fonts
            QTest::addRow("%d days, %d pt", days, pointSize) << days << pointSize;
    }
}

void TestTimeAxis::labelsNeverOverlap()
{
    QFETCH(int, days);
    QFETCH(int, pointSize);
    QFont font = QApplication::font();
    font.setPointSize(pointSize);
    const QFontMetricsF metrics(font);
    const TimeSeries finest = dailySeries(days, 6);
    for (int width = 320; width <= 2560; width += 80) {
        const BarChartModel model = BarChartView::modelFor(finest, QStringLiteral("Commits"),
                                                           QString(), std::nullopt, width);
        const QString where = QStringLiteral("%1 px, %2 bars %3")
                                  .arg(width)
                                  .arg(model.barCount())
                                  .arg(TimeBuckets::perBucketName(model.values.bucket));
        // Never more bars than the width shows legibly (years are the coarsest there is).
        QVERIFY2(model.values.bucket == TimeBucket::Year
                     || model.barCount() * BarChartView::MinimumPixelsPerBar <= width,
                 qPrintable(where));
        const BarChartLayout layout = BarChartLayout::compute(model, QRectF(0, 0, width, 300), font,
                                                              QApplication::palette());
        QVERIFY2(layout.xLabels.size() >= (model.barCount() > 1 ? 2 : 1), qPrintable(where));
        for (qsizetype i = 0; i < layout.xLabels.size(); ++i) {
            const QRectF rect = layout.xLabels.at(i).rect;
            QVERIFY2(rect.left() >= 0 && rect.right() <= width, qPrintable(where));
            QVERIFY2(qAbs(rect.width() - metrics.horizontalAdvance(layout.xLabels.at(i).text))
                         < 0.5,
                     qPrintable(where)); // the rectangle is the text's
            if (i > 0)
                QVERIFY2(!rect.intersects(layout.xLabels.at(i - 1).rect)
                             && rect.left() > layout.xLabels.at(i - 1).rect.right(),
                         qPrintable(where + QStringLiteral(": ") + layout.xLabels.at(i - 1).text
                                    + QStringLiteral(" / ") + layout.xLabels.at(i).text));
        }
        // No x label under a value label (the lowest one sits on the plot's bottom line).
        for (const auto &[value, text] : layout.valueTicks) {
            const QRectF valueLabel(0, layout.yOf(value) - metrics.height() / 2,
                                    layout.valueLabelsRight, metrics.height());
            for (const AxisLabel &label : layout.xLabels)
                QVERIFY2(!valueLabel.intersects(label.rect),
                         qPrintable(where + QStringLiteral(": ") + text + QStringLiteral(" / ")
                                    + label.text));
        }
        // Value labels one above the other with room between them.
        for (qsizetype i = 1; i < layout.valueTicks.size(); ++i)
            QVERIFY2(layout.yOf(layout.valueTicks.at(i - 1).first)
                             - layout.yOf(layout.valueTicks.at(i).first)
                         >= metrics.height(),
                     qPrintable(where));
        // Every series in the legend, none on top of another, inside the chart.
        QCOMPARE(layout.legend.size(), 6);
        for (qsizetype i = 0; i < layout.legend.size(); ++i) {
            const QRectF item = layout.legend.at(i).swatch.united(layout.legend.at(i).text);
            QVERIFY2(item.right() <= width || item.left() == 0, qPrintable(where));
            for (qsizetype j = 0; j < i; ++j)
                QVERIFY2(
                    !item.intersects(layout.legend.at(j).swatch.united(layout.legend.at(j).text)),
                    qPrintable(where));
        }
        QVERIFY2(layout.plot.height() > 40, qPrintable(where));
    }
}

void TestTimeAxis::categoryLabelsAreThinnedNotOverlapped()
{
    QStringList categories;
    for (int i = 0; i < 40; ++i)
        categories << QStringLiteral("category %1").arg(i);
    const QFontMetricsF metrics(QApplication::font());
    for (int width : {200, 400, 800, 3200}) {
        const QList<AxisLabel> labels
            = TimeAxis::categoryLabels(categories, 40, width - 10, 100, width, metrics);
        QVERIFY(!labels.isEmpty());
        for (qsizetype i = 1; i < labels.size(); ++i)
            QVERIFY(labels.at(i).rect.left() > labels.at(i - 1).rect.right());
    }
}

void TestTimeAxis::chosenBucketIsKeptWhenItFits()
{
    const TimeSeries year = dailySeries(365, 2);
    // Per month on a wide chart, because the user asked for it.
    QCOMPARE(
        BarChartView::modelFor(year, QStringLiteral("Lines"), QString(), TimeBucket::Month, 1600)
            .values.bucket,
        TimeBucket::Month);
    // Per day does not fit 365 days into 600 pixels: the finest that fits instead.
    QCOMPARE(BarChartView::modelFor(year, QStringLiteral("Lines"), QString(), TimeBucket::Day, 600)
                 .values.bucket,
             TimeBucket::Week);
    // The caption names the bucket.
    QCOMPARE(
        BarChartView::modelFor(year, QStringLiteral("Lines"), QString(), std::nullopt, 600).caption,
        QStringLiteral("Lines per week"));
}

void TestTimeAxis::categoryBarsGetAnAxisToTheirTallest()
{
    // Merge delay: six categories, the tallest bar 40; the axis must reach it (it stopped at 1
    // when only time charts' buckets were counted).
    BarChartModel model;
    model.categories = {QStringLiteral("<1 h"),  QStringLiteral("1-4 h"), QStringLiteral("4-24 h"),
                        QStringLiteral("1-3 d"), QStringLiteral("3-7 d"), QStringLiteral(">7 d")};
    model.values.stacked = false;
    model.values.series = {{QStringLiteral("Merged"), {3, 40, 12, 7, 2, 1}},
                           {QStringLiteral("Still open (age)"), {0, 1, 0, 2, 5, 9}}};
    const BarChartLayout layout = BarChartLayout::compute(
        model, QRectF(0, 0, 600, 300), QApplication::font(), QApplication::palette());
    QVERIFY2(layout.high >= 40, qPrintable(QString::number(layout.high)));
    QVERIFY(layout.yOf(40) > layout.plot.top() - 0.5);
    QVERIFY(layout.yOf(3) > layout.yOf(40)); // a short bar is shorter
}

QTEST_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
