#include "ui/pages/dashboardpage.h"
#include "ui/pages/dashboardfilterbar.h"

#include "ui/pages/connectionstatuscards.h"
#include "ui/style/statuscolours.h"

#include "core/export/dashboardtables.h"
#include "ui/export/dashboardexport.h"

#include "ui/charts/barchartview.h"
#include "ui/charts/calendarheatmapwidget.h"
#include "ui/charts/cardgrid.h"
#include "ui/charts/chartcard.h"
#include "ui/charts/checklistbutton.h"
#include "ui/charts/punchcardwidget.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

DashboardPage::DashboardPage(MetricsRunner *metrics, QWidget *parent)
    : QWidget(parent)
    , m_metrics(metrics)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_stack = new QStackedWidget(this);
    m_emptyState = buildEmptyState();
    m_dashboard = buildDashboard();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_dashboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(m_metrics, &MetricsRunner::metricsReady, this, &DashboardPage::showMetrics);
    connect(m_metrics, &MetricsRunner::commitsReady, this, &DashboardPage::showCommits);
    connect(m_metrics, &MetricsRunner::searchReady, this, &DashboardPage::showSearchHits);
}

QWidget *DashboardPage::buildEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));

    auto *title = new QLabel(tr("Welcome to DevPulse"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(
        tr("Your cache is empty. Connect a source of activity and DevPulse will keep a copy on "
           "this computer, then chart your commits, pull requests and coding time."),
        page);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    // Word-wrapped labels in a centred layout shrink to their narrowest; give them a width.
    intro->setFixedWidth(560);

    const struct
    {
        const char *objectName;
        QString label;
        QString hint;
        const char *providerId;
    } steps[] = {
        {"connectGitHubButton", tr("Connect &GitHub"),
         tr("Sign in through your browser: repositories, commits, pull requests, issues."),
         "github"},
        {"addApiKeyButton", tr("Add an &API key"),
         tr("WakaTime, Codewars or Exercism: your coding time and solved exercises."), "wakatime"},
        {"importCsvButton", tr("&Import a CSV file"),
         tr("Activity you tracked elsewhere: date, service, minutes, title."), "csv"},
        {"addLocalRepositoryButton", tr("Add a &local repository"),
         tr("A git folder on this computer; no account needed."), "localgit"},
    };

    // Command link buttons carry a title and a sentence each, like a first-run wizard.
    auto *stepsLayout = new QVBoxLayout;
    stepsLayout->setSpacing(6);
    for (const auto &step : steps) {
        auto *button = new QCommandLinkButton(step.label, step.hint, page);
        button->setObjectName(QLatin1String(step.objectName));
        button->setAccessibleDescription(step.hint);
        stepsLayout->addWidget(button);
        const QString providerId = QLatin1String(step.providerId);
        connect(button, &QPushButton::clicked, this,
                [this, providerId] { emit connectionsRequested(providerId); });
    }

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    auto *stepsHolder = new QWidget(page);
    stepsHolder->setLayout(stepsLayout);
    stepsHolder->setFixedWidth(560);
    layout->addWidget(stepsHolder, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *DashboardPage::buildDashboard()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("dashboardCharts"));
    m_filterBar = new DashboardFilterBar(page);
    connect(m_filterBar, &DashboardFilterBar::filterChanged, this, &DashboardPage::reloadMetrics);
    connect(m_filterBar, &DashboardFilterBar::searchRequested, this,
            [this](const QString &text) { m_metrics->requestSearch(filter(), text); });
    connect(m_filterBar, &DashboardFilterBar::managePeopleRequested, this,
            &DashboardPage::managePeopleRequested);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("metricsError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(StatusColours::errorStyleSheet());
    m_errorLabel->setVisible(false);

    auto *content = new QWidget(page);
    auto *contentLayout = new QVBoxLayout(content);
    m_statusCards = new ConnectionStatusCards(content);
    connect(m_statusCards, &ConnectionStatusCards::providerActivated, this,
            &DashboardPage::connectionStatusRequested);
    contentLayout->addWidget(m_statusCards);
    contentLayout->addWidget(m_errorLabel);
    auto *grid = new CardGrid(content);
    grid->setObjectName(QStringLiteral("chartGrid"));
    buildCards(grid);
    contentLayout->addWidget(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Cards reflow into one column rather than scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    // Drill-down lists and search results open beside the charts, where the user looks.
    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(buildResultsPanel(page));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    return page;
}

void DashboardPage::buildCards(CardGrid *grid)
{
    m_punchCard = new PunchCardWidget(grid);
    m_punchCardCard
        = new ChartCard(tr("When commits happen"), m_punchCard, QStringLiteral("punchCard"), grid);
    connect(m_punchCard, &PunchCardWidget::cellClicked, this, [this](int weekday, int hour) {
        openResults(tr("Commits, %1 %2:00–%2:59", "weekday, hour")
                        .arg(QLocale().dayName(weekday + 1))
                        .arg(hour, 2, 10, QLatin1Char('0')));
        m_metrics->requestCommits(filter(), weekday, hour, QDate());
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
        if (year == 0)
            return;
        MetricsFilter yearFilter = filter();
        yearFilter.from = QDate(year, 1, 1);
        yearFilter.to = QDate(year, 12, 31);
        setFilter(yearFilter);
        yearCombo->setCurrentIndex(0);
    });
    m_calendarCard->addControl(yearCombo);
    connect(m_calendar, &CalendarHeatmapWidget::dayClicked, this, [this](const QDate &day) {
        openResults(tr("Commits on %1").arg(QLocale().toString(day, QLocale::LongFormat)));
        m_metrics->requestCommits(filter(), -1, -1, day);
    });

    m_frequencyChart = new BarChartView(QStringLiteral("codeFrequencyChart"),
                                        tr("Lines added and removed over time"), grid);
    m_frequencyChart->setEmptyText(tr("No commits with line counts in this range."));
    m_linesCard = new ChartCard(tr("Lines changed"), m_frequencyChart,
                                QStringLiteral("codeFrequencyChart"), grid);
    m_linesCard->summaryLabel()->setObjectName(QStringLiteral("linesSummary"));

    m_contributors = new QTableWidget(0, 6, grid);
    m_contributors->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_contributors->setObjectName(QStringLiteral("contributorsTable"));
    m_contributors->setHorizontalHeaderLabels({tr("Developer"), tr("Commits"), tr("Added"),
                                               tr("Removed"), tr("PRs opened"), tr("PRs merged")});
    m_contributors->verticalHeader()->hide();
    m_contributors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contributors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contributors->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder); // most commits
    m_contributors->setSortingEnabled(true);
    m_contributors->setAccessibleName(tr("Contributors leaderboard"));
    m_contributors->setMinimumHeight(220);
    DashboardExport::addCsvExportAction(m_contributors, QStringLiteral("contributors"));
    auto *peopleBox = new QGroupBox(tr("Contributors"), grid);
    peopleBox->setObjectName(QStringLiteral("contributorsCard"));
    (new QVBoxLayout(peopleBox))->addWidget(m_contributors);

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
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadMetrics);
    m_groupingCombo = new QComboBox(m_overTimeCard);
    m_groupingCombo->setObjectName(QStringLiteral("groupingCombo"));
    m_groupingCombo->addItem(tr("by developer"), int(ContributionGrouping::Developer));
    m_groupingCombo->addItem(tr("by repository"), int(ContributionGrouping::Repository));
    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadMetrics);
    m_overTimeCard->addControl(m_measureCombo);
    m_overTimeCard->addControl(m_groupingCombo);

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

    grid->addCard(m_punchCardCard, false);
    grid->addCard(m_mergeCard, false);
    grid->addCard(m_calendarCard, true);
    grid->addCard(m_linesCard, false);
    grid->addCard(peopleBox, false);
    grid->addCard(m_overTimeCard, true);
    grid->addCard(m_refCard, true);
    grid->addCard(m_activityCard, true);
}

