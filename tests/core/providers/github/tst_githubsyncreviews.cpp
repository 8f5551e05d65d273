// GitHubSync reads each pull request's reviews, review requests and ready-for-review moment
// inside the pull request pages it already reads (issue 21, code review): a pull request with
// more than a hundred reviews, pending drafts and bots, and reviews changed since the last sync.
#include "tests/core/providers/github/githubsyncfixture.h"

#include <QJsonArray>

using namespace GitHubSyncTest;

class TestGitHubSyncReviews : public Fixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void reviewsRequestsAndReadinessArriveWithTheirPullRequest();
    void reviewsChangedSinceTheLastSyncAreReplaced();
};

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime createdAt(const QJsonObject &pull)
{
    return QDateTime::fromString(pull.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
}

QJsonObject review(const QString &id, const QString &state, const QDateTime &at,
                   const QString &login, const QString &type = QStringLiteral("User"))
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("submittedAt"),
                        at.isValid() ? QJsonValue(iso(at)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("author"), QJsonObject{{QStringLiteral("__typename"), type},
                                                              {QStringLiteral("login"), login}}}};
}

QJsonObject *pullNumbered(FakeGitHub::Repo &repo, int number)
{
    for (QJsonObject &pull : repo.pulls) {
        if (pull.value(QLatin1String("number")).toInt() == number)
            return &pull;
    }
    return nullptr;
}

int reviewsOf(QSqlDatabase &db, int number, const QString &where = QStringLiteral("1 = 1"))
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM pull_request_reviews v JOIN repos r "
                                     "ON r.id = v.repo_id WHERE r.name = 'alpha' AND "
                                     "v.pull_number = %1 AND %2")
                          .arg(number)
                          .arg(where));
}

} // namespace

void TestGitHubSyncReviews::reviewsRequestsAndReadinessArriveWithTheirPullRequest()
{
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    QVERIFY(alpha);
    QJsonObject *busy = pullNumbered(*alpha, 7);
    QVERIFY(busy);
    const QDateTime created = createdAt(*busy);
    // 130 reviews: a pending draft (no submittedAt: not a review yet), an app's, 128 people's.
    QJsonArray reviews;
    reviews.append(review(QStringLiteral("PRR_pending"), QStringLiteral("PENDING"), {},
                          QStringLiteral("dev1")));
    reviews.append(review(QStringLiteral("PRR_bot"), QStringLiteral("COMMENTED"),
                          created.addSecs(60), QStringLiteral("copilot"), QStringLiteral("Bot")));
    for (int i = 0; i < 128; ++i)
        reviews.append(review(QStringLiteral("PRR_%1").arg(i),
                              i % 2 ? QStringLiteral("APPROVED") : QStringLiteral("COMMENTED"),
                              created.addSecs(600 + i * 60), QStringLiteral("dev%1").arg(i % 4)));
    busy->insert(QStringLiteral("reviews"), reviews);
    busy->insert(
        QStringLiteral("timelineItems"),
        QJsonArray{
            QJsonObject{{QStringLiteral("__typename"), QStringLiteral("ReadyForReviewEvent")},
                        {QStringLiteral("createdAt"), iso(created.addSecs(5 * 3600))}},
            QJsonObject{{QStringLiteral("__typename"), QStringLiteral("ReadyForReviewEvent")},
                        {QStringLiteral("createdAt"), iso(created.addSecs(2 * 3600))}},
            QJsonObject{{QStringLiteral("__typename"), QStringLiteral("ReviewRequestedEvent")},
                        {QStringLiteral("createdAt"), iso(created.addSecs(120))},
                        {QStringLiteral("requestedReviewer"),
                         QJsonObject{{QStringLiteral("__typename"), QStringLiteral("User")},
                                     {QStringLiteral("login"), QStringLiteral("dev3")}}}},
            QJsonObject{{QStringLiteral("__typename"), QStringLiteral("ReviewRequestedEvent")},
                        {QStringLiteral("createdAt"), iso(created.addSecs(180))},
                        {QStringLiteral("requestedReviewer"),
                         QJsonObject{{QStringLiteral("__typename"), QStringLiteral("Team")},
                                     {QStringLiteral("slug"), QStringLiteral("core")}}}}});

    TestCache cache;
    const Outcome outcome = sync(cache);
    QVERIFY2(outcome.result.ok(),
             qPrintable(outcome.result ? QString() : outcome.result.error().detail));

    QCOMPARE(reviewsOf(cache.db(), 7), 129);
    QCOMPARE(reviewsOf(cache.db(), 7, QStringLiteral("v.author_is_bot = 1")), 1);
    QCOMPARE(reviewsOf(cache.db(), 7, QStringLiteral("v.state = 'PENDING'")), 0);
    QCOMPARE(reviewsOf(cache.db(), 7, QStringLiteral("v.state = 'APPROVED'")), 64);
    // Every generated pull request but every fourth has two reviews; #7 has its own.
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM pull_request_reviews v "
                                               "JOIN repos r ON r.id = v.repo_id "
                                               "WHERE r.name = 'alpha' AND v.pull_number <> 7")),
             (90 - 1) * 2);
    // The first time it was marked ready, not the last.
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT p.ready_at FROM pull_requests p JOIN repos "
                                               "r ON r.id = p.repo_id WHERE r.name = 'alpha' AND "
                                               "p.number = 7")),
             int(created.addSecs(2 * 3600).toSecsSinceEpoch()));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM pull_request_review_requests "
                                               "WHERE pull_number = 7 AND reviewer IN "
                                               "('dev3', 'team:core')")),
             2);

    // One request more than the pages of pull requests: #7's second page of reviews.
    int reviewPages = 0;
    for (const FakeRequest &request : m_github->server().requests())
        reviewPages += request.body.contains("pullRequest(number:") ? 1 : 0;
    QCOMPARE(reviewPages, 1);
}

