#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/mainwindow.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

/// The main window beside a real system tray (Xvfb with trayer as the tray host, see
/// support/with_tray.sh): closing the window goes to the tray and DevPulse keeps running;
/// File → Quit ends DevPulse (issue 19, item 5: it used to only hide the window).
class TestMainWindowTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closingGoesToTrayAndQuitQuits();
};

void TestMainWindowTray::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowtray"));
    QSettings().clear();
    // trayer takes a moment to claim the tray after the X server starts.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 20000);
}

void TestMainWindowTray::closingGoesToTrayAndQuitQuits()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync);
    QVERIFY(UiTest::showAndActivate(window));
    auto *tray = window.findChild<TrayIcon *>();
    QVERIFY(tray);
    QTRY_VERIFY(tray->isVisible());
    auto *quitAction = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quitAction);
    QCOMPARE(quitAction->shortcut(), QKeySequence(QKeySequence::Quit));

    // The application's own event loop runs, as in app/main.cpp; a watchdog ends it with 2 if
    // nothing else does, so a Quit that only hides the window fails instead of hanging.
    bool hiddenAfterClose = false;
    bool runningAfterClose = false;
    QTimer::singleShot(0, &window, [&window] { window.close(); });
    QTimer::singleShot(500, &window, [&] {
        hiddenAfterClose = !window.isVisible();
        runningAfterClose = true; // still in the loop half a second after the close
        window.show();
        quitAction->trigger();
    });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, qApp, [] { QCoreApplication::exit(2); });
    watchdog.start(20000);
    const int exitCode = QCoreApplication::exec();

    QVERIFY(hiddenAfterClose);
    QVERIFY(runningAfterClose);
    QCOMPARE(exitCode, 0); // Quit ended the loop; the watchdog did not
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindowTray)
#include "tst_mainwindowtray.moc"
