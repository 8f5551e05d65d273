#include "core/sync/syncscheduler.h"
#include "core/sync/syncstatus.h"
#include "tests/support/manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono;

/// The automatic sync's timing on a clock the test moves, and the tray's state machine.
class TestSyncScheduler : public QObject
{
    Q_OBJECT

private slots:
    void staleCacheSyncsAtStartThenEveryInterval();
    void pausedAndOfflineWaitThenCatchUp();
    void failuresBackOffUpToSixHours();
    void zeroIntervalNeverSyncs();
    void statusFollowsTheSyncs();
};

namespace {
const QDateTime Start(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
}

void TestSyncScheduler::staleCacheSyncsAtStartThenEveryInterval()
{
    ManualClock clock(Start);
    SyncScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.setInterval(minutes(60));
    scheduler.setLastSyncAt(Start.addSecs(-2 * 3600));
    scheduler.start();
    QCOMPARE(due.size(), 1); // stale: at once
    clock.advance(minutes(5));
    QCOMPARE(due.size(), 1); // a sync is running: no second one
    scheduler.runFinished(true);
    QCOMPARE(scheduler.nextSyncAt(), Start.addSecs(5 * 60 + 3600));
    clock.advance(minutes(59));
    QCOMPARE(due.size(), 1);
    clock.advance(minutes(1));
    QCOMPARE(due.size(), 2);
}

void TestSyncScheduler::pausedAndOfflineWaitThenCatchUp()
{
    ManualClock clock(Start);
    SyncScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.setInterval(minutes(30));
    scheduler.setLastSyncAt(Start);
    scheduler.start();
    scheduler.setPaused(true);
    clock.advance(hours(2));
    QCOMPARE(due.size(), 0);
    QVERIFY(!scheduler.nextSyncAt().isValid());
    scheduler.setOnline(false);
    scheduler.setPaused(false);
    clock.advance(hours(1));
    QCOMPARE(due.size(), 0); // offline
    scheduler.setOnline(true);
    QCOMPARE(due.size(), 1); // back online and overdue: at once
}

void TestSyncScheduler::failuresBackOffUpToSixHours()
{
    ManualClock clock(Start);
    SyncScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.setInterval(minutes(60));
    scheduler.start(); // never synced: due now
    QCOMPARE(due.size(), 1);
    // Pauses after 1, 2, 3, 4 failures: 2 h, 4 h, then capped at 6 h.
    const QList<int> pauseMinutes{120, 240, 360, 360};
    for (int failures = 0; failures < pauseMinutes.size(); ++failures) {
        const QDateTime attempt = clock.now();
        scheduler.runFinished(false);
        QCOMPARE(scheduler.nextSyncAt(), attempt.addSecs(pauseMinutes.at(failures) * 60));
        clock.advance(minutes(pauseMinutes.at(failures) - 1));
        QCOMPARE(due.size(), failures + 1);
        clock.advance(minutes(1));
        QCOMPARE(due.size(), failures + 2);
    }
    scheduler.runFinished(true); // a success ends the back-off
    QCOMPARE(scheduler.nextSyncAt(), clock.now().addSecs(3600));
}

void TestSyncScheduler::zeroIntervalNeverSyncs()
{
    ManualClock clock(Start);
    SyncScheduler scheduler(clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.start();
    clock.advance(hours(48));
    QCOMPARE(due.size(), 0);
    QVERIFY(!scheduler.nextSyncAt().isValid());
}

void TestSyncScheduler::statusFollowsTheSyncs()
{
    SyncStatus status;
    QSignalSpy failed(&status, &SyncStatus::failed);
    QCOMPARE(status.state(), SyncStatus::State::Idle);
    status.syncStarted(1);
    QCOMPARE(status.state(), SyncStatus::State::Syncing);
    SyncProgress waiting;
    waiting.rateLimitedUntil = Start.addSecs(600);
    status.progressChanged(1, waiting);
    QCOMPARE(status.state(), SyncStatus::State::RateLimited);
    status.progressChanged(1, SyncProgress{});
    QCOMPARE(status.state(), SyncStatus::State::Syncing);
    SyncRun done;
    done.status = SyncRunStatus::Succeeded;
    done.finishedAt = Start;
    done.itemsByKind = {{QStringLiteral("commits"), 12}, {QStringLiteral("issues"), 0}};
    status.syncFinished(1, done);
    QCOMPARE(status.state(), SyncStatus::State::Idle);
    QCOMPARE(status.lastSummary(), QStringLiteral("12 commits"));
    QCOMPARE(status.lastSyncAt(), Start);

    status.syncStarted(2);
    SyncRun broken;
    broken.status = SyncRunStatus::Failed;
    broken.error = QStringLiteral("GitHub answered with a server error.");
    status.syncFinished(2, broken);
    QCOMPARE(status.state(), SyncStatus::State::Error);
    QCOMPARE(failed.size(), 1);
    status.setOnline(false);
    QCOMPARE(status.state(), SyncStatus::State::Offline);
    status.setOnline(true);
    QCOMPARE(status.state(), SyncStatus::State::Error);
    status.acknowledgeError();
    QCOMPARE(status.state(), SyncStatus::State::Idle);
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
