#include "ui/charts/calendarheatmapwidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {
constexpr int Weeks = 54; // a year touches at most 54 Monday-to-Sunday weeks
constexpr int LabelWidth = 40;
constexpr int YearLineHeight = 18;                // "2026 · 1,649 commits"
constexpr int HeaderHeight = YearLineHeight + 16; // and the months' names
constexpr int BlockGap = 8;

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}
} // namespace

CalendarHeatmapWidget::CalendarHeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarHeatmap"));
    setAccessibleName(tr("Commits per day"));
    setAccessibleDescription(
        tr("Calendar: a block per year, one square per day, darker for more commits."));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setDays({}, QDate::currentDate().addDays(-364), QDate::currentDate());
}

void CalendarHeatmapWidget::setDays(const CalendarDays &days, const QDate &firstDay,
                                    const QDate &lastDay)
{
    m_days = days;
    m_firstDay = firstDay.isValid() && firstDay <= lastDay ? firstDay : lastDay;
    m_lastDay = lastDay;
    if (!m_focusDay.isValid() || m_focusDay > m_lastDay || m_focusDay < m_firstDay)
        m_focusDay = m_lastDay;
    updateGeometry();
    update();
    emit resized();
}

QList<int> CalendarHeatmapWidget::years() const
{
    QList<int> all;
    for (int year = m_lastDay.year(); year >= m_firstDay.year(); --year)
        all << year;
    return all;
}

double CalendarHeatmapWidget::cellSizeFor(int width) const
{
    return qBound(8.0, (width - LabelWidth - 4) / double(Weeks), 20.0);
}

double CalendarHeatmapWidget::blockHeight(double cell) const
{
    return HeaderHeight + 7 * cell + BlockGap;
}

int CalendarHeatmapWidget::heightForWidth(int width) const
{
    return heightForYears(width, int(years().size()));
}

int CalendarHeatmapWidget::heightForYears(int width, int count) const
{
    return int(std::ceil(std::min<qsizetype>(count, years().size())
                         * blockHeight(cellSizeFor(width))))
           + CalendarHeatmapWidget::LegendHeight;
}

void CalendarHeatmapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit resized();
}

QSize CalendarHeatmapWidget::sizeHint() const
{
    return {LabelWidth + Weeks * 14, heightForWidth(LabelWidth + Weeks * 14)};
}

QSize CalendarHeatmapWidget::minimumSizeHint() const
{
    return {LabelWidth + Weeks * 8, heightForWidth(LabelWidth + Weeks * 8)};
}

QRectF CalendarHeatmapWidget::cellOf(const QDate &day) const
{
    return cellOf(day, width());
}

QRectF CalendarHeatmapWidget::cellOf(const QDate &day, int width) const
{
    const double cell = cellSizeFor(width);
    const int block = m_lastDay.year() - day.year();
    const QDate firstMonday = mondayOf(QDate(day.year(), 1, 1));
    const qint64 week = firstMonday.daysTo(day) / 7;
    return QRectF(LabelWidth + double(week) * cell,
                  block * blockHeight(cell) + HeaderHeight + (day.dayOfWeek() - 1) * cell, cell,
                  cell);
}

QDate CalendarHeatmapWidget::dayAt(const QPointF &point) const
{
    const double cell = cellSizeFor(width());
    const int block = int(point.y() / blockHeight(cell));
    const double inBlock = point.y() - block * blockHeight(cell) - HeaderHeight;
    if (block < 0 || block >= years().size() || inBlock < 0 || inBlock >= 7 * cell
        || point.x() < LabelWidth)
        return {};
    const int year = m_lastDay.year() - block;
    const int week = int((point.x() - LabelWidth) / cell);
    const int weekday = int(inBlock / cell);
    const QDate day = mondayOf(QDate(year, 1, 1)).addDays(week * 7 + weekday);
    return day.year() == year && day >= m_firstDay && day <= m_lastDay ? day : QDate();
}

QColor CalendarHeatmapWidget::shade(int count, const QPalette &palette) const
{
    const QColor base = palette.color(QPalette::Base);
    const QColor full = palette.color(QPalette::Highlight);
    if (count == 0 || m_days.maximum == 0)
        return palette.color(QPalette::AlternateBase);
    // Four levels above none, like GitHub's, against the busiest day of the range shown.
    const int level = qBound(1, int(std::ceil(4.0 * count / m_days.maximum)), 4);
    const double t = 0.25 + 0.25 * (level - 1);
    return QColor::fromRgbF(base.redF() + (full.redF() - base.redF()) * t,
                            base.greenF() + (full.greenF() - base.greenF()) * t,
                            base.blueF() + (full.blueF() - base.blueF()) * t);
}

void CalendarHeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    const int count = int(years().size());
    paintYears(painter, width(), 0, count, palette());
    paintLegend(painter, width(), height() - LegendHeight, palette());
    if (hasFocus() && m_focusDay.isValid()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellOf(m_focusDay));
    }
}

int CalendarHeatmapWidget::yearHeight(int width) const
{
    return int(std::ceil(blockHeight(cellSizeFor(width))));
}

void CalendarHeatmapWidget::paintYears(QPainter &painter, int width, int firstBlock, int blocks,
                                       const QPalette &palette) const
{
    const double cell = cellSizeFor(width);
    const QLocale locale;
    const QColor text = palette.color(QPalette::WindowText);
    const QList<int> shownYears = years();
    const QFont plain = painter.font();
    painter.save();
    painter.translate(0, -firstBlock * blockHeight(cell));
    for (int block = firstBlock; block < std::min<int>(firstBlock + blocks, shownYears.size());
         ++block) {
        const int year = shownYears.at(block);
        const double top = block * blockHeight(cell);
        int commits = 0;
        const QMap<QDate, int> &counts = m_days.counts;
        for (auto it = counts.lowerBound(QDate(year, 1, 1));
             it != counts.cend() && it.key().year() == year; ++it)
            commits += it.value();
        painter.setPen(text);
        QFont bold = plain;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(0, top, LabelWidth + Weeks * cell, YearLineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 · %2 commits", "year, commits")
                             .arg(QString::number(year), locale.toString(commits)));
        painter.setFont(plain);
        for (int weekday : {0, 2, 4}) {
            painter.drawText(QRectF(0, top + HeaderHeight + weekday * cell, LabelWidth - 4, cell),
                             Qt::AlignRight | Qt::AlignVCenter,
                             locale.dayName(weekday + 1, QLocale::NarrowFormat));
        }
        // Month names over the week holding each month's first day, never two on top.
        double lastLabelEnd = 0;
        for (int month = 1; month <= 12; ++month) {
            const QDate first(year, month, 1);
            const double x = cellOf(first, width).left();
            const QString name = locale.monthName(month, QLocale::ShortFormat);
            if (x < lastLabelEnd || first > m_lastDay
                || QDate(year, month, first.daysInMonth()) < m_firstDay)
                continue;
            painter.drawText(QPointF(x, top + HeaderHeight - 5), name);
            lastLabelEnd = x + painter.fontMetrics().horizontalAdvance(name) + 4;
        }
        for (QDate day = std::max(QDate(year, 1, 1), m_firstDay);
             day <= std::min(QDate(year, 12, 31), m_lastDay); day = day.addDays(1))
            painter.fillRect(cellOf(day, width).adjusted(1, 1, -1, -1),
                             shade(m_days.counts.value(day), palette));
    }
    painter.restore();
}

void CalendarHeatmapWidget::paintLegend(QPainter &painter, int width, double top,
                                        const QPalette &palette) const
{
    // Less … more.
    const double cell = cellSizeFor(width);
    const QLocale locale;
    double x = LabelWidth;
    const double y = top + 6;
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(QPointF(x, y + cell - 2), tr("Less"));
    x += painter.fontMetrics().horizontalAdvance(tr("Less")) + 6;
    const int maximum = qMax(1, m_days.maximum);
    for (int count :
         {0, qMax(1, maximum / 4), qMax(1, maximum / 2), qMax(1, 3 * maximum / 4), maximum}) {
        painter.fillRect(QRectF(x, y, cell - 2, cell - 2),
                         shade(m_days.maximum ? count : 0, palette));
        x += cell + 1;
    }
    painter.drawText(QPointF(x + 4, y + cell - 2),
                     tr("More (up to %1 commits a day)").arg(locale.toString(m_days.maximum)));
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
    if (day.isValid() && event->button() == Qt::LeftButton) {
        m_focusDay = day; // the day marked is the one clicked
        setFocus(Qt::MouseFocusReason);
        update();
        emit dayClicked(day);
    }
}
