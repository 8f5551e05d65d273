#include "core/common/syncprogress.h"
#include "core/providers/activitysync.h"
#include "core/providers/codewars/codewarsprovider.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/providerharness.h"

#include <QSqlQuery>
#include <QTest>

/// CodewarsProvider against a fake Codewars on loopback serving the documented payloads
/// (shared/fixtures/codewars): a profile and two pages of completed kata.
class TestCodewarsProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verifyReadsThePublicProfile();
    void unknownUserIsExplained();
    void syncStoresEveryCompletionWithTheNominalMinutes();
    void nextSyncStopsAtTheNewestStoredCompletion();
    void changedAnswerShapeIsReported();
    void completionWithoutTimeIsCountedNotDropped();

private:
    AccountRecord account() const;
    QStringList activities(TestCache &cache);

    std::unique_ptr<FakeHttpServer> m_server;
};

namespace {
const QString UserPath = QStringLiteral("/api/v1/users/some_user");
const QString CompletedPath = QStringLiteral("/api/v1/users/some_user/code-challenges/completed");
} // namespace

void TestCodewarsProvider::init()
{
    ActivitySync::setNominalMinutes(QStringLiteral("codewars"), 30);
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("GET", UserPath, [](const FakeRequest &) {
        return FakeResponse::json(200, readFixture(QStringLiteral("codewars/user.json")));
    });
    m_server->route("GET", CompletedPath, [](const FakeRequest &request) {
        const QString page = request.query.queryItemValue(QStringLiteral("page"));
        if (page == QLatin1String("0") || page == QLatin1String("1"))
            return FakeResponse::json(
                200, readFixture(QStringLiteral("codewars/completed-page%1.json").arg(page)));
        return FakeResponse::json(404, readFixture(QStringLiteral("codewars/error-404.json")));
    });
}

void TestCodewarsProvider::cleanup()
{
    m_server.reset();
}

AccountRecord TestCodewarsProvider::account() const
{
    AccountRecord record;
    record.provider = QStringLiteral("codewars");
    record.baseUrl = m_server->baseUrl().toString();
    record.login = QStringLiteral("some_user");
    return record;
}

QStringList TestCodewarsProvider::activities(TestCache &cache)
{
    QStringList rows;
    QSqlQuery query(cache.db());
    if (!query.exec(QStringLiteral(
            "SELECT day, service, minutes, title FROM activities ORDER BY day, title")))
        return {QStringLiteral("query failed")};
    while (query.next())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString());
    return rows;
}

void TestCodewarsProvider::verifyReadsThePublicProfile()
{
    ProviderHarness harness;
    const Result<AccountRecord> verified
        = harness.verify(CodewarsProvider(), {QStringLiteral(" some_user "), QString(),
                                              m_server->baseUrl().toString()});
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toLogString()));
    QCOMPARE(verified.value().login, QStringLiteral("some_user"));
    QCOMPARE(verified.value().displayName, QStringLiteral("Some User"));
    // No key given: none is sent.
    QVERIFY(m_server->requests().last().header("Authorization").isEmpty());
}

void TestCodewarsProvider::unknownUserIsExplained()
{
    ProviderHarness harness;
    const Result<AccountRecord> verified
        = harness.verify(CodewarsProvider(), {QStringLiteral("nobody-here"), QString(),
                                              m_server->baseUrl().toString()});
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind, ErrorKind::InvalidInput);
    QVERIFY(
        verified.error().userMessage.contains(QString::fromUtf8("no user named “nobody-here”")));
}

void TestCodewarsProvider::syncStoresEveryCompletionWithTheNominalMinutes()
{
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome = harness.sync(CodewarsProvider(), cache, id, account());
    QVERIFY2(outcome.result,
             qPrintable(outcome.result ? QString() : outcome.result.error().toLogString()));
    QCOMPARE(m_server->requestCount(CompletedPath), 2); // pages 0 and 1 of totalPages 2
    QCOMPARE(activities(cache),
             (QStringList{QStringLiteral("2026-10-02|Codewars|30|Find The Parity Outlier (cpp)"),
                          QStringLiteral("2026-11-19|Codewars|30|Find the odd int (cpp, sql)"),
                          QStringLiteral("2026-11-21|Codewars|30|Multiples of 3 or 5 (cpp)")}));
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("activities")), 3);
}

void TestCodewarsProvider::nextSyncStopsAtTheNewestStoredCompletion()
{
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(CodewarsProvider(), cache, id, account()).result);
    const QStringList before = activities(cache);

    ActivitySync::setNominalMinutes(QStringLiteral("codewars"), 45);
    const ProviderSyncOutcome again = harness.sync(CodewarsProvider(), cache, id, account());
    QVERIFY(again.result);
    QCOMPARE(m_server->requestCount(CompletedPath), 3); // only page 0 the second time
    QCOMPARE(again.progress.itemsByKind.value(QStringLiteral("activities")), 0);
    QCOMPARE(activities(cache), before);

    // A full sync reads everything again and applies the new nominal minutes.
    QVERIFY(harness.sync(CodewarsProvider(), cache, id, account(), {}, true).result);
    QVERIFY(activities(cache).first().contains(QLatin1String("|45|")));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3);
}

void TestCodewarsProvider::changedAnswerShapeIsReported()
{
    m_server->failNext(CompletedPath, FakeResponse::json(200, R"({"items": []})"));
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome = harness.sync(CodewarsProvider(), cache, id, account());
    QVERIFY(!outcome.result);
    QVERIFY(outcome.result.error().userMessage.contains(QLatin1String("does not know")));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 0);
}

void TestCodewarsProvider::completionWithoutTimeIsCountedNotDropped()
{
    // Issue 19 #10: a completion without completedAt was skipped without a word. It is left
    // out, counted and said ("1 activity left out ...") beside the ones stored.
    m_server->failNext(CompletedPath,
                       FakeResponse::json(200, R"({"totalPages": 1, "totalItems": 2, "data": [
            {"id": "k1", "name": "Kata one", "completedLanguages": ["cpp"],
             "completedAt": "2026-11-20T10:00:00.000Z"},
            {"id": "k2", "name": "Kata two", "completedLanguages": ["cpp"]}]})"));
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome = harness.sync(CodewarsProvider(), cache, id, account());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("activities")), 1);
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("activities_skipped")), 1);
    QCOMPARE(describeSyncItems(outcome.progress.itemsByKind),
             QStringLiteral("1 activities, 1 activities left out (no date or id in the answer)"));

    // A kata without its id cannot be told apart: nothing of that page is written.
    m_server->failNext(CompletedPath, FakeResponse::json(200, R"({"totalPages": 1, "data": [
            {"id": "k3", "name": "Kata three", "completedAt": "2026-11-22T10:00:00.000Z"},
            {"name": "Kata four", "completedAt": "2026-11-23T10:00:00.000Z"}]})"));
    const ProviderSyncOutcome bad = harness.sync(CodewarsProvider(), cache, id, account());
    QVERIFY(!bad.result);
    QVERIFY2(bad.result.error().userMessage.contains(QLatin1String("data[1].id")),
             qPrintable(bad.result.error().userMessage));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 1);
}

QTEST_GUILESS_MAIN(TestCodewarsProvider)
#include "tst_codewarsprovider.moc"
