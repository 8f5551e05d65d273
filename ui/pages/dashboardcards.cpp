#include "ui/pages/dashboardcards.h"

#include "core/charts/dashboardcharts.h"
#include "core/common/workkind.h"
#include "core/export/dashboardtables.h"
#include "ui/charts/barchartview.h"
#include "ui/charts/calendarheatmapwidget.h"
#include "ui/charts/cardgrid.h"
#include "ui/charts/chartcard.h"
#include "ui/charts/contributorstable.h"
#include "ui/charts/punchcardwidget.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

DashboardCards::DashboardCards(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new CardGrid(this);
    grid->setObjectName(QStringLiteral("chartGrid"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(grid);

    m_punchCard = new PunchCardWidget(grid);
    m_punchCardCard
        = new ChartCard(tr("When commits happen"), m_punchCard, QStringLiteral("punchCard"), grid);
    connect(m_punchCard, &PunchCardWidget::cellClicked, this, [this](int weekday, int hour) {
        emit commitsRequested(tr("Commits, %1 %2:00–%2:59", "weekday, hour")
                                  .arg(QLocale().dayName(weekday + 1))
                                  .arg(hour, 2, 10, QLatin1Char('0')),
                              weekday, hour, QDate());
    });

    m_mergeChart = new BarChartView(QStringLiteral("mergeDelayChart"),
                                    tr("Pull requests by time from opening to merge"), grid);
    m_mergeChart->setEmptyText(
        tr("No pull requests in this range. Sync a GitHub account, or choose a longer range."));
    m_mergeCard = new ChartCard(tr("Time from opening to merge"), m_mergeChart,
                                QStringLiteral("mergeDelayChart"), grid);
    m_mergeCard->summaryLabel()->setObjectName(QStringLiteral("mergeDelaySummary"));

    m_calendar = new CalendarHeatmapWidget(grid);
    m_calendarScroll = new QScrollArea(grid);
    m_calendarScroll->setObjectName(QStringLiteral("calendarScroll"));
    m_calendarScroll->setWidget(m_calendar);
    m_calendarScroll->setWidgetResizable(true);
    m_calendarScroll->setFrameShape(QFrame::NoFrame);
    m_calendarScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_calendarCard
        = new ChartCard(tr("Commits per day"), m_calendarScroll, QStringLiteral("calendar"), grid);
    m_calendarCard->summaryLabel()->setObjectName(QStringLiteral("calendarSummary"));
    // A calendar year at a glance: picking one sets the whole dashboard to that year.
    auto *yearCombo = new QComboBox(m_calendarCard);
    yearCombo->setObjectName(QStringLiteral("calendarYearCombo"));
    yearCombo->setAccessibleName(tr("Calendar year"));
    yearCombo->addItem(tr("Show a year…"), 0);
    for (int year = QDate::currentDate().year(); year >= QDate::currentDate().year() - 9; --year)
        yearCombo->addItem(QString::number(year), year);
    connect(yearCombo, &QComboBox::activated, this, [this, yearCombo](int index) {
        const int year = yearCombo->itemData(index).toInt();
        yearCombo->setCurrentIndex(0);
        if (year != 0)
            emit yearChosen(year);
    });
    m_calendarCard->addControl(yearCombo);
    connect(m_calendar, &CalendarHeatmapWidget::dayClicked, this, [this](const QDate &day) {
        emit commitsRequested(tr("Commits on %1").arg(QLocale().toString(day, QLocale::LongFormat)),
                              -1, -1, day);
    });

    m_frequencyChart = new BarChartView(QStringLiteral("codeFrequencyChart"),
                                        tr("Lines added and removed over time"), grid);
    m_frequencyChart->setEmptyText(tr("No commits with line counts in this range."));
    m_linesCard = new ChartCard(tr("Lines changed"), m_frequencyChart,
                                QStringLiteral("codeFrequencyChart"), grid);
    m_linesCard->summaryLabel()->setObjectName(QStringLiteral("linesSummary"));

    m_contributors = new ContributorsTable(grid);
    auto *peopleBox = new QGroupBox(tr("Contributors"), grid);
    peopleBox->setObjectName(QStringLiteral("contributorsCard"));
    (new QVBoxLayout(peopleBox))->addWidget(m_contributors);

    grid->addCard(m_punchCardCard, false);
    grid->addCard(m_mergeCard, false);
    grid->addCard(m_calendarCard, true);
    grid->addCard(m_linesCard, false);
    grid->addCard(peopleBox, false);
    buildReviewCards(grid);
    buildDeliveryCards(grid);
    buildTrendCards(grid);
}

void DashboardCards::buildTrendCards(CardGrid *grid)
{
    m_overTimeChart = new BarChartView(QStringLiteral("contributionsChart"),
                                       tr("Contributions over time, stacked"), grid);
    m_overTimeChart->setEmptyText(tr("Nothing to count in this range."));
    m_overTimeCard = new ChartCard(tr("Contributions over time"), m_overTimeChart,
                                   QStringLiteral("contributionsChart"), grid);
    m_measureCombo = new QComboBox(m_overTimeCard);
    m_measureCombo->setObjectName(QStringLiteral("measureCombo"));
    m_measureCombo->setAccessibleName(tr("What to count"));
    m_measureCombo->addItem(tr("commits"), int(ContributionMeasure::Commits));
    m_measureCombo->addItem(tr("pull requests opened"), int(ContributionMeasure::PullsOpened));
    m_measureCombo->addItem(tr("pull requests merged"), int(ContributionMeasure::PullsMerged));
    m_measureCombo->addItem(tr("issues opened"), int(ContributionMeasure::IssuesOpened));
    m_measureCombo->addItem(tr("issues closed"), int(ContributionMeasure::IssuesClosed));
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this,
            &DashboardCards::contributionOptionsChanged);
    m_groupingCombo = new QComboBox(m_overTimeCard);
    m_groupingCombo->setObjectName(QStringLiteral("groupingCombo"));
    m_groupingCombo->addItem(tr("by developer"), int(ContributionGrouping::Developer));
    m_groupingCombo->addItem(tr("by repository"), int(ContributionGrouping::Repository));
    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this,
            &DashboardCards::contributionOptionsChanged);
    m_overTimeCard->addControl(m_measureCombo);
    m_overTimeCard->addControl(m_groupingCombo);

    m_workKindsChart = new BarChartView(QStringLiteral("workKindsChart"),
                                        tr("Kinds of work, share of commits"), grid);
    m_workKindsChart->setEmptyText(tr("No commits in this range."));
    m_workKindsCard = new ChartCard(tr("Kinds of work"), m_workKindsChart,
                                    QStringLiteral("workKindsChart"), grid);
    m_workKindsCard->summaryLabel()->setObjectName(QStringLiteral("workKindsSummary"));
    // How a commit gets its kind, where the user wonders about it.
    auto *rules = new QToolButton(m_workKindsCard);
    rules->setObjectName(QStringLiteral("workKindsRules"));
    rules->setText(tr("How kinds are read…"));
    connect(rules, &QToolButton::clicked, this, [this] {
        QStringList items;
        for (const QString &rule : WorkKinds::rules())
            items << QStringLiteral("<li>%1</li>").arg(rule.toHtmlEscaped());
        QMessageBox::information(this, tr("Kinds of work"),
                                 tr("<p>Each commit gets one kind from the first line of its "
                                    "message, when DevPulse stores it:</p><ol>%1</ol>")
                                     .arg(items.join(QString())));
    });
    m_workKindsCard->addControl(rules);

    m_refChart = new BarChartView(QStringLiteral("refTrendsChart"),
                                  tr("Branches created and deleted and tags over time"), grid);
    m_refChart->setEmptyText(tr("No branches or tags in this range yet: they arrive with a sync."));
    m_refCard = new ChartCard(tr("Branches and tags"), m_refChart, QStringLiteral("refTrendsChart"),
                              grid);
    m_refCard->summaryLabel()->setObjectName(QStringLiteral("refTrendsSummary"));

    m_activityChart = new BarChartView(QStringLiteral("activityChart"),
                                       tr("Minutes of activity per service, stacked"), grid);
    m_activityChart->setEmptyText(
        tr("No coding time or challenges in this range. Connect WakaTime, Codewars or "
           "Exercism, or import a CSV file of activity, on the Connections page."));
    m_activityCard = new ChartCard(tr("Activity by service"), m_activityChart,
                                   QStringLiteral("activityChart"), grid);
    m_activityCard->summaryLabel()->setObjectName(QStringLiteral("activitySummary"));

    grid->addCard(m_overTimeCard, true);
    grid->addCard(m_workKindsCard, true);
    grid->addCard(m_refCard, true);
    grid->addCard(m_activityCard, true);
}

