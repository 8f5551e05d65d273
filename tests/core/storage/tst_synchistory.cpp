#include "core/storage/synchistory.h"
#include "tests/support/testcache.h"

#include <QTest>

class TestSyncHistory : public QObject
{
    Q_OBJECT

private slots:
    void runIsRecordedWithItsCounts();
    void newestRunsComeFirstAndLimitHolds();
    void interruptedRunsAreMarkedFailed();
};

void TestSyncHistory::runIsRecordedWithItsCounts()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    SyncHistory history(cache.db());
    const QDateTime started = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    const Result<qint64> id = history.beginRun(QStringLiteral("github"), std::nullopt, started);
    QVERIFY(id.ok());

    SyncRun run;
    run.id = id.value();
    run.finishedAt = started.addSecs(42);
    run.status = SyncRunStatus::Failed;
    run.itemsByKind = {{QStringLiteral("commits"), 120}, {QStringLiteral("repos"), 4}};
    run.requests = 31;
    run.notModified = 9;
    run.waits = 1;
    run.waitSeconds = 60;
    run.error = QStringLiteral("GitHub answered 502 three times.");
    QVERIFY(history.finishRun(run).ok());
    QVERIFY(history.finishRun(run).ok()); // finishing twice changes nothing

    const Result<QList<SyncRun>> runs = history.recentRuns(10);
    QVERIFY(runs.ok());
    QCOMPARE(runs.value().size(), 1);
    const SyncRun &stored = runs.value().constFirst();
    QCOMPARE(stored.provider, QStringLiteral("github"));
    QCOMPARE(stored.startedAt, started);
    QCOMPARE(stored.finishedAt, started.addSecs(42));
    QCOMPARE(stored.status, SyncRunStatus::Failed);
    QCOMPARE(stored.itemsByKind, run.itemsByKind);
    QCOMPARE(stored.requests, 31);
    QCOMPARE(stored.notModified, 9);
    QCOMPARE(stored.waitSeconds, 60);
    QCOMPARE(stored.error, run.error);
    QVERIFY(!stored.accountId.has_value());
}

void TestSyncHistory::newestRunsComeFirstAndLimitHolds()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    SyncHistory history(cache.db());
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    for (int i = 0; i < 5; ++i)
        QVERIFY(history.beginRun(QStringLiteral("p%1").arg(i), std::nullopt, base.addSecs(i * 60))
                    .ok());
    const Result<QList<SyncRun>> runs = history.recentRuns(3);
    QVERIFY(runs.ok());
    QCOMPARE(runs.value().size(), 3);
    QCOMPARE(runs.value().at(0).provider, QStringLiteral("p4"));
    QCOMPARE(runs.value().at(2).provider, QStringLiteral("p2"));
}

void TestSyncHistory::interruptedRunsAreMarkedFailed()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    SyncHistory history(cache.db());
    const QDateTime started = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    const qint64 account = cache.addAccount();
    const qint64 other = cache.addAccount(QStringLiteral("hubot"));
    QVERIFY(history.beginRun(QStringLiteral("github"), account, started).ok());
    QVERIFY(history.beginRun(QStringLiteral("github"), other, started.addSecs(1)).ok());
    QCOMPARE(history.accountsWithRunningRuns().value(), (QList<qint64>{account, other}));
    const Result<int> marked = history.markInterruptedRuns(account, started.addSecs(3600));
    QVERIFY(marked.ok());
    QCOMPARE(marked.value(), 1);
    QCOMPARE(history.accountsWithRunningRuns().value(), QList<qint64>{other});
    const SyncRun run = history.recentRuns(2).value().constLast();
    QCOMPARE(run.status, SyncRunStatus::Failed);
    QCOMPARE(run.finishedAt, started.addSecs(3600));
    QVERIFY(run.error.contains(QLatin1String("stopped before")));
}

QTEST_GUILESS_MAIN(TestSyncHistory)
#include "tst_synchistory.moc"
