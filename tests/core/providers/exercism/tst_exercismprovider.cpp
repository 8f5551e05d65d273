#include "core/providers/activitysync.h"
#include "core/providers/exercism/exercismprovider.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/providerharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

/// ExercismProvider against a fake Exercism on loopback: the recorded solutions page
/// (shared/fixtures/exercism) and generated pages behind it.
class TestExercismProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verifyNeedsAWorkingToken();
    void syncStoresEachSubmittedSolution();
    void everyPageIsReadAndResyncAddsNothing();
    void changedAnswerShapeIsReportedNotHalfWritten();
    void deletedSolutionsLeaveTheCache();
    void unidentifiedSolutionStopsBeforeAnyChange();

private:
    AccountRecord account() const;

    std::unique_ptr<FakeHttpServer> m_server;
    int m_extraPages = 0;     ///< generated pages after the recorded one
    int m_deletedOnPage2 = 0; ///< generated solutions of page 2 deleted on Exercism
    bool m_undated = false;   ///< page 2's solutions lose their dates
};

namespace {
constexpr char Token[] = "exercism-token-1234";
const QString SolutionsPath = QStringLiteral("/api/v2/solutions");
} // namespace

void TestExercismProvider::init()
{
    ActivitySync::setNominalMinutes(QStringLiteral("exercism"), 30);
    m_extraPages = 0;
    m_deletedOnPage2 = 0;
    m_undated = false;
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("GET", SolutionsPath, [this](const FakeRequest &request) {
        if (request.header("Authorization") != QByteArray("Bearer ") + Token)
            return FakeResponse::json(401, R"({"error":{"type":"invalid_auth_token"}})");
        const int page = request.query.queryItemValue(QStringLiteral("page")).toInt();
        QJsonObject body
            = QJsonDocument::fromJson(readFixture(QStringLiteral("exercism/solutions.json")))
                  .object();
        if (page > 1) {
            QJsonArray generated;
            for (int i = page == 2 ? m_deletedOnPage2 : 0; i < 3; ++i) {
                generated.append(QJsonObject{
                    {QStringLiteral("uuid"), QStringLiteral("gen-%1-%2").arg(page).arg(i)},
                    {QStringLiteral("status"), QStringLiteral("completed")},
                    {QStringLiteral("last_iterated_at"),
                     QStringLiteral("2026-11-0%1T10:00:00Z").arg(page)},
                    {QStringLiteral("exercise"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("Ex %1").arg(i)}}},
                    {QStringLiteral("track"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("Rust")}}}});
            }
            if (m_undated && page == 2) {
                for (qsizetype i = 0; i < generated.size(); ++i) {
                    QJsonObject solution = generated.at(i).toObject();
                    solution.remove(QStringLiteral("last_iterated_at"));
                    generated.replace(i, solution);
                }
            }
            body.insert(QStringLiteral("results"), generated);
        }
        body.insert(QStringLiteral("meta"),
                    QJsonObject{{QStringLiteral("current_page"), page},
                                {QStringLiteral("total_pages"), 1 + m_extraPages}});
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
}

void TestExercismProvider::cleanup()
{
    m_server.reset();
}

AccountRecord TestExercismProvider::account() const
{
    AccountRecord record;
    record.provider = QStringLiteral("exercism");
    record.baseUrl = m_server->baseUrl().toString();
    record.login = QStringLiteral("some_user");
    return record;
}

void TestExercismProvider::verifyNeedsAWorkingToken()
{
    ProviderHarness harness;
    const QString base = m_server->baseUrl().toString();
    const Result<AccountRecord> good = harness.verify(
        ExercismProvider(), {QStringLiteral("some_user"), QLatin1String(Token), base});
    QVERIFY2(good, qPrintable(good ? QString() : good.error().toLogString()));
    QCOMPARE(good.value().login, QStringLiteral("some_user"));

    const Result<AccountRecord> bad = harness.verify(
        ExercismProvider(), {QStringLiteral("some_user"), QStringLiteral("nope"), base});
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, ErrorKind::AuthenticationRequired);
    QVERIFY(bad.error().userMessage.contains(QLatin1String("rejected the API token")));

    const Result<AccountRecord> empty
        = harness.verify(ExercismProvider(), {QStringLiteral("some_user"), QString(), base});
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, ErrorKind::InvalidInput);
}

