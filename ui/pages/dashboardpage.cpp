#include "pages/dashboardpage.h"

#include "pages/connectionstatuscards.h"
#include "style/statuscolours.h"

#include "export/dashboardexport.h"
#include "export/dashboardtables.h"

#include "charts/barchart.h"
#include "charts/calendarheatmapwidget.h"
#include "charts/checklistbutton.h"
#include "charts/punchcardwidget.h"
#include "charts/tableswitch.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
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

    m_rangeCombo = new QComboBox(page);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->addItem(tr("Last 7 days"), 7);
    m_rangeCombo->addItem(tr("Last 30 days"), 30);
    m_rangeCombo->addItem(tr("Last 90 days"), 90);
    m_rangeCombo->addItem(tr("Last 12 months"), 365);
    m_rangeCombo->addItem(tr("All time"), 0);
    m_rangeCombo->addItem(tr("Custom…"), CustomRange);
    m_rangeCombo->setCurrentIndex(3);
    // Shown for "Custom…" only: first and last day, both included.
    m_fromEdit = new QDateEdit(QDate::currentDate().addMonths(-3), page);
    m_fromEdit->setObjectName(QStringLiteral("rangeFromEdit"));
    m_toEdit = new QDateEdit(QDate::currentDate(), page);
    m_toEdit->setObjectName(QStringLiteral("rangeToEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::reloadMetrics);
    }
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_rangeCombo->currentData().toInt() == CustomRange;
        m_fromEdit->setVisible(custom);
        m_toEdit->setVisible(custom);
    });
    m_timeZoneCombo = new QComboBox(page);
    m_timeZoneCombo->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZoneCombo->addItem(tr("My time zone"), int(TimeZoneMode::Local));
    m_timeZoneCombo->addItem(tr("Each author's own time"), int(TimeZoneMode::AuthorOffset));
    auto *rangeLabel = new QLabel(tr("&Range:"), page);
    rangeLabel->setBuddy(m_rangeCombo);
    auto *zoneLabel = new QLabel(tr("&Hours in:"), page);
    zoneLabel->setBuddy(m_timeZoneCombo);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadMetrics);
    connect(m_timeZoneCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadMetrics);
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setObjectName(QStringLiteral("cacheSummaryLabel"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(rangeLabel);
    filters->addWidget(m_rangeCombo);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toEdit);
    filters->addSpacing(16);
    filters->addWidget(zoneLabel);
    filters->addWidget(m_timeZoneCombo);
    filters->addSpacing(16);
    // Nothing ticked means all, as in GitHub's own filters.
    m_repoFilter = new ChecklistButton(
        QStringLiteral("repoFilter"), tr("All repositories"),
        [](int count) { return tr("%Ln repositories", nullptr, count); }, page);
    m_repoFilter->setAccessibleName(tr("Repositories shown"));
    connect(m_repoFilter, &ChecklistButton::changed, this, &DashboardPage::reloadMetrics);
    filters->addWidget(m_repoFilter);
    m_authorFilter = new ChecklistButton(
        QStringLiteral("authorFilter"), tr("Everyone"),
        [](int count) { return tr("%Ln people", nullptr, count); }, page);
    m_authorFilter->setAccessibleName(tr("People shown"));
    m_authorFilter->setToolTip(
        tr("Commits by login, else email; pull requests and issues by login"));
    connect(m_authorFilter, &ChecklistButton::changed, this, &DashboardPage::reloadMetrics);
    filters->addWidget(m_authorFilter);
    auto *managePeople = new QToolButton(page);
    managePeople->setObjectName(QStringLiteral("managePeopleButton"));
    managePeople->setText(tr("Merge people, teams…"));
    managePeople->setToolTip(tr("Merge a person's emails and logins into one, and make teams"));
    connect(managePeople, &QToolButton::clicked, this, &DashboardPage::managePeopleRequested);
    filters->addWidget(managePeople);
    filters->addSpacing(16);
    m_searchEdit = new QLineEdit(page);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search commits, pull requests, issues (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setMinimumWidth(180);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_searchEdit, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    // Search as the user types, once typing pauses.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        const QString text = m_searchEdit->text().trimmed();
        if (!text.isEmpty())
            m_metrics->requestSearch(filter(), text);
    });
    filters->addWidget(m_searchEdit, 1);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("metricsError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(StatusColours::errorStyleSheet());
    m_errorLabel->setVisible(false);

    auto *punchBox = new QGroupBox(tr("When commits happen"), page);
    m_punchCard = new PunchCardWidget(punchBox);
    m_punchTable = new TableSwitch(m_punchCard, QStringLiteral("punchCard"), punchBox);
    (new QVBoxLayout(punchBox))->addWidget(m_punchTable);
    connect(m_punchCard, &PunchCardWidget::cellClicked, this, [this](int weekday, int hour) {
        m_drillDownLabel->setText(tr("Commits, %1 %2:00–%2:59", "weekday, hour")
                                      .arg(QLocale().dayName(weekday + 1))
                                      .arg(hour, 2, 10, QLatin1Char('0')));
        m_metrics->requestCommits(filter(), weekday, hour, QDate());
    });

    auto *mergeBox = new QGroupBox(tr("Time from opening to merge"), page);
    auto *mergeLayout = new QVBoxLayout(mergeBox);
    mergeLayout->addWidget(buildMergeDelayChart(), 1);
    m_mergeSummary = new QLabel(mergeBox);
    m_mergeSummary->setObjectName(QStringLiteral("mergeDelaySummary"));
    m_mergeSummary->setWordWrap(true);
    mergeLayout->addWidget(m_mergeSummary);

    auto *calendarBox = new QGroupBox(tr("Commits per day"), page);
    m_calendar = new CalendarHeatmapWidget(calendarBox);
    m_calendarTable = new TableSwitch(m_calendar, QStringLiteral("calendar"), calendarBox);
    // A calendar year at a glance: picking one sets the whole dashboard to that year (the
    // grid always ends on the range's last day).
    auto *yearCombo = new QComboBox(calendarBox);
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
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    auto *calendarTop = new QHBoxLayout;
    calendarTop->addWidget(yearCombo);
    calendarTop->addStretch(1);
    calendarLayout->addLayout(calendarTop);
    calendarLayout->addWidget(m_calendarTable);
    connect(m_calendar, &CalendarHeatmapWidget::dayClicked, this, [this](const QDate &day) {
        m_drillDownLabel->setText(
            tr("Commits on %1").arg(QLocale().toString(day, QLocale::LongFormat)));
        m_metrics->requestCommits(filter(), -1, -1, day);
    });

    m_drillDownLabel = new QLabel(tr("Click an hour of the punch card or a day of the calendar "
                                     "to list its commits."),
                                  page);
    m_drillDownLabel->setObjectName(QStringLiteral("drillDownLabel"));
    m_drillDown = new QTableWidget(0, 4, page);
    m_drillDown->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_drillDown->setObjectName(QStringLiteral("drillDownTable"));
    m_drillDown->setHorizontalHeaderLabels(
        {tr("Time"), tr("Repository"), tr("Author"), tr("Message")});
    m_drillDown->horizontalHeader()->setStretchLastSection(true);
    m_drillDown->verticalHeader()->hide();
    m_drillDown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drillDown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillDown->setAccessibleName(tr("Commits of the selected hour or day"));
    m_drillDown->setMinimumHeight(160);
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

    auto *linesBox = new QGroupBox(tr("Lines changed"), page);
    auto *linesLayout = new QVBoxLayout(linesBox);
    m_linesSummary = new QLabel(linesBox);
    m_linesSummary->setObjectName(QStringLiteral("linesSummary"));
    m_linesSummary->setWordWrap(true);
    linesLayout->addWidget(m_linesSummary);
    linesLayout->addWidget(buildCodeFrequencyChart(), 1);

    auto *peopleBox = new QGroupBox(tr("Contributors"), page);
    m_contributors = new QTableWidget(0, 6, peopleBox);
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
    m_contributors->setMinimumHeight(200);
    DashboardExport::addCsvExportAction(m_contributors, QStringLiteral("contributors"));
    (new QVBoxLayout(peopleBox))->addWidget(m_contributors);

    auto *charts = new QGridLayout;
    charts->addWidget(punchBox, 0, 0);
    charts->addWidget(mergeBox, 0, 1);
    charts->addWidget(calendarBox, 1, 0, 1, 2);
    charts->addWidget(linesBox, 2, 0);
    charts->addWidget(peopleBox, 2, 1);

    auto *refsBox = new QGroupBox(tr("Branches and tags per month"), page);
    auto *refsLayout = new QVBoxLayout(refsBox);
    m_refSummary = new QLabel(refsBox);
    m_refSummary->setObjectName(QStringLiteral("refTrendsSummary"));
    m_refSummary->setWordWrap(true);
    refsLayout->addWidget(m_refSummary);
    QWidget *refView = m_refChart
        = new BarChartPanel(QStringLiteral("refTrendsChart"),
                            tr("Branches created and deleted and tags per month"), refsBox);
    refsLayout->addWidget(refView, 1);
    charts->addWidget(refsBox, 3, 0, 1, 2);

    auto *overTimeBox = new QGroupBox(tr("Contributions over time"), page);
    m_measureCombo = new QComboBox(overTimeBox);
    m_measureCombo->setObjectName(QStringLiteral("measureCombo"));
    m_measureCombo->setAccessibleName(tr("What to count"));
    m_measureCombo->addItem(tr("commits"), int(ContributionMeasure::Commits));
    m_measureCombo->addItem(tr("pull requests opened"), int(ContributionMeasure::PullsOpened));
    m_measureCombo->addItem(tr("pull requests merged"), int(ContributionMeasure::PullsMerged));
    m_measureCombo->addItem(tr("issues opened"), int(ContributionMeasure::IssuesOpened));
    m_measureCombo->addItem(tr("issues closed"), int(ContributionMeasure::IssuesClosed));
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadMetrics);
    m_groupingCombo = new QComboBox(overTimeBox);
    m_groupingCombo->setObjectName(QStringLiteral("groupingCombo"));
    m_groupingCombo->addItem(tr("by developer"), int(ContributionGrouping::Developer));
    m_groupingCombo->addItem(tr("by repository"), int(ContributionGrouping::Repository));
    m_periodCombo = new QComboBox(overTimeBox);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->addItem(tr("per week"), int(ContributionPeriod::Week));
    m_periodCombo->addItem(tr("per month"), int(ContributionPeriod::Month));
    m_periodCombo->setCurrentIndex(1);
    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadMetrics);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reloadMetrics);
    auto *overTimeOptions = new QHBoxLayout;
    overTimeOptions->addWidget(m_measureCombo);
    overTimeOptions->addWidget(m_groupingCombo);
    overTimeOptions->addWidget(m_periodCombo);
    overTimeOptions->addStretch(1);
    auto *overTimeLayout = new QVBoxLayout(overTimeBox);
    overTimeLayout->addLayout(overTimeOptions);
    overTimeLayout->addWidget(
        (m_overTimeChart = new BarChartPanel(QStringLiteral("contributionsChart"),
                                             tr("Contributions over time, stacked"), overTimeBox)),
        1);
    charts->addWidget(overTimeBox, 4, 0, 1, 2);

    auto *activityBox = new QGroupBox(tr("Activity by service"), page);
    auto *activityLayout = new QVBoxLayout(activityBox);
    m_activitySummary = new QLabel(activityBox);
    m_activitySummary->setObjectName(QStringLiteral("activitySummary"));
    m_activitySummary->setWordWrap(true);
    activityLayout->addWidget(m_activitySummary);
    activityLayout->addWidget((m_activityChart = new BarChartPanel(
                                   QStringLiteral("activityChart"),
                                   tr("Minutes of activity per service, stacked"), activityBox)),
                              1);
    charts->addWidget(activityBox, 5, 0, 1, 2);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);

    auto *content = new QWidget(page);
    auto *contentLayout = new QVBoxLayout(content);
    m_statusCards = new ConnectionStatusCards(content);
    connect(m_statusCards, &ConnectionStatusCards::providerActivated, this,
            &DashboardPage::connectionStatusRequested);
    contentLayout->addWidget(m_statusCards);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(
        m_summaryLabel); // its own line: the filter row must fit narrow windows
    contentLayout->addWidget(m_errorLabel);
    contentLayout->addLayout(charts);
    contentLayout->addWidget(m_drillDownLabel);
    contentLayout->addWidget(m_drillDown, 1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return page;
}

