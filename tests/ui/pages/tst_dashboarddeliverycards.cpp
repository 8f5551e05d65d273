// The dashboard's delivery cards in a real window: the four DORA keys with their bands, the
// deployments per week, what counts as a deployment per repository, and the report's page.
#include "core/storage/cachewriter.h"
#include "core/storage/deliverysources.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/charts/barchartview.h"
#include "ui/export/dashboardexportactions.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestDashboardDeliveryCards : public QObject
{
    Q_OBJECT

private slots:
    void deliveryCardsShowTheCache();
    void whatCountsIsChosenInTheWindow();
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
    // The card ends below its row (and room for one more), not a screen's height later.
    QTRY_VERIFY2(repos->viewport()->height() - repos->verticalHeader()->length()
                     <= repos->verticalHeader()->defaultSectionSize(),
                 qPrintable(QStringLiteral("%1 px shown for %2 px of rows")
                                .arg(repos->viewport()->height())
                                .arg(repos->verticalHeader()->length())));

    QTemporaryDir exports;
    const QString pdf = exports.filePath(QStringLiteral("report.pdf"));
    window.exportActions().exportPdf(pdf);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    // One line: where the report wraps a sentence depends on the fonts.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const char *expected :
         {"Delivery (DORA)", "Delivery per repository", "deployments to production",
          "Deployments per week", "How delivery is measured", "followed within 7 days"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void TestDashboardDeliveryCards::whatCountsIsChosenInTheWindow()
{
    // octo/app deploys to production and staging, has a "Deploy" workflow and tags v1, v2 and
    // nightly-1. The user picks staging and what a failure is, then tags matching v*.
    TestCache cache;
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    const QDateTime start = QDateTime(QDate::currentDate().addDays(-20), QTime(9, 0)).toUTC();
    int n = 0;
    for (const char *environment : {"production", "production", "staging"}) {
        DeploymentRecord deployment;
        deployment.repoId = repoId;
        deployment.remoteId = QStringLiteral("D%1").arg(++n);
        deployment.environment = QLatin1String(environment);
        deployment.commitSha = QString(40, QLatin1Char('a'));
        deployment.createdAt = start.addDays(n);
        deployment.status = QStringLiteral("SUCCESS");
        deployment.statusAt = deployment.createdAt;
        QVERIFY(writer.upsertDeployment(deployment).ok());
    }
    QVERIFY(writer
                .upsertWorkflow({repoId,
                                 QStringLiteral("7"),
                                 QStringLiteral("Deploy"),
                                 QStringLiteral(".github/workflows/deploy.yml"),
                                 {}})
                .ok());
    for (const char *name : {"v1", "v2", "nightly-1"}) {
        TagRecord tag;
        tag.repoId = repoId;
        tag.name = QLatin1String(name);
        tag.sha = QString(40, QLatin1Char('a'));
        tag.taggedAt = start.addDays(++n);
        tag.seenAt = tag.taggedAt;
        QVERIFY(writer.upsertTag(tag).ok());
    }

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(1280, 800);
    QVERIFY(UiTest::showAndActivate(window));
    auto *repos = window.findChild<QTableWidget *>(QStringLiteral("deliveryReposTable"));
    QVERIFY(repos);
    QTRY_COMPARE(repos->rowCount(), 1);
    QTRY_COMPARE(repos->item(0, 1)->text(),
                 QStringLiteral("deployments to production (automatic)"));
    auto *choose = window.findChild<QToolButton *>(QStringLiteral("deliveryChoose"));
    QVERIFY(choose);

    QStringList offered;
    int emptySpace = -1;
    UiTest::whenModalShows([&offered, &emptySpace](QWidget *modal) {
        auto *combo = modal->findChild<QComboBox *>(QStringLiteral("deliverySource:octo/app"));
        QVERIFY(combo);
        auto *table = modal->findChild<QTableWidget *>(QStringLiteral("deliverySourcesTable"));
        QVERIFY(table);
        emptySpace = table->viewport()->height() - table->verticalHeader()->length();
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemText(i);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Deployments to staging")));
        modal->findChild<QSpinBox *>(QStringLiteral("failureWindow"))->setValue(2);
        modal->findChild<QLineEdit *>(QStringLiteral("incidentLabel"))
            ->setText(QStringLiteral("sev1"));
        QMetaObject::invokeMethod(modal, "accept");
    });
    choose->click();
    QCOMPARE(offered,
             (QStringList{QStringLiteral("Automatic (now: deployments to production)"),
                          QStringLiteral("Deployments to production"),
                          QStringLiteral("Deployments to staging"),
                          QStringLiteral("Runs of workflow Deploy"),
                          QStringLiteral("Published releases (0)"), QStringLiteral("Every tag (3)"),
                          QStringLiteral("Tags matching a pattern…")}));
    // The dialog is as tall as its one row, not a box of empty rows (288 px of them before).
    QVERIFY2(emptySpace >= 0 && emptySpace <= 4, qPrintable(QString::number(emptySpace)));
    QTRY_COMPARE(repos->item(0, 1)->text(), QStringLiteral("deployments to staging"));
    DeliverySources sources(cache.db());
    QCOMPARE(sources.settings().value().failureWindowDays, 2);
    QCOMPARE(sources.settings().value().incidentLabel, QStringLiteral("sev1"));

    // Tags matching a pattern: the item asks for it.
    UiTest::whenModalShows([](QWidget *modal) {
        auto *combo = modal->findChild<QComboBox *>(QStringLiteral("deliverySource:octo/app"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Deployments to staging"));
        UiTest::whenModalShows([](QWidget *input) {
            auto *dialog = qobject_cast<QInputDialog *>(input);
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("v*"));
            dialog->accept();
        });
        const int ask = combo->count() - 1;
        combo->setCurrentIndex(ask);
        emit combo->activated(ask);
        QCOMPARE(combo->currentText(), QStringLiteral("Tags matching v*"));
        QMetaObject::invokeMethod(modal, "accept");
    });
    choose->click();
    QTRY_COMPARE(repos->item(0, 1)->text(), QStringLiteral("tags matching v*"));
    QTRY_COMPARE(repos->item(0, 2)->text(), QStringLiteral("2"));
    QCOMPARE(sources.all().value().value(repoId).value, QStringLiteral("v*"));
}

QTEST_MAIN(TestDashboardDeliveryCards)
#include "tst_dashboarddeliverycards.moc"
