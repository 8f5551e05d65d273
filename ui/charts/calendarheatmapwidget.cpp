#include "charts/calendarheatmapwidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {
constexpr int Weeks = 53;
constexpr int LabelWidth = 36;
constexpr int HeaderHeight = 18;
constexpr int LegendHeight = 26;
} // namespace

CalendarHeatmapWidget::CalendarHeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarHeatmap"));
    setAccessibleName(tr("Commits per day over a year"));
    setAccessibleDescription(tr("Calendar: one square per day, darker for more commits."));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setDays({}, QDate::currentDate());
}

void CalendarHeatmapWidget::setDays(const CalendarDays &days, const QDate &lastDay)
{
    m_days = days;
    m_lastDay = lastDay;
    if (!m_focusDay.isValid() || m_focusDay > lastDay)
        m_focusDay = lastDay;
    const QDate lastMonday = lastDay.addDays(1 - lastDay.dayOfWeek());
    m_firstDay = lastMonday.addDays(-7 * (Weeks - 1));
    update();
}

int CalendarHeatmapWidget::heightForWidth(int width) const
{
    // Square days: the grid is as tall as its width allows (GitHub's proportions).
    const double size = qBound(10.0, (width - LabelWidth - 4) / double(Weeks), 22.0);
    return HeaderHeight + int(7 * size) + LegendHeight;
}

QSize CalendarHeatmapWidget::minimumSizeHint() const
{
    return {LabelWidth + Weeks * 11, HeaderHeight + 7 * 11 + LegendHeight};
}

double CalendarHeatmapWidget::cellSize() const
{
    return qMin((width() - LabelWidth - 4) / double(Weeks),
                (height() - HeaderHeight - LegendHeight) / 7.0);
}

QDate CalendarHeatmapWidget::dayAt(const QPointF &point) const
{
    const double size = cellSize();
    const int week = int((point.x() - LabelWidth) / size);
    const int weekday = int((point.y() - HeaderHeight) / size);
    if (point.x() < LabelWidth || point.y() < HeaderHeight || week >= Weeks || weekday >= 7)
        return {};
    const QDate day = m_firstDay.addDays(week * 7 + weekday);
    return day <= m_lastDay ? day : QDate();
}

QColor CalendarHeatmapWidget::shade(int count) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor full = palette().color(QPalette::Highlight);
    if (count == 0 || m_days.maximum == 0)
        return palette().color(QPalette::AlternateBase);
    // Five levels, like GitHub's, from a quarter to full strength.
    const int level = qBound(1, int(std::ceil(4.0 * count / m_days.maximum)), 4);
    const double t = 0.25 + 0.25 * (level - 1);
    return QColor::fromRgbF(base.redF() + (full.redF() - base.redF()) * t,
                            base.greenF() + (full.greenF() - base.greenF()) * t,
                            base.blueF() + (full.blueF() - base.blueF()) * t);
}

void CalendarHeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const double size = cellSize();
    const QLocale locale;
    painter.setPen(palette().color(QPalette::WindowText));
    for (int weekday : {0, 2, 4}) {
        painter.drawText(QRectF(0, HeaderHeight + weekday * size, LabelWidth - 4, size),
                         Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(weekday + 1, QLocale::ShortFormat));
    }
    int lastMonth = -1;
    double lastLabelEnd = 0;
    for (int week = 0; week < Weeks; ++week) {
        const QDate monday = m_firstDay.addDays(week * 7);
        const double x = LabelWidth + week * size;
        if (monday.month() != lastMonth && x >= lastLabelEnd) { // never two labels on top
            lastMonth = monday.month();
            lastLabelEnd = x
                           + painter.fontMetrics().horizontalAdvance(
                               locale.monthName(monday.month(), QLocale::ShortFormat))
                           + 4;
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QPointF(LabelWidth + week * size, HeaderHeight - 5),
                             locale.monthName(monday.month(), QLocale::ShortFormat));
        }
        for (int weekday = 0; weekday < 7; ++weekday) {
            const QDate day = monday.addDays(weekday);
            if (day > m_lastDay)
                continue;
            painter.fillRect(QRectF(LabelWidth + week * size + 1, HeaderHeight + weekday * size + 1,
                                    size - 2, size - 2),
                             shade(m_days.counts.value(day)));
        }
    }
    // Legend: less … more.
    double x = LabelWidth;
    const double y = height() - LegendHeight + 6;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QPointF(x, y + size - 2), tr("Less"));
    x += painter.fontMetrics().horizontalAdvance(tr("Less")) + 6;
    const int maximum = qMax(1, m_days.maximum);
    for (int count :
         {0, qMax(1, maximum / 4), qMax(1, maximum / 2), qMax(1, 3 * maximum / 4), maximum}) {
        painter.fillRect(QRectF(x, y, size - 2, size - 2), shade(m_days.maximum ? count : 0));
        x += size + 1;
    }
    painter.drawText(QPointF(x + 4, y + size - 2),
                     tr("More (up to %n commits a day)", nullptr, m_days.maximum));
    if (hasFocus() && m_focusDay.isValid() && m_focusDay >= m_firstDay) {
        const qint64 offset = m_firstDay.daysTo(m_focusDay);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(LabelWidth + (offset / 7) * size,
                                HeaderHeight + (offset % 7) * size, size, size));
    }
}

bool CalendarHeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (!day.isValid())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(),
                               tr("%1: %n commits", nullptr, m_days.counts.value(day))
                                   .arg(QLocale().toString(day, QLocale::LongFormat)),
                               this);
        return true;
    }
    return QWidget::event(event);
}

void CalendarHeatmapWidget::keyPressEvent(QKeyEvent *event)
{
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Up: step = -1; break;
    case Qt::Key_Down: step = 1; break;
    case Qt::Key_Left: step = -7; break;
    case Qt::Key_Right: step = 7; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: emit dayClicked(m_focusDay); return;
    default: QWidget::keyPressEvent(event); return;
    }
    const QDate moved = m_focusDay.addDays(step);
    if (moved >= m_firstDay && moved <= m_lastDay)
        m_focusDay = moved;
    update();
}

void CalendarHeatmapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position());
    if (day.isValid() && event->button() == Qt::LeftButton)
        emit dayClicked(day);
}
