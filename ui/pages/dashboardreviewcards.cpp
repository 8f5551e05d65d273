// DashboardCards' code review cards (issue 21 item 1): how fast pull requests get a first
// review and go from approval to merge, how size relates to time to merge, who reviews most
// and who reviews whom.
#include "ui/pages/dashboardcards.h"

#include "ui/charts/barchartview.h"
#include "ui/charts/cardgrid.h"
#include "ui/charts/chartcard.h"

#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

void DashboardCards::buildReviewCards(CardGrid *grid)
{
    m_reviewChart = new BarChartView(QStringLiteral("reviewChart"),
                                     tr("Pull requests by time to first review and from "
                                        "approval to merge"),
                                     grid);
    m_reviewChart->setEmptyText(
        tr("No reviewed pull requests in this range. Reviews arrive with a GitHub sync."));
    m_reviewCard = new ChartCard(tr("Code review speed"), m_reviewChart,
                                 QStringLiteral("reviewChart"), grid);
    m_reviewCard->summaryLabel()->setObjectName(QStringLiteral("reviewSummary"));
    auto *rules = new QToolButton(m_reviewCard);
    rules->setObjectName(QStringLiteral("reviewRules"));
    rules->setText(tr("How reviews are counted…"));
    connect(rules, &QToolButton::clicked, this, [this] {
        QMessageBox::information(
            this, tr("Code review"),
            tr("<p>A review counts when someone other than the pull request's author submitted "
               "it, and that someone is a person, not an app (bot). Drafts of reviews are never "
               "read.</p><ul>"
               "<li><b>Time to first review</b>: from the first time the pull request was marked "
               "ready for review (else its opening) to its first review; a review of a draft "
               "counts as no wait. Counted in the range of the first review.</li>"
               "<li><b>Approval to merge</b>: from the last approval before the merge to the "
               "merge.</li>"
               "<li><b>Review rounds</b>: how often changes were requested before the first "
               "approval.</li>"
               "<li><b>Merged without review</b>: merged with no review before the merge.</li>"
               "<li><b>Given, received, asked</b>: reviews someone submitted, reviews others "
               "submitted on their pull requests, and requests to review (a team as "
               "team:name).</li></ul>"
               "<p>People and teams filter the pull requests by their author.</p>"));
    });
    m_reviewCard->addControl(rules);

    m_reviewSizeChart = new BarChartView(
        QStringLiteral("reviewSizeChart"),
        tr("Hours from opening to merge by pull request size, median and 90th percentile"), grid);
    m_reviewSizeChart->setEmptyText(tr("No merged pull request with line counts in this range."));
    m_reviewSizeCard = new ChartCard(tr("Pull request size and time to merge"), m_reviewSizeChart,
                                     QStringLiteral("reviewSizeChart"), grid);
    m_reviewSizeCard->summaryLabel()->setObjectName(QStringLiteral("reviewSizeSummary"));

    m_reviewLoadCard = new ChartCard(tr("Reviews given and received"), QStringLiteral("reviewLoad"),
                                     {tr("Person"), tr("Given"), tr("Approvals"),
                                      tr("Changes", "reviews that requested changes"),
                                      tr("Received"), tr("Asked")},
                                     grid);
    m_reviewPairsCard = new ChartCard(
        tr("Who reviews whom"), QStringLiteral("reviewPairs"),
        {tr("Reviewer"), tr("Author", "of the pull requests reviewed"), tr("Reviews")}, grid);

    grid->addCard(m_reviewCard, false);
    grid->addCard(m_reviewSizeCard, false);
    grid->addCard(m_reviewLoadCard, false);
    grid->addCard(m_reviewPairsCard, false);
}

void DashboardCards::showReviews(const ReviewMetrics &reviews, const QList<ChartTable> &tables)
{
    QStringList buckets;
    TimeSeries::Series first{tr("First review"), {}};
    TimeSeries::Series approval{tr("Approval to merge"), {}};
    for (qsizetype i = 0; i < reviews.firstReview.size(); ++i) {
        buckets << reviews.firstReview.at(i).label;
        first.values << reviews.firstReview.at(i).count;
        approval.values << reviews.approvalToMerge.value(i).count;
    }
    m_reviewChart->setCategories(buckets, {first, approval}, false);
    m_reviewCard->setSummary(reviews.reviewed + reviews.merged == 0
                                 ? QString()
                                 : DashboardTables::reviewSummary(reviews));

    QStringList sizes;
    TimeSeries::Series median{tr("Median hours"), {}};
    TimeSeries::Series p90{tr("90th percentile hours"), {}};
    int sized = 0;
    for (const ReviewSizeBucket &bucket : reviews.sizes) {
        sizes << bucket.label;
        median.values << bucket.medianHoursToMerge;
        p90.values << bucket.p90HoursToMerge;
        sized += bucket.merged;
    }
    m_reviewSizeChart->setCategories(sizes, {median, p90}, false);
    m_reviewSizeCard->setSummary(
        sized == 0 ? QString()
                   : DashboardTables::find(tables, QStringLiteral("review-size")).summary);

    const ChartTable load = DashboardTables::find(tables, QStringLiteral("review-load"));
    m_reviewLoadCard->setTable(load);
    m_reviewLoadCard->setSummary(load.summary);
    const ChartTable pairs = DashboardTables::find(tables, QStringLiteral("review-pairs"));
    m_reviewPairsCard->setTable(pairs);
    m_reviewPairsCard->setSummary(pairs.summary);
}
