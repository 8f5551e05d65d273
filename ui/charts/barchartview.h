#pragma once

#include "ui/charts/barchartpainter.h"

#include <QWidget>

#include <optional>

/// A bar chart on screen: over time (values given per their finest bucket, shown per day,
/// week, month, quarter or year, whichever the width can show legibly or the user chose and
/// fits) or over categories. Drawn by BarChartPainter, the same as in the report; a tooltip
/// names the bar under the mouse with every series' true value. GUI thread.
class BarChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartView)

public:
    /// Bars get at least this many pixels each; coarser buckets otherwise.
    static constexpr double MinimumPixelsPerBar = 4;

    BarChartView(const QString &objectName, const QString &accessibleName, QWidget *parent);

    /// Time data; `what` names a bar's content for the caption ("Lines", "Commits").
    void setTimeSeries(const TimeSeries &finest, const QString &what,
                       const QString &othersName = QString());
    void setCategories(const QStringList &categories, const QList<TimeSeries::Series> &series,
                       bool stacked);
    /// Shown instead of an empty axis when every value is zero.
    void setEmptyText(const QString &text);
    /// The bucket the user chose (nullopt: automatic). A bucket too fine for the width is
    /// replaced by the finest that fits.
    void setPreferredBucket(std::optional<TimeBucket> bucket);
    std::optional<TimeBucket> preferredBucket() const { return m_preferred; }

    /// What is drawn now: the values in the bucket shown.
    const BarChartModel &shownModel() const { return m_model; }
    const BarChartLayout &shownLayout() const { return m_layout; }
    bool isEmptyChart() const { return m_model.values.isEmpty(); }

    /// The model `finest` is shown as in a chart `width` wide (the bucket chosen the same way
    /// as on screen): for the report, which draws at its own width.
    static BarChartModel modelFor(const TimeSeries &finest, const QString &what,
                                  const QString &othersName, std::optional<TimeBucket> preferred,
                                  double width);
    /// Paints the chart as shown into `area` of any painter (the report's page).
    void paintInto(QPainter &painter, const QRectF &area, const QFont &font,
                   const QPalette &palette) const;

    QSize sizeHint() const override { return QSize(480, 260); }
    QSize minimumSizeHint() const override { return QSize(260, 180); }

signals:
    /// The bucket shown changed (by a resize, new data or the user's choice).
    void shownChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();

    TimeSeries m_finest;
    QString m_what;
    bool m_isTime = true;
    std::optional<TimeBucket> m_preferred;
    BarChartModel m_model;
    BarChartLayout m_layout;
    QString m_emptyText;
};
