#include "ui/charts/punchcardwidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
constexpr int LabelWidth = 44;
constexpr int HeaderHeight = 22;
constexpr int LegendHeight = 30;

QString dayName(int weekday)
{
    return QLocale().dayName(weekday + 1, QLocale::ShortFormat); // Qt: 1 = Monday
}
} // namespace

PunchCardWidget::PunchCardWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("punchCard"));
    setAccessibleName(tr("Commits by weekday and hour"));
    setAccessibleDescription(tr("Punch card: each circle is one hour of one weekday; its size "
                                "follows the number of commits. The data table lists the same "
                                "numbers."));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void PunchCardWidget::setPunchCard(const PunchCard &card)
{
    m_card = card;
    update();
}

QSize PunchCardWidget::minimumSizeHint() const
{
    return {LabelWidth + 24 * 16, HeaderHeight + 7 * 18 + LegendHeight};
}

QRectF PunchCardWidget::gridRect() const
{
    return QRectF(LabelWidth, HeaderHeight, width() - LabelWidth - 8,
                  height() - HeaderHeight - LegendHeight);
}

QPoint PunchCardWidget::cellCentre(int weekday, int hour) const
{
    const QRectF grid = gridRect();
    return QPointF(grid.left() + (hour + 0.5) * grid.width() / 24,
                   grid.top() + (weekday + 0.5) * grid.height() / 7)
        .toPoint();
}

QPair<int, int> PunchCardWidget::cellAt(const QPointF &point) const
{
    const QRectF grid = gridRect();
    if (!grid.contains(point))
        return {-1, -1};
    const int hour = int((point.x() - grid.left()) / (grid.width() / 24));
    const int weekday = int((point.y() - grid.top()) / (grid.height() / 7));
    return {qBound(0, weekday, 6), qBound(0, hour, 23)};
}

void PunchCardWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = this->palette();
    const QRectF grid = gridRect();
    const double cellWidth = grid.width() / 24;
    const double cellHeight = grid.height() / 7;
    const double maxRadius = qMin(cellWidth, cellHeight) * 0.45;

    painter.setPen(palette.color(QPalette::WindowText));
    for (int hour = 0; hour < 24; hour += 3) {
        painter.drawText(QRectF(grid.left() + hour * cellWidth, 0, cellWidth * 3, HeaderHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1h").arg(hour));
    }
    for (int weekday = 0; weekday < 7; ++weekday) {
        painter.drawText(QRectF(0, grid.top() + weekday * cellHeight, LabelWidth - 6, cellHeight),
                         Qt::AlignRight | Qt::AlignVCenter, dayName(weekday));
    }
    const QColor dot = palette.color(QPalette::Highlight);
    const QColor grid_line = palette.color(QPalette::Mid);
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            const QPointF centre(grid.left() + (hour + 0.5) * cellWidth,
                                 grid.top() + (weekday + 0.5) * cellHeight);
            const int count = m_card.counts[weekday][hour];
            if (count == 0 || m_card.maximum == 0) {
                painter.setPen(grid_line);
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(centre, 1.5, 1.5);
                continue;
            }
            // Area, not radius, follows the count, so that twice the commits looks twice as big.
            const double radius = qMax(2.0, maxRadius * std::sqrt(double(count) / m_card.maximum));
            painter.setPen(Qt::NoPen);
            painter.setBrush(dot);
            painter.drawEllipse(centre, radius, radius);
        }
    }

    // Legend: circle sizes for 1, half the maximum and the maximum.
    const double legendY = height() - LegendHeight / 2.0;
    painter.setPen(palette.color(QPalette::WindowText));
    double x = LabelWidth;
    QString label = m_card.maximum == 0 ? tr("No commits in this range")
                                        : tr("%Ln commits in all; circle area per hour, up to",
                                             nullptr, m_card.total);
    // The circles and their numbers need room too; a narrow card (or a longer language) gets
    // the short label rather than a legend cut off at the edge.
    const double circlesWidth = m_card.maximum == 0
                                    ? 0
                                    : 3 * (2 * maxRadius + 12)
                                          + 3
                                                * painter.fontMetrics().horizontalAdvance(
                                                    QLocale().toString(m_card.maximum));
    if (m_card.maximum > 0
        && x + painter.fontMetrics().horizontalAdvance(label) + 12 + circlesWidth > width())
        label = tr("%Ln commits; per hour up to", nullptr, m_card.total);
    painter.drawText(QPointF(x, legendY + 4), label);
    x += painter.fontMetrics().horizontalAdvance(label) + 12;
    if (m_card.maximum > 0) {
        QList<int> steps{1, qMax(1, m_card.maximum / 2), m_card.maximum};
        steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
        for (int value : std::as_const(steps)) {
            const double radius = qMax(2.0, maxRadius * std::sqrt(double(value) / m_card.maximum));
            painter.setPen(Qt::NoPen);
            painter.setBrush(dot);
            painter.drawEllipse(QPointF(x + radius, legendY), radius, radius);
            painter.setPen(palette.color(QPalette::WindowText));
            const QString text = QLocale().toString(value);
            painter.drawText(QPointF(x + 2 * radius + 4, legendY + 4), text);
            x += 2 * radius + 12 + painter.fontMetrics().horizontalAdvance(text);
        }
    }
    if (hasFocus()) {
        // The keyboard's cell: a visible ring, like a focused button.
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(grid.left() + m_focusHour * cellWidth + 1,
                                grid.top() + m_focusWeekday * cellHeight + 1, cellWidth - 2,
                                cellHeight - 2));
    }
}

bool PunchCardWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [weekday, hour] = cellAt(help->pos());
        if (weekday < 0) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(
                help->globalPos(),
                tr("%1 %2:00–%2:59: %n commits", nullptr, m_card.counts[weekday][hour])
                    .arg(QLocale().dayName(weekday + 1))
                    .arg(hour, 2, 10, QLatin1Char('0')),
                this);
        }
        return true;
    }
    return QWidget::event(event);
}

void PunchCardWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: m_focusHour = (m_focusHour + 23) % 24; break;
    case Qt::Key_Right: m_focusHour = (m_focusHour + 1) % 24; break;
    case Qt::Key_Up: m_focusWeekday = (m_focusWeekday + 6) % 7; break;
    case Qt::Key_Down: m_focusWeekday = (m_focusWeekday + 1) % 7; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: emit cellClicked(m_focusWeekday, m_focusHour); return;
    default: QWidget::keyPressEvent(event); return;
    }
    update();
}

void PunchCardWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const auto [weekday, hour] = cellAt(event->position());
    if (weekday >= 0 && event->button() == Qt::LeftButton) {
        // The cell marked is the one clicked (and the keyboard goes on from there).
        m_focusWeekday = weekday;
        m_focusHour = hour;
        setFocus(Qt::MouseFocusReason);
        update();
        emit cellClicked(weekday, hour);
    }
}