ContributionMeasure DashboardCards::measure() const
{
    return ContributionMeasure(m_measureCombo->currentData().toInt());
}

ContributionGrouping DashboardCards::grouping() const
{
    return ContributionGrouping(m_groupingCombo->currentData().toInt());
}

QWidget *DashboardCards::chartWidget(const QString &id) const
{
    const QHash<QString, QWidget *> charts{
        {QStringLiteral("punchcard"), m_punchCard},
        {QStringLiteral("calendar"), m_calendar},
        {QStringLiteral("merge-delay"), m_mergeChart},
        {QStringLiteral("reviews"), m_reviewChart},
        {QStringLiteral("review-load"), m_reviewLoadCard->table()},
        {QStringLiteral("review-pairs"), m_reviewPairsCard->table()},
        {QStringLiteral("review-size"), m_reviewSizeChart},
        {QStringLiteral("dora"), m_deliveryChart},
        {QStringLiteral("dora-repos"), m_deliveryReposCard->table()},
        {QStringLiteral("lines"), m_frequencyChart},
        {QStringLiteral("contributors"), m_contributors},
        {QStringLiteral("contributions"), m_overTimeChart},
        {QStringLiteral("work-types"), m_workKindsChart},
        {QStringLiteral("refs"), m_refChart},
        {QStringLiteral("activity"), m_activityChart},
    };
    return charts.value(id); // merge-delay-weekly has numbers only
}

