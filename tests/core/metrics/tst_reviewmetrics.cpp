// Review metrics against numbers counted by hand on four pull requests (issue 21 item 1):
// bots and an author's own comments left out, the ready-for-review moment, rounds before the
// first approval, approval to merge, unreviewed merges, the leaderboard and who reviews whom.
#include "core/metrics/reviewmetrics.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QTest>

#include <ctime>

class TestReviewMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void numbersAgreeWithAHandCount();
    void datesFilterOnEachNumbersOwnMoment();
    void peopleFilterThePullRequestsByAuthor();
    void sizeBuckets();
    void leaderboardFoldsTheRestIntoOthers();

private:
    void writeSample(TestCache &cache);
};

namespace {
// A Monday noon in UTC (4 a.m. in Los Angeles, where CTest runs this): nothing near midnight.
const QDateTime Start = QDateTime::fromString(QStringLiteral("2026-03-02T12:00:00Z"), Qt::ISODate);
constexpr qint64 Hour = 3600;

ReviewRecord review(const char *id, const char *login, const char *state, qint64 afterSeconds,
                    bool bot = false)
{
    return ReviewRecord{QLatin1String(id), QLatin1String(login), bot, QLatin1String(state),
                        Start.addSecs(afterSeconds)};
}

QDate localDay(qint64 afterSeconds)
{
    return Start.addSecs(afterSeconds).toLocalTime().date();
}
} // namespace

void TestReviewMetrics::initTestCase()
{
    tzset(); // CTest runs this in America/Los_Angeles
}

void TestReviewMetrics::writeSample(TestCache &cache)
{
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    auto pull = [&](int number, const char *author, qint64 mergedAfter, int lines) {
        PullRequestRecord record;
        record.repoId = repoId;
        record.number = number;
        record.title = QStringLiteral("Change %1").arg(number);
        record.authorLogin = QLatin1String(author);
        record.state = mergedAfter >= 0 ? QStringLiteral("closed") : QStringLiteral("open");
        record.createdAt = Start;
        record.updatedAt = Start.addSecs(100 * Hour);
        if (mergedAfter >= 0) {
            record.mergedAt = Start.addSecs(mergedAfter);
            record.closedAt = record.mergedAt;
        }
        record.additions = lines - lines / 3;
        record.deletions = lines / 3;
        record.hasReviews = true;
        return record;
    };
    // #1 by ada, merged after 30 h, 120 lines. First counted review: bob's comment at 2 h (an
    // app's approval at 1 h and ada's own comment at 30 min do not count). carol asks for
    // changes (a round), bob approves at 26 h: approval to merge 4 h.
    PullRequestRecord one = pull(1, "ada", 30 * Hour, 120);
    one.reviews
        = {review("r1", "copilot", "APPROVED", Hour, true),
           review("r2", "ada", "COMMENTED", Hour / 2), review("r3", "bob", "COMMENTED", 2 * Hour),
           review("r4", "carol", "CHANGES_REQUESTED", 5 * Hour),
           review("r5", "bob", "APPROVED", 26 * Hour)};
    one.reviewRequests = {{QStringLiteral("team:core"), Start.addSecs(60)}};
    // #2 by bob, a draft until 10 h: carol approves at 12 h (2 h after ready), merged at 13 h.
    PullRequestRecord two = pull(2, "bob", 13 * Hour, 5);
    two.readyAt = Start.addSecs(10 * Hour);
    two.reviews = {review("r6", "carol", "APPROVED", 12 * Hour)};
    // #3 by carol, merged at 20 h with only an app's review: merged without review.
    PullRequestRecord three = pull(3, "carol", 20 * Hour, 1500);
    three.reviews = {review("r7", "dependabot", "APPROVED", 19 * Hour, true)};
    // #4 by ada, still open: carol's comment after 72 h; bob was asked at 1 h.
    PullRequestRecord four = pull(4, "ada", -1, 40);
    four.reviews = {review("r8", "carol", "COMMENTED", 72 * Hour)};
    four.reviewRequests = {{QStringLiteral("bob"), Start.addSecs(Hour)}};
    for (const PullRequestRecord &record : {one, two, three, four})
        QVERIFY(writer.upsertPullRequest(record).ok());
}

