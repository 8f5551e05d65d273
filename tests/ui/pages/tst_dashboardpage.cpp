#include "core/common/translations.h"
#include "core/export/dashboardtables.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/charts/barchartview.h"
#include "ui/charts/calendarheatmapwidget.h"
#include "ui/charts/cardgrid.h"
#include "ui/charts/punchcardwidget.h"
#include "ui/export/dashboardexport.h"
#include "ui/export/dashboardexportactions.h"
#include "ui/mainwindow.h"
#include "ui/pages/dashboardpage.h"
#include "ui/style/statuscolours.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

/// Stands in for the system browser.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

/// The dashboard with data: charts fill from the cache off the GUI thread, a click on a punch
/// card hour lists its commits, a filter change recomputes.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsShowTheCacheAndDrillDown();
    void activityAndConnectionStatusShowEveryProvider();
    void kindsOfWorkChartAndFilter();
    void followsADarkPalette();
    void fitsTheWindowWithoutScrollingSideways_data();
    void fitsTheWindowWithoutScrollingSideways();
};

void TestDashboardPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardpage"));
    QVERIFY(Translations::install(QStringLiteral("en"))); // as the app does: "1 person"
}

void TestDashboardPage::chartsShowTheCacheAndDrillDown()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const qint64 accountId = cache.addAccount();
    const qint64 repoId = cache.addRepo(accountId, QStringLiteral("octo/app"));
    // Ten commits at 10:15 local time on the last ten days, two more 40 days ago at 22:05.
    const QDate today = QDate::currentDate();
    auto commit = [&](int index, const QDate &day, const QTime &time) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QStringLiteral("sha%1").arg(index);
        record.author.name = QStringLiteral("Ada Lovelace");
        record.authoredAt = QDateTime(day, time).toUTC();
        record.message = QStringLiteral("Change %1").arg(index);
        QVERIFY(writer.upsertCommit(record).ok());
    };
    for (int i = 0; i < 10; ++i)
        commit(i, today.addDays(-i), QTime(10, 15));
    commit(10, today.addDays(-40), QTime(22, 5));
    commit(11, today.addDays(-40), QTime(22, 35));
    const qint64 libId = cache.addRepo(accountId, QStringLiteral("octo/lib"));
    for (int i = 0; i < 3; ++i) {
        CommitRecord record;
        record.repoId = libId;
        record.sha = QStringLiteral("lib%1").arg(i);
        record.author.name = QStringLiteral("Grace Hopper");
        record.authoredAt = QDateTime(today.addDays(-i), QTime(8, 0)).toUTC();
        record.message = QStringLiteral("Library work %1").arg(i);
        QVERIFY(writer.upsertCommit(record).ok());
    }
    for (int number = 1; number <= 2; ++number) {
        PullRequestRecord pull;
        pull.repoId = repoId;
        pull.number = number;
        pull.state = QStringLiteral("closed");
        pull.createdAt = QDateTime(today.addDays(-3), QTime(9, 0)).toUTC();
        pull.mergedAt = pull.createdAt.addSecs(number * 3 * 3600);
        QVERIFY(writer.upsertPullRequest(pull).ok());
    }

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(1200, 900);
    QVERIFY(UiTest::showAndActivate(window));
    auto *punchCard = window.findChild<PunchCardWidget *>(QStringLiteral("punchCard"));
    QVERIFY(punchCard && punchCard->isVisible());
    QTRY_COMPARE(punchCard->punchCard().total, 15); // "Last 12 months"
    const int dayOf40 = today.addDays(-40).dayOfWeek() - 1;
    QCOMPARE(punchCard->punchCard().counts[dayOf40][22], 2);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("mergeDelaySummary"))
                ->text()
                .startsWith(QLatin1String("2 merged")));
    auto *contributors = window.findChild<QTableWidget *>(QStringLiteral("contributorsTable"));
    QCOMPARE(contributors->rowCount(), 2);
    QCOMPARE(contributors->item(0, 0)->text(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(contributors->item(0, 1)->data(Qt::DisplayRole).toInt(), 12);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("refTrendsSummary"))->text(),
             QStringLiteral("No branches or tags in this range yet: they arrive with a sync."));
    // Commits over time: one stack per developer, in buckets the width can show (12 months
    // at this size: weeks), every bucket of the range there, empty ones as zero.
    auto *overTime = window.findChild<BarChartView *>(QStringLiteral("contributionsChart"));
    QVERIFY(overTime);
    QTRY_COMPARE(overTime->shownModel().values.series.size(), 2);
    const BarChartModel &shown = overTime->shownModel();
    QCOMPARE(shown.values.bucket, TimeBucket::Week);
    QVERIFY(shown.values.starts.size() >= 52);
    double plotted = 0;
    for (const TimeSeries::Series &one : shown.values.series)
        for (double value : one.values)
            plotted += value;
    QCOMPARE(plotted, 15.0);
    // Every developer is in the legend.
    QCOMPARE(overTime->shownLayout().legend.size(), 2);
    // Its numbers as a table: one row per bar, a column per developer.
    window.findChild<QToolButton *>(QStringLiteral("contributionsChartToggle"))->click();
    auto *overTimeTable
        = window.findChild<QTableWidget *>(QStringLiteral("contributionsChartTable"));
    QVERIFY(overTimeTable->isVisible());
    QCOMPARE(overTimeTable->columnCount(), 2);
    QCOMPARE(overTimeTable->horizontalHeaderItem(0)->text(), QStringLiteral("Ada Lovelace"));
    UiTest::saveScreenshot(&window, QStringLiteral("dashboard"));

    // The punch card's numbers as a table (the accessible alternative): same total.
    auto *punchToggle = window.findChild<QToolButton *>(QStringLiteral("punchCardToggle"));
    QVERIFY(punchToggle);
    punchToggle->click();
    auto *punchTable = window.findChild<QTableWidget *>(QStringLiteral("punchCardTable"));
    QVERIFY(punchTable->isVisible());
    int tableTotal = 0;
    for (int row = 0; row < punchTable->rowCount(); ++row)
        tableTotal += punchTable->item(row, 2)->data(Qt::DisplayRole).toInt();
    QCOMPARE(tableTotal, punchCard->punchCard().total);
    punchToggle->click(); // back to the chart for the clicks below
    QVERIFY(punchCard->isVisible());

    // Click the 22:00 hour of that weekday: its two commits are listed.
    QTest::mouseClick(punchCard, Qt::LeftButton, {}, punchCard->cellCentre(dayOf40, 22));
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("drillDownTable"));
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Change 11"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("octo/app"));
    // Enter on a row opens the commit's page in the browser.
    UrlRecorder browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    table->setCurrentCell(0, 3);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.opened,
             (QList<QUrl>{QUrl(QStringLiteral("https://github.com/octo/app/commit/sha11"))}));
    // The list exports as CSV (its context menu) with exact UTC times, not the shown ones.
    QVERIFY(table->findChild<QAction *>(QStringLiteral("exportTableAction")));
    QTemporaryDir csvDir;
    const QString csvPath = csvDir.filePath(QStringLiteral("commits.csv"));
    QVERIFY(DashboardExport::writeCsv(
                csvPath, DashboardExport::tableOf(table, QStringLiteral("commits")), false)
                .ok());
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> csvLines = csvFile.readAll().split('\n');
    QCOMPARE(csvLines.at(0).trimmed(), QByteArray("Time,Repository,Author,Message"));
    const QDateTime elevenAt = QDateTime(today.addDays(-40), QTime(22, 35)).toUTC();
    QVERIFY2(csvLines.at(1).startsWith(elevenAt.toString(Qt::ISODate).toLatin1() + ",octo/app,"),
             csvLines.at(1).constData());

    // The keyboard reaches the same lists: today's calendar day, then Enter.
    auto *calendar = window.findChild<CalendarHeatmapWidget *>(QStringLiteral("calendarHeatmap"));
    calendar->setFocus();
    QTest::keyClick(calendar, Qt::Key_Return);
    QTRY_COMPARE(
        window.findChild<QLabel *>(QStringLiteral("drillDownLabel"))->text(),
        QStringLiteral("Commits on %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    QTRY_COMPARE(table->rowCount(), 2); // today: Change 0 and Library work 0

    // Ctrl+F and typing search the messages; results replace the list.
    QTest::keySequence(&window, QKeySequence::Find);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("change 1"));
    QTRY_COMPARE(
        window.findChild<QLabel *>(QStringLiteral("drillDownLabel"))->text(),
        QStringLiteral("3 results for “change 1”")); // "Change 1", "Change 10", "Change 11"

    // Repository filter: type to find, tick to narrow every chart.
    auto *repoList = window.findChild<QListWidget *>(QStringLiteral("repoFilterList"));
    QCOMPARE(repoList->count(), 2);
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("repoFilterSearch")),
                     QStringLiteral("lib"));
    QVERIFY(repoList->item(0)->isHidden()); // octo/app
    QVERIFY(!repoList->item(1)->isHidden());
    repoList->item(1)->setCheckState(Qt::Checked);
    QTRY_COMPARE(punchCard->punchCard().total, 3);
    // The line above the charts describes what they show, not the whole cache.
    auto *summary = window.findChild<QLabel *>(QStringLiteral("cacheSummaryLabel"));
    QTRY_VERIFY2(summary->text().contains(QLatin1String("1 selected repository"))
                     && summary->text().contains(QStringLiteral("· 3 commits")),
                 qPrintable(summary->text()));
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("repoFilterButton"))->text(),
             QStringLiteral("1 repository"));
    repoList->item(1)->setCheckState(Qt::Unchecked);
    QTRY_COMPARE(punchCard->punchCard().total, 15);

    // People: the most active first; ticking one shows only their commits.
    auto *authorList = window.findChild<QListWidget *>(QStringLiteral("authorFilterList"));
    QVERIFY(authorList);
    QCOMPARE(authorList->count(), 2);
    QCOMPARE(authorList->item(0)->text(), QStringLiteral("Ada Lovelace (12)"));
    authorList->item(1)->setCheckState(Qt::Checked); // Grace Hopper
    QTRY_COMPARE(punchCard->punchCard().total, 3);
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("authorFilterButton"))->text(),
             QStringLiteral("1 person"));
    // The summary (and the report's first page, from the same words) names who is shown.
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("· Grace Hopper ·"))
                     && summary->text().contains(QStringLiteral("· 3 commits")),
                 qPrintable(summary->text()));
    authorList->item(1)->setCheckState(Qt::Unchecked);
    QTRY_COMPARE(punchCard->punchCard().total, 15);

    // A shorter range recomputes every chart.
    window.findChild<QComboBox *>(QStringLiteral("rangeCombo"))->setCurrentIndex(1); // 30 days
    QTRY_COMPARE(punchCard->punchCard().total, 13);

    // A custom range: the last 5 days hold 5 of Ada's and 3 of Grace's commits.
    auto *range = window.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    range->setCurrentIndex(range->findData(-1));
    auto *fromEdit = window.findChild<QDateEdit *>(QStringLiteral("rangeFromEdit"));
    QVERIFY(fromEdit->isVisible());
    fromEdit->setDate(today.addDays(-4));
    window.findChild<QDateEdit *>(QStringLiteral("rangeToEdit"))->setDate(today);
    QTRY_COMPARE(punchCard->punchCard().total, 8);

    // A whole calendar year: the range becomes 1 January to 31 December of it.
    auto *yearCombo = window.findChild<QComboBox *>(QStringLiteral("calendarYearCombo"));
    QVERIFY(yearCombo);
    const int lastYearIndex = yearCombo->findData(today.year() - 1);
    QVERIFY(lastYearIndex > 0);
    yearCombo->setCurrentIndex(lastYearIndex);
    emit yearCombo->activated(lastYearIndex);
    QCOMPARE(fromEdit->date(), QDate(today.year() - 1, 1, 1));
    QCOMPARE(window.findChild<QDateEdit *>(QStringLiteral("rangeToEdit"))->date(),
             QDate(today.year() - 1, 12, 31));
    fromEdit->setDate(today.addDays(-4)); // back to the last five days for the export below
    window.findChild<QDateEdit *>(QStringLiteral("rangeToEdit"))->setDate(today);
    QTRY_COMPARE(punchCard->punchCard().total, 8);

    // The tech lead's export: the report as PDF from the window, with what the charts show.
    QTemporaryDir exports;
    const QString pdf = exports.filePath(QStringLiteral("report.pdf"));
    window.exportActions().exportPdf(pdf);
    QVERIFY(QFileInfo::exists(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    // pdftotext keeps the font's ligatures ("ﬁrst"): read as letters.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .replace(QChar(0xFB01), QLatin1String("fi"))
                             .replace(QChar(0xFB02), QLatin1String("fl"));
    QVERIFY2(text.contains(QLatin1String("8 commits; the busiest hour is")),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QLatin1String("Contributors")));
    // The first page's key numbers, each with its value.
    auto *page = window.findChild<DashboardPage *>();
    QVERIFY(page && page->shownMetrics());
    for (const auto &[label, value] : DashboardTables::keyNumbers(*page->shownMetrics())) {
        QVERIFY2(text.contains(label), qPrintable(label));
        QVERIFY2(text.contains(value), qPrintable(label + QStringLiteral(": ") + value));
    }
    // Every legend entry of every chart drawn, not only the first.
    for (const QString &legend : {QStringLiteral("Added"), QStringLiteral("Removed"),
                                  QStringLiteral("Merged"), QStringLiteral("Still open (age)"),
                                  QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")})
        QVERIFY2(text.contains(legend), qPrintable(legend));
    // Every row of the contributors' table, as text (a table, not a picture of the widget).
    for (const QVariantList &row :
         DashboardTables::find(page->tables(), QStringLiteral("contributors")).rows)
        QVERIFY2(text.contains(row.value(0).toString()), qPrintable(row.value(0).toString()));
    // Charts with nothing in the range (no provider activity, no tags): their sentences
    // together after the others, not a heading each among them.
    const qsizetype nothing = text.indexOf(QLatin1String("Nothing in this range"));
    QVERIFY2(nothing > text.indexOf(QLatin1String("Contributors")), qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("Activity by service: No provider activity in this range."),
                          nothing)
                 > nothing,
             qPrintable(text.mid(nothing)));
    QCOMPARE(text.count(QLatin1String("Activity by service")), 1);
    // Vector only: no raster image in the whole document.
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.waitForFinished(30000));
    const QStringList imageLines = QString::fromUtf8(images.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(imageLines.size(), 2); // pdfimages' two header lines, no image
}

void TestDashboardPage::kindsOfWorkChartAndFilter()
{
    // Issue 21 #3: the share of each kind of work over time, its rules in the window, and the
    // kind as a filter on every commit chart (pull requests keep their numbers).
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    const QDate today = QDate::currentDate();
    const QStringList subjects{QStringLiteral("fix: a"),   QStringLiteral("fix(ui): b"),
                               QStringLiteral("Fixed c"),  QStringLiteral("fix: d"),
                               QStringLiteral("Bug in e"), QStringLiteral("fix!: f"),
                               QStringLiteral("feat: g"),  QStringLiteral("feat(x): h"),
                               QStringLiteral("feat: i"),  QStringLiteral("Update docs")};
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QStringLiteral("kind%1").arg(i);
        record.author.name = QStringLiteral("Ada Lovelace");
        record.authoredAt = QDateTime(today.addDays(-int(i)), QTime(11, 0)).toUTC();
        record.message = subjects.at(i);
        QVERIFY(writer.upsertCommit(record).ok());
    }
    PullRequestRecord pull;
    pull.repoId = repoId;
    pull.number = 1;
    pull.state = QStringLiteral("closed");
    pull.createdAt = QDateTime(today.addDays(-2), QTime(9, 0)).toUTC();
    pull.mergedAt = pull.createdAt.addSecs(3600);
    QVERIFY(writer.upsertPullRequest(pull).ok());

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(1280, 800);
    QVERIFY(UiTest::showAndActivate(window));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("workKindsSummary"));
    QVERIFY(summary);
    QTRY_COMPARE(summary->text(),
                 QStringLiteral("Of 10 commits: Fixes 60 %, Features 30 %, Other 10 %."));
    auto *chart = window.findChild<BarChartView *>(QStringLiteral("workKindsChart"));
    QVERIFY(chart);
    const BarChartModel &shown = chart->shownModel();
    QCOMPARE(shown.values.series.size(), 3);
    QCOMPARE(shown.values.series.at(0).name, QStringLiteral("Fixes"));
    QCOMPARE(shown.othersName, QStringLiteral("Other")); // drawn in grey
    for (qsizetype bar = 0; bar < shown.values.starts.size(); ++bar) {
        double total = 0;
        for (const TimeSeries::Series &one : shown.values.series)
            total += one.values.value(bar);
        QVERIFY2(total == 0 || std::abs(total - 100) < 0.5, qPrintable(QString::number(total)));
    }
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("workKindsRules")));
    UiTest::saveScreenshot(
        window.findChild<QWidget *>(QStringLiteral("workKindsChart"))->parentWidget(),
        QStringLiteral("kinds-of-work-card"));

    // Only fixes: every commit chart narrows, the pull request stays.
    auto *punchCard = window.findChild<PunchCardWidget *>(QStringLiteral("punchCard"));
    QTRY_COMPARE(punchCard->punchCard().total, 10);
    auto *kinds = window.findChild<QListWidget *>(QStringLiteral("kindFilterList"));
    QVERIFY(kinds);
    QCOMPARE(kinds->count(), 13);
    QCOMPARE(kinds->item(1)->text(), QStringLiteral("Fixes"));
    kinds->item(1)->setCheckState(Qt::Checked);
    QTRY_COMPARE(punchCard->punchCard().total, 6);
    QTRY_COMPARE(summary->text(), QStringLiteral("Of 6 commits: Fixes 100 %."));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("mergeDelaySummary"))
                ->text()
                .startsWith(QLatin1String("1 merged")));
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("kindFilterButton"))->text(),
             QStringLiteral("1 kind of work"));
    QTRY_VERIFY2(
        window.findChild<QLabel *>(QStringLiteral("cacheSummaryLabel"))
            ->text()
            .contains(QLatin1String("commits of kind Fixes")),
        qPrintable(window.findChild<QLabel *>(QStringLiteral("cacheSummaryLabel"))->text()));
}

