#include "core/net/ratelimitpolicy.h"

#include <QTest>

using namespace std::chrono;
using RateLimitPolicy::Action;

namespace {
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);

HttpResponse answer(int status, QList<QPair<QByteArray, QByteArray>> headers = {},
                    const QByteArray &body = {})
{
    HttpResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.body = body;
    return response;
}
} // namespace

class TestRateLimitPolicy : public QObject
{
    Q_OBJECT

private slots:
    void answersToRead_data();
    void answersToRead();
    void serverErrorsBackOffExponentiallyThenGiveUp();
    void networkFailureIsRetried();
    void unreachableServerFailsAtOnce();
    void primaryLimitWaitsUntilReset();
    void secondaryLimitWaitsAsToldOrBacksOff();
    void unauthorisedStops();
};

void TestRateLimitPolicy::answersToRead_data()
{
    QTest::addColumn<int>("status");
    for (int status : {200, 304, 404, 409, 422, 451})
        QTest::addRow("%d", status) << status;
}

void TestRateLimitPolicy::answersToRead()
{
    QFETCH(int, status);
    QCOMPARE(RateLimitPolicy::decide(answer(status), 0, Now, 0.0).action, Action::Deliver);
}

void TestRateLimitPolicy::serverErrorsBackOffExponentiallyThenGiveUp()
{
    // A lone fault is retried after a moment (issue 20: scattered 5xx answers, one request in
    // seven, cost 128 s of a 281-request sync when each waited 2-3 s) ...
    const auto first = RateLimitPolicy::decide(answer(502), 0, Now, 0.0);
    QCOMPARE(first.action, Action::Retry);
    QCOMPARE(first.wait, milliseconds(250));
    QCOMPARE(RateLimitPolicy::decide(answer(502), 0, Now, 0.99).wait, milliseconds(497));
    // ... faults that repeat back off exponentially: on the same request ...
    const auto second = RateLimitPolicy::decide(answer(502), 1, Now, 0.0);
    const auto third = RateLimitPolicy::decide(answer(502), 2, Now, 0.0);
    QCOMPARE(second.wait, milliseconds(2000));
    QCOMPARE(third.wait, milliseconds(4000));
    // ... or on the requests before it (a struggling server), up to 8 s at the first fault.
    QCOMPARE(RateLimitPolicy::decide(answer(502), 0, Now, 0.0, QStringLiteral("GitHub"), 1).wait,
             milliseconds(2000));
    QCOMPARE(RateLimitPolicy::decide(answer(502), 0, Now, 0.0, QStringLiteral("GitHub"), 50).wait,
             milliseconds(8000));
    // Jitter spreads retries of many clients apart, by up to half the wait.
    QCOMPARE(RateLimitPolicy::decide(answer(502), 1, Now, 0.99).wait > second.wait, true);
    const auto last
        = RateLimitPolicy::decide(answer(503), RateLimitPolicy::MaxAttempts - 1, Now, 0.0);
    QCOMPARE(last.action, Action::Fail);
    QCOMPARE(last.error.kind, ErrorKind::Network);
}

void TestRateLimitPolicy::networkFailureIsRetried()
{
    HttpResponse dropped;
    dropped.error = Error{QStringLiteral("connection closed"), QString(), ErrorKind::Network};
    QCOMPARE(RateLimitPolicy::decide(dropped, 0, Now, 0.0).action, Action::Retry);
}

void TestRateLimitPolicy::unreachableServerFailsAtOnce()
{
    // Connection refused (nothing listens on that port) or an unknown host: no retries with
    // back-off (a user waited 37 s for "refused the connection").
    HttpResponse refused;
    refused.error
        = Error{QStringLiteral("127.0.0.1 refused the connection."), QString(), ErrorKind::Network};
    refused.unreachable = true;
    const RateLimitPolicy::Decision decision = RateLimitPolicy::decide(refused, 0, Now, 0.0);
    QCOMPARE(decision.action, Action::Fail);
    QCOMPARE(decision.error.userMessage, QStringLiteral("127.0.0.1 refused the connection."));
}

void TestRateLimitPolicy::primaryLimitWaitsUntilReset()
{
    const auto decision = RateLimitPolicy::decide(
        answer(403, {{"X-RateLimit-Remaining", "0"},
                     {"X-RateLimit-Reset", QByteArray::number(Now.toSecsSinceEpoch() + 1800)}}),
        0, Now, 0.0);
    QCOMPARE(decision.action, Action::WaitForRateLimit);
    QCOMPARE(decision.until, Now.addSecs(1800));
    QCOMPARE(decision.wait, milliseconds(1801000));
}

void TestRateLimitPolicy::secondaryLimitWaitsAsToldOrBacksOff()
{
    const auto told = RateLimitPolicy::decide(answer(429, {{"Retry-After", "45"}}), 0, Now, 0.0);
    QCOMPARE(told.action, Action::Retry);
    QCOMPARE(told.wait, milliseconds(45000));
    const auto documented = RateLimitPolicy::decide(
        answer(403, {}, R"({"message":"You have exceeded a secondary rate limit."})"), 1, Now, 0.0);
    QCOMPARE(documented.action, Action::Retry);
    QCOMPARE(documented.wait, milliseconds(120000));
    // A plain 403 (no permission) is an answer, not a limit.
    QCOMPARE(RateLimitPolicy::decide(answer(403, {}, R"({"message":"Resource not accessible"})"), 0,
                                     Now, 0.0)
                 .action,
             Action::Deliver);
}

void TestRateLimitPolicy::unauthorisedStops()
{
    const auto decision
        = RateLimitPolicy::decide(answer(401, {}, R"({"message":"Bad credentials"})"), 0, Now, 0.0);
    QCOMPARE(decision.action, Action::Fail);
    QCOMPARE(decision.error.kind, ErrorKind::AuthenticationRequired);
}

QTEST_GUILESS_MAIN(TestRateLimitPolicy)
#include "tst_ratelimitpolicy.moc"
