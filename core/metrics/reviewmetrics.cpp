#include "core/metrics/reviewmetrics.h"

#include "core/metrics/metricssql.h"
#include "core/people/identities.h"
#include "core/storage/rowreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

namespace ReviewMetricsQuery {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewMetrics)
};

constexpr qint64 None = -1;

struct Review
{
    QString reviewer; ///< the person (a merged identity's "#id", else the login)
    bool approved = false;
    bool changesRequested = false;
    qint64 at = 0;
};

struct Pull
{
    QString author;
    qint64 created = None;
    qint64 ready = None;
    qint64 merged = None;
    qint64 lines = None;
    QList<Review> reviews; ///< others' reviews, oldest first
};

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

struct Hours
{
    QList<double> values;
    void add(qint64 seconds) { values << double(seconds) / 3600.0; }
    std::pair<double, double> medianAndP90()
    {
        std::sort(values.begin(), values.end());
        return {MergeDelayMetric::percentile(values, 0.5),
                MergeDelayMetric::percentile(values, 0.9)};
    }
};

} // namespace

int sizeBucketOf(qint64 lines)
{
    if (lines < 10)
        return 0;
    if (lines < 50)
        return 1;
    if (lines < 200)
        return 2;
    if (lines < 500)
        return 3;
    if (lines < 1000)
        return 4;
    return 5;
}