QWidget *DashboardPage::buildResultsPanel(QWidget *page)
{
    m_resultsPanel = new QWidget(page);
    m_resultsPanel->setObjectName(QStringLiteral("resultsPanel"));
    m_drillDownLabel = new QLabel(m_resultsPanel);
    m_drillDownLabel->setObjectName(QStringLiteral("drillDownLabel"));
    m_drillDownLabel->setWordWrap(true);
    QFont heading = m_drillDownLabel->font();
    heading.setBold(true);
    m_drillDownLabel->setFont(heading);
    auto *close = new QToolButton(m_resultsPanel);
    close->setObjectName(QStringLiteral("closeResultsButton"));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the list (Esc)"));
    connect(close, &QToolButton::clicked, m_resultsPanel, &QWidget::hide);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_resultsPanel);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_resultsPanel, &QWidget::hide);

    m_drillDown = new QTableWidget(0, 4, m_resultsPanel);
    m_drillDown->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_drillDown->setObjectName(QStringLiteral("drillDownTable"));
    m_drillDown->setHorizontalHeaderLabels(
        {tr("Time"), tr("Repository"), tr("Author"), tr("Message")});
    m_drillDown->horizontalHeader()->setStretchLastSection(true);
    m_drillDown->verticalHeader()->hide();
    m_drillDown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drillDown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillDown->setAccessibleName(tr("Commits of the selected hour or day"));
    DashboardExport::addCsvExportAction(m_drillDown, QStringLiteral("commits"));
    // Enter or a double-click opens the item's page (GitHub); local commits have none.
    auto *openAction = new QAction(tr("Open in browser"), m_drillDown);
    openAction->setObjectName(QStringLiteral("openInBrowserAction"));
    m_drillDown->insertAction(m_drillDown->actions().value(0), openAction);
    auto openCurrent = [this] {
        const int row = m_drillDown->currentRow();
        const QUrl url = row >= 0 && m_drillDown->item(row, 0)
                             ? m_drillDown->item(row, 0)->data(UrlRole).toUrl()
                             : QUrl();
        if (url.isValid())
            QDesktopServices::openUrl(url);
    };
    connect(openAction, &QAction::triggered, this, openCurrent);
    connect(m_drillDown, &QTableWidget::itemActivated, this, openCurrent);

    auto *top = new QHBoxLayout;
    top->addWidget(m_drillDownLabel, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(m_resultsPanel);
    layout->setContentsMargins(6, 6, 9, 6);
    layout->addLayout(top);
    layout->addWidget(m_drillDown, 1);
    m_resultsPanel->setMinimumWidth(320);
    m_resultsPanel->hide(); // until a cell, a day or a search asks for it
    return m_resultsPanel;
}

