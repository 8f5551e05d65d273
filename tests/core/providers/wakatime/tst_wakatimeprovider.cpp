#include "core/providers/wakatime/wakatimeprovider.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/providerharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// WakaTimeProvider against a fake WakaTime on loopback that answers with the documented
/// summaries payload (shared/fixtures/wakatime), cut to the days each request asks for.
class TestWakaTimeProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verifyReadsTheAccountWithTheKeyAsBasicAuth();
    void verifyRejectedKeyIsExplained();
    void firstSyncStoresMinutesPerDayProjectAndLanguage();
    void nextSyncReadsOnlyTheLastTwoDaysAgain();
    void rereadDayReplacesWhatItHeld();
    void rejectedKeyStopsTheSync();
    void tooManyRequestsIsWaitedOut();
    void serverErrorsAreRetried();
    void malformedAnswerStopsWithoutWriting();
    void answerOfAnotherShapeChangesNothing_data();
    void answerOfAnotherShapeChangesNothing();

private:
    AccountRecord account() const;

    std::unique_ptr<FakeHttpServer> m_server;
    QJsonArray m_days;                       ///< what the fake serves, day by day
    QList<QPair<QString, QString>> m_ranges; ///< start/end of every summaries request
};

namespace {
constexpr char Key[] = "waka_0123-secret";
const QString SummariesPath = QStringLiteral("/api/v1/users/current/summaries");
} // namespace

void TestWakaTimeProvider::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_days = QJsonDocument::fromJson(readFixture(QStringLiteral("wakatime/summaries.json")))
                 .object()
                 .value(QLatin1String("data"))
                 .toArray();
    QCOMPARE(m_days.size(), 3);
    m_ranges.clear();
    m_server->route("GET", QStringLiteral("/api/v1/users/current"), [](const FakeRequest &request) {
        if (request.header("Authorization") != "Basic " + QByteArray(Key).toBase64())
            return FakeResponse::json(401, readFixture(QStringLiteral("wakatime/error-401.json")));
        return FakeResponse::json(
            200,
            R"({"data":{"id":"7f1c-uuid","username":"some_user","display_name":"Some User"}})");
    });
    m_server->route("GET", SummariesPath, [this](const FakeRequest &request) {
        if (request.header("Authorization") != "Basic " + QByteArray(Key).toBase64())
            return FakeResponse::json(401, readFixture(QStringLiteral("wakatime/error-401.json")));
        const QString start = request.query.queryItemValue(QStringLiteral("start"));
        const QString end = request.query.queryItemValue(QStringLiteral("end"));
        m_ranges.append({start, end});
        QJsonArray days;
        for (const QJsonValue &day : std::as_const(m_days)) {
            const QString date = day.toObject()
                                     .value(QLatin1String("range"))
                                     .toObject()
                                     .value(QLatin1String("date"))
                                     .toString();
            // A day that names no date (a changed answer) comes with every range.
            if (date.isEmpty() || (date >= start && date <= end))
                days.append(day);
        }
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("data"), days},
                                                                 {QStringLiteral("start"), start},
                                                                 {QStringLiteral("end"), end}})
                                           .toJson(QJsonDocument::Compact));
    });
}

void TestWakaTimeProvider::cleanup()
{
    m_server.reset();
}

AccountRecord TestWakaTimeProvider::account() const
{
    AccountRecord record;
    record.provider = QStringLiteral("wakatime");
    record.baseUrl = m_server->baseUrl().toString();
    record.login = QStringLiteral("some_user");
    return record;
}

void TestWakaTimeProvider::verifyReadsTheAccountWithTheKeyAsBasicAuth()
{
    ProviderHarness harness;
    const Result<AccountRecord> verified = harness.verify(
        WakaTimeProvider(), {QString(), QLatin1String(Key), m_server->baseUrl().toString()});
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toLogString()));
    QCOMPARE(verified.value().login, QStringLiteral("some_user"));
    QCOMPARE(verified.value().displayName, QStringLiteral("Some User"));
    QCOMPARE(verified.value().provider, QStringLiteral("wakatime"));
}

void TestWakaTimeProvider::verifyRejectedKeyIsExplained()
{
    ProviderHarness harness;
    const Result<AccountRecord> verified = harness.verify(
        WakaTimeProvider(), {QString(), QStringLiteral("wrong"), m_server->baseUrl().toString()});
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind, ErrorKind::AuthenticationRequired);
    QVERIFY(verified.error().userMessage.contains(QLatin1String("rejected the API key")));
    QVERIFY(!verified.error().userMessage.contains(QLatin1String("wrong")));
}

