#include "app/appcontroller.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/mainwindow.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

/// AppController, the window's services and background, beside a real system tray (Xvfb with
/// trayer as the tray host, see support/with_tray.sh): closing the window goes to the tray and
/// DevPulse keeps running; File → Quit ends DevPulse (issue 19, item 5: it used to only hide
/// the window); pausing from the tray lasts to the next start.
class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closingGoesToTrayAndQuitQuits();
    void pausingFromTheTrayLastsToTheNextStart();
};

void TestAppController::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
    QSettings().clear();
    // trayer takes a moment to claim the tray after the X server starts.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 20000);
}

void TestAppController::closingGoesToTrayAndQuitQuits()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address()); // its network stack and keychain
    AppController controller(cache.dataDir(), cache.report(), &services.http, &services.secrets);
    MainWindow &window = controller.window();
    QVERIFY(UiTest::showAndActivate(window));
    auto *tray = controller.findChild<TrayIcon *>();
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

void TestAppController::pausingFromTheTrayLastsToTheNextStart()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    QSettings().remove(QStringLiteral("sync/paused"));
    auto pauseActionOf = [](AppController &controller) {
        auto *tray = controller.findChild<TrayIcon *>();
        return tray ? tray->menu()->findChild<QAction *>(QStringLiteral("trayPauseAction"))
                    : nullptr;
    };
    {
        AppController controller(cache.dataDir(), cache.report(), &services.http,
                                 &services.secrets);
        QAction *pause = pauseActionOf(controller);
        QVERIFY(pause);
        QCOMPARE(pause->text(), QStringLiteral("&Pause automatic sync"));
        pause->trigger();
        QCOMPARE(pause->text(), QStringLiteral("&Resume automatic sync"));
    }
    QCOMPARE(QSettings().value(QStringLiteral("sync/paused")).toBool(), true);
    AppController again(cache.dataDir(), cache.report(), &services.http, &services.secrets);
    QAction *pause = pauseActionOf(again);
    QVERIFY(pause);
    QCOMPARE(pause->text(), QStringLiteral("&Resume automatic sync"));
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