void DashboardPage::openResults(const QString &title)
{
    m_drillDownLabel->setText(title);
    m_drillDown->setRowCount(0);
    m_resultsPanel->show();
}

void DashboardPage::reloadMetrics()
{
    // Contributions come per day: the chart adds them up into the bucket it shows.
    if (m_stack->currentWidget() == m_dashboard)
        m_metrics->requestMetrics(
            filter(), ContributionGrouping(m_groupingCombo->currentData().toInt()),
            ContributionPeriod::Day, ContributionMeasure(m_measureCombo->currentData().toInt()));
}

void DashboardPage::setCounts(const CacheCounts &counts)
{
    if (counts.isEmpty()) {
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    m_counts = counts;
    showSummary();
    m_stack->setCurrentWidget(m_dashboard);
    reloadMetrics();
}

QList<ChartTable> DashboardPage::tables() const
{
    return m_lastMetrics ? DashboardTables::fromMetrics(*m_lastMetrics) : QList<ChartTable>{};
}

QWidget *DashboardPage::chartWidget(const QString &id) const
{
    const QHash<QString, QWidget *> charts{
        {QStringLiteral("punchcard"), m_punchCard},
        {QStringLiteral("calendar"), m_calendar},
        {QStringLiteral("merge-delay"), m_mergeChart},
        {QStringLiteral("lines"), m_frequencyChart},
        {QStringLiteral("contributors"), m_contributors},
        {QStringLiteral("contributions"), m_overTimeChart},
        {QStringLiteral("refs"), m_refChart},
        {QStringLiteral("activity"), m_activityChart},
    };
    return charts.value(id); // merge-delay-weekly has numbers only
}

void DashboardPage::setAccounts(const QList<AccountSummary> &accounts)
{
    m_statusCards->setAccounts(accounts);
}
