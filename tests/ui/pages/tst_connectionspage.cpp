#include "core/common/translations.h"
#include "core/providers/github/githubprovider.h"
#include "core/storage/cachewriter.h"
#include "core/storage/reposelection.h"
#include "tests/support/fakegithub.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/mainwindow.h"
#include "ui/pages/connectionspage.h"
#include "ui/repositorychoice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

/// Sync from the Connections page as a user does it, against the fake GitHub: Sync now →
/// progress → the cache holds what the server has; a sync cancelled while it waits for the
/// rate limit, then Sync again → the same cache; the Sync history tells both runs.
class TestConnectionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncNowCancelAndSyncAgain();
    void chooseRepositoriesTicksAnOrganisation();
    void firstSyncOffersTheOrganisationsRepositories();
    void chooseRepositoriesReadsTheListFirstAndAgainOnRequest();
    void signedOutAccountRow();
};

namespace {
/// The account "octo" of `github` in `cache`, its token in the keychain: as after signing in.
/// 0 when the keychain did not take the token.
qint64 signedIn(FakeGitHub &github, TestCache &cache, TestServices &services)
{
    const GitHubHost host = GitHubHost::fromUserInput(github.baseUrl().toString()).value();
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.baseUrl = host.storedBaseUrl();
    account.login = QStringLiteral("octo");
    const qint64 accountId = CacheWriter(cache.db()).upsertAccount(account).value();
    std::optional<Result<void>> stored;
    services.secrets.write(GitHubProvider::secretKeyFor(host, account.login),
                           QLatin1String(FakeGitHub::Token),
                           [&stored](const Result<void> &r) { stored = r; });
    if (!QTest::qWaitFor([&stored] { return stored.has_value(); }, 20000) || !stored->ok())
        return 0;
    return accountId;
}

/// A shown window on a fresh cache where "octo" of `github` is signed in.
struct SignedInWindow
{
    explicit SignedInWindow(FakeGitHub &github)
        : accountId(signedIn(github, cache, services))
        , window(cache.dataDir(), cache.report(), &services.accounts, &services.providerAccounts,
                 &services.sync, &services.cacheSession)
    {
        window.show();
    }

    TestCache cache;
    TestServices services{cache.address()};
    qint64 accountId = 0;
    MainWindow window;
};
} // namespace

void TestConnectionsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionspage"));
    QVERIFY(Translations::install(QStringLiteral("en"))); // as the app does: "1 repository"
}

void TestConnectionsPage::syncNowCancelAndSyncAgain()
{
    FakeGitHub github;
    QVERIFY(github.listen());
    github.addGeneratedRepo(QStringLiteral("octo"), QStringLiteral("alpha"), 180, 30, 40);
    github.addGeneratedRepo(QStringLiteral("octo"), QStringLiteral("beta"), 20, 2, 5);
    github.graphqlPageSize = 40;

    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    const qint64 accountId = signedIn(github, cache, services);
    QVERIFY(accountId > 0);

    // The first sync will wait for a spent rate limit (an hour, real clock) after the repo list.
    const FakeResponse exhausted = FakeGitHub::rateLimitExhausted(3600);
    github.server().failNext(QStringLiteral("/api/graphql"), exhausted);

    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Connections);
    QSignalSpy finished(&services.sync, &SyncManager::syncFinished);

    auto *syncButton
        = window.findChild<QAbstractButton *>(QStringLiteral("syncButton_%1").arg(accountId));
    QVERIFY(syncButton);
    QTest::mouseClick(syncButton, Qt::LeftButton);
    auto *syncStatus = window.findChild<QLabel *>(QStringLiteral("syncStatus_%1").arg(accountId));
    QTRY_VERIFY_WITH_TIMEOUT(syncStatus->text().startsWith(QLatin1String("Rate-limited until")),
                             20000);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))
                ->text()
                .startsWith(QLatin1String("Rate-limited")));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("cancelSyncButton"))->isVisible());
    UiTest::saveScreenshot(&window, QStringLiteral("sync-rate-limited"));

    syncButton
        = window.findChild<QAbstractButton *>(QStringLiteral("syncButton_%1").arg(accountId));
    QCOMPARE(syncButton->text().remove(QLatin1Char('&')), QStringLiteral("Cancel sync"));
    QTest::mouseClick(syncButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).value<SyncRun>().status, SyncRunStatus::Cancelled);

    // Sync again: it finishes and the cache holds what the server has.
    syncButton
        = window.findChild<QAbstractButton *>(QStringLiteral("syncButton_%1").arg(accountId));
    QTest::mouseClick(syncButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(1).at(1).value<SyncRun>().status, SyncRunStatus::Succeeded);
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 200);
    QCOMPARE(cache.rowCount(QStringLiteral("pull_requests")), 32);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("cancelSyncButton"))->isVisible());
    UiTest::saveScreenshot(&window, QStringLiteral("sync-done-connections"));

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
    UiTest::saveScreenshot(&window, QStringLiteral("sync-history-two-runs"));
}

