#include "core/storage/cacheoverview.h"
#include "core/storage/synchistory.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/connectionflows.h"
#include "ui/mainwindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

/// Importing a CSV file as a user does it: File → Import activity CSV… → the report lists the
/// bad row with its line, column and problem before anything is written → "Import 2 valid
/// rows" → the summary → the file shows on the Connections page; closing without importing
/// writes nothing.
class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportFirstThenImportTheValidRows();
    void closingBeforeImportWritesNothing();
    void importingTheSameFileAgainAddsNothing();

private:
    QString writeFile(const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestCsvImportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_csvimportdialog"));
}

QString TestCsvImportDialog::writeFile(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("reading-log.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

void TestCsvImportDialog::reportFirstThenImportTheValidRows()
{
    const QString path = writeFile("date,service,minutes,title\n"
                                   "2026-11-20,Books,45,\"Reading, chapter 2\"\n"
                                   "2026-11-21,Books,forty,Reading\n"
                                   "2026-11-22,Chat,15,Standup\n");
    TestCache cache;
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));

    bool stepsRan = false;
    UiTest::whenModalShows([&stepsRan, &cache](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("csvImportDialog"));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("csvImportButton"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("csvProblemsTable"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("csvImportMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 20000);
        // "row(s)" until the English plural forms exist (translations issue).
        QVERIFY(importButton->text().startsWith(QLatin1String("&Import 2 valid row")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("minutes"));
        QVERIFY(table->item(0, 2)->text().contains(QLatin1String("not a whole number")));
        QCOMPARE(cache.rowCount(QStringLiteral("activities")), 0); // nothing written yet
        UiTest::saveScreenshot(dialog, QStringLiteral("csv-import-report"));

        importButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("2 new rows")), 20000);
        QVERIFY(message->text().contains(QLatin1String("1 left out")));
        stepsRan = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    window.connectionFlows().importCsv(path);
    QVERIFY(stepsRan);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2);
    const QList<AccountSummary> accounts = CacheOverview::accounts(cache.db()).value();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().account.provider, QStringLiteral("csv"));
    auto *label
        = window.findChild<QLabel *>(QStringLiteral("accountLabel_%1").arg(accounts.first().id));
    QVERIFY(label);
    QVERIFY(label->text().contains(QLatin1String("reading-log.csv")));
    // The import is a sync job like any other (issue 22): it is in the sync history, and a
    // cache that holds only imported activity no longer says "never synced".
    const QList<SyncRun> runs = SyncHistory(cache.db()).recentRuns(5).value();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().provider, QStringLiteral("csv"));
    QCOMPARE(runs.first().status, SyncRunStatus::Succeeded);
    QCOMPARE(runs.first().itemsByKind.value(QStringLiteral("activities")), 2);
    QTRY_VERIFY(!services.sync.isAnySyncRunning());
    window.refresh();
    const QString status = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("last sync")), qPrintable(status));
}

void TestCsvImportDialog::importingTheSameFileAgainAddsNothing()
{
    const QString path = writeFile("date,service,minutes,title\n"
                                   "2026-11-20,Books,45,Reading\n"
                                   "2026-11-22,Chat,15,Standup\n");
    TestCache cache;
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));
    QStringList messages;
    for (int round = 0; round < 2; ++round) {
        UiTest::whenModalShows([&messages](QWidget *dialog) {
            auto *importButton
                = dialog->findChild<QPushButton *>(QStringLiteral("csvImportButton"));
            auto *message = dialog->findChild<QLabel *>(QStringLiteral("csvImportMessage"));
            QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 20000);
            importButton->click();
            QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QLatin1String("Imported:")), 20000);
            messages << message->text();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
        window.connectionFlows().importCsv(path);
        QTRY_VERIFY(!services.sync.isAnySyncRunning());
    }
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.at(0).contains(QLatin1String("2 new rows, 0 already")),
             qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).contains(QLatin1String("0 new rows, 2 already")),
             qPrintable(messages.at(1)));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2);
    QCOMPARE(SyncHistory(cache.db()).recentRuns(5).value().size(), 2);
}

void TestCsvImportDialog::closingBeforeImportWritesNothing()
{
    const QString path = writeFile("date,service,minutes,title\n2026-11-20,Books,45,x\n");
    TestCache cache;
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));
    UiTest::whenModalShows([](QWidget *dialog) {
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("csvImportButton"));
        QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 20000);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    window.connectionFlows().importCsv(path);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 0);
    QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 0);
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
