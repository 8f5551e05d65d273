#pragma once

#include "core/common/result.h"
#include "core/metrics/mergedelay.h"
#include "core/metrics/metricsfilter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// One week of review speed (weeks start on Monday, in the viewer's time zone).
struct ReviewWeek
{
    QDate weekStart;
    int firstReviews = 0; ///< pull requests whose first review came this week
    double firstReviewMedianHours = 0;
    double firstReviewP90Hours = 0;
    int approvedMerges = 0; ///< pull requests merged this week after an approval
    double approvalToMergeMedianHours = 0;
    double approvalToMergeP90Hours = 0;
};

/// What one person gave and got in the range (a row of the review leaderboard).
struct ReviewerLoad
{
    QString person;
    int given = 0; ///< reviews submitted on others' pull requests
    int approvals = 0;
    int changesRequested = 0;
    int received = 0;  ///< reviews others submitted on this person's pull requests
    int requested = 0; ///< times this person was asked to review
};

struct ReviewPair
{
    QString reviewer;
    QString author;
    int reviews = 0;
};

/// Merged pull requests of one size (lines added plus removed) and how long they took.
struct ReviewSizeBucket
{
    QString label; ///< "<10", "10–49", … (short: they label chart bars)
    int merged = 0;
    int unreviewed = 0;
    double medianHoursToMerge = 0;
    double p90HoursToMerge = 0;
};

/// How pull requests are reviewed (issue 21). A review counts when someone other than the
/// pull request's author submitted it and that someone is not an app (bot); pending drafts are
/// never read. Filters: repositories, and people as the pull requests' authors; dates on the
/// moment each number is about (the first review, the merge, the review's submission).
struct ReviewMetrics
{
    /// Time to first review: from the first "ready for review" (else the opening) to the
    /// first review, for pull requests first reviewed in the range. Same six buckets as
    /// merge delay.
    QList<DurationBucket> firstReview;
    int reviewed = 0;
    double firstReviewMedianHours = 0;
    double firstReviewP90Hours = 0;
    /// Of the pull requests merged in the range: those with no review before the merge, and
    /// from the last approval before the merge to the merge.
    int merged = 0;
    int mergedUnreviewed = 0;
    QList<DurationBucket> approvalToMerge;
    int approvedMerges = 0;
    double approvalToMergeMedianHours = 0;
    double approvalToMergeP90Hours = 0;
    /// Review rounds of merged pull requests: how often changes were requested before the
    /// first approval (or before the merge, without one). Index 0, 1, 2, 3 (3 or more).
    QList<int> rounds{0, 0, 0, 0};
    double averageRounds = 0;
    QList<ReviewWeek> weekly;
    /// Most reviews given first; past TopPeople the rest are one "Others (n people)" row.
    QList<ReviewerLoad> load;
    QList<ReviewPair> pairs; ///< who reviews whom, most first, the top 20
    QList<ReviewSizeBucket> sizes;
};

namespace ReviewMetricsQuery {

/// People beyond this many share the leaderboard's last row.
inline constexpr int TopPeople = 25;
/// Pairs beyond this many are left out of `pairs` (the table reads at a glance).
inline constexpr int TopPairs = 20;

Result<ReviewMetrics> compute(QSqlDatabase &db, const MetricsFilter &filter);

/// The size bucket index (0..5) of a pull request of `lines` added plus removed.
int sizeBucketOf(qint64 lines);

} // namespace ReviewMetricsQuery
