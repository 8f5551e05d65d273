#include "tests/core/providers/github/githubsyncfixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace GitHubSyncTest;

/// Repositories read side by side (issue 20, item 6): up to 4 requests in flight against the
/// fake GitHub with latency, the same cache as one repository after the other, and one
/// request at a time after a secondary rate limit, none before its back-off ends.
class TestGitHubSyncLanes : public Fixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sideBySideFillsTheSameCacheAsInTurn();
    void secondaryLimitHoldsEveryLaneThenGoesSerial();
    void cancelStopsEveryLane();

private:
    /// Everything a sync wrote, by names rather than row ids (rows arrive in another order
    /// when lanes write), times of the sync's own clock left out.
    static QStringList contentOf(TestCache &cache);
    void addMoreRepos();
};

void TestGitHubSyncLanes::init()
{
    QVERIFY(startServer());
    addMoreRepos();
}

void TestGitHubSyncLanes::cleanup()
{
    stopServer();
    m_parallelReads = 1;
    m_syncClock = &m_clock;
}

void TestGitHubSyncLanes::addMoreRepos()
{
    for (const char *name : {"gamma", "delta", "epsilon", "zeta"})
        m_github->addGeneratedRepo(QLatin1String(Login), QLatin1String(name), 130, 15, 30);
    // Enough small ones that the lanes still have work long after the first repositories.
    for (int i = 0; i < 12; ++i)
        m_github->addGeneratedRepo(QLatin1String(Login), QStringLiteral("small-%1").arg(i), 20, 2,
                                   4);
}

