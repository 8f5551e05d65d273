#include "core/common/translations.h"
#include "core/providers/providercatalog.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"
#include "tests/support/testservices.h"
#include "tests/support/uitest.h"
#include "ui/dialogs/githubsignindialog.h"
#include "ui/dialogs/providerconnectdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

namespace {

const QString OpenMark = QString::fromUtf8("⟦");
const QString CloseMark = QString::fromUtf8("⟧");

/// Wraps every string that goes through tr() in ⟦…⟧, so a text on screen without the marks
/// was never offered to a translator.
class MarkingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return OpenMark + QString::fromUtf8(sourceText) + CloseMark;
    }
};

} // namespace

/// Every string a user reads is translatable, and DevPulse starts in German when asked to.
class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyVisibleTextGoesThroughTranslation();
    void startsInGerman(); // last: it installs the German translation for good

private:
    struct Seen
    {
        QString where;
        QString text;
    };
    static QList<Seen> visibleTexts(QWidget *window);
    static bool needsNoTranslation(const QString &text);
};

void TestLocalization::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_localization"));
}

void TestLocalization::init()
{
    QSettings().clear();
}

QList<TestLocalization::Seen> TestLocalization::visibleTexts(QWidget *window)
{
    QList<Seen> seen;
    auto add = [&seen](const QObject *object, const char *what, const QString &text) {
        if (!text.isEmpty())
            seen << Seen{object->objectName() + QLatin1Char('/')
                             + QLatin1String(object->metaObject()->className()) + QLatin1Char('.')
                             + QLatin1String(what),
                         text};
    };
    std::function<void(QMenu *)> addMenu = [&](QMenu *menu) {
        add(menu, "title", menu->title());
        for (QAction *action : menu->actions()) {
            add(action, "text", action->text());
            if (action->menu())
                addMenu(action->menu());
        }
    };
    add(window, "windowTitle", window->windowTitle().remove(QStringLiteral("[*]")));
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (QAction *action : mainWindow->menuBar()->actions()) {
            if (action->menu())
                addMenu(action->menu());
        }
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        add(widget, "toolTip", widget->toolTip());
        add(widget, "accessibleName", widget->accessibleName());
        add(widget, "accessibleDescription", widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            // Selectable labels show data (paths, versions) chosen to be copied.
            if (!(label->textInteractionFlags() & Qt::TextSelectableByMouse))
                add(label, "text", label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button, "text", button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(group, "title", group->title());
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            add(edit, "placeholderText", edit->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, "item", combo->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, "tab", tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            if (QAbstractItemModel *model = view->model()) {
                for (int column = 0; column < model->columnCount(); ++column)
                    add(view, "header", model->headerData(column, Qt::Horizontal).toString());
                if (qobject_cast<QListWidget *>(view)) { // fixed lists such as the navigation
                    for (int row = 0; row < model->rowCount(); ++row)
                        add(view, "item", model->index(row, 0).data().toString());
                }
            }
        }
    }
    return seen;
}

// Names, numbers and punctuation read the same in every language.
bool TestLocalization::needsNoTranslation(const QString &text)
{
    static const QRegularExpression noWords(QStringLiteral("^[^\\p{L}]*$"));
    static const QStringList names{
        QStringLiteral("DevPulse"),   QStringLiteral("GitHub"),   QStringLiteral("WakaTime"),
        QStringLiteral("Codewars"),   QStringLiteral("Exercism"), QStringLiteral("CSV"),
        QStringLiteral("github.com"), QStringLiteral("Deutsch"),  QStringLiteral("English")};
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // "<b>GitHub</b>"
    // Examples of what to type: an address, a token's prefix.
    const bool example
        = plain.startsWith(QLatin1String("https://")) || plain.startsWith(QLatin1String("ghp_"));
    return noWords.match(plain).hasMatch() || names.contains(plain) || example;
}

void TestLocalization::everyVisibleTextGoesThroughTranslation()
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);

    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    QVERIFY(writer
                .upsertAccount({QStringLiteral("github"), QString(), QStringLiteral("octocat"),
                                QString(), QStringLiteral("repo"), QDateTime()})
                .ok());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));

    QStringList untranslated;
    for (MainWindow::Page page : {MainWindow::Page::Dashboard, MainWindow::Page::Connections,
                                  MainWindow::Page::SyncHistory, MainWindow::Page::Settings}) {
        window.showPage(page);
        QTest::qWait(200); // the dashboard's numbers arrive from a worker thread
        for (const Seen &seen : visibleTexts(&window)) {
            if (!seen.text.contains(OpenMark) && !needsNoTranslation(seen.text))
                untranslated << QStringLiteral("%1: %2").arg(seen.where, seen.text);
        }
    }
    // The sign-in and key dialogs, as they first open.
    GitHubSignInDialog signIn(&services.accounts, QString(), &window);
    ProviderConnectDialog keyDialog(ProviderCatalog::info(QStringLiteral("wakatime")),
                                    &services.providerAccounts, QString(), &window);
    for (QDialog *dialog : std::initializer_list<QDialog *>{&signIn, &keyDialog}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const Seen &seen : visibleTexts(dialog)) {
            if (!seen.text.contains(OpenMark) && !needsNoTranslation(seen.text))
                untranslated << QStringLiteral("%1: %2").arg(seen.where, seen.text);
        }
        dialog->hide();
    }
    untranslated.removeDuplicates();
    QCoreApplication::removeTranslator(&marking);
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("Shown without tr():\n  ") + untranslated.join(u"\n  ")));
}

void TestLocalization::startsInGerman()
{
    QVERIFY(
        Translations::install(Translations::resolve(QString(), QLocale(QStringLiteral("de_DE")))));

    TestCache cache;
    QVERIFY(cache.isValid());
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    QVERIFY(UiTest::showAndActivate(window));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), QString::fromUtf8("Übersicht"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Verbindungen"));
    UiTest::saveScreenshot(&window, QStringLiteral("german-first-run"));
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
