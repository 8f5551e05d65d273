#include "ui/charts/barchartview.h"

#include "core/charts/valuescale.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace {
// The value axis' labels and margins take about this much of a chart's width.
constexpr double AxisAllowance = 70;
} // namespace

BarChartView::BarChartView(const QString &objectName, const QString &accessibleName,
                           QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

BarChartModel BarChartView::modelFor(const TimeSeries &finest, const QString &what,
                                     const QString &othersName, std::optional<TimeBucket> preferred,
                                     double width)
{
    BarChartModel model;
    model.othersName = othersName;
    if (finest.starts.isEmpty()) {
        model.values = finest;
        return model;
    }
    const qint64 fitting
        = std::max<qint64>(1, qint64((width - AxisAllowance) / MinimumPixelsPerBar));
    const QDate first = finest.starts.constFirst();
    const QDate last = TimeBuckets::next(finest.starts.constLast(), finest.bucket).addDays(-1);
    TimeBucket bucket = TimeBuckets::choose(first, last, fitting, finest.bucket);
    if (preferred && *preferred >= finest.bucket && *preferred > bucket)
        bucket = *preferred; // coarser than needed is always possible
    model.values = finest.rebucketed(bucket);
    if (finest.shares)
        model.values = model.values.asShares();
    //: e.g. "Lines per week"
    model.caption = QCoreApplication::translate("BarChartView", "%1 %2")
                        .arg(what, TimeBuckets::perBucketName(bucket));
    return model;
}

void BarChartView::setTimeSeries(const TimeSeries &finest, const QString &what,
                                 const QString &othersName)
{
    m_finest = finest;
    m_what = what;
    m_isTime = true;
    m_model.othersName = othersName;
    rebuild();
}

void BarChartView::setCategories(const QStringList &categories,
                                 const QList<TimeSeries::Series> &series, bool stacked)
{
    m_isTime = false;
    m_model = BarChartModel{};
    m_model.categories = categories;
    m_model.values.series = series;
    m_model.values.stacked = stacked;
    rebuild();
}

void BarChartView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void BarChartView::setPreferredBucket(std::optional<TimeBucket> bucket)
{
    m_preferred = bucket;
    rebuild();
}

void BarChartView::rebuild()
{
    if (m_isTime)
        m_model = modelFor(m_finest, m_what, m_model.othersName, m_preferred, width());
    m_layout = BarChartLayout::compute(m_model, QRectF(rect()).adjusted(2, 2, -2, -2), font(),
                                       palette());
    update();
    emit shownChanged();
}

void BarChartView::paintInto(QPainter &painter, const QRectF &area, const QFont &font,
                             const QPalette &palette) const
{
    BarChartModel model = m_model;
    if (m_isTime)
        model = modelFor(m_finest, m_what, m_model.othersName, m_preferred,
                         area.width() * 96.0 / 72.0); // points to pixels, as on screen
    if (model.values.isEmpty()) {
        BarChartPainter::paintEmpty(painter, area, m_emptyText, font, palette);
        return;
    }
    BarChartPainter::paint(painter, model,
                           BarChartLayout::compute(model, area, font, palette, painter.device()),
                           palette);
}

void BarChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_model.values.isEmpty()) {
        BarChartPainter::paintEmpty(painter, rect(), m_emptyText, font(), palette());
        return;
    }
    BarChartPainter::paint(painter, m_model, m_layout, palette());
}

void BarChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

bool BarChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype bar = m_layout.barAt(m_model, help->pos().x());
        if (bar < 0 || m_model.values.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QLocale locale;
        QStringList lines{QStringLiteral("<b>%1</b>").arg(m_model.barName(bar).toHtmlEscaped())};
        for (const TimeSeries::Series &one : m_model.values.series) {
            const double value = one.values.value(bar);
            if (value != 0 || m_model.values.series.size() == 1)
                lines << QStringLiteral("%1: %2").arg(
                    one.name.toHtmlEscaped(),
                    locale.toString(std::abs(value), 'f', value == std::floor(value) ? 0 : 1));
        }
        QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this);
        return true;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
    return QWidget::event(event);
}