void DashboardCards::showMetrics(const DashboardMetrics &metrics)
{
    const QList<ChartTable> tables = DashboardTables::fromMetrics(metrics);
    m_punchCardCard->setTable(DashboardTables::find(tables, QStringLiteral("punchcard")));
    m_calendarCard->setTable(DashboardTables::find(tables, QStringLiteral("calendar")));
    m_punchCard->setPunchCard(metrics.punchCard);
    const auto [from, to] = DashboardCharts::rangeOf(
        metrics.filter,
        metrics.calendar.counts.isEmpty() ? QDate() : metrics.calendar.counts.firstKey());
    m_calendar->setDays(metrics.calendar, from, to);
    m_calendarCard->setSummary(DashboardTables::find(tables, QStringLiteral("calendar")).summary);

    showMergeDelay(metrics.mergeDelay);
    showReviews(metrics.reviews, tables);
    showDelivery(metrics, tables);
    showCodeMetrics(metrics);
    showRefTrends(metrics);
    m_overTimeChart->setTimeSeries(DashboardCharts::contributions(metrics),
                                   m_measureCombo->currentText());
    QString restOfKinds;
    const TimeSeries kinds = DashboardCharts::workKinds(metrics, &restOfKinds);
    m_workKindsChart->setTimeSeries(kinds, tr("Share of commits"), restOfKinds);
    m_workKindsCard->setSummary(
        DashboardTables::find(tables, QStringLiteral("work-types")).summary);
    showActivity(metrics);
}