void TestExercismProvider::syncStoresEachSubmittedSolution()
{
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome
        = harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token));
    QVERIFY2(outcome.result,
             qPrintable(outcome.result ? QString() : outcome.result.error().toLogString()));
    QStringList rows;
    QSqlQuery query(cache.db());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT day, service, minutes, title, source_id FROM activities ORDER BY day")));
    while (query.next())
        rows << QStringLiteral("%1|%2|%3|%4|%5")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toString());
    // The day is the last iteration's (2026-11-18T09:39Z and 2026-11-10T20:00Z).
    QCOMPARE(
        rows,
        (QStringList{
            QStringLiteral(
                "2026-11-10|Exercism|30|C++: Hello World|b1d1c0e2a1b95b7cc1a6d7b2f3e4d5c6"),
            QStringLiteral("2026-11-18|Exercism|30|C++: Leap|a0c0b9d1f0a84a6bb0f5c6a1e2d3c4b5")}));
}

void TestExercismProvider::everyPageIsReadAndResyncAddsNothing()
{
    m_extraPages = 3;
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token)).result);
    QCOMPARE(m_server->requestCount(SolutionsPath), 4);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2 + 3 * 3);
    QVERIFY(harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token)).result);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2 + 3 * 3);
}

void TestExercismProvider::changedAnswerShapeIsReportedNotHalfWritten()
{
    m_server->failNext(SolutionsPath, FakeResponse::json(200, R"({"solutions": [], "page": 1})"));
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome
        = harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token));
    QVERIFY(!outcome.result);
    QVERIFY(
        outcome.result.error().userMessage.contains(QLatin1String("Exercism answered in a form")));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 0);
}

void TestExercismProvider::deletedSolutionsLeaveTheCache()
{
    // Issue 19 #10: a solution deleted on Exercism stayed in the cache. Every sync reads every
    // page, so after the last one what Exercism no longer lists is removed, and said so.
    m_extraPages = 2;
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token)).result);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2 + 2 * 3);

    m_deletedOnPage2 = 2; // gen-2-0 and gen-2-1 deleted
    const ProviderSyncOutcome after
        = harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token));
    QVERIFY(after.result);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2 + 2 * 3 - 2);
    QCOMPARE(after.progress.itemsByKind.value(QStringLiteral("activities_removed")), 2);
    QCOMPARE(cache.column(QStringLiteral("SELECT source_id FROM activities WHERE source_id "
                                         "LIKE 'gen-2-%' ORDER BY source_id")),
             QStringList{QStringLiteral("gen-2-2")});

    // A solution still listed but without any date is kept (counted as left out), not removed.
    m_undated = true;
    const ProviderSyncOutcome undated
        = harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token));
    QVERIFY(undated.result);
    QCOMPARE(undated.progress.itemsByKind.value(QStringLiteral("activities_skipped")), 1);
    QCOMPARE(undated.progress.itemsByKind.value(QStringLiteral("activities_removed")), 0);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2 + 2 * 3 - 2);
}

void TestExercismProvider::unidentifiedSolutionStopsBeforeAnyChange()
{
    // A solution without its uuid (a changed answer) must not read as "every solution was
    // deleted": the sync fails naming the field and the cache stays as it was.
    m_extraPages = 1;
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token)).result);
    const QStringList before = cache.dump(QStringLiteral("activities"));
    m_server->failNext(
        SolutionsPath,
        FakeResponse::json(
            200, R"({"results": [{"id": 1, "status": "completed"}], "meta": {"total_pages": 1}})"));
    const ProviderSyncOutcome outcome
        = harness.sync(ExercismProvider(), cache, id, account(), QLatin1String(Token));
    QVERIFY(!outcome.result);
    QVERIFY2(outcome.result.error().userMessage.contains(QLatin1String("results[0].uuid")),
             qPrintable(outcome.result.error().userMessage));
    QCOMPARE(cache.dump(QStringLiteral("activities")), before);
}

QTEST_GUILESS_MAIN(TestExercismProvider)
#include "tst_exercismprovider.moc"