void TestReviewMetrics::numbersAgreeWithAHandCount()
{
    TestCache cache;
    writeSample(cache);
    const Result<ReviewMetrics> computed = ReviewMetricsQuery::compute(cache.db(), MetricsFilter());
    QVERIFY2(computed.ok(), qPrintable(computed ? QString() : computed.error().detail));
    const ReviewMetrics &m = computed.value();

    // First reviews: #1 2 h, #2 2 h (from ready), #4 72 h.
    QCOMPARE(m.reviewed, 3);
    QCOMPARE(m.firstReview.at(1).count, 2); // 1–4h
    QCOMPARE(m.firstReview.at(4).count, 1); // 3–7d
    QCOMPARE(m.firstReviewMedianHours, 2.0);
    QCOMPARE(m.firstReviewP90Hours, 72.0);

    QCOMPARE(m.merged, 3);
    QCOMPARE(m.mergedUnreviewed, 1);
    QCOMPARE(m.approvedMerges, 2); // #1 4 h, #2 1 h
    QCOMPARE(m.approvalToMergeMedianHours, 2.5);
    QCOMPARE(m.approvalToMergeP90Hours, 4.0);
    QCOMPARE(m.approvalToMerge.at(1).count, 1); // 1 h: "1–4h" starts at one hour
    QCOMPARE(m.approvalToMerge.at(2).count, 1); // 4 h: "4–24h"
    QCOMPARE(m.rounds, (QList<int>{2, 1, 0, 0}));
    QCOMPARE(m.averageRounds, 1.0 / 3);

    // Weeks: every first review and both approved merges fall in the week of 2026-03-02.
    QCOMPARE(m.weekly.size(), 1);
    QCOMPARE(m.weekly.first().weekStart, QDate(2026, 3, 2));
    QCOMPARE(m.weekly.first().firstReviews, 3);
    QCOMPARE(m.weekly.first().approvedMerges, 2);

    // The leaderboard: carol gave 3, bob 2 (and was asked once), ada received 4, the team
    // was asked once.
    QCOMPARE(m.load.size(), 4);
    QCOMPARE(m.load.at(0).person, QStringLiteral("carol"));
    QCOMPARE(m.load.at(0).given, 3);
    QCOMPARE(m.load.at(0).approvals, 1);
    QCOMPARE(m.load.at(0).changesRequested, 1);
    QCOMPARE(m.load.at(0).received, 0);
    QCOMPARE(m.load.at(1).person, QStringLiteral("bob"));
    QCOMPARE(m.load.at(1).given, 2);
    QCOMPARE(m.load.at(1).received, 1);
    QCOMPARE(m.load.at(1).requested, 1);
    QCOMPARE(m.load.at(2).person, QStringLiteral("ada"));
    QCOMPARE(m.load.at(2).received, 4);
    QCOMPARE(m.load.at(3).person, QStringLiteral("team:core"));
    QCOMPARE(m.load.at(3).requested, 1);

    QCOMPARE(m.pairs.size(), 3);
    QCOMPARE(m.pairs.at(0).reviewer, QStringLiteral("bob"));
    QCOMPARE(m.pairs.at(0).author, QStringLiteral("ada"));
    QCOMPARE(m.pairs.at(0).reviews, 2);
    QCOMPARE(m.pairs.at(1).reviewer, QStringLiteral("carol"));
    QCOMPARE(m.pairs.at(1).author, QStringLiteral("ada"));
    QCOMPARE(m.pairs.at(1).reviews, 2);
    QCOMPARE(m.pairs.at(2).reviewer, QStringLiteral("carol"));
    QCOMPARE(m.pairs.at(2).author, QStringLiteral("bob"));
}

void TestReviewMetrics::datesFilterOnEachNumbersOwnMoment()
{
    TestCache cache;
    writeSample(cache);
    // The day of carol's comment on #4 only: one first review, no merge, her one review.
    MetricsFilter filter;
    filter.from = localDay(72 * Hour);
    filter.to = filter.from;
    const Result<ReviewMetrics> computed = ReviewMetricsQuery::compute(cache.db(), filter);
    QVERIFY(computed.ok());
    const ReviewMetrics &m = computed.value();
    QCOMPARE(m.reviewed, 1);
    QCOMPARE(m.firstReview.at(4).count, 1);
    QCOMPARE(m.merged, 0);
    QCOMPARE(m.load.size(), 2);
    QCOMPARE(m.load.at(0).person, QStringLiteral("carol"));
    QCOMPARE(m.load.at(0).given, 1);
    QCOMPARE(m.load.at(1).person, QStringLiteral("ada"));
    QCOMPARE(m.load.at(1).received, 1);
}

