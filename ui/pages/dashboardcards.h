#pragma once

#include "core/export/dashboardtables.h"
#include "core/metrics/metricsrunner.h"

#include <QWidget>

class BarChartView;
class CalendarHeatmapWidget;
class ChartCard;
class ContributorsTable;
class PunchCardWidget;
class QComboBox;
class QScrollArea;

/// The dashboard's chart cards in their grid: each card's chart, its summary sentence, its
/// numbers (for Copy and Export) and its own controls (the calendar's year, what the
/// contributions chart counts and how it groups). It shows one metrics result at a time and
/// says what the user asked of a chart through its signals; DashboardPage answers. GUI thread.
class DashboardCards final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCards)

public:
    explicit DashboardCards(QWidget *parent = nullptr);

    /// Every card shows `metrics` (computed for metrics.filter).
    void showMetrics(const DashboardMetrics &metrics);
    /// The widget that draws chart `id` (DashboardTables::chartIds), or nullptr.
    QWidget *chartWidget(const QString &id) const;
    /// What the contributions chart counts and how it groups them (its card's two menus).
    ContributionMeasure measure() const;
    ContributionGrouping grouping() const;

signals:
    /// A punch-card cell (weekday 0 = Monday, hour) or a calendar day was clicked: list the
    /// commits behind it under `title`; -1 and an invalid day leave that part open.
    void commitsRequested(const QString &title, int weekday, int hour, const QDate &day);
    /// The calendar's year menu: show that calendar year on the whole dashboard.
    void yearChosen(int year);
    /// The contributions chart counts or groups differently: ask for the metrics again.
    void contributionOptionsChanged();
    /// "Choose what counts…" of the delivery cards; `automatic`: what DevPulse counts now in
    /// each repository it chooses for, by id.
    void deliverySourcesRequested(const QHash<qint64, QString> &automatic);

private:
    void buildTrendCards(class CardGrid *grid);
    // dashboardreviewcards.cpp: code review (issue 21).
    void buildReviewCards(class CardGrid *grid);
    void showReviews(const ReviewMetrics &reviews, const QList<ChartTable> &tables);
    // dashboarddeliverycards.cpp: the DORA keys (issue 21).
    void buildDeliveryCards(class CardGrid *grid);
    void showDelivery(const DashboardMetrics &metrics, const QList<ChartTable> &tables);
    void showMergeDelay(const MergeDelay &delay);
    void showCodeMetrics(const DashboardMetrics &metrics);
    void showRefTrends(const DashboardMetrics &metrics);
    void showActivity(const DashboardMetrics &metrics);

    PunchCardWidget *m_punchCard = nullptr;
    ChartCard *m_punchCardCard = nullptr;
    CalendarHeatmapWidget *m_calendar = nullptr;
    QScrollArea *m_calendarScroll = nullptr;
    ChartCard *m_calendarCard = nullptr;
    BarChartView *m_mergeChart = nullptr;
    ChartCard *m_mergeCard = nullptr;
    BarChartView *m_frequencyChart = nullptr;
    ChartCard *m_linesCard = nullptr;
    ContributorsTable *m_contributors = nullptr;
    BarChartView *m_overTimeChart = nullptr;
    ChartCard *m_overTimeCard = nullptr;
    BarChartView *m_workKindsChart = nullptr;
    ChartCard *m_workKindsCard = nullptr;
    QComboBox *m_measureCombo = nullptr;
    QComboBox *m_groupingCombo = nullptr;
    BarChartView *m_reviewChart = nullptr;
    ChartCard *m_reviewCard = nullptr;
    BarChartView *m_reviewSizeChart = nullptr;
    ChartCard *m_reviewSizeCard = nullptr;
    ChartCard *m_reviewLoadCard = nullptr;
    ChartCard *m_reviewPairsCard = nullptr;
    BarChartView *m_deliveryChart = nullptr;
    ChartCard *m_deliveryCard = nullptr;
    ChartCard *m_deliveryReposCard = nullptr;
    DeliverySettings m_deliverySettings; ///< the last delivery metrics' (for the definitions)
    QHash<qint64, QString> m_automaticDelivery; ///< the last delivery metrics' automatic choices
    BarChartView *m_refChart = nullptr;
    ChartCard *m_refCard = nullptr;
    BarChartView *m_activityChart = nullptr;
    ChartCard *m_activityCard = nullptr;
};