void TestWakaTimeProvider::firstSyncStoresMinutesPerDayProjectAndLanguage()
{
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome
        = harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key));
    QVERIFY2(outcome.result,
             qPrintable(outcome.result ? QString() : outcome.result.error().toLogString()));

    // 365 days in chunks of 14: 27 requests, from 2025-11-26 up to 2026-11-25 (the pinned day).
    QCOMPARE(m_ranges.size(), 27);
    QCOMPARE(m_ranges.first().first, QStringLiteral("2025-11-26"));
    QCOMPARE(m_ranges.last().second, QStringLiteral("2026-11-25"));
    QCOMPARE(outcome.stats.requests, 27);

    // Minutes are the rounded total_seconds of each project (9000 s, 6123.45 s, 3720 s).
    const QStringList expected{
        QStringLiteral("2026-11-20|WakaTime|150|devpulse"),
        QStringLiteral("2026-11-20|WakaTime|102|dotfiles"),
        QStringLiteral("2026-11-22|WakaTime|62|devpulse"),
    };
    QStringList rows;
    QSqlQuery query(cache.db());
    QVERIFY(query.exec(
        QStringLiteral("SELECT day, service, minutes, title FROM activities ORDER BY day, title")));
    while (query.next())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString());
    QCOMPARE(rows, expected);
    QCOMPARE(cache.rowCount(QStringLiteral("activity_breakdowns")), 4);
    QSqlQuery languages(cache.db());
    QVERIFY(languages.exec(
        QStringLiteral("SELECT SUM(minutes) FROM activity_breakdowns WHERE name = 'C++'")));
    QVERIFY(languages.next());
    QCOMPARE(languages.value(0).toInt(), 202 + 50);
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("activities")), 3);
    QVERIFY(!harness.progressSeen.isEmpty());
}

void TestWakaTimeProvider::nextSyncReadsOnlyTheLastTwoDaysAgain()
{
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key)).result);
    m_ranges.clear();

    ProviderHarness nextDay(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    QVERIFY(nextDay.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key)).result);
    QCOMPARE(m_ranges.size(), 1);
    QCOMPARE(m_ranges.first(),
             qMakePair(QStringLiteral("2026-11-24"), QStringLiteral("2026-11-26")));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3);
}

void TestWakaTimeProvider::rereadDayReplacesWhatItHeld()
{
    TestCache cache;
    ProviderHarness harness(QDateTime(QDate(2026, 11, 22), QTime(23, 0), Qt::UTC));
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key)).result);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3);

    // WakaTime moved the 22nd's time to another project (a renamed project, say): the day is
    // read again and holds only what WakaTime says now.
    QJsonObject day = m_days.at(2).toObject();
    QJsonArray projects = day.value(QLatin1String("projects")).toArray();
    QJsonObject project = projects.at(0).toObject();
    project.insert(QStringLiteral("name"), QStringLiteral("devpulse-renamed"));
    projects.replace(0, project);
    day.insert(QStringLiteral("projects"), projects);
    m_days.replace(2, day);
    QVERIFY(harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key)).result);
    QSqlQuery query(cache.db());
    QVERIFY(query.exec(QStringLiteral("SELECT title FROM activities WHERE day = '2026-11-22'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("devpulse-renamed"));
    QVERIFY(!query.next());
}

void TestWakaTimeProvider::rejectedKeyStopsTheSync()
{
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome
        = harness.sync(WakaTimeProvider(), cache, id, account(), QStringLiteral("revoked"));
    QVERIFY(!outcome.result);
    QCOMPARE(outcome.result.error().kind, ErrorKind::AuthenticationRequired);
    QVERIFY(outcome.result.error().userMessage.contains(QLatin1String("Reconnect")));
    QCOMPARE(m_server->requestCount(SummariesPath), 1);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 0);
}

void TestWakaTimeProvider::tooManyRequestsIsWaitedOut()
{
    FakeResponse slowDown = FakeResponse::json(429, R"({"error":"Rate limited"})");
    slowDown.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
    m_server->failNext(SummariesPath, slowDown);
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome
        = harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key));
    QVERIFY(outcome.result);
    QCOMPARE(outcome.stats.waits, 1);
    QCOMPARE(outcome.stats.waitSeconds, 30);
    QCOMPARE(outcome.stats.requests, 28);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3);
}