void TestGitHubSyncReviews::reviewsChangedSinceTheLastSyncAreReplaced()
{
    TestCache cache;
    QVERIFY(sync(cache).result.ok());
    QCOMPARE(reviewsOf(cache.db(), 2), 2);
    QCOMPARE(reviewsOf(cache.db(), 3), 2);

    // #2's approval is dismissed; #3's first review is gone (its author's account deleted
    // and the review with it); both pull requests are updated, as GitHub then shows them.
    FakeGitHub::Repo *alpha = m_github->findRepo(QLatin1String(Login), QStringLiteral("alpha"));
    const QDateTime later = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QJsonObject *two = pullNumbered(*alpha, 2);
    QJsonArray twoReviews = two->value(QLatin1String("reviews")).toArray();
    QJsonObject approval = twoReviews.at(1).toObject();
    approval.insert(QStringLiteral("state"), QStringLiteral("DISMISSED"));
    twoReviews.replace(1, approval);
    two->insert(QStringLiteral("reviews"), twoReviews);
    two->insert(QStringLiteral("updatedAt"), iso(later));
    QJsonObject *three = pullNumbered(*alpha, 3);
    QJsonArray threeReviews = three->value(QLatin1String("reviews")).toArray();
    threeReviews.removeFirst();
    three->insert(QStringLiteral("reviews"), threeReviews);
    three->insert(QStringLiteral("updatedAt"), iso(later.addSecs(60)));

    QVERIFY(sync(cache).result.ok());
    QCOMPARE(reviewsOf(cache.db(), 2), 2);
    QCOMPARE(reviewsOf(cache.db(), 2, QStringLiteral("v.state = 'DISMISSED'")), 1);
    QCOMPARE(reviewsOf(cache.db(), 3), 1);
    QCOMPARE(reviewsOf(cache.db(), 5), 2); // not read again, kept
}

QTEST_GUILESS_MAIN(TestGitHubSyncReviews)
#include "tst_githubsyncreviews.moc"
