#include "core/common/syncprogress.h"
#include "core/common/translations.h"

#include <QCoreApplication>
#include <QTest>

/// Which language DevPulse picks and what installing it changes.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shipsEnglishAndGerman();
    void resolve_data();
    void resolve();
    void nativeNamesAreTheLanguagesOwn();
    void englishSaysOneAndMany();
    void germanTranslatesWordsAndFormats(); // last: it changes the process's language
};

void TestTranslations::shipsEnglishAndGerman()
{
    const QStringList codes = Translations::available();
    QCOMPARE(codes.value(0), QStringLiteral("en"));
    QVERIFY(codes.contains(QStringLiteral("de")));
}

void TestTranslations::resolve_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << QString() << "de_DE"
                                   << "de";
    QTest::newRow("Austrian German is German") << QString() << "de_AT"
                                               << "de";
    QTest::newRow("system French: English") << QString() << "fr_FR"
                                            << "en";
    QTest::newRow("chosen English on a German system") << "en"
                                                       << "de_DE"
                                                       << "en";
    QTest::newRow("chosen German on an English system") << "de"
                                                        << "en_US"
                                                        << "de";
    QTest::newRow("a choice DevPulse no longer ships") << "xx"
                                                       << "de_CH"
                                                       << "de";
}

void TestTranslations::resolve()
{
    QFETCH(QString, chosen);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolve(chosen, QLocale(system)), expected);
}

void TestTranslations::nativeNamesAreTheLanguagesOwn()
{
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestTranslations::englishSaysOneAndMany()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    auto connected = [](int count) {
        return QCoreApplication::translate("ConnectionStatusCards", "%n account(s) connected",
                                           nullptr, count);
    };
    QCOMPARE(connected(1), QStringLiteral("1 account connected"));
    QCOMPARE(connected(3), QStringLiteral("3 accounts connected"));
    // What a sync brought, as the window, the history and `devpulse sync` say it.
    const QMap<QString, int> items{{QStringLiteral("branches"), 1},
                                   {QStringLiteral("commits"), 1200},
                                   {QStringLiteral("tags"), 0},
                                   {QStringLiteral("widgets"), 2}};
    QCOMPARE(describeSyncItems(items), QStringLiteral("1 branch, 1,200 commits, 2 widgets"));
    QCOMPARE(describeSyncItems({}), QString());
}

void TestTranslations::germanTranslatesWordsAndFormats()
{
    QVERIFY(Translations::install(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Dashboard"),
             QString::fromUtf8("Übersicht"));
    QCOMPARE(
        QCoreApplication::translate("ConnectionStatusCards", "%n account(s) connected", nullptr, 1)
            .left(2),
        QStringLiteral("1 "));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(
        describeSyncItems({{QStringLiteral("branches"), 1}, {QStringLiteral("commits"), 1200}}),
        QStringLiteral("1 Branch, 1.200 Commits"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
