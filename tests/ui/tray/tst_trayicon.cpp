#include "core/common/translations.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

/// The tray icon driven by sync signals: a distinct picture per state, a tooltip that says
/// when the last sync was and what it brought, and the menu's actions.
class TestTrayIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStateHasItsOwnPicture();
    void tooltipFollowsTheSyncs();
    void menuActionsAskTheWindow();
};

void TestTrayIcon::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trayicon"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "4,200"
    QVERIFY(Translations::install(QStringLiteral("en"))); // as the app does: "1 branch"
}

void TestTrayIcon::everyStateHasItsOwnPicture()
{
    QList<QImage> pictures;
    for (SyncStatus::State state :
         {SyncStatus::State::Idle, SyncStatus::State::Syncing, SyncStatus::State::Error,
          SyncStatus::State::RateLimited, SyncStatus::State::Offline}) {
        const QImage image = TrayIcon::iconFor(state).pixmap(32, 32).toImage();
        QVERIFY(!image.isNull());
        for (const QImage &other : std::as_const(pictures))
            QVERIFY(image != other);
        pictures << image;
    }
    // HiDPI: a large size is drawn at that size, not scaled up from a small one.
    QCOMPARE(TrayIcon::iconFor(SyncStatus::State::Error).pixmap(128, 128).width(), 128);
}

void TestTrayIcon::tooltipFollowsTheSyncs()
{
    SyncStatus status;
    TrayIcon tray(&status);
    QVERIFY(tray.toolTip().contains(QLatin1String("Idle")));
    status.syncStarted(1);
    QVERIFY(tray.toolTip().contains(QLatin1String("Syncing")));
    // While it runs: the window's progress sentence (issue 20), not "Syncing…".
    SyncProgress progress;
    progress.reposDone = 2;
    progress.reposTotal = 12;
    progress.currentRepo = QStringLiteral("acme/web");
    progress.itemsByKind = {{QStringLiteral("commits"), 1234}};
    progress.startedAt = QDateTime::currentDateTimeUtc();
    status.progressChanged(1, progress);
    QVERIFY2(
        tray.toolTip().contains(QStringLiteral("Repository 3 of 12 (acme/web) · 1,234 commits")),
        qPrintable(tray.toolTip()));
    SyncRun run;
    run.status = SyncRunStatus::Succeeded;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.itemsByKind = {{QStringLiteral("commits"), 4200},
                       {QStringLiteral("branches"), 1},
                       {QStringLiteral("repos"), 2}};
    status.syncFinished(1, run);
    // The window's and the command line's sentence: locale numbers, plural forms, no raw
    // kind names ("1 branches, 4200 commits, 2 repos" before).
    QVERIFY2(tray.toolTip().contains(QLatin1String("1 branch, 4,200 commits, 2 repositories")),
             qPrintable(tray.toolTip()));
    status.syncStarted(1);
    run.status = SyncRunStatus::Failed;
    run.error = QStringLiteral("GitHub no longer accepts this account's token.");
    status.syncFinished(1, run);
    QVERIFY(tray.toolTip().contains(QLatin1String("Last sync failed: GitHub no longer accepts")));
    tray.setPaused(true);
    QVERIFY(tray.toolTip().contains(QLatin1String("Automatic sync paused")));
}

void TestTrayIcon::menuActionsAskTheWindow()
{
    SyncStatus status;
    TrayIcon tray(&status);
    QSignalSpy open(&tray, &TrayIcon::openRequested);
    QSignalSpy sync(&tray, &TrayIcon::syncRequested);
    QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    auto action = [&tray](const char *name) {
        return tray.menu()->findChild<QAction *>(QLatin1String(name));
    };
    action("trayOpenAction")->trigger();
    action("traySyncAction")->trigger();
    QCOMPARE(action("trayPauseAction")->text(), QStringLiteral("&Pause automatic sync"));
    action("trayPauseAction")->trigger();
    QCOMPARE(pause.size(), 1);
    QCOMPARE(pause.at(0).at(0).toBool(), true);
    tray.setPaused(true);
    QCOMPARE(action("trayPauseAction")->text(), QStringLiteral("&Resume automatic sync"));
    action("trayQuitAction")->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(sync.size(), 1);
    QCOMPARE(quit.size(), 1);
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
