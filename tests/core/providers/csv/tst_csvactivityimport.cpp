#include "core/providers/csv/csvactivityimport.h"
#include "core/providers/csv/csvprovider.h"
#include "core/storage/cacheoverview.h"
#include "tests/support/providerharness.h"
#include "tests/support/testcache.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Validating and importing activity CSV files: a table of good and bad files with the exact
/// report expected, then imports into a real cache file.
class TestCsvActivityImport : public QObject
{
    Q_OBJECT

private slots:
    void reportsEveryBadRow_data();
    void reportsEveryBadRow();
    void headerProblemsStopEverything_data();
    void headerProblemsStopEverything();
    void importWritesTheValidRowsOnce();
    void identicalRowsInOneFileStayTwo();
    void cancelledImportWritesNothing();
    void rowsAreIdentifiedByContentNotByFile();
    void fileWithoutValidRowsCreatesNoAccount();
    void syncNowReadsEveryImportedFile();
    void unreadableFileIsExplained();

private:
    QString write(const QByteArray &content);

    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {
/// "line|column|message" for each problem.
QStringList describe(const CsvReport &report)
{
    QStringList lines;
    for (const CsvProblem &problem : report.problems)
        lines << QStringLiteral("%1|%2|%3").arg(problem.line).arg(problem.column, problem.message);
    return lines;
}
} // namespace

QString TestCsvActivityImport::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("activity-%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test file");
    return path;
}

void TestCsvActivityImport::reportsEveryBadRow_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("valid");
    QTest::addColumn<qint64>("invalid");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("all good, any column order and case, BOM, CRLF")
        << QByteArray("\xEF\xBB\xBFTitle,MINUTES,date,Service\r\n"
                      "\"Reading, chapter 2\",45,2026-11-20,Books\r\n"
                      "\"Said \"\"hi\"\"\",0,2026-11-21,Chat\r\n")
        << qint64(2) << qint64(0) << QStringList{};
    QTest::newRow("bad date, minutes, service and field count")
        << QByteArray("date,service,minutes,title\n"
                      "2026-13-01,Books,10,x\n"
                      "2026-11-20,,10,x\n"
                      "2026-11-20,Books,-5,x\n"
                      "2026-11-20,Books,1.5,x\n"
                      "2026-11-20,Books,2000,x\n"
                      "2026-11-20,Books,10\n"
                      "yesterday,,abc,x\n"
                      "2026-11-20,Books,10,fine\n")
        << qint64(1) << qint64(7)
        << QStringList{
               QStringLiteral("2|date|“2026-13-01” is not a date (write YYYY-MM-DD)"),
               QStringLiteral("3|service|the service is empty"),
               QStringLiteral("4|minutes|“-5” is not a whole number of minutes, 0 or more"),
               QStringLiteral("5|minutes|“1.5” is not a whole number of minutes, 0 or more"),
               QStringLiteral("6|minutes|2000 minutes is more than a day"),
               QStringLiteral("7||has 3 fields; the header has 4"),
               QStringLiteral("8|date|“yesterday” is not a date (write YYYY-MM-DD)"),
               QStringLiteral("8|service|the service is empty"),
               QStringLiteral("8|minutes|“abc” is not a whole number of minutes, 0 or more")};
    QTest::newRow("a multi-line title shifts the line numbers")
        << QByteArray("date,service,minutes,title\n"
                      "2026-11-20,Books,10,\"one\ntwo\nthree\"\n"
                      "2026-11-20,Books,ten,x\n")
        << qint64(1) << qint64(1)
        << QStringList{
               QStringLiteral("5|minutes|“ten” is not a whole number of minutes, 0 or more")};
    QTest::newRow("broken quoting")
        << QByteArray("date,service,minutes,title\n"
                      "2026-11-20,Books,10,\"closed\"trailing\n"
                      "2026-11-20,Books,10,ok\n")
        << qint64(1) << qint64(1)
        << QStringList{QStringLiteral(
               "2||text follows a closing quote (write \"\" for a quote inside a field)")};
}

