#include "core/accounts/githubaccounts.h"
#include "core/net/httpclient.h"
#include "core/providers/github/githubprovider.h"
#include "core/storage/accountstore.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakegithub.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/connectionflows.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

/// The sign-in as a new user does it: Connections → Connect GitHub → browser consent (fake
/// browser, fake GitHub) → the account shows with scopes and rate limit; restart → still
/// connected; Disconnect → gone from the keychain.
class TestGitHubSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void browserSignInShowsAccountSurvivesRestartAndDisconnects();
    void pastedTokenRejectedStaysInDialogWithMessage();

private:
    FakeGitHub m_github;
    FakeBrowser m_browser;
};

void TestGitHubSignInDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_githubsignindialog"));
    QVERIFY(m_github.listen());
    qputenv("DEVPULSE_GITHUB_CLIENT_ID", FakeGitHub::ClientId);
    qputenv("DEVPULSE_GITHUB_CLIENT_SECRET", FakeGitHub::ClientSecret);
    // The system browser is the fake one: it follows GitHub's consent redirect.
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
}

void TestGitHubSignInDialog::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestGitHubSignInDialog::browserSignInShowsAccountSurvivesRestartAndDisconnects()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const QString fakeHost = m_github.baseUrl().toString();
    qint64 accountId = 0;
    {
        TestServices services(cache.address());
        MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                          &services.providerAccounts, &services.sync, &services.cacheSession);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Connections);

        bool dialogDriven = false;
        UiTest::whenModalShows([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("gitHubSignInDialog"));
            dialog->findChild<QRadioButton *>(QStringLiteral("enterpriseRadio"))->setChecked(true);
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("enterpriseUrlEdit"));
            QVERIFY(url->isEnabled());
            QTest::keyClicks(url, fakeHost);
            UiTest::saveScreenshot(dialog, QStringLiteral("sign-in-dialog"));
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("browserSignInButton")),
                Qt::LeftButton);
            dialogDriven = true;
        });
        QTest::mouseClick(
            window.findChild<QPushButton *>(QStringLiteral("connectGitHubAccountButton")),
            Qt::LeftButton);
        // exec() returned: the dialog accepted after the account was connected.
        QVERIFY(dialogDriven);
        QVERIFY(!m_browser.visited().isEmpty());
        QVERIFY(m_browser.lastPage().contains("return to DevPulse"));

        const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(cache.db());
        QVERIFY(accounts.ok());
        QCOMPARE(accounts.value().size(), 1);
        accountId = accounts.value().constFirst().id;
        auto *label = window.findChild<QLabel *>(QStringLiteral("accountLabel_%1").arg(accountId));
        QVERIFY(label);
        const QString text = label->text();
        QVERIFY2(text.contains(QLatin1String("jacquev6")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("read:discussion, repo")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(4978)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" · connected")), qPrintable(text));
        QVERIFY(!window.windowTitle().contains(QLatin1String(FakeGitHub::Token)));
        // The avatar arrives a moment later and shows on the account's row.
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("avatar_%1").arg(accountId)));
        UiTest::saveScreenshot(&window, QStringLiteral("connections-connected"));
    }

    // Restart: a new window and new services over the same cache; the token is read back
    // from the keychain, so the account stays connected.
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();
    QSignalSpy changed(&services.accounts, &GitHubAccounts::accountsChanged);
    services.accounts.verifyStoredTokens();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
    QCOMPARE(AccountStore(cache.db()).find(accountId).value().authState,
             AccountAuthState::Connected);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("accountLabel_%1").arg(accountId))
                ->text()
                .contains(QStringLiteral(" · connected")));

    // Disconnect and delete: the dialog states the counts; the keychain entry goes.
    window.showPage(MainWindow::Page::Connections);
    QSignalSpy disconnected(&services.accounts, &GitHubAccounts::accountDisconnected);
    UiTest::whenModalShows([](QWidget *box) {
        QCOMPARE(box->objectName(), QStringLiteral("disconnectDialog"));
        QVERIFY(qobject_cast<QMessageBox *>(box)->informativeText().contains(
            QLatin1String("0 repositories")));
        box->findChild<QPushButton *>(QStringLiteral("disconnectDeleteDataButton"))->click();
    });
    window.findChild<QPushButton *>(QStringLiteral("disconnectButton_%1").arg(accountId))->click();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 20000);
    QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 0);
    std::optional<Result<QString>> token;
    services.secrets.read(GitHubProvider::secretKeyFor(GitHubHost::fromUserInput(fakeHost).value(),
                                                       QStringLiteral("jacquev6")),
                          [&token](const Result<QString> &r) { token = r; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 20000);
    QVERIFY(!token->ok());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("status_github"))->text(),
             QStringLiteral("Not connected"));
}

void TestGitHubSignInDialog::pastedTokenRejectedStaysInDialogWithMessage()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.show();

    QString status;
    UiTest::whenModalShows([&](QWidget *dialog) {
        dialog->findChild<QRadioButton *>(QStringLiteral("enterpriseRadio"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("enterpriseUrlEdit"))
            ->setText(m_github.baseUrl().toString());
        dialog->findChild<QTabWidget *>(QStringLiteral("signInMethods"))->setCurrentIndex(2);
        auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(tokenEdit, QStringLiteral("ghp_not_a_real_token"));
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        auto *statusLabel = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY(statusLabel->text().contains(QLatin1String("rejected this token")));
        status = statusLabel->text();
        UiTest::saveScreenshot(dialog, QStringLiteral("sign-in-token-rejected"));
        QTest::keyClick(dialog, Qt::Key_Escape); // not busy any more: closes the dialog
    });
    window.connectionFlows().connectGitHub();
    QVERIFY2(status.contains(QLatin1String("Bad credentials")), qPrintable(status));
    QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 0);
}

QTEST_MAIN(TestGitHubSignInDialog)
#include "tst_githubsignindialog.moc"
