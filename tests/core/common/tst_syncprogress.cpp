#include "core/common/syncprogress.h"
#include "core/common/translations.h"

#include <QTest>

// The running sync in one sentence, as the status bar, the account card, the tray and
// `devpulse sync` show it: where it is, what it brought, and the time left once the pace is
// known (issue 20: a determinate progress with the time left).
class TestSyncProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }
    void timeLeftOnlyOnceThePaceIsKnown();
    void sentence();
};

namespace {
const QDateTime Start(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

SyncProgress progress(int done, int total)
{
    SyncProgress progress;
    progress.reposDone = done;
    progress.reposTotal = total;
    progress.currentRepo = QStringLiteral("acme/web");
    progress.startedAt = Start;
    return progress;
}
} // namespace

void TestSyncProgress::timeLeftOnlyOnceThePaceIsKnown()
{
    QCOMPARE(syncSecondsLeft(progress(0, 12), Start.addSecs(300)), -1); // nothing done yet
    QCOMPARE(syncSecondsLeft(progress(1, 12), Start.addSecs(5)), -1);   // too early to say
    QCOMPARE(syncSecondsLeft(progress(3, 12), Start.addSecs(60)), 180); // 20 s a repository
    QCOMPARE(syncSecondsLeft(progress(12, 12), Start.addSecs(60)), 0);
    SyncProgress unstamped = progress(3, 12);
    unstamped.startedAt = {};
    QCOMPARE(syncSecondsLeft(unstamped, Start.addSecs(60)), -1);
}

void TestSyncProgress::sentence()
{
    SyncProgress running = progress(2, 12);
    running.itemsByKind = {{QStringLiteral("commits"), 1234}, {QStringLiteral("tags"), 1}};
    QCOMPARE(describeSyncProgress(running, Start.addSecs(8)),
             QStringLiteral("Repository 3 of 12 (acme/web) · 1,234 commits, 1 tag"));
    QCOMPARE(describeSyncProgress(running, Start.addSecs(60)),
             QStringLiteral("Repository 3 of 12 (acme/web) · 1,234 commits, 1 tag · about 5 "
                            "minutes left"));
    QCOMPARE(describeSyncProgress(progress(11, 12), Start.addSecs(60)),
             QStringLiteral("Repository 12 of 12 (acme/web) · less than a minute left"));
    QCOMPARE(describeSyncProgress(progress(1, 400), Start.addSecs(60)),
             QStringLiteral("Repository 2 of 400 (acme/web) · about 7 hours left"));
    QCOMPARE(describeSyncProgress(progress(0, 0), Start),
             QStringLiteral("Reading the list of repositories…"));
    SyncProgress phase = progress(0, 0);
    phase.phase = QStringLiteral("Reading the heartbeat summaries");
    QCOMPARE(describeSyncProgress(phase, Start), phase.phase);
    SyncProgress waiting = progress(2, 12);
    waiting.rateLimitedUntil = QDateTime::currentDateTimeUtc().addSecs(600);
    QVERIFY(describeSyncProgress(waiting, Start.addSecs(60))
                .startsWith(QLatin1String("Rate-limited until ")));
}

QTEST_GUILESS_MAIN(TestSyncProgress)
#include "tst_syncprogress.moc"