void TestCsvActivityImport::reportsEveryBadRow()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, valid);
    QFETCH(qint64, invalid);
    QFETCH(QStringList, problems);
    const Result<CsvReport> report = CsvActivityImport::validate(write(content));
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toLogString()));
    QCOMPARE(describe(report.value()), problems);
    QCOMPARE(report.value().validRows, valid);
    QCOMPARE(report.value().invalidRows, invalid);
    QCOMPARE(report.value().problemCount, qint64(problems.size()));
}

void TestCsvActivityImport::headerProblemsStopEverything_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("is empty");
    QTest::newRow("unknown column")
        << QByteArray("date,service,minutes,title,project\n")
        << QStringLiteral("Column 5 of the header, “project”, is not one of");
    QTest::newRow("missing column") << QByteArray("date,service,title\n2026-01-01,x,y\n")
                                    << QStringLiteral("The header has no “minutes” column");
    QTest::newRow("column twice") << QByteArray("date,service,minutes,title,Date\n")
                                  << QStringLiteral("names the column “date” twice");
}

void TestCsvActivityImport::headerProblemsStopEverything()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const Result<CsvReport> report = CsvActivityImport::validate(write(content));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(report.error().userMessage.contains(message), qPrintable(report.error().userMessage));
}

void TestCsvActivityImport::importWritesTheValidRowsOnce()
{
    const QString path = write("date,service,minutes,title\n"
                               "2026-11-20,Books,45,Reading\n"
                               "2026-11-20,Books,x,bad\n"
                               "2026-11-21,Chat,15,\"Standup, daily\"\n");
    TestCache cache;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<CsvImportSummary> first = CsvActivityImport::importFile(cache.db(), path, now);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toLogString()));
    QCOMPARE(first.value().added, qint64(2));
    QCOMPARE(first.value().skipped, qint64(1));
    QCOMPARE(first.value().unchanged, qint64(0));
    QCOMPARE(cache.dump(QStringLiteral("activities")).size(), 2);
    // Imported is synced: the status card says when, not "not synced yet".
    const QList<AccountSummary> accounts = CacheOverview::accounts(cache.db()).value();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.constFirst().lastSyncAt.toSecsSinceEpoch(), now.toSecsSinceEpoch());
    QVERIFY(accounts.constFirst().lastError.isEmpty());

    // The same file again: the same account, nothing added.
    const Result<CsvImportSummary> again = CsvActivityImport::importFile(cache.db(), path, now);
    QVERIFY(again);
    QCOMPARE(again.value().accountId, first.value().accountId);
    QCOMPARE(again.value().added, qint64(0));
    QCOMPARE(again.value().unchanged, qint64(2));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2);
    QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 1);

    QSqlQuery query(cache.db());
    QVERIFY(query.exec(QStringLiteral("SELECT a.provider, a.login, v.title, v.minutes FROM "
                                      "activities v JOIN accounts a ON a.id = v.account_id "
                                      "ORDER BY v.day")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("csv"));
    // Not named after the file's absolute path: one account for every import.
    QCOMPARE(query.value(1).toString(), CsvActivityImport::AccountLogin);
    QCOMPARE(CacheOverview::accounts(cache.db()).value().constFirst().files, QStringList{path});
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toString(), QStringLiteral("Standup, daily"));
    QCOMPARE(query.value(3).toInt(), 15);
}

void TestCsvActivityImport::identicalRowsInOneFileStayTwo()
{
    const QString path = write("date,service,minutes,title\n"
                               "2026-11-20,Books,30,Reading\n"
                               "2026-11-20,Books,30,Reading\n");
    TestCache cache;
    QVERIFY(CsvActivityImport::importFile(cache.db(), path, QDateTime::currentDateTimeUtc()));
    QVERIFY(CsvActivityImport::importFile(cache.db(), path, QDateTime::currentDateTimeUtc()));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 2);
}