void TestReviewMetrics::peopleFilterThePullRequestsByAuthor()
{
    TestCache cache;
    writeSample(cache);
    MetricsFilter filter;
    filter.authors = {QStringLiteral("bob")};
    const Result<ReviewMetrics> computed = ReviewMetricsQuery::compute(cache.db(), filter);
    QVERIFY(computed.ok());
    const ReviewMetrics &m = computed.value();
    QCOMPARE(m.reviewed, 1); // #2 only
    QCOMPARE(m.merged, 1);
    QCOMPARE(m.mergedUnreviewed, 0);
    QCOMPARE(m.pairs.size(), 1);
    QCOMPARE(m.pairs.first().reviewer, QStringLiteral("carol"));
}

void TestReviewMetrics::sizeBuckets()
{
    TestCache cache;
    writeSample(cache);
    const Result<ReviewMetrics> computed = ReviewMetricsQuery::compute(cache.db(), MetricsFilter());
    QVERIFY(computed.ok());
    const QList<ReviewSizeBucket> &sizes = computed.value().sizes;
    QCOMPARE(sizes.size(), 6);
    QCOMPARE(sizes.at(0).merged, 1); // #2, 5 lines
    QCOMPARE(sizes.at(0).medianHoursToMerge, 13.0);
    QCOMPARE(sizes.at(2).merged, 1); // #1, 120 lines
    QCOMPARE(sizes.at(2).medianHoursToMerge, 30.0);
    QCOMPARE(sizes.at(5).merged, 1); // #3, 1,500 lines, merged without review
    QCOMPARE(sizes.at(5).unreviewed, 1);
    QCOMPARE(ReviewMetricsQuery::sizeBucketOf(9), 0);
    QCOMPARE(ReviewMetricsQuery::sizeBucketOf(10), 1);
    QCOMPARE(ReviewMetricsQuery::sizeBucketOf(999), 4);
    QCOMPARE(ReviewMetricsQuery::sizeBucketOf(1000), 5);
}

void TestReviewMetrics::leaderboardFoldsTheRestIntoOthers()
{
    // 30 reviewers of one pull request, reviewer k reviewing k times, and its author: the 25
    // busiest by name, then one row for the other six with their sums.
    TestCache cache;
    CacheWriter writer(cache.db());
    PullRequestRecord record;
    record.repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    record.number = 1;
    record.title = QStringLiteral("Busy");
    record.authorLogin = QStringLiteral("zed");
    record.state = QStringLiteral("open");
    record.createdAt = Start;
    record.updatedAt = Start;
    record.hasReviews = true;
    int total = 0;
    for (int k = 1; k <= 30; ++k) {
        for (int i = 0; i < k; ++i) {
            record.reviews << ReviewRecord{QStringLiteral("r%1_%2").arg(k).arg(i),
                                           QStringLiteral("rev%1").arg(k, 2, 10, QLatin1Char('0')),
                                           false, QStringLiteral("COMMENTED"),
                                           Start.addSecs(k * Hour + i)};
            ++total;
        }
    }
    QVERIFY(writer.upsertPullRequest(record).ok());
    const Result<ReviewMetrics> computed = ReviewMetricsQuery::compute(cache.db(), MetricsFilter());
    QVERIFY(computed.ok());
    const QList<ReviewerLoad> &load = computed.value().load;
    QCOMPARE(load.size(), ReviewMetricsQuery::TopPeople + 1);
    QCOMPARE(load.first().person, QStringLiteral("rev30"));
    QCOMPARE(load.first().given, 30);
    QCOMPARE(load.at(24).person, QStringLiteral("rev06"));
    // The rest: rev05..rev01 (15 reviews given) and zed (every review received).
    QCOMPARE(load.last().person, QStringLiteral("Others (6 people)"));
    QCOMPARE(load.last().given, 5 + 4 + 3 + 2 + 1);
    QCOMPARE(load.last().received, total);
}

QTEST_GUILESS_MAIN(TestReviewMetrics)
#include "tst_reviewmetrics.moc"
