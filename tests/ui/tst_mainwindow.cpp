#include "core/accounts/githubaccounts.h"
#include "core/net/httpclient.h"
#include "core/storage/cacheaddress.h"
#include "core/storage/cachewriter.h"
#include "core/storage/synchistory.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void firstRunShowsWhatToDoNext();
    void firstStepButtonLeadsToItsProvider();
    void keyboardShortcutsSwitchPages();
    void connectedAccountShowsOnItsCard();
    void syncHistoryListsRunsAndStatusBarFollows();
    void layoutIsRemembered();
    void settingsShowWhereDataLives();
    void readOnlyTeamDatabaseOffersNoSync();
    void lostTeamDatabaseConnectionIsReopened();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::firstRunShowsWhatToDoNext()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.currentPage(), MainWindow::Page::Dashboard);
    auto *emptyState = window.findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(emptyState);
    QVERIFY(emptyState->isVisible());
    for (const char *button : {"connectGitHubButton", "addApiKeyButton", "importCsvButton",
                               "addLocalRepositoryButton"}) {
        auto *found = window.findChild<QPushButton *>(QLatin1String(button));
        QVERIFY2(found && found->isVisible() && found->isEnabled(), button);
    }
    // Every line of the welcome shows (its two lines were once squeezed into one line's height).
    auto *intro = emptyState->findChild<QLabel *>(QStringLiteral("firstStepsIntro"));
    QVERIFY(intro);
    window.resize(1280, 800); // as a user's window: the layout is done again
    QCoreApplication::processEvents();
    QVERIFY2(intro->height() >= intro->heightForWidth(intro->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(intro->height())
                            .arg(intro->heightForWidth(intro->width()))));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))->text(),
             QStringLiteral("Idle · never synced"));
    UiTest::saveScreenshot(&window, QStringLiteral("first-run"));
}

void TestMainWindow::firstStepButtonLeadsToItsProvider()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("importCsvButton")),
                      Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Connections);
    QTRY_COMPARE(QApplication::focusWidget(),
                 window.findChild<QWidget *>(QStringLiteral("card_csv")));
}

void TestMainWindow::keyboardShortcutsSwitchPages()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::SyncHistory);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Settings);

    // The navigation list itself works with arrow keys.
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Up);
    QCOMPARE(window.currentPage(), MainWindow::Page::SyncHistory);
}

void TestMainWindow::connectedAccountShowsOnItsCard()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    QVERIFY(writer
                .upsertAccount({QStringLiteral("github"), QString(), QStringLiteral("octocat"),
                                QString(), QStringLiteral("repo"), QDateTime()})
                .ok());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();

    auto *row = window.findChild<QLabel *>(QStringLiteral("accountLabel_1"));
    QVERIFY(row);
    QVERIFY2(row->text().contains(QLatin1String("octocat")), qPrintable(row->text()));
    QVERIFY(row->text().contains(QLatin1String("scopes: repo")));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("disconnectButton_1")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("status_wakatime"))->text(),
             QStringLiteral("Not connected"));
    // With an account the dashboard no longer shows the first steps.
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
}

void TestMainWindow::syncHistoryListsRunsAndStatusBarFollows()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();
    window.showPage(MainWindow::Page::SyncHistory);
    auto *table = window.findChild<QTableView *>(QStringLiteral("syncHistoryTable"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("syncHistoryEmpty"))->isVisible());
    QVERIFY(!table->isVisible());

    SyncHistory history(cache.db());
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Result<qint64> id = history.beginRun(QStringLiteral("github"), std::nullopt, started);
    QVERIFY(id.ok());
    SyncRun run;
    run.id = id.value();
    run.finishedAt = started.addSecs(30);
    run.status = SyncRunStatus::Failed;
    run.error = QStringLiteral("GitHub rejected the token.");
    QVERIFY(history.finishRun(run).ok());
    window.refresh();

    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("GitHub"));
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(table->model()->index(0, 7).data().toString(), run.error);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))
                ->text()
                .startsWith(QLatin1String("Last sync failed")));
    UiTest::saveScreenshot(&window, QStringLiteral("sync-history"));
}

