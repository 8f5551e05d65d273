#pragma once

#include "core/metrics/commitactivity.h"

#include <QWidget>

/// The calendar: one block per year of the range, newest on top, each a column per week
/// (Monday on top) and a square per day shaded by its commits against the busiest day of the
/// range shown; month labels, a legend, tooltips, and a click or Enter that asks for the day's
/// commits. Days outside the range are not drawn. GUI thread.
class CalendarHeatmapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarHeatmapWidget)

public:
    explicit CalendarHeatmapWidget(QWidget *parent = nullptr);

    /// The days from `firstDay` to `lastDay`, both included.
    void setDays(const CalendarDays &days, const QDate &firstDay, const QDate &lastDay);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    /// The years shown, newest first.
    QList<int> years() const;
    /// How tall the newest `count` years (and the legend) are at `width`: what a scrolling
    /// holder shows at once.
    int heightForYears(int width, int count) const;

    QDate focusDay() const { return m_focusDay; }

    /// Draws years `firstBlock` .. `firstBlock + blocks - 1` (0: the newest) as if the widget
    /// were `width` wide, the first of them at the painter's origin: for the report, which
    /// prints a year at a time in its own colours.
    void paintYears(QPainter &painter, int width, int firstBlock, int blocks,
                    const QPalette &palette) const;
    /// The legend ("Less … More"), its top at `top`.
    void paintLegend(QPainter &painter, int width, double top, const QPalette &palette) const;
    /// How tall one year is at `width`.
    int yearHeight(int width) const;
    static constexpr int LegendHeight = 26;

signals:
    void dayClicked(const QDate &day);
    /// The width or the years changed, and with them the height.
    void resized();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    /// Arrows move by a day (up/down) or a week (left/right); Enter lists the day's commits.
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double cellSizeFor(int width) const;
    double blockHeight(double cell) const;
    /// Where day `day` is drawn (its square), for the current width.
    QRectF cellOf(const QDate &day) const;
    QRectF cellOf(const QDate &day, int width) const;
    QDate dayAt(const QPointF &point) const;
    QColor shade(int count, const QPalette &palette) const;

    CalendarDays m_days;
    QDate m_firstDay;
    QDate m_lastDay;
    QDate m_focusDay;
};