void TestConnectionsPage::chooseRepositoriesTicksAnOrganisation()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.login = QStringLiteral("octo");
    const qint64 accountId = writer.upsertAccount(account).value();
    const qint64 orgId = writer.upsertOrg({accountId, QStringLiteral("acme"), QString()}).value();
    for (const char *name : {"octo/alpha", "octo/forked", "acme/platform"}) {
        RepoRecord repo;
        repo.accountId = accountId;
        repo.fullName = QLatin1String(name);
        repo.owner = repo.fullName.section(QLatin1Char('/'), 0, 0);
        repo.name = repo.fullName.section(QLatin1Char('/'), 1);
        repo.isFork = repo.name == QLatin1String("forked");
        repo.selectedByDefault = repo.name == QLatin1String("alpha");
        QVERIFY(writer.upsertRepo(repo).ok());
    }
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();
    window.showPage(MainWindow::Page::Connections);

    int visibleAfterFilter = -1;
    UiTest::whenModalShows([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("repositoryPickerDialog"));
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("repositoryTree"));
        // Type to search: only matching repositories stay visible.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repositoryFilter")),
                         QStringLiteral("fork"));
        visibleAfterFilter = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if (!(*it)->isHidden() && (*it)->childCount() == 0
                && (*it)->text(0).contains(QLatin1Char('/')))
                ++visibleAfterFilter;
        }
        UiTest::saveScreenshot(dialog, QStringLiteral("choose-repositories"));
        // The fork sits apart, in a group of its own under its owner.
        QVERIFY(!tree->findItems(QStringLiteral("Forks (1)"), Qt::MatchRecursive).isEmpty());
        auto itemStarting = [tree](const char *text) -> QTreeWidgetItem * {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                if ((*it)->text(0).startsWith(QLatin1String(text)))
                    return *it;
            }
            return nullptr;
        };
        QTreeWidgetItem *platform = itemStarting("acme/platform");
        QVERIFY(platform && !platform->isDisabled());
        QCOMPARE(platform->checkState(0), Qt::Unchecked);
        itemStarting("Organisation acme")->setCheckState(0, Qt::Checked);
        // The whole organisation is synced: its repositories show ticked, and their own ticks
        // (which would change nothing) cannot be changed meanwhile.
        QVERIFY(platform->isDisabled());
        QCOMPARE(platform->checkState(0), Qt::Checked);
        QVERIFY(!platform->toolTip(0).isEmpty());
        QVERIFY(!itemStarting("octo/alpha")->isDisabled());
        itemStarting("octo/alpha")->setCheckState(0, Qt::Unchecked);
        itemStarting("Organisation acme")->setCheckState(0, Qt::Unchecked);
        QVERIFY(!platform->isDisabled());
        QCOMPARE(platform->checkState(0), Qt::Unchecked); // its own tick again
        itemStarting("Organisation acme")->setCheckState(0, Qt::Checked);
        dialog->findChild<QLineEdit *>(QStringLiteral("repositoryFilter"))->clear();
        UiTest::saveScreenshot(dialog, QStringLiteral("choose-repositories-organisation"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window.findChild<QPushButton *>(QStringLiteral("chooseRepositoriesButton_%1").arg(accountId))
        ->click();
    QCOMPARE(visibleAfterFilter, 1);

    RepoSelection selection(cache.db());
    QCOMPARE(selection.orgs(accountId).value().first().id, orgId);
    QVERIFY(selection.orgs(accountId).value().first().selected);
    const QList<SelectableRepo> toSync = selection.reposToSync(accountId).value();
    QCOMPARE(toSync.size(), 1); // alpha unticked; the organisation brings platform
    QCOMPARE(toSync.first().fullName, QStringLiteral("acme/platform"));
}

void TestConnectionsPage::firstSyncOffersTheOrganisationsRepositories()
{
    // Issue 20: connect → the account's organisations offered → tick → the dashboard fills,
    // without another click (and without a sync before the choice).
    FakeGitHub github;
    QVERIFY(github.listen());
    github.orgLogins = {QStringLiteral("acme"), QStringLiteral("beta-org")};
    github.addGeneratedRepo(QStringLiteral("octo"), QStringLiteral("alpha"), 20, 2, 3);
    github.addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("platform"), 12, 0, 0);
    github.addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("web"), 5, 0, 0);
    github.addGeneratedRepo(QStringLiteral("beta-org"), QStringLiteral("tools"), 3, 0, 0);
    SignedInWindow signedInWindow(github);
    TestCache &cache = signedInWindow.cache;
    TestServices &services = signedInWindow.services;
    const qint64 accountId = signedInWindow.accountId;
    MainWindow &window = signedInWindow.window;
    QVERIFY(cache.isValid() && accountId > 0);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&services.sync, &SyncManager::syncFinished);
    QString intro;
    int commitsWhenAsked = -1;
    UiTest::whenModalShows([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("repositoryPickerDialog"));
        intro = dialog->findChild<QLabel *>(QStringLiteral("repositoryPickerIntro"))->text();
        commitsWhenAsked = cache.rowCount(QStringLiteral("commits"));
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("repositoryTree"));
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0) == QLatin1String("acme/web"))
                (*it)->setCheckState(0, Qt::Checked);
        }
        UiTest::saveScreenshot(dialog, QStringLiteral("first-sync-organisations"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window.repositoryChoice().beginFirstSync(accountId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000); // the listing, then the sync
    QVERIFY2(intro.contains(QLatin1String("acme (2 repositories)"))
                 && intro.contains(QLatin1String("beta-org (1 repository)")),
             qPrintable(intro));
    QCOMPARE(commitsWhenAsked, 0);
    QCOMPARE(finished.at(1).at(1).value<SyncRun>().status, SyncRunStatus::Succeeded);
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 20 + 5);
    QCOMPARE(cache.column(QStringLiteral("SELECT DISTINCT r.full_name FROM commits c JOIN repos r "
                                         "ON r.id = c.repo_id ORDER BY 1")),
             (QStringList{QStringLiteral("acme/web"), QStringLiteral("octo/alpha")}));
}

