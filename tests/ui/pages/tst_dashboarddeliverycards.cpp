// The dashboard's delivery cards in a real window: the four DORA keys with their bands, the
// deployments per week, what counts as a deployment per repository, and the report's page.
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/charts/barchartview.h"
#include "ui/export/dashboardexportactions.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestDashboardDeliveryCards : public QObject
{
    Q_OBJECT

private slots:
    void deliveryCardsShowTheCache();
};

void TestDashboardDeliveryCards::deliveryCardsShowTheCache()
{
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    // A line of three commits, deployed one by one to production a day apart; the second
    // deployment's next attempt fails.
    const QDateTime start = QDateTime(QDate::currentDate().addDays(-10), QTime(9, 0)).toUTC();
    QString parent;
    for (int i = 0; i < 3; ++i) {
        CommitRecord commit;
        commit.repoId = repoId;
        commit.sha = QString(40, QLatin1Char(char('a' + i)));
        commit.authoredAt = start.addDays(i);
        commit.committedAt = commit.authoredAt;
        commit.message = QStringLiteral("Change %1").arg(i);
        commit.parents = parent.isEmpty() ? QStringList() : QStringList{parent};
        commit.parentsKnown = true;
        QVERIFY(writer.upsertCommit(commit).ok());
        parent = commit.sha;
        DeploymentRecord deployment;
        deployment.repoId = repoId;
        deployment.remoteId = QStringLiteral("D%1").arg(i);
        deployment.environment = QStringLiteral("production");
        deployment.commitSha = commit.sha;
        deployment.createdAt = commit.committedAt.addSecs(2 * 3600);
        deployment.status = QStringLiteral("SUCCESS");
        deployment.statusAt = deployment.createdAt.addSecs(60);
        QVERIFY(writer.upsertDeployment(deployment).ok());
    }
    DeploymentRecord failed;
    failed.repoId = repoId;
    failed.remoteId = QStringLiteral("D9");
    failed.environment = QStringLiteral("production");
    failed.commitSha = parent;
    failed.createdAt = start.addDays(1).addSecs(5 * 3600);
    failed.status = QStringLiteral("FAILURE");
    failed.statusAt = failed.createdAt.addSecs(60);
    QVERIFY(writer.upsertDeployment(failed).ok());

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(1280, 800);
    QVERIFY(UiTest::showAndActivate(window));

    auto *summary = window.findChild<QLabel *>(QStringLiteral("deliverySummary"));
    QVERIFY(summary);
    // Three deployments over the default range (the last 12 months): rarely, by DORA's bands.
    QTRY_VERIFY2(
        summary->text().startsWith(QLatin1String("Deployment frequency: 0.1 per week (low)")),
        qPrintable(summary->text()));
    // Lead time: the second and third deployments bring one commit each, 2 h after it.
    QVERIFY2(summary->text().contains(QLatin1String("Lead time for changes: 2.0 h (median of 2 "
                                                    "commits, elite)")),
             qPrintable(summary->text()));
    // One failed change (the second deployment, whose next attempt failed) of three.
    QVERIFY2(summary->text().contains(QLatin1String("Change failure rate: 33 % (low)")),
             qPrintable(summary->text()));
    // From the failed attempt to the next successful deployment: 21 hours.
    QVERIFY2(summary->text().contains(QLatin1String("Time to restore: 21.0 h (median, high)")),
             qPrintable(summary->text()));
    auto *chart = window.findChild<BarChartView *>(QStringLiteral("deliveryChart"));
    QVERIFY(chart && !chart->isEmptyChart());

    auto *repos = window.findChild<QTableWidget *>(QStringLiteral("deliveryReposTable"));
    QVERIFY(repos);
    QCOMPARE(repos->rowCount(), 1);
    QCOMPARE(repos->item(0, 0)->text(), QStringLiteral("octo/app"));
    QCOMPARE(repos->item(0, 1)->text(), QStringLiteral("deployments to production (automatic)"));
    QCOMPARE(repos->item(0, 2)->text(), QStringLiteral("3"));

    QTemporaryDir exports;
    const QString pdf = exports.filePath(QStringLiteral("report.pdf"));
    window.exportActions().exportPdf(pdf);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const char *expected : {"Delivery (DORA)", "Delivery per repository",
                                 "deployments to production", "Deployments per week"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

QTEST_MAIN(TestDashboardDeliveryCards)
#include "tst_dashboarddeliverycards.moc"