void TestMainWindow::layoutIsRemembered()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    {
        MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                          &services.providerAccounts, &services.sync, &services.cacheSession);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showPage(MainWindow::Page::Settings);
        QVERIFY(window.close());
    }
    MainWindow reopened(cache.dataDir(), cache.report(), &services.accounts,
                        &services.providerAccounts, &services.sync, &services.cacheSession);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(reopened.size(), QSize(900, 640));
    QCOMPARE(reopened.currentPage(), MainWindow::Page::Settings);
}

void TestMainWindow::settingsShowWhereDataLives()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("dataDirLabel"))->text(),
             QDir::toNativeSeparators(cache.dataDir()));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("schemaVersionLabel"))
                ->text()
                .contains(QString::number(cache.report().schemaVersion)));
}

void TestMainWindow::readOnlyTeamDatabaseOffersNoSync()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    if (!cache.isPostgreSql())
        QSKIP("A team database only: runs as tst_mainwindow.postgresql");
    CacheOpenReport report = cache.report();
    report.readOnly = true; // as for a database user with SELECT rights only
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), report, &services.accounts, &services.providerAccounts,
                      &services.sync, &services.cacheSession);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *where = window.findChild<QLabel *>(QStringLiteral("teamDatabaseLabel"));
    QVERIFY(where);
    QCOMPARE(where->text(), QStringLiteral("Team database · read only"));
    for (const char *name : {"syncAllAction", "importCsvAction", "addGitFolderAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->isEnabled(), name);
    }
    auto *githubCard = window.findChild<QWidget *>(QStringLiteral("card_github"));
    QVERIFY(githubCard && !githubCard->isEnabled());
    window.showPage(MainWindow::Page::Connections);
    auto *note = window.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("only reads the team database")));
    // No schedule to set either: nothing syncs here.
    window.showPage(MainWindow::Page::Settings);
    auto *interval = window.findChild<QComboBox *>(QStringLiteral("syncIntervalCombo"));
    QVERIFY(interval && !interval->isEnabled());
    auto *syncNote = window.findChild<QLabel *>(QStringLiteral("syncUnavailableNote"));
    QVERIFY(syncNote && syncNote->isVisible());
    QCOMPARE(syncNote->text(), note->text());
    // The database came from the test, not from Settings: the page says which one is open.
    auto *inUse = window.findChild<QLabel *>(QStringLiteral("teamDatabaseStatus"));
    QVERIFY(inUse);
    QVERIFY2(inUse->text().contains(CacheAddress::displayName(cache.address())),
             qPrintable(inUse->text()));
    // Reading still works: the dashboard is there, no error banner.
    auto *banner = window.findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY(banner && !banner->isVisible());
}

void TestMainWindow::lostTeamDatabaseConnectionIsReopened()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    if (!cache.isPostgreSql())
        QSKIP("A team database only: runs as tst_mainwindow.postgresql");
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    cache.addAccount(QStringLiteral("octo"));

    // The server drops every DevPulse connection but this test's own (as a restart would).
    QSqlQuery terminate(cache.db());
    // Only this test process's own connections: other tests use the server at the same time.
    QVERIFY(terminate.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                          "pg_stat_activity WHERE application_name = 'DevPulse-%1' "
                                          "AND pid <> pg_backend_pid()")
                               .arg(QCoreApplication::applicationPid())));
    QVERIFY(terminate.next());
    QVERIFY(terminate.value(0).toInt() >= 1);

    window.refresh(); // reconnects instead of failing
    auto *banner = window.findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY(banner && !banner->isVisible());
    window.showPage(MainWindow::Page::Connections);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget *>(QStringLiteral("connectionsPage"))
                                     ->findChildren<QLabel *>()
                                     .size()
                                 > 0,
                             5000);
    bool shown = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        shown = shown || label->text().contains(QLatin1String("octo"));
    QVERIFY2(shown, "the account added after the reconnect is on the Connections page");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