void TestDashboardPage::activityAndConnectionStatusShowEveryProvider()
{
    // Only provider activity, no repository: the dashboard shows (not the first-run page).
    TestCache cache;
    AccountRecord waka;
    waka.provider = QStringLiteral("wakatime");
    waka.login = QStringLiteral("waka_user");
    CacheWriter writer(cache.db());
    const qint64 wakaId = writer.upsertAccount(waka).value();
    QVERIFY(AccountStore(cache.db())
                .recordSyncOutcome(wakaId, QDateTime::currentDateTimeUtc(),
                                   QStringLiteral("WakaTime rejected the API key."))
                .ok());
    const QDate today = QDate::currentDate();
    QVERIFY(writer
                .upsertActivity({wakaId, QStringLiteral("1"), today.addDays(-2),
                                 QStringLiteral("WakaTime"), 90, QStringLiteral("devpulse")})
                .ok());
    QVERIFY(writer
                .upsertActivity({wakaId, QStringLiteral("2"), today, QStringLiteral("Books"), 30,
                                 QStringLiteral("Reading")})
                .ok());

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));
    window.showPage(MainWindow::Page::Dashboard);
    auto *range = window.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    QVERIFY(range);
    range->setCurrentIndex(0); // last 7 days: one bar per day

    auto *github = window.findChild<QLabel *>(QStringLiteral("statusCardText_github"));
    auto *wakatime = window.findChild<QLabel *>(QStringLiteral("statusCardText_wakatime"));
    QVERIFY(github && wakatime);
    QCOMPARE(github->text(), QStringLiteral("Not connected"));
    QVERIFY(wakatime->text().contains(QLatin1String("waka_user")));
    QVERIFY(wakatime->text().contains(QLatin1String("Last error: WakaTime rejected the API key.")));

    auto *summary = window.findChild<QLabel *>(QStringLiteral("activitySummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("2.0 hours")), 10000);
    QVERIFY(summary->text().contains(QLatin1String("WakaTime 1.5 h")));
    // The same numbers as a table: a row per day, a column per service.
    window.findChild<QToolButton *>(QStringLiteral("activityChartToggle"))->click();
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("activityChartTable"));
    QVERIFY(table);
    QVERIFY(table->isVisible());        // filled when shown
    QTRY_COMPARE(table->rowCount(), 7); // every day of the range, days without activity too
    int daysWithActivity = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        bool any = false;
        for (int column = 0; column < table->columnCount(); ++column)
            any = any
                  || (table->item(row, column)
                      && table->item(row, column)->text() != QLatin1String("0"));
        daysWithActivity += any ? 1 : 0;
    }
    QCOMPARE(daysWithActivity, 2); // two days ago and today
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells << table->horizontalHeaderItem(column)->text();
    QVERIFY2(cells.contains(QStringLiteral("WakaTime")), qPrintable(cells.join(QLatin1Char(','))));
    UiTest::saveScreenshot(&window, QStringLiteral("dashboard-activity"));

    // "Open…" on a card leads to that provider's Connections card.
    window.findChild<QToolButton *>(QStringLiteral("statusCardOpen_codewars"))->click();
    QCOMPARE(window.currentPage(), MainWindow::Page::Connections);
}

