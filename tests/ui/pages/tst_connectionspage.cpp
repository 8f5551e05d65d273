#include "fakegithub.h"
#include "mainwindow.h"
#include "storage/cachewriter.h"
#include "testcache.h"
#include "testservices.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEVPULSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

/// Sync from the Connections page as a user does it, against the fake GitHub: Sync now →
/// progress → the cache holds what the server has; a sync cancelled while it waits for the
/// rate limit, then Sync again → the same cache; the Sync history tells both runs.
class TestConnectionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncNowCancelAndSyncAgain();
};

void TestConnectionsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionspage"));
}

void TestConnectionsPage::syncNowCancelAndSyncAgain()
{
    FakeGitHub github;
    QVERIFY(github.listen());
    github.addGeneratedRepo(QStringLiteral("octo"), QStringLiteral("alpha"), 180, 30, 40);
    github.addGeneratedRepo(QStringLiteral("octo"), QStringLiteral("beta"), 20, 2, 5);
    github.graphqlPageSize = 40;
    const GitHubHost host = GitHubHost::fromUserInput(github.baseUrl().toString()).value();

    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.filePath());
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.baseUrl = host.storedBaseUrl();
    account.login = QStringLiteral("octo");
    const qint64 accountId = CacheWriter(cache.db()).upsertAccount(account).value();
    std::optional<Result<void>> stored;
    services.secrets.write(GitHubAccounts::secretKeyFor(host, account.login),
                           QLatin1String(FakeGitHub::Token),
                           [&stored](const Result<void> &r) { stored = r; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value() && stored->ok(), 20000);

    // The first sync will wait for a spent rate limit (an hour, real clock) after the repo list.
    FakeResponse exhausted
        = FakeResponse::fromFixture(QStringLiteral("github/replay/error-403-rate-limit"));
    exhausted.headers.append({QByteArray("X-RateLimit-Reset"),
                              QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600)});
    github.server().failNext(QStringLiteral("/api/graphql"), exhausted);

    MainWindow window(cache.dataDir(), cache.report(), &services.accounts, &services.sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Connections);
    QSignalSpy finished(&services.sync, &SyncManager::syncFinished);

    auto *syncButton
        = window.findChild<QPushButton *>(QStringLiteral("syncButton_%1").arg(accountId));
    QVERIFY(syncButton);
    QTest::mouseClick(syncButton, Qt::LeftButton);
    auto *syncStatus = window.findChild<QLabel *>(QStringLiteral("syncStatus_%1").arg(accountId));
    QTRY_VERIFY_WITH_TIMEOUT(syncStatus->text().startsWith(QLatin1String("Rate-limited until")),
                             20000);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))
                ->text()
                .startsWith(QLatin1String("Rate-limited")));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("cancelSyncButton"))->isVisible());
    saveScreenshot(window, QStringLiteral("sync-rate-limited"));

    syncButton = window.findChild<QPushButton *>(QStringLiteral("syncButton_%1").arg(accountId));
    QCOMPARE(syncButton->text().remove(QLatin1Char('&')), QStringLiteral("Cancel sync"));
    QTest::mouseClick(syncButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).value<SyncRun>().status, SyncRunStatus::Cancelled);

    // Sync again: it finishes and the cache holds what the server has.
    syncButton = window.findChild<QPushButton *>(QStringLiteral("syncButton_%1").arg(accountId));
    QTest::mouseClick(syncButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(1).at(1).value<SyncRun>().status, SyncRunStatus::Succeeded);
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 200);
    QCOMPARE(cache.rowCount(QStringLiteral("pull_requests")), 32);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("cancelSyncButton"))->isVisible());
    saveScreenshot(window, QStringLiteral("sync-done-connections"));

    // The history tells both runs, newest first; the cancelled one can be retried.
    window.showPage(MainWindow::Page::SyncHistory);
    auto *table = window.findChild<QTableView *>(QStringLiteral("syncHistoryTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Succeeded"));
    QVERIFY(table->model()->index(0, 4).data().toString().contains(QLatin1String("200 commits")));
    QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("Cancelled"));
    auto *retry = window.findChild<QPushButton *>(QStringLiteral("retrySyncButton"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(!retry->isEnabled());
    table->setCurrentIndex(table->model()->index(1, 0));
    QVERIFY(retry->isEnabled());
    saveScreenshot(window, QStringLiteral("sync-history-two-runs"));
}

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
