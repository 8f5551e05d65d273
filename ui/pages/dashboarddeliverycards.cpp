// DashboardCards' delivery cards (issue 21 item 2): the four DORA keys with their bands and
// deployments per week, and what counts as a deployment in each repository.
#include "ui/pages/dashboardcards.h"

#include "core/charts/dashboardcharts.h"
#include "core/metrics/deliverymetrics.h"
#include "ui/charts/barchartview.h"
#include "ui/charts/cardgrid.h"
#include "ui/charts/chartcard.h"

#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

void DashboardCards::buildDeliveryCards(CardGrid *grid)
{
    m_deliveryChart = new BarChartView(QStringLiteral("deliveryChart"),
                                       tr("Deployments to production and failed changes"), grid);
    m_deliveryChart->setEmptyText(
        tr("No deployments in this range. DevPulse counts GitHub deployments to production, "
           "else runs of a deploying GitHub Actions workflow, else published releases, else "
           "tags: they arrive with a sync."));
    m_deliveryCard = new ChartCard(tr("Delivery (DORA)"), m_deliveryChart,
                                   QStringLiteral("deliveryChart"), grid);
    m_deliveryCard->summaryLabel()->setObjectName(QStringLiteral("deliverySummary"));
    auto *definitions = new QToolButton(m_deliveryCard);
    definitions->setObjectName(QStringLiteral("deliveryDefinitions"));
    definitions->setText(tr("How delivery is measured…"));
    connect(definitions, &QToolButton::clicked, this, [this] {
        QStringList items;
        for (const QString &definition : DeliveryMetricsQuery::definitions(m_deliverySettings))
            items << QStringLiteral("<li>%1</li>").arg(definition.toHtmlEscaped());
        QMessageBox::information(
            this, tr("Delivery (DORA)"),
            tr("<p>The four keys of DORA's research, with the band its 2023 report puts each "
               "value in (elite, high, medium, low):</p><ul>%1</ul><p>Repositories filter "
               "what is counted; people do not (a deployment is nobody's).</p>")
                .arg(items.join(QString())));
    });
    m_deliveryCard->addControl(definitions);

    m_deliveryReposCard = new ChartCard(
        tr("Delivery per repository"), QStringLiteral("deliveryRepos"),
        {tr("Repository"), tr("Counts as a deployment"), tr("Deployments"), tr("Failed changes"),
         tr("Lead time, median h"), tr("Time to restore, median h")},
        grid);

    auto *choose = new QToolButton(m_deliveryReposCard);
    choose->setObjectName(QStringLiteral("deliveryChoose"));
    choose->setText(tr("Choose what counts…"));
    choose->setToolTip(tr("Per repository, what counts as a deployment to production; and what "
                          "counts as a failed change."));
    connect(choose, &QToolButton::clicked, this,
            [this] { emit deliverySourcesRequested(m_automaticDelivery); });
    m_deliveryReposCard->addControl(choose);

    grid->addCard(m_deliveryCard, true);
    grid->addCard(m_deliveryReposCard, true);
}

void DashboardCards::showDelivery(const DashboardMetrics &metrics, const QList<ChartTable> &tables)
{
    m_deliverySettings = metrics.delivery.settings;
    m_automaticDelivery.clear();
    for (const RepoDelivery &repo : metrics.delivery.repos) {
        if (!repo.source.chosen)
            m_automaticDelivery.insert(repo.repoId, repo.source.describe());
    }
    m_deliveryChart->setTimeSeries(DashboardCharts::delivery(metrics), tr("Deployments"));
    m_deliveryCard->setSummary(DashboardTables::deliverySummary(metrics.delivery));
    const ChartTable repos = DashboardTables::find(tables, QStringLiteral("dora-repos"));
    m_deliveryReposCard->setTable(repos);
    m_deliveryReposCard->setSummary(repos.summary);
}
