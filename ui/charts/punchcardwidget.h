#pragma once

#include "core/metrics/commitactivity.h"

#include <QWidget>

/// Commits per weekday × hour as circles whose area follows the count, with a legend,
/// tooltips giving the exact count and a click that asks for the cell's commits.
/// Custom-painted in the palette's colours. GUI thread.
class PunchCardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PunchCardWidget)

public:
    explicit PunchCardWidget(QWidget *parent = nullptr);

    void setPunchCard(const PunchCard &card);
    const PunchCard &punchCard() const { return m_card; }
    /// The centre of a cell in widget coordinates (for tests and keyboard focus).
    QPoint cellCentre(int weekday, int hour) const;
    QSize minimumSizeHint() const override;

signals:
    /// weekday 0 = Monday
    void cellClicked(int weekday, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    /// Arrows move between hours and days, Enter or Space lists the focused hour's commits.
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF gridRect() const;
    /// The cell under `point`, or {-1, -1}.
    QPair<int, int> cellAt(const QPointF &point) const;

    PunchCard m_card;
    int m_focusWeekday = 0;
    int m_focusHour = 9;
};