void TestConnectionsPage::chooseRepositoriesReadsTheListFirstAndAgainOnRequest()
{
    FakeGitHub github;
    QVERIFY(github.listen());
    github.orgLogins = {QStringLiteral("acme")};
    github.addGeneratedRepo(QStringLiteral("octo"), QStringLiteral("alpha"), 3, 0, 0);
    github.addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("web"), 2, 0, 0);
    SignedInWindow signedInWindow(github);
    TestCache &cache = signedInWindow.cache;
    const qint64 accountId = signedInWindow.accountId;
    MainWindow &window = signedInWindow.window;
    QVERIFY(cache.isValid() && accountId > 0);
    window.showPage(MainWindow::Page::Connections);
    auto leaves = [](QWidget *dialog) {
        QStringList names;
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("repositoryTree"));
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->childCount() == 0)
                names << (*it)->text(0);
        }
        return names;
    };

    // No sync yet: the list is read from GitHub, then the picker opens on it. A repository
    // created meanwhile appears after "Read the list again"; ticked, it is saved.
    QStringList first;
    QStringList second;
    UiTest::whenModalShows([&](QWidget *dialog) {
        first = leaves(dialog);
        github.addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("new"), 1, 0, 0);
        UiTest::whenModalShows([&](QWidget *reopened) {
            second = leaves(reopened);
            auto *tree = reopened->findChild<QTreeWidget *>(QStringLiteral("repositoryTree"));
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                if ((*it)->text(0) == QLatin1String("acme/new"))
                    (*it)->setCheckState(0, Qt::Checked);
            }
            reopened->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("readRepositoryListAgainButton"))->click();
    });
    window.findChild<QPushButton *>(QStringLiteral("chooseRepositoriesButton_%1").arg(accountId))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(!second.isEmpty(), 30000);
    QCOMPARE(first, (QStringList{QStringLiteral("octo/alpha"), QStringLiteral("acme/web")}));
    QCOMPARE(second, (QStringList{QStringLiteral("octo/alpha"), QStringLiteral("acme/new"),
                                  QStringLiteral("acme/web")}));
    QTRY_COMPARE_WITH_TIMEOUT(RepoSelection(cache.db()).reposToSync(accountId).value().size(), 2,
                              5000);                        // octo/alpha and acme/new
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 0); // chosen, not synced
}

void TestConnectionsPage::signedOutAccountRow()
{
    // Issue 19: a signed-out account showed the scopes and rate limit of a token it no longer
    // has; Reconnect… sat lower than its neighbours and shared Alt+R with Remove….
    ConnectionsPage page;
    page.resize(1100, 600);
    AccountSummary summary;
    summary.id = 7;
    summary.account.provider = QStringLiteral("github");
    summary.account.baseUrl = QStringLiteral("https://api.github.com");
    summary.account.login = QStringLiteral("octo");
    summary.account.scopes = QStringLiteral("repo, read:org");
    summary.rateLimit = 5000;
    summary.rateLimitRemaining = 4999;
    summary.authState = AccountAuthState::SignedOut;
    page.setAccounts({summary});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    const QString text = page.findChild<QLabel *>(QStringLiteral("accountLabel_7"))->text();
    QVERIFY2(text.contains(QLatin1String("signed out")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("scopes")) && !text.contains(QLatin1String("rate limit")),
             qPrintable(text));

    auto *reconnect = page.findChild<QPushButton *>(QStringLiteral("reconnectButton_7"));
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("disconnectButton_7"));
    QVERIFY(reconnect && remove);
    QCOMPARE(reconnect->y(), remove->y());
    const QKeySequence reconnectKey = QKeySequence::mnemonic(reconnect->text());
    const QKeySequence removeKey = QKeySequence::mnemonic(remove->text());
    QVERIFY(!reconnectKey.isEmpty() && !removeKey.isEmpty());
    QVERIFY2(reconnectKey != removeKey,
             qPrintable(reconnect->text() + QLatin1Char(' ') + remove->text()));
}

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