Result<ReviewMetrics> compute(QSqlDatabase &db, const MetricsFilter &filter)
{
    // Dates are checked per number below (each is about its own moment); repositories and
    // authors here, on the pull request.
    MetricsFilter undated = filter;
    undated.from = QDate();
    undated.to = QDate();
    const QString author = MetricsSql::loginPerson(filter, QStringLiteral("p.author_login"));
    auto conditions = [&](QVariantList &values) {
        return MetricsSql::authoredConditions(undated, QStringLiteral("p"),
                                              QStringLiteral("created_at"), values);
    };
    const QString during = QStringLiteral("computing review metrics");

    QHash<QPair<qint64, int>, qsizetype> indexOf;
    QList<Pull> pulls;
    {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT p.repo_id, p.number, %1, p.created_at, "
                                           "p.ready_at, p.merged_at, p.additions + p.deletions "
                                           "FROM pull_requests p WHERE %2")
                                .arg(author, conditions(values));
        const Result<void> read = readRows(db, sql, values, during, [&](auto &row) {
            Pull pull;
            pull.author = row.isNull(2) ? QString() : text(row.text(2));
            pull.created = row.isNull(3) ? None : row.integer(3);
            pull.ready = row.isNull(4) ? None : row.integer(4);
            pull.merged = row.isNull(5) ? None : row.integer(5);
            pull.lines = row.isNull(6) ? None : row.integer(6);
            indexOf.insert({row.integer(0), int(row.integer(1))}, pulls.size());
            pulls << pull;
        });
        if (!read)
            return read.error();
    }
    {
        // Apps' reviews never count; neither do an author's own comments on their pull request.
        // The pull requests the filter keeps are in indexOf: no join, no sort of every review
        // by SQL (each pull request's few are sorted below).
        QVariantList values;
        const QString repos
            = MetricsSql::idsCondition(QStringLiteral("v.repo_id"), filter.repoIds, values);
        const QString sql
            = QStringLiteral("SELECT v.repo_id, v.pull_number, %1, v.state, v.submitted_at "
                             "FROM pull_request_reviews v "
                             "WHERE v.author_is_bot = 0 AND v.author_login IS NOT NULL "
                             "AND v.submitted_at IS NOT NULL AND %2")
                  .arg(MetricsSql::loginPerson(filter, QStringLiteral("v.author_login")), repos);
        const Result<void> read = readRows(db, sql, values, during, [&](auto &row) {
            const auto found = indexOf.constFind({row.integer(0), int(row.integer(1))});
            if (found == indexOf.constEnd())
                return;
            Pull &pull = pulls[*found];
            Review review;
            review.reviewer = text(row.text(2));
            if (review.reviewer == pull.author)
                return;
            const std::string_view state = row.text(3);
            review.approved = state == "APPROVED";
            review.changesRequested = state == "CHANGES_REQUESTED";
            review.at = row.integer(4);
            pull.reviews << review;
        });
        if (!read)
            return read.error();
        for (Pull &pull : pulls)
            std::stable_sort(pull.reviews.begin(), pull.reviews.end(),
                             [](const Review &a, const Review &b) { return a.at < b.at; });
    }

    const MetricsSql::DayRange range(filter);

    ReviewMetrics metrics;
    metrics.firstReview = MergeDelayMetric::emptyBuckets();
    metrics.approvalToMerge = MergeDelayMetric::emptyBuckets();
    const QStringList sizeLabels{Tr::tr("<10"),     Tr::tr("10–49"),   Tr::tr("50–199"),
                                 Tr::tr("200–499"), Tr::tr("500–999"), Tr::tr("1,000+")};
    for (const QString &label : sizeLabels)
        metrics.sizes << ReviewSizeBucket{label, 0, 0, 0, 0};
    Hours firstReviewHours;
    Hours approvalHours;
    QList<Hours> sizeHours(sizeLabels.size());
    QMap<qint64, Hours> firstReviewByWeek;
    QMap<qint64, Hours> approvalByWeek;
    QHash<QString, ReviewerLoad> load;
    QHash<QPair<QString, QString>, int> pairs;
    int roundsTotal = 0;

    for (const Pull &pull : std::as_const(pulls)) {
        if (!pull.reviews.isEmpty()) {
            const Review &first = pull.reviews.constFirst();
            if (range.contains(first.at) && pull.created != None) {
                const qint64 start = pull.ready != None ? pull.ready : pull.created;
                const qint64 seconds = qMax<qint64>(0, first.at - start); // reviewed as a draft: 0
                ++metrics.firstReview[MergeDelayMetric::bucketOf(seconds)].count;
                ++metrics.reviewed;
                firstReviewHours.add(seconds);
                firstReviewByWeek[range.weekOf(first.at)].add(seconds);
            }
            for (const Review &review : pull.reviews) {
                if (!range.contains(review.at))
                    continue;
                ReviewerLoad &given = load[review.reviewer];
                ++given.given;
                given.approvals += review.approved ? 1 : 0;
                given.changesRequested += review.changesRequested ? 1 : 0;
                if (!pull.author.isEmpty()) {
                    ++load[pull.author].received;
                    ++pairs[{review.reviewer, pull.author}];
                }
            }
        }
        if (pull.merged == None || !range.contains(pull.merged))
            continue;
        ++metrics.merged;
        int rounds = 0;
        bool reviewedBeforeMerge = false;
        bool approvedYet = false;
        qint64 lastApproval = None;
        for (const Review &review : pull.reviews) {
            if (review.at > pull.merged)
                break;
            reviewedBeforeMerge = true;
            if (review.approved) {
                approvedYet = true;
                lastApproval = review.at;
            } else if (review.changesRequested && !approvedYet) {
                ++rounds;
            }
        }
        if (!reviewedBeforeMerge)
            ++metrics.mergedUnreviewed;
        ++metrics.rounds[qMin(rounds, 3)];
        roundsTotal += rounds;
        if (lastApproval != None) {
            const qint64 seconds = pull.merged - lastApproval;
            ++metrics.approvalToMerge[MergeDelayMetric::bucketOf(seconds)].count;
            ++metrics.approvedMerges;
            approvalHours.add(seconds);
            approvalByWeek[range.weekOf(pull.merged)].add(seconds);
        }
        if (pull.lines != None && pull.created != None) {
            const int bucket = sizeBucketOf(pull.lines);
            ReviewSizeBucket &size = metrics.sizes[bucket];
            ++size.merged;
            size.unreviewed += reviewedBeforeMerge ? 0 : 1;
            sizeHours[bucket].add(qMax<qint64>(0, pull.merged - pull.created));
        }
    }

    {
        QVariantList values;
        const QString sql
            = QStringLiteral("SELECT %1, q.requested_at FROM pull_request_review_requests q "
                             "JOIN pull_requests p ON p.repo_id = q.repo_id "
                             "AND p.number = q.pull_number WHERE %2")
                  .arg(MetricsSql::loginPerson(filter, QStringLiteral("q.reviewer")),
                       conditions(values));
        const Result<void> read = readRows(db, sql, values, during, [&](auto &row) {
            if (!row.isNull(0) && range.contains(row.integer(1)))
                ++load[text(row.text(0))].requested;
        });
        if (!read)
            return read.error();
    }

    std::tie(metrics.firstReviewMedianHours, metrics.firstReviewP90Hours)
        = firstReviewHours.medianAndP90();
    std::tie(metrics.approvalToMergeMedianHours, metrics.approvalToMergeP90Hours)
        = approvalHours.medianAndP90();
    metrics.averageRounds = metrics.merged ? double(roundsTotal) / metrics.merged : 0;
    for (qsizetype i = 0; i < metrics.sizes.size(); ++i)
        std::tie(metrics.sizes[i].medianHoursToMerge, metrics.sizes[i].p90HoursToMerge)
            = sizeHours[i].medianAndP90();

    QMap<qint64, ReviewWeek> weeks;
    for (auto it = firstReviewByWeek.begin(); it != firstReviewByWeek.end(); ++it) {
        ReviewWeek &week = weeks[it.key()];
        week.firstReviews = int(it.value().values.size());
        std::tie(week.firstReviewMedianHours, week.firstReviewP90Hours) = it.value().medianAndP90();
    }
    for (auto it = approvalByWeek.begin(); it != approvalByWeek.end(); ++it) {
        ReviewWeek &week = weeks[it.key()];
        week.approvedMerges = int(it.value().values.size());
        std::tie(week.approvalToMergeMedianHours, week.approvalToMergeP90Hours)
            = it.value().medianAndP90();
    }
    for (auto it = weeks.begin(); it != weeks.end(); ++it) {
        it.value().weekStart = QDate(1970, 1, 1).addDays(it.key());
        metrics.weekly << it.value();
    }

    // Merged identities by their names, as everywhere else.
    const Result<QHash<QString, QString>> names = Identities::displayNames(db);
    if (!names)
        return names.error();
    auto named = [&](const QString &key) { return names.value().value(key, key); };
    for (auto it = load.begin(); it != load.end(); ++it) {
        ReviewerLoad row = it.value();
        row.person = named(it.key());
        metrics.load << row;
    }
    std::sort(metrics.load.begin(), metrics.load.end(),
              [](const ReviewerLoad &a, const ReviewerLoad &b) {
                  if (a.given != b.given)
                      return a.given > b.given;
                  if (a.received != b.received)
                      return a.received > b.received;
                  return a.person < b.person;
              });
    if (metrics.load.size() > TopPeople) { // the rest in one row, as the contributors do
        ReviewerLoad others;
        const qsizetype rest = metrics.load.size() - TopPeople;
        others.person = Tr::tr("Others (%n people)", nullptr, int(rest));
        for (qsizetype i = TopPeople; i < metrics.load.size(); ++i) {
            const ReviewerLoad &row = metrics.load.at(i);
            others.given += row.given;
            others.approvals += row.approvals;
            others.changesRequested += row.changesRequested;
            others.received += row.received;
            others.requested += row.requested;
        }
        metrics.load.resize(TopPeople);
        metrics.load << others;
    }
    for (auto it = pairs.begin(); it != pairs.end(); ++it)
        metrics.pairs << ReviewPair{named(it.key().first), named(it.key().second), it.value()};
    std::sort(metrics.pairs.begin(), metrics.pairs.end(),
              [](const ReviewPair &a, const ReviewPair &b) {
                  if (a.reviews != b.reviews)
                      return a.reviews > b.reviews;
                  return std::tie(a.reviewer, a.author) < std::tie(b.reviewer, b.author);
              });
    if (metrics.pairs.size() > TopPairs)
        metrics.pairs.resize(TopPairs);
    return metrics;
}

} // namespace ReviewMetricsQuery
