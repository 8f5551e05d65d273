// The code review tables (issue 21 item 1): DashboardTables' part for ReviewMetrics.
#include "core/export/dashboardtables.h"

#include <QCoreApplication>
#include <QLocale>

namespace DashboardTables {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)
};

} // namespace

QString reviewSummary(const ReviewMetrics &reviews)
{
    if (reviews.reviewed == 0 && reviews.merged == 0)
        return Tr::tr("No reviewed or merged pull requests in this range.");
    const QLocale locale;
    QStringList parts;
    if (reviews.reviewed > 0)
        parts << Tr::tr("%Ln pull requests got a first review after %1 (median; 90th percentile "
                        "%2).",
                        nullptr, reviews.reviewed)
                     .arg(hoursOrDays(reviews.firstReviewMedianHours),
                          hoursOrDays(reviews.firstReviewP90Hours));
    if (reviews.merged > 0) {
        parts << Tr::tr("%1 of %Ln merged without a review; %2 review rounds on average.", nullptr,
                        reviews.merged)
                     .arg(locale.toString(reviews.mergedUnreviewed),
                          locale.toString(reviews.averageRounds, 'f', 1));
        if (reviews.approvedMerges > 0)
            parts << Tr::tr("From approval to merge: %1 (median).")
                         .arg(hoursOrDays(reviews.approvalToMergeMedianHours));
    }
    return parts.join(QLatin1Char(' '));
}

QList<ChartTable> reviewTables(const ReviewMetrics &reviews)
{
    const QString summary = reviewSummary(reviews);
    ChartTable speed{QStringLiteral("reviews"), Tr::tr("Time to first review"), summary, {}, {}};
    speed.fields = {QStringLiteral("bucket"), QStringLiteral("first_review"),
                    QStringLiteral("approval_to_merge")};
    for (qsizetype i = 0; i < reviews.firstReview.size(); ++i)
        speed.rows << QVariantList{reviews.firstReview.at(i).label, reviews.firstReview.at(i).count,
                                   reviews.approvalToMerge.value(i).count};

    ChartTable weekly{
        QStringLiteral("reviews-weekly"), Tr::tr("Review speed per week"), {}, {}, {}};
    weekly.fields = {QStringLiteral("week"),
                     QStringLiteral("first_reviews"),
                     QStringLiteral("first_review_median_hours"),
                     QStringLiteral("first_review_p90_hours"),
                     QStringLiteral("approved_merges"),
                     QStringLiteral("approval_to_merge_median_hours"),
                     QStringLiteral("approval_to_merge_p90_hours")};
    for (const ReviewWeek &week : reviews.weekly)
        weekly.rows << QVariantList{week.weekStart,
                                    week.firstReviews,
                                    week.firstReviewMedianHours,
                                    week.firstReviewP90Hours,
                                    week.approvedMerges,
                                    week.approvalToMergeMedianHours,
                                    week.approvalToMergeP90Hours};
    weekly.summary = reviews.weekly.isEmpty()
                         ? Tr::tr("No reviews in this range.")
                         : Tr::tr("Latest week (%1): first review after %2 (median), 90th "
                                  "percentile %3.")
                               .arg(reviews.weekly.constLast().weekStart.toString(Qt::ISODate),
                                    hoursOrDays(reviews.weekly.constLast().firstReviewMedianHours),
                                    hoursOrDays(reviews.weekly.constLast().firstReviewP90Hours));

    ChartTable load{
        QStringLiteral("review-load"), Tr::tr("Reviews given and received"), {}, {}, {}};
    load.fields = {QStringLiteral("person"),           QStringLiteral("reviews_given"),
                   QStringLiteral("approvals"),        QStringLiteral("changes_requested"),
                   QStringLiteral("reviews_received"), QStringLiteral("review_requests")};
    int given = 0;
    for (const ReviewerLoad &person : reviews.load) {
        load.rows << QVariantList{person.person,           person.given,    person.approvals,
                                  person.changesRequested, person.received, person.requested};
        given += person.given;
    }
    load.summary = reviews.load.isEmpty() || given == 0
                       ? Tr::tr("No reviews in this range.")
                       : Tr::tr("%Ln reviews; %1 gave the most (%2).", nullptr, given)
                             .arg(reviews.load.constFirst().person,
                                  QLocale().toString(reviews.load.constFirst().given));

    ChartTable pairs{QStringLiteral("review-pairs"), Tr::tr("Who reviews whom"), {}, {}, {}};
    pairs.fields
        = {QStringLiteral("reviewer"), QStringLiteral("author"), QStringLiteral("reviews")};
    for (const ReviewPair &pair : reviews.pairs)
        pairs.rows << QVariantList{pair.reviewer, pair.author, pair.reviews};
    pairs.summary = reviews.pairs.isEmpty()
                        ? Tr::tr("No reviews in this range.")
                        : Tr::tr("The %Ln pairs with the most reviews: reviewer, then the author "
                                 "of the pull requests.",
                                 nullptr, int(reviews.pairs.size()));

    ChartTable sizes{
        QStringLiteral("review-size"), Tr::tr("Pull request size and time to merge"), {}, {}, {}};
    sizes.fields = {QStringLiteral("lines"), QStringLiteral("merged"),
                    QStringLiteral("merged_without_review"),
                    QStringLiteral("median_hours_to_merge"), QStringLiteral("p90_hours_to_merge")};
    int sized = 0;
    for (const ReviewSizeBucket &bucket : reviews.sizes) {
        sizes.rows << QVariantList{bucket.label, bucket.merged, bucket.unreviewed,
                                   bucket.medianHoursToMerge, bucket.p90HoursToMerge};
        sized += bucket.merged;
    }
    sizes.summary = sized == 0 ? Tr::tr("No merged pull request with line counts in this range.")
                               : Tr::tr("%Ln merged pull requests by lines added plus removed: "
                                        "median and 90th percentile hours from opening to merge.",
                                        nullptr, sized);

    ChartTable rounds{QStringLiteral("review-rounds"), Tr::tr("Review rounds"), {}, {}, {}};
    rounds.fields = {QStringLiteral("rounds"), QStringLiteral("merged")};
    const QStringList roundLabels{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                  QStringLiteral("3+")};
    for (qsizetype i = 0; i < reviews.rounds.size(); ++i)
        rounds.rows << QVariantList{roundLabels.value(i), reviews.rounds.at(i)};
    rounds.summary = reviews.merged == 0
                         ? Tr::tr("No merged pull requests in this range.")
                         : Tr::tr("Times changes were requested before the first approval, per "
                                  "merged pull request: %1 on average.")
                               .arg(QLocale().toString(reviews.averageRounds, 'f', 1));
    return {speed, weekly, load, pairs, sizes, rounds};
}

} // namespace DashboardTables
