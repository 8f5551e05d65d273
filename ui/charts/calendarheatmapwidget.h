#pragma once

#include "metrics/commitactivity.h"

#include <QWidget>

/// The year grid: one column per week (Monday on top), one square per day shaded by its
/// commits, month labels, a legend, tooltips and a click that asks for the day's commits.
/// Shows the 53 weeks ending at `lastDay`. GUI thread.
class CalendarHeatmapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarHeatmapWidget)

public:
    explicit CalendarHeatmapWidget(QWidget *parent = nullptr);

    void setDays(const CalendarDays &days, const QDate &lastDay);
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QDate firstDay() const { return m_firstDay; }

signals:
    void dayClicked(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    /// Arrows move by a day (up/down) or a week (left/right); Enter lists the day's commits.
    void keyPressEvent(QKeyEvent *event) override;

private:
    double cellSize() const;
    QDate dayAt(const QPointF &point) const;
    QColor shade(int count) const;

    CalendarDays m_days;
    QDate m_firstDay; ///< a Monday
    QDate m_lastDay;
    QDate m_focusDay;
};