void TestCsvActivityImport::rowsAreIdentifiedByContentNotByFile()
{
    // Issue 19 #13: the same rows from a copy of the file under another name were added
    // again (10 -> 20 rows).
    QByteArray content = "date,service,minutes,title\n";
    for (int i = 0; i < 10; ++i)
        content += "2026-11-" + QByteArray::number(10 + i) + ",Books,30,Chapter "
                   + QByteArray::number(i) + "\n";
    const QString original = write(content);
    const QString copy = write(content);
    TestCache cache;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(CsvActivityImport::importFile(cache.db(), original, now).value().added, qint64(10));
    const Result<CsvImportSummary> again = CsvActivityImport::importFile(cache.db(), copy, now);
    QVERIFY(again);
    QCOMPARE(again.value().added, qint64(0));
    QCOMPARE(again.value().unchanged, qint64(10));
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 10);
    QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 1);
    // Both files are remembered for "Sync now".
    QCOMPARE(CacheOverview::accounts(cache.db()).value().constFirst().files,
             (QStringList{original, copy}));
}

void TestCsvActivityImport::fileWithoutValidRowsCreatesNoAccount()
{
    TestCache cache;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &content :
         {QByteArray("date,service,minutes,title\n"),
          QByteArray("date,service,minutes,title\n2026-11-20,Books,x,bad\n")}) {
        const Result<CsvImportSummary> imported
            = CsvActivityImport::importFile(cache.db(), write(content), now);
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(imported.error().userMessage.contains(QLatin1String("no valid rows")),
                 qPrintable(imported.error().userMessage));
        QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 0);
    }
    // Into an account that has rows: it stays, and so do they.
    QVERIFY(CsvActivityImport::importFile(
        cache.db(), write("date,service,minutes,title\n2026-11-20,Books,30,ok\n"), now));
    QVERIFY(!CsvActivityImport::importFile(cache.db(), write("date,service,minutes,title\n"), now));
    QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 1);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 1);
}

void TestCsvActivityImport::syncNowReadsEveryImportedFile()
{
    const QString first = write("date,service,minutes,title\n2026-11-20,Books,30,one\n");
    const QString second = write("date,service,minutes,title\n2026-11-21,Books,30,two\n");
    TestCache cache;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 account = CsvActivityImport::importFile(cache.db(), first, now).value().accountId;
    QVERIFY(CsvActivityImport::importFile(cache.db(), second, now));
    // The second file grows; the first goes away.
    QFile grown(second);
    QVERIFY(grown.open(QIODevice::Append));
    grown.write("2026-11-22,Books,30,three\n");
    grown.close();
    QVERIFY(QFile::remove(first));

    ProviderHarness harness;
    AccountRecord record;
    record.provider = QStringLiteral("csv");
    record.login = CsvActivityImport::AccountLogin;
    const ProviderSyncOutcome outcome = harness.sync(CsvProvider(), cache, account, record);
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("activities")), 1);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 3); // what the gone file brought stays
    QVERIFY(!outcome.result);
    QVERIFY2(outcome.result.error().userMessage.contains(first),
             qPrintable(outcome.result.error().userMessage));
}

void TestCsvActivityImport::cancelledImportWritesNothing()
{
    QByteArray content = "date,service,minutes,title\n";
    for (int i = 0; i < 20000; ++i)
        content += "2026-11-20,Books," + QByteArray::number(i % 100) + ",row "
                   + QByteArray::number(i) + "\n";
    const QString path = write(content);
    TestCache cache;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    int progressCalls = 0;
    const Result<CsvImportSummary> imported = CsvActivityImport::importFile(
        cache.db(), path, QDateTime::currentDateTimeUtc(),
        [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (++progressCalls == 2)
                cancelled->store(true);
        },
        cancelled);
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::Cancelled);
    QCOMPARE(cache.rowCount(QStringLiteral("activities")), 0);
    QCOMPARE(cache.rowCount(QStringLiteral("accounts")), 0);
}

void TestCsvActivityImport::unreadableFileIsExplained()
{
    const Result<CsvReport> report
        = CsvActivityImport::validate(m_dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!report);
    QVERIFY(report.error().userMessage.contains(QString::fromUtf8("cannot read “missing.csv”")));
}

QTEST_GUILESS_MAIN(TestCsvActivityImport)
#include "tst_csvactivityimport.moc"
