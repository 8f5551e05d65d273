#include "ui/pages/dashboardpage.h"

#include "core/export/dashboardtables.h"
#include "ui/pages/connectionstatuscards.h"
#include "ui/pages/dashboardcards.h"
#include "ui/pages/dashboardfilterbar.h"
#include "ui/pages/firststepsview.h"
#include "ui/pages/resultspanel.h"
#include "ui/style/statuscolours.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

DashboardPage::DashboardPage(MetricsRunner *metrics, QWidget *parent)
    : QWidget(parent)
    , m_metrics(metrics)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_stack = new QStackedWidget(this);
    auto *firstSteps = new FirstStepsView(this);
    connect(firstSteps, &FirstStepsView::stepChosen, this, &DashboardPage::connectionsRequested);
    m_emptyState = firstSteps;
    m_dashboard = buildDashboard();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_dashboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(m_metrics, &MetricsRunner::metricsReady, this, &DashboardPage::showMetrics);
    connect(m_metrics, &MetricsRunner::commitsReady, m_resultsPanel, &ResultsPanel::showCommits);
    connect(m_metrics, &MetricsRunner::searchReady, m_resultsPanel, &ResultsPanel::showSearchHits);
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
    m_cards = new DashboardCards(content);
    connect(m_cards, &DashboardCards::contributionOptionsChanged, this,
            &DashboardPage::reloadMetrics);
    connect(m_cards, &DashboardCards::yearChosen, this, [this](int year) {
        MetricsFilter yearFilter = filter();
        yearFilter.from = QDate(year, 1, 1);
        yearFilter.to = QDate(year, 12, 31);
        setFilter(yearFilter);
    });
    connect(m_cards, &DashboardCards::deliverySourcesRequested, this,
            &DashboardPage::deliverySourcesRequested);
    connect(m_cards, &DashboardCards::commitsRequested, this,
            [this](const QString &title, int weekday, int hour, const QDate &day) {
                m_resultsPanel->open(title);
                m_metrics->requestCommits(filter(), weekday, hour, day);
            });
    contentLayout->addWidget(m_cards);
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
    m_resultsPanel = new ResultsPanel(page);
    m_splitter->addWidget(m_resultsPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    return page;
}

void DashboardPage::reloadMetrics()
{
    // Contributions come per day: the chart adds them up into the bucket it shows.
    if (m_stack->currentWidget() == m_dashboard)
        m_metrics->requestMetrics(filter(), m_cards->grouping(), ContributionPeriod::Day,
                                  m_cards->measure());
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
    return m_cards->chartWidget(id);
}

void DashboardPage::setAccounts(const QList<AccountSummary> &accounts)
{
    m_statusCards->setAccounts(accounts);
}

void DashboardPage::showMetrics(const DashboardMetrics &metrics)
{
    m_errorLabel->setVisible(!metrics.error.isEmpty());
    m_errorLabel->setText(metrics.error);
    if (!metrics.error.isEmpty())
        return;
    m_lastMetrics = metrics;
    showSummary();
    m_cards->showMetrics(metrics);
}

void DashboardPage::showSummary()
{
    // What the charts below show: the filter and the counts inside it.
    const QLocale locale;
    QStringList parts;
    if (m_lastMetrics) {
        const DashboardMetrics &metrics = *m_lastMetrics;
        parts << describeShownFilter();
        parts << tr("%1 commits").arg(locale.toString(metrics.punchCard.total));
        const MergeDelay &delay = metrics.mergeDelay;
        parts << tr("%1 pull requests (%2 merged)")
                     .arg(locale.toString(delay.merged + delay.closedUnmerged + delay.open),
                          locale.toString(delay.merged));
    } else {
        parts << tr("%1 commits in the cache").arg(locale.toString(m_counts.commits));
    }
    m_filterBar->setSummary(parts.join(QStringLiteral(" · ")));
}

void DashboardPage::setRepositories(const QList<QPair<qint64, QString>> &repositories)
{
    m_filterBar->setRepositories(repositories);
}

void DashboardPage::setPeople(const QList<Person> &people, const QList<Team> &teams)
{
    m_filterBar->setPeople(people, teams);
}

MetricsFilter DashboardPage::filter() const
{
    return m_filterBar->filter();
}

void DashboardPage::setFilter(const MetricsFilter &filter)
{
    m_filterBar->setFilter(filter);
    reloadMetrics();
}

QString DashboardPage::describeShownFilter() const
{
    return DashboardTables::describeFilter(shownFilter().value_or(filter()), int(m_counts.repos),
                                           m_filterBar->checkedPeopleNames());
}