void DashboardCards::showMergeDelay(const MergeDelay &delay)
{
    QStringList buckets;
    TimeSeries::Series merged{tr("Merged"), {}};
    TimeSeries::Series open{tr("Still open (age)"), {}};
    for (qsizetype i = 0; i < delay.delays.size(); ++i) {
        buckets << delay.delays.at(i).label;
        merged.values << delay.delays.at(i).count;
        open.values << delay.openAges.value(i).count;
    }
    m_mergeChart->setCategories(buckets, {merged, open}, false);

    const QLocale locale;
    QString summary = tr("%1 merged · %2 closed without merging · %3 open")
                          .arg(locale.toString(delay.merged), locale.toString(delay.closedUnmerged),
                               locale.toString(delay.open));
    if (!delay.weekly.isEmpty()) {
        const WeeklyMergeDelay &latest = delay.weekly.constLast();
        summary += QStringLiteral("<br>")
                   + tr("Week of %1: median %2 h, 90th percentile %3 h")
                         .arg(locale.toString(latest.weekStart, QLocale::ShortFormat),
                              locale.toString(latest.medianHours, 'f', 1),
                              locale.toString(latest.p90Hours, 'f', 1));
    }
    if (delay.merged + delay.open + delay.closedUnmerged == 0)
        summary.clear(); // the chart says so
    m_mergeCard->setSummary(summary);
}

void DashboardCards::showCodeMetrics(const DashboardMetrics &metrics)
{
    const QLocale locale;
    const LinesPerPullRequest &lines = metrics.linesPerPullRequest;
    m_linesCard->setSummary(
        lines.pullRequests == 0
            ? tr("No merged pull request with line counts in this range.")
            : tr("Per merged pull request (%1): on average +%2 / −%3 lines, median +%4 / −%5.")
                  .arg(locale.toString(lines.pullRequests),
                       locale.toString(lines.averageAdditions, 'f', 0),
                       locale.toString(lines.averageDeletions, 'f', 0),
                       locale.toString(lines.medianAdditions, 'f', 0),
                       locale.toString(lines.medianDeletions, 'f', 0)));
    // Code frequency as GitHub draws it: additions up, deletions down.
    m_frequencyChart->setTimeSeries(DashboardCharts::lines(metrics), tr("Lines"));

    m_contributors->setContributors(metrics.contributors);
}

void DashboardCards::showActivity(const DashboardMetrics &metrics)
{
    const ActivitySeries &activity = metrics.activity;
    const QLocale locale;
    if (activity.services.isEmpty()) {
        m_activityCard->setSummary(QString());
    } else {
        QStringList perService;
        for (qsizetype i = 0; i < activity.services.size() && i < 5; ++i) {
            qint64 minutes = 0;
            for (int value : activity.minutes.at(i))
                minutes += value;
            perService << tr("%1 %2 h").arg(activity.services.at(i),
                                            locale.toString(minutes / 60.0, 'f', 1));
        }
        m_activityCard->setSummary(tr("%1 hours in this range: %2")
                                       .arg(locale.toString(activity.totalMinutes / 60.0, 'f', 1),
                                            perService.join(QStringLiteral(", "))));
    }
    m_activityChart->setTimeSeries(DashboardCharts::activity(metrics), tr("Minutes"));
}

void DashboardCards::showRefTrends(const DashboardMetrics &metrics)
{
    const RefTrends &trends = metrics.refTrends;
    const QLocale locale;
    QString summary;
    if (trends.months.isEmpty())
        summary = tr("No branches or tags in this range yet: they arrive with a sync.");
    else if (trends.tagCount > 1)
        summary = tr("%Ln tags; a new tag every %1 days (median, per repository).", nullptr,
                     trends.tagCount)
                      .arg(locale.toString(trends.medianDaysBetweenTags, 'f', 1));
    else
        summary = tr("%Ln tags.", nullptr, trends.tagCount);
    if (trends.undatedBranches > 0) // honest about what the chart cannot date
        summary += QLatin1Char(' ')
                   + tr("%Ln branches were there when DevPulse first read their repository; "
                        "when they were created is not known, so they are in no month.",
                        nullptr, trends.undatedBranches);
    m_refCard->setSummary(summary);
    m_refChart->setTimeSeries(DashboardCharts::refs(metrics), tr("Branches and tags"));
}
