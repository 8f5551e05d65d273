#include "core/storage/accountstore.h"
#include "core/storage/cacheoverview.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/connectionflows.h"
#include "ui/mainwindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

/// Connecting WakaTime as a user does it: Connections → Connect WakaTime… → a wrong key is
/// refused inside the dialog with a sentence → the right key connects → the account shows and
/// its first sync fills the cache, the key read back from the real keychain.
class TestProviderConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongKeyStaysInTheDialogThenTheRightOneConnectsAndSyncs();
    void localFolderConnectsSyncsAndDisconnects();

private:
    FakeHttpServer m_wakatime;
};

namespace {
constexpr char Key[] = "waka_ui-test-key";
}

void TestProviderConnectDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_providerconnectdialog"));
    QVERIFY(m_wakatime.listen());
    const QByteArray authorization = "Basic " + QByteArray(Key).toBase64();
    m_wakatime.route(
        "GET", QStringLiteral("/api/v1/users/current"),
        [authorization](const FakeRequest &request) {
            if (request.header("Authorization") != authorization)
                return FakeResponse::json(401,
                                          readFixture(QStringLiteral("wakatime/error-401.json")));
            return FakeResponse::json(200, R"({"data":{"id":"u-1","username":"waka_user"}})");
        });
    m_wakatime.route(
        "GET", QStringLiteral("/api/v1/users/current/summaries"),
        [authorization](const FakeRequest &request) {
            if (request.header("Authorization") != authorization)
                return FakeResponse::json(401, "{}");
            // The fixture's three days, moved to just before today (the sync reads the last
            // year by the real clock), each served to the chunk that asks for it.
            const QString start = request.query.queryItemValue(QStringLiteral("start"));
            const QString end = request.query.queryItemValue(QStringLiteral("end"));
            QJsonArray days;
            const QJsonArray all
                = QJsonDocument::fromJson(readFixture(QStringLiteral("wakatime/summaries.json")))
                      .object()
                      .value(QLatin1String("data"))
                      .toArray();
            for (int i = 0; i < all.size(); ++i) {
                const QString date = QDate::currentDate().addDays(i - 5).toString(Qt::ISODate);
                if (date < start || date > end)
                    continue;
                QJsonObject day = all.at(i).toObject();
                day.insert(QStringLiteral("range"), QJsonObject{{QStringLiteral("date"), date}});
                days.append(day);
            }
            return FakeResponse::json(200,
                                      QJsonDocument(QJsonObject{{QStringLiteral("data"), days}})
                                          .toJson(QJsonDocument::Compact));
        });
}

void TestProviderConnectDialog::wrongKeyStaysInTheDialogThenTheRightOneConnectsAndSyncs()
{
    TestCache cache;
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));
    window.showPage(MainWindow::Page::Connections);

    bool dialogSteps = false;
    const QString baseUrl = m_wakatime.baseUrl().toString();
    UiTest::whenModalShows([&dialogSteps, baseUrl](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("providerConnectDialog"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("providerSecretEdit"));
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("providerBaseUrlEdit"));
        auto *connectButton
            = dialog->findChild<QPushButton *>(QStringLiteral("providerConnectButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("providerConnectError"));
        QVERIFY(secret && address && connectButton && error);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        address->setText(baseUrl);

        // Empty key: said at once, nothing sent.
        connectButton->click();
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("API key")));

        QTest::keyClicks(secret, QStringLiteral("not-my-key"));
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            error->isVisible() && error->text().contains(QLatin1String("rejected")), 20000);
        QVERIFY(dialog->isVisible()); // still there to correct the key
        UiTest::saveScreenshot(dialog, QStringLiteral("provider-connect-rejected"));

        secret->clear();
        QTest::keyClicks(secret, QLatin1String(Key));
        connectButton->click();
        dialogSteps = true;
    });
    window.findChild<QPushButton *>(QStringLiteral("connectButton_wakatime"))->click();
    QVERIFY(dialogSteps);

    // The dialog closed on success: the account row shows and the first sync runs.
    QTRY_COMPARE_WITH_TIMEOUT(CacheOverview::accounts(cache.db()).value().size(), 1, 20000);
    const AccountSummary account = CacheOverview::accounts(cache.db()).value().first();
    QCOMPARE(account.account.provider, QStringLiteral("wakatime"));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.findChild<QLabel *>(QStringLiteral("accountLabel_%1").arg(account.id)), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cache.rowCount(QStringLiteral("activities")), 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!services.sync.isAnySyncRunning(), 20000);
    UiTest::saveScreenshot(&window, QStringLiteral("connections-wakatime"));
}

void TestProviderConnectDialog::localFolderConnectsSyncsAndDisconnects()
{
    QTemporaryDir repo;
    auto git = [&repo](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            environment.insert(QLatin1String(name), QStringLiteral("Ada"));
        for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            environment.insert(QLatin1String(name), QStringLiteral("ada@example.com"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("git"),
                      QStringList{QStringLiteral("-C"), repo.path()} + arguments);
        return process.waitForFinished() && process.exitCode() == 0;
    };
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                 QStringLiteral("-m"), QStringLiteral("Commit %1").arg(i)}));

    TestCache cache;
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));
    // What "Add folder…" does once the folder dialog answered.
    window.connectionFlows().connectProvider(QStringLiteral("localgit"), repo.path());
    QTRY_COMPARE_WITH_TIMEOUT(cache.rowCount(QStringLiteral("commits")), 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!services.sync.isAnySyncRunning(), 20000);
    const AccountSummary account = CacheOverview::accounts(cache.db()).value().first();
    QCOMPARE(account.account.provider, QStringLiteral("localgit"));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.findChild<QLabel *>(QStringLiteral("accountLabel_%1").arg(account.id)), 20000);

    // Disconnect and delete: nothing in the keychain to remove, the rows go.
    UiTest::whenModalShows([](QWidget *box) {
        box->findChild<QPushButton *>(QStringLiteral("disconnectDeleteDataButton"))->click();
    });
    window.findChild<QPushButton *>(QStringLiteral("disconnectButton_%1").arg(account.id))->click();
    QTRY_COMPARE_WITH_TIMEOUT(cache.rowCount(QStringLiteral("accounts")), 0, 20000);
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 0);
}

QTEST_MAIN(TestProviderConnectDialog)
#include "tst_providerconnectdialog.moc"