// A dark palette (dark mode, a dark high-contrast theme): chart text, the error colour and
// the window follow it. DEVPULSE_SCREENSHOT_DIR keeps a picture to look at.
void TestDashboardPage::followsADarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Highlight, QColor(0x4d, 0x9d, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    QApplication::setPalette(dark);
    QVERIFY(StatusColours::isDark());
    QVERIFY(StatusColours::error().lightness() > 150); // light red on dark, not #b3261e

    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    CacheWriter writer(cache.db());
    for (int i = 0; i < 20; ++i) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QStringLiteral("dark%1").arg(i);
        record.author.name = QStringLiteral("Ada Lovelace");
        record.authoredAt = QDateTime::currentDateTimeUtc().addDays(-i).addSecs(-i * 3600);
        record.additions = 10 * i;
        record.deletions = i;
        QVERIFY(writer.upsertCommit(record).ok());
    }
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *chart = window.findChild<BarChartView *>(QStringLiteral("codeFrequencyChart"));
    QVERIFY(chart);
    QTRY_VERIFY(!chart->isEmptyChart());
    // The axis labels are drawn in the palette's text colour (light on dark).
    const QImage picture = chart->grab().toImage();
    int textPixels = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            textPixels += picture.pixelColor(x, y) == dark.color(QPalette::WindowText) ? 1 : 0;
    QVERIFY2(textPixels > 50, qPrintable(QString::number(textPixels)));
    QCOMPARE(window.palette().color(QPalette::Window), dark.color(QPalette::Window));
    UiTest::saveScreenshot(&window, QStringLiteral("dashboard-dark"));
    QApplication::setPalette(original);
}

