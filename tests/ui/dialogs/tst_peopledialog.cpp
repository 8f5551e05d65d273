#include "core/common/translations.h"
#include "core/people/identities.h"
#include "core/people/teams.h"
#include "core/storage/cachewriter.h"
#include "core/storage/mailmapstore.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/charts/checklistbutton.h"
#include "ui/mainwindow.h"
#include "ui/pages/dashboardpage.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

/// View → People and teams… as a user does it: select Ada's two ways of committing, Merge,
/// name her; make a team "Core" and tick her; the dashboard's People filter then offers the
/// team and counts Ada once.
class TestPeopleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mergeThenTeamReachTheDashboard();
    void mailmapSuggestionIsOfferedNotApplied();
};

void TestPeopleDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_peopledialog"));
    QSettings().clear();
    QVERIFY(Translations::install(QStringLiteral("en"))); // "1 person", as the app says
}

namespace {
// Answers the next QInputDialog with `text`.
void answerInput(const QString &text)
{
    UiTest::whenModalShows([text](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        // Wide enough for its title with room for the title bar's buttons and icon (about 30
        // characters): at 262 px the title read "Merge peo…".
        QVERIFY2(
            input->width() >= input->fontMetrics().horizontalAdvance(input->windowTitle())
                                  + 30 * input->fontMetrics().averageCharWidth(),
            qPrintable(
                QStringLiteral("%1 px for “%2”").arg(input->width()).arg(input->windowTitle())));
        input->setTextValue(text);
        input->accept();
    });
}

QTreeWidgetItem *topLevel(QTreeWidget *tree, const QString &key)
{
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->data(0, Qt::UserRole).toString() == key)
            return tree->topLevelItem(row);
    }
    return nullptr;
}
} // namespace

void TestPeopleDialog::mergeThenTeamReachTheDashboard()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    CacheWriter writer(cache.db());
    auto commit = [&](int index, const QString &login, const QString &email) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QStringLiteral("sha%1").arg(index);
        record.author.login = login;
        record.author.email = email;
        record.author.name = QStringLiteral("Ada Lovelace");
        record.authoredAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(writer.upsertCommit(record).ok());
    };
    for (int i = 0; i < 3; ++i)
        commit(i, QStringLiteral("ada"), QStringLiteral("ada@work.example"));
    for (int i = 3; i < 5; ++i)
        commit(i, QString(), QStringLiteral("ada@home.example"));

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));

    bool stepsRan = false;
    UiTest::whenModalShows([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("peopleDialog"));
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("peopleTree"));
        auto *merge = dialog->findChild<QPushButton *>(QStringLiteral("mergeButton"));
        // The list comes from the metrics thread (the commit snapshot), not the GUI thread.
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(!merge->isEnabled());
        topLevel(tree, QStringLiteral("ada"))->setSelected(true);
        topLevel(tree, QStringLiteral("ada@home.example"))->setSelected(true);
        QVERIFY(merge->isEnabled());
        answerInput(QStringLiteral("Ada Lovelace"));
        QTest::mouseClick(merge, Qt::LeftButton);
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Ada Lovelace"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2); // her two ways of committing

        dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
        answerInput(QStringLiteral("Core"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newTeamButton")),
                          Qt::LeftButton);
        auto *teams = dialog->findChild<QListWidget *>(QStringLiteral("teamList"));
        QTRY_COMPARE(teams->count(), 1);
        QCOMPARE(teams->currentItem()->text(), QStringLiteral("Core"));
        auto *members = dialog->findChild<QListWidget *>(QStringLiteral("memberList"));
        QTRY_COMPARE(members->count(), 1);
        members->item(0)->setCheckState(Qt::Checked);
        stepsRan = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    window.managePeople();
    QVERIFY(stepsRan);

    const QList<Team> teams = Teams::all(cache.db()).value();
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.at(0).members.size(), 1);
    QVERIFY(teams.at(0).members.at(0).startsWith(QLatin1Char('#')));

    // The dashboard's People filter offers the team first, then Ada once.
    auto *people = window.findChild<QListWidget *>(QStringLiteral("authorFilterList"));
    QVERIFY(people);
    // The list arrives from the metrics thread; before the dialog's refresh it had two
    // people and no team, so wait for the team, not just for two rows.
    QTRY_VERIFY(people->count() > 0
                && people->item(0)->text() == QStringLiteral("Team Core (1 person)"));
    QCOMPARE(people->count(), 2);
    QCOMPARE(people->item(1)->text(), QStringLiteral("Ada Lovelace (5)"));
    people->item(0)->setCheckState(Qt::Checked);
    auto *page = window.findChild<DashboardPage *>();
    QCOMPARE(page->filter().authors, teams.at(0).members);
}

void TestPeopleDialog::mailmapSuggestionIsOfferedNotApplied()
{
    // Issue 21 #4: what .mailmap says appears as a suggestion; only the user's Merge merges.
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 accountId = cache.addAccount();
    const qint64 repoId = cache.addRepo(accountId, QStringLiteral("local/app"));
    CacheWriter writer(cache.db());
    auto commit = [&](int index, const QString &name, const QString &email) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QStringLiteral("mm%1").arg(index);
        record.author.email = email;
        record.author.name = name;
        record.authoredAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(writer.upsertCommit(record).ok());
    };
    commit(0, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@new.example"));
    commit(1, QStringLiteral("Ada"), QStringLiteral("ada@old.example"));
    commit(2, QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    QVERIFY(
        MailmapStore(cache.db())
            .replace(repoId, {{QStringLiteral("Ada"), QStringLiteral("ada@old.example"),
                               QStringLiteral("Ada Lovelace"), QStringLiteral("ada@new.example")}})
            .ok());

    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));
    bool stepsRan = false;
    UiTest::whenModalShows([&](QWidget *dialog) {
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("peopleTree"));
        auto *suggestions = dialog->findChild<QListWidget *>(QStringLiteral("mailmapSuggestions"));
        QVERIFY(tree && suggestions);
        QTRY_COMPARE(tree->topLevelItemCount(), 3); // nothing merged by itself
        QTRY_COMPARE(suggestions->count(), 1);
        QVERIFY(suggestions->isVisible());
        UiTest::saveScreenshot(dialog, QStringLiteral("people-mailmap-suggestion"));
        QCOMPARE(suggestions->item(0)->text(),
                 QStringLiteral("Ada Lovelace: ada@new.example, ada@old.example are one person, "
                                "says .mailmap"));
        answerInput(QStringLiteral("Ada Lovelace"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeSuggestionButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        QTRY_COMPARE(suggestions->count(), 0);
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("mailmapSuggestionBox"))->isVisible());
        stepsRan = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    window.managePeople();
    QVERIFY(stepsRan);
    const QList<Person> people = Identities::people(cache.db()).value();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.first().displayName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(people.first().aliases.size(), 2);
}

QTEST_MAIN(TestPeopleDialog)
#include "tst_peopledialog.moc"
