#include "core/storage/cachewriter.h"
#include "core/storage/synchistory.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

/// Every page can be driven by keyboard alone: Ctrl+1…4 reach the pages, Tab reaches every
/// control on them, and every control tells a screen reader what it is.
class TestKeyboardAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyControlIsReachedByTabAndNamed();

private:
    static QList<QWidget *> controlsOf(QWidget *page);
    static QString describe(const QWidget *widget);
};

void TestKeyboardAccess::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardaccess"));
}

void TestKeyboardAccess::init()
{
    QSettings().clear();
}

// What a keyboard user must be able to reach: visible, enabled widgets that take focus.
QList<QWidget *> TestKeyboardAccess::controlsOf(QWidget *page)
{
    QList<QWidget *> controls;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(page) || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A scroll area's own frame only passes focus on; its viewport children count.
        if (qobject_cast<QScrollArea *>(widget) || widget->focusProxy())
            continue;
        const bool control
            = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
              || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
              || qobject_cast<QAbstractItemView *>(widget)
              || widget->focusPolicy() == Qt::StrongFocus;
        // Line edits inside combo boxes and spin boxes belong to them.
        if (control && !qobject_cast<QComboBox *>(widget->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            controls << widget;
    }
    return controls;
}

QString TestKeyboardAccess::describe(const QWidget *widget)
{
    return QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                         QLatin1String(widget->metaObject()->className()));
}

void TestKeyboardAccess::everyControlIsReachedByTabAndNamed()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const qint64 accountId = cache.addAccount();
    const qint64 repoId = cache.addRepo(accountId, QStringLiteral("octo/app"));
    for (int i = 0; i < 5; ++i) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QStringLiteral("sha%1").arg(i);
        record.author.name = QStringLiteral("Ada Lovelace");
        record.authoredAt = QDateTime(QDate::currentDate().addDays(-i), QTime(10, 15)).toUTC();
        record.message = QStringLiteral("Change %1").arg(i);
        QVERIFY(writer.upsertCommit(record).ok());
    }
    SyncHistory history(cache.db()); // a failed run: the history shows its table and Retry
    const Result<qint64> runId = history.beginRun(QStringLiteral("github"), accountId,
                                                  QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(runId.ok());
    SyncRun run;
    run.id = runId.value();
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.status = SyncRunStatus::Failed;
    run.error = QStringLiteral("GitHub rejected the token.");
    QVERIFY(history.finishRun(run).ok());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    window.resize(1200, 900);
    QVERIFY(UiTest::showAndActivate(window));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);

    const QList<std::pair<Qt::Key, MainWindow::Page>> shortcuts{
        {Qt::Key_1, MainWindow::Page::Dashboard},
        {Qt::Key_2, MainWindow::Page::Connections},
        {Qt::Key_3, MainWindow::Page::SyncHistory},
        {Qt::Key_4, MainWindow::Page::Settings}};
    for (const auto &[key, page] : shortcuts) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, key,
                        Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page);
        QTest::qWait(100); // the dashboard's numbers arrive from a worker thread
        QWidget *current = pages->currentWidget();
        const QList<QWidget *> controls = controlsOf(current);
        QVERIFY2(!controls.isEmpty(),
                 qPrintable(QStringLiteral("no controls on %1").arg(current->objectName())));

        // Tab from the navigation through the whole window, twice around at most.
        QSet<QWidget *> reached;
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        for (int press = 0; press < 2 * 400; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            QVERIFY2(focused, "Tab left the window without a focused widget");
            reached << focused;
            if (reached.size() > 1 && focused == start)
                break;
        }
        QStringList unreachable;
        QStringList unnamed;
        for (QWidget *control : controls) {
            if (!reached.contains(control))
                unreachable << describe(control);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(control);
        }
        QVERIFY2(unreachable.isEmpty(),
                 qPrintable(QStringLiteral("Page %1: Tab never reaches\n  ").arg(int(page))
                            + unreachable.join(u"\n  ")));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("Page %1: no accessible name\n  ").arg(int(page))
                            + unnamed.join(u"\n  ")));
    }
}

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