void TestWakaTimeProvider::serverErrorsAreRetried()
{
    m_server->failNext(SummariesPath, FakeResponse::json(503, "{}"));
    FakeResponse dropped;
    dropped.delivery = FakeResponse::Delivery::TruncateBody;
    dropped.body = R"({"data":[)";
    m_server->failNext(SummariesPath, dropped);
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome
        = harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key));
    QVERIFY2(outcome.result,
             qPrintable(outcome.result ? QString() : outcome.result.error().toLogString()));
    QVERIFY(outcome.stats.waits >= 2);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3);
}

void TestWakaTimeProvider::malformedAnswerStopsWithoutWriting()
{
    m_server->failNext(SummariesPath, FakeResponse::json(200, R"({"data": [ {"range": )"));
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome
        = harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key));
    QVERIFY(!outcome.result);
    QVERIFY(outcome.result.error().userMessage.contains(QLatin1String("cannot read")));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 0);

    // The next sync starts from the same day and completes.
    QVERIFY(harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key)).result);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3);
}

void TestWakaTimeProvider::answerOfAnotherShapeChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("firstSync");
    for (bool first : {true, false}) {
        const char *when = first ? "first sync" : "later sync";
        QTest::addRow("total_seconds as text, %s", when) << "projects[].total_seconds" << first;
        QTest::addRow("range missing, %s", when) << "range" << first;
        QTest::addRow("projects not a list, %s", when) << "projects" << first;
        QTest::addRow("language name missing, %s", when) << "languages[].name" << first;
    }
}

void TestWakaTimeProvider::answerOfAnotherShapeChangesNothing()
{
    // WakaTime changes a field's type or drops one: the sync fails naming the field (it said
    // "nothing new" and deleted days, or on a first sync stored nothing and moved its position
    // to today), keeps its position and changes no row.
    QFETCH(QString, field);
    QFETCH(bool, firstSync);
    TestCache cache;
    ProviderHarness harness(QDateTime(QDate(2026, 11, 22), QTime(23, 0), Qt::UTC));
    const qint64 id = harness.addAccount(cache, account());
    if (!firstSync)
        QVERIFY(harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key)).result);
    const QString dayRows = QStringLiteral(
        "SELECT title || ':' || minutes FROM activities WHERE day = '2026-11-22' ORDER BY 1");
    const QStringList before = cache.column(dayRows);
    const QStringList cursorBefore = cache.dump(QStringLiteral("sync_cursors"));

    const QJsonArray good = m_days;
    QJsonObject day = m_days.at(2).toObject();
    if (field == QLatin1String("range")) {
        day.remove(QStringLiteral("range"));
    } else if (field == QLatin1String("projects")) {
        day.insert(QStringLiteral("projects"), QStringLiteral("devpulse"));
    } else {
        const QString list = field.section(QLatin1Char('['), 0, 0);
        QJsonArray entries = day.value(list).toArray();
        QJsonObject entry = entries.at(0).toObject();
        if (field.endsWith(QLatin1String("total_seconds")))
            entry.insert(QStringLiteral("total_seconds"),
                         QString::number(entry.value(QLatin1String("total_seconds")).toDouble()));
        else
            entry.remove(QStringLiteral("name"));
        entries.replace(0, entry);
        day.insert(list, entries);
    }
    m_days.replace(2, day);

    const ProviderSyncOutcome outcome
        = harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key));
    QVERIFY(!outcome.result);
    QVERIFY2(outcome.result.error().userMessage.contains(field),
             qPrintable(outcome.result.error().userMessage));
    // The day of the wrong answer keeps what it held; the position is not past it (earlier
    // answers of a first sync, each checked whole, are kept).
    QCOMPARE(cache.column(dayRows), before);
    if (!firstSync)
        QCOMPARE(cache.dump(QStringLiteral("sync_cursors")), cursorBefore);
    for (const QString &watermark :
         cache.column(QStringLiteral("SELECT watermark FROM sync_cursors")))
        QVERIFY2(watermark < QLatin1String("2026-11-22") || !firstSync, qPrintable(watermark));

    // Once WakaTime answers as before, the same days are read and nothing was lost.
    m_days = good;
    QVERIFY(harness.sync(WakaTimeProvider(), cache, id, account(), QLatin1String(Key)).result);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3);
}

QTEST_GUILESS_MAIN(TestWakaTimeProvider)
#include "tst_wakatimeprovider.moc"