QWidget *DashboardPage::buildMergeDelayChart()
{
    return m_mergeChart
           = new BarChartPanel(QStringLiteral("mergeDelayChart"),
                               tr("Pull requests by time from opening to merge"), this);
}

QWidget *DashboardPage::buildCodeFrequencyChart()
{
    return m_frequencyChart = new BarChartPanel(QStringLiteral("codeFrequencyChart"),
                                                tr("Lines added and removed per week"), this);
}

void DashboardPage::reloadMetrics()
{
    if (m_stack->currentWidget() == m_dashboard)
        m_metrics->requestMetrics(filter(),
                                  ContributionGrouping(m_groupingCombo->currentData().toInt()),
                                  ContributionPeriod(m_periodCombo->currentData().toInt()),
                                  ContributionMeasure(m_measureCombo->currentData().toInt()));
}

void DashboardPage::setCounts(const CacheCounts &counts)
{
    if (counts.isEmpty()) {
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    m_summaryLabel->setText(QStringList{tr("%Ln repositories", nullptr, int(counts.repos)),
                                        tr("%Ln commits", nullptr, int(counts.commits)),
                                        tr("%Ln pull requests", nullptr, int(counts.pullRequests)),
                                        tr("%Ln issues", nullptr, int(counts.issues)),
                                        tr("%Ln activities", nullptr, int(counts.activities))}
                                .join(QStringLiteral(" · ")));
    m_stack->setCurrentWidget(m_dashboard);
    reloadMetrics();
}

void DashboardPage::showMetrics(const DashboardMetrics &metrics)
{
    m_errorLabel->setVisible(!metrics.error.isEmpty());
    m_errorLabel->setText(metrics.error);
    if (!metrics.error.isEmpty())
        return;
    m_lastMetrics = metrics;
    const QList<ChartTable> tables = DashboardTables::fromMetrics(metrics);
    m_punchTable->setTable(DashboardTables::find(tables, QStringLiteral("punchcard")));
    m_calendarTable->setTable(DashboardTables::find(tables, QStringLiteral("calendar")));
    m_punchCard->setPunchCard(metrics.punchCard);
    const QDate last = metrics.filter.to.isValid() ? metrics.filter.to : QDate::currentDate();
    m_calendar->setDays(metrics.calendar, last);

    const MergeDelay &delay = metrics.mergeDelay;
    QStringList buckets;
    BarChart::Series merged{tr("Merged"), {}};
    BarChart::Series open{tr("Still open (age)"), {}};
    for (qsizetype i = 0; i < delay.delays.size(); ++i) {
        buckets << delay.delays.at(i).label;
        merged.values << delay.delays.at(i).count;
        open.values << delay.openAges.value(i).count;
    }
    m_mergeChart->setData(buckets, {merged, open});

    const QLocale locale;
    QString summary = tr("%n merged", nullptr, delay.merged) + QStringLiteral(" · ")
                      + tr("%n closed without merging", nullptr, delay.closedUnmerged)
                      + QStringLiteral(" · ") + tr("%n open", nullptr, delay.open);
    if (!delay.weekly.isEmpty()) {
        const WeeklyMergeDelay &latest = delay.weekly.constLast();
        summary += QStringLiteral("<br>")
                   + tr("Week of %1: median %2 h, 90th percentile %3 h")
                         .arg(locale.toString(latest.weekStart, QLocale::ShortFormat),
                              locale.toString(latest.medianHours, 'f', 1),
                              locale.toString(latest.p90Hours, 'f', 1));
    }
    if (delay.merged + delay.open + delay.closedUnmerged == 0)
        summary = tr("No pull requests in this range. Sync a GitHub account, or choose a longer "
                     "range.");
    m_mergeSummary->setText(summary);
    showCodeMetrics(metrics);
    showRefTrends(metrics.refTrends);
    showContributionsOverTime(metrics.contributionsOverTime);
    showActivity(metrics.activity);
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
        {QStringLiteral("merge-delay"), m_mergeChart->currentView()},
        {QStringLiteral("lines"), m_frequencyChart->currentView()},
        {QStringLiteral("contributors"), m_contributors},
        {QStringLiteral("contributions"), m_overTimeChart->currentView()},
        {QStringLiteral("refs"), m_refChart->currentView()},
        {QStringLiteral("activity"), m_activityChart->currentView()},
    };
    return charts.value(id); // merge-delay-weekly has numbers only
}

void DashboardPage::setAccounts(const QList<AccountSummary> &accounts)
{
    m_statusCards->setAccounts(accounts);
}