QStringList TestGitHubSyncLanes::contentOf(TestCache &cache)
{
    const QStringList queries{
        QStringLiteral("SELECT r.full_name, c.sha, c.author_login, c.author_name, c.authored_at, "
                       "c.committed_at, c.additions, c.deletions, c.message FROM commits c "
                       "JOIN repos r ON r.id = c.repo_id"),
        QStringLiteral("SELECT r.full_name, p.number, p.title, p.state, p.created_at, "
                       "p.updated_at, p.merged_at, p.additions, p.deletions FROM pull_requests p "
                       "JOIN repos r ON r.id = p.repo_id"),
        QStringLiteral("SELECT r.full_name, i.number, i.title, i.state, i.updated_at, i.labels "
                       "FROM issues i JOIN repos r ON r.id = i.repo_id"),
        QStringLiteral("SELECT r.full_name, e.remote_id, e.event, e.created_at FROM "
                       "issue_events e JOIN repos r ON r.id = e.repo_id"),
        QStringLiteral("SELECT r.full_name, b.name, b.head_sha FROM branches b "
                       "JOIN repos r ON r.id = b.repo_id"),
        QStringLiteral("SELECT r.full_name, t.name, t.sha, t.is_release FROM tags t "
                       "JOIN repos r ON r.id = t.repo_id"),
        QStringLiteral("SELECT COALESCE(r.full_name, ''), s.kind, s.watermark, s.page_cursor, "
                       "s.walk_watermark FROM sync_cursors s LEFT JOIN repos r ON r.id = "
                       "s.repo_id"),
        QStringLiteral("SELECT full_name, COALESCE(sync_error, '') FROM repos"),
    };
    QStringList rows;
    for (const QString &sql : queries) {
        QSqlQuery query(cache.db());
        if (!query.exec(sql))
            return {QStringLiteral("query failed: ") + sql};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

void TestGitHubSyncLanes::sideBySideFillsTheSameCacheAsInTurn()
{
    m_github->server().setLatency(std::chrono::milliseconds(20));
    TestCache inTurn;
    QVERIFY(inTurn.isValid());
    const Outcome serial = sync(inTurn);
    QVERIFY2(serial.result.ok(), qPrintable(serial.result.error().toLogString()));
    QCOMPARE(serial.mostInFlight, 1);
    QCOMPARE(m_github->server().mostInFlight(), 1);

    m_parallelReads = 4;
    TestCache sideBySide;
    QVERIFY(sideBySide.isValid());
    const Outcome parallel = sync(sideBySide);
    QVERIFY2(parallel.result.ok(), qPrintable(parallel.result.error().toLogString()));
    // Requests did overlap, never more than four.
    QVERIFY2(parallel.mostInFlight >= 2, qPrintable(QString::number(parallel.mostInFlight)));
    QVERIFY(parallel.mostInFlight <= 4);
    QVERIFY(m_github->server().mostInFlight() >= 2);
    QVERIFY(m_github->server().mostInFlight() <= 4);

    QCOMPARE(parallel.stats.requests, serial.stats.requests);
    QCOMPARE(parallel.progress.itemsByKind, serial.progress.itemsByKind);
    QCOMPARE(parallel.progress.reposDone, parallel.progress.reposTotal);
    const QStringList expected = contentOf(inTurn);
    QVERIFY(expected.size() > 1000);
    QCOMPARE(contentOf(sideBySide), expected);

    // An unchanged re-sync side by side reads nothing.
    const Outcome again = sync(sideBySide);
    QVERIFY(again.result.ok());
    QVERIFY2(again.stats.requests <= 10, qPrintable(QString::number(again.stats.requests)));
    QCOMPARE(contentOf(sideBySide), expected);
}

void TestGitHubSyncLanes::secondaryLimitHoldsEveryLaneThenGoesSerial()
{
    // Real time: the back-off is what is measured.
    m_syncClock = &Clock::system();
    m_github->server().setLatency(std::chrono::milliseconds(40));
    TestCache inTurn;
    QVERIFY(inTurn.isValid());
    QVERIFY(sync(inTurn).result.ok());
    const qsizetype serialRequests = m_github->server().requests().size();

    // Early in the lanes' work, one repository's issues are refused by the secondary limit
    // with "Retry-After: 2", while the other lanes have many repositories left.
    const QString limitedPath = QStringLiteral("/api/v3/repos/octo/beta/issues");
    FakeResponse limited = FakeResponse::json(
        403, R"({"message":"You have exceeded a secondary rate limit. Please wait a few )"
             R"(minutes before you try again.","documentation_url":"https://docs.github.com/"})");
    limited.headers.append({QByteArray("Retry-After"), QByteArray("2")});
    m_github->server().failNext(limitedPath, limited);

    m_parallelReads = 4;
    TestCache sideBySide;
    QVERIFY(sideBySide.isValid());
    const Outcome parallel = sync(sideBySide);
    QVERIFY2(parallel.result.ok(), qPrintable(parallel.result.error().toLogString()));
    QVERIFY(parallel.mostInFlight >= 2); // side by side before the limit
    QCOMPARE(contentOf(sideBySide), contentOf(inTurn));

    const QList<FakeRequest> requests = m_github->server().requests().mid(serialRequests);
    const auto refused = std::find_if(
        requests.cbegin(), requests.cend(),
        [&limitedPath](const FakeRequest &request) { return request.path == limitedPath; });
    QVERIFY(refused != requests.cend());
    const qint64 refusedAt = refused->answeredAtMs;
    QVERIFY(refusedAt > 0);
    // Requests already on their way may still arrive just after the refusal; then nothing
    // until the two seconds have passed.
    for (const FakeRequest &request : requests) {
        QVERIFY2(request.receivedAtMs < refusedAt + 400 || request.receivedAtMs >= refusedAt + 1900,
                 qPrintable(QStringLiteral("%1 arrived %2 ms after the refusal")
                                .arg(request.path)
                                .arg(request.receivedAtMs - refusedAt)));
    }
    // After the back-off: one request at a time (each arrives after the one before it was
    // answered) for the rest of this sync.
    QList<FakeRequest> after;
    for (const FakeRequest &request : requests) {
        if (request.receivedAtMs >= refusedAt + 1900)
            after << request;
    }
    QVERIFY(after.size() > 5);
    for (qsizetype i = 1; i < after.size(); ++i)
        QVERIFY2(after.at(i).receivedAtMs >= after.at(i - 1).answeredAtMs,
                 qPrintable(after.at(i).path));
}

void TestGitHubSyncLanes::cancelStopsEveryLane()
{
    m_github->server().setLatency(std::chrono::milliseconds(20));
    m_parallelReads = 4;
    TestCache cache;
    QVERIFY(cache.isValid());
    const Outcome cancelled = sync(cache, false, 200);
    QVERIFY(!cancelled.result.ok());
    QCOMPARE(cancelled.result.error().kind, ErrorKind::Cancelled);
    // Whatever was written is whole pages with their cursors: the next sync completes it.
    m_parallelReads = 1;
    TestCache inTurn;
    QVERIFY(inTurn.isValid());
    QVERIFY(sync(inTurn).result.ok());
    m_parallelReads = 4;
    const Outcome resumed = sync(cache);
    QVERIFY2(resumed.result.ok(), qPrintable(resumed.result.error().toLogString()));
    QCOMPARE(contentOf(cache), contentOf(inTurn));
}

QTEST_MAIN(TestGitHubSyncLanes)
#include "tst_githubsynclanes.moc"
