// The dashboard's code review cards in a real window: speed, size, the leaderboard and who
// reviews whom fill from a cache with reviewed pull requests, follow the People filter's
// effect on the metrics, and print in the report as chart and tables.
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/charts/barchartview.h"
#include "ui/export/dashboardexportactions.h"
#include "ui/mainwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestDashboardReviewCards : public QObject
{
    Q_OBJECT

private slots:
    void reviewCardsShowTheCache();
};

void TestDashboardReviewCards::reviewCardsShowTheCache()
{
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    const QDateTime opened = QDateTime(QDate::currentDate().addDays(-5), QTime(9, 0)).toUTC();
    // Three merged pull requests by ada: grace reviews the first after 2 h and approves the
    // second after 30 min, the third goes in without review.
    for (int number = 1; number <= 3; ++number) {
        PullRequestRecord pull;
        pull.repoId = repoId;
        pull.number = number;
        pull.title = QStringLiteral("Change %1").arg(number);
        pull.authorLogin = QStringLiteral("ada");
        pull.state = QStringLiteral("closed");
        pull.createdAt = opened;
        pull.updatedAt = opened.addSecs(6 * 3600);
        pull.mergedAt = opened.addSecs(5 * 3600);
        pull.additions = 30 * number;
        pull.deletions = 5;
        pull.hasReviews = true;
        if (number == 1)
            pull.reviews << ReviewRecord{QStringLiteral("r1"), QStringLiteral("grace"), false,
                                         QStringLiteral("COMMENTED"), opened.addSecs(2 * 3600)};
        if (number == 2)
            pull.reviews << ReviewRecord{QStringLiteral("r2"), QStringLiteral("grace"), false,
                                         QStringLiteral("APPROVED"), opened.addSecs(1800)};
        QVERIFY(writer.upsertPullRequest(pull).ok());
    }

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(1280, 800);
    QVERIFY(UiTest::showAndActivate(window));

    auto *summary = window.findChild<QLabel *>(QStringLiteral("reviewSummary"));
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().startsWith(QLatin1String("2 pull requests got a first review")),
                 qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("1 of 3 merged without a review")),
             qPrintable(summary->text()));
    auto *speed = window.findChild<BarChartView *>(QStringLiteral("reviewChart"));
    QVERIFY(speed && !speed->isEmptyChart());

    // The leaderboard: grace gave two, ada received two; numbers right-aligned, no row numbers.
    auto *load = window.findChild<QTableWidget *>(QStringLiteral("reviewLoadTable"));
    QVERIFY(load && load->isVisible());
    QCOMPARE(load->rowCount(), 2);
    QCOMPARE(load->item(0, 0)->text(), QStringLiteral("grace"));
    QCOMPARE(load->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(load->item(1, 0)->text(), QStringLiteral("ada"));
    QCOMPARE(load->item(1, 4)->text(), QStringLiteral("2"));
    QVERIFY(load->verticalHeader()->isHidden());
    // Sorting by a number column sorts by the number, not its text.
    load->sortItems(1, Qt::AscendingOrder);
    QCOMPARE(load->item(0, 0)->text(), QStringLiteral("ada"));

    auto *pairs = window.findChild<QTableWidget *>(QStringLiteral("reviewPairsTable"));
    QVERIFY(pairs);
    QCOMPARE(pairs->rowCount(), 1);
    QCOMPARE(pairs->item(0, 0)->text(), QStringLiteral("grace"));
    QCOMPARE(pairs->item(0, 1)->text(), QStringLiteral("ada"));

    // The report: the chart's caption and the tables with the headers the window shows.
    QTemporaryDir exports;
    const QString pdf = exports.filePath(QStringLiteral("report.pdf"));
    window.exportActions().exportPdf(pdf);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .replace(QChar(0xFB01), QLatin1String("fi"));
    for (const char *expected :
         {"Time to first review", "Reviews given and received", "Who reviews whom",
          "Pull request size and time to merge", "Changes", "Received", "grace"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

QTEST_MAIN(TestDashboardReviewCards)
#include "tst_dashboardreviewcards.moc"