void TestDashboardPage::fitsTheWindowWithoutScrollingSideways_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("columns");
    QTest::addRow("1280x800") << QSize(1280, 800) << 2;
    QTest::addRow("1920x1080") << QSize(1920, 1080) << 2;
    QTest::addRow("1000x700") << QSize(1000, 700) << 1;
}

void TestDashboardPage::fitsTheWindowWithoutScrollingSideways()
{
    QFETCH(QSize, size);
    QFETCH(int, columns);
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    CacheWriter writer(cache.db());
    for (int i = 0; i < 40; ++i) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QStringLiteral("fit%1").arg(i);
        record.author.name = QStringLiteral("Person %1").arg(i % 9);
        record.authoredAt = QDateTime::currentDateTimeUtc().addDays(-i * 9);
        record.additions = 10 * i;
        record.deletions = i;
        QVERIFY(writer.upsertCommit(record).ok());
    }
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(size);
    QVERIFY(UiTest::showAndActivate(window));
    auto *punchCard = window.findChild<PunchCardWidget *>(QStringLiteral("punchCard"));
    QTRY_COMPARE(punchCard->punchCard().total, 40);
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll);
    QTRY_COMPARE(window.findChild<CardGrid *>(QStringLiteral("chartGrid"))->columns(), columns);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(scroll->widget()->width())
                            .arg(scroll->viewport()->width())));
    // Every card lies inside the visible width, nothing cut off at the right.
    for (QGroupBox *card : scroll->widget()->findChildren<QGroupBox *>()) {
        const QRect inViewport(card->mapTo(scroll->viewport(), QPoint()), card->size());
        QVERIFY2(inViewport.right() <= scroll->viewport()->width(), qPrintable(card->objectName()));
    }
    // The search box and the filters are whole.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search->isVisible());
    QVERIFY(QRect(search->mapTo(&window, QPoint()), search->size()).right() < window.width());
    // A drill-down opens beside the charts, inside the window, where it can be seen.
    QTest::mouseClick(punchCard, Qt::LeftButton, {}, punchCard->cellCentre(0, 0));
    auto *results = window.findChild<QWidget *>(QStringLiteral("resultsPanel"));
    QTRY_VERIFY(results->isVisible());
    const auto panel = [&] { return QRect(results->mapTo(&window, QPoint()), results->size()); };
    QTRY_VERIFY2(window.rect().contains(panel()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                 .arg(panel().x())
                                                                 .arg(panel().y())
                                                                 .arg(panel().width())
                                                                 .arg(panel().height())));
    QVERIFY(panel().width() >= 300);
    UiTest::saveScreenshot(&window,
                           QStringLiteral("dashboard-%1x%2").arg(size.width()).arg(size.height()));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
