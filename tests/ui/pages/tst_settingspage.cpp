#include "pages/settingspage.h"
#include "storage/cachedatabase.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

// Settings as a user reads it: where DevPulse keeps what, and how to start over, told the same
// way as the README.
class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startingOverSaysWhatTheReadmeSays();
};

void TestSettingsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingspage"));
}

void TestSettingsPage::startingOverSaysWhatTheReadmeSays()
{
    // Issue 19: Settings said "nothing else needs to be removed" while the README names the
    // settings file and the keychain entries too.
    QTemporaryDir dir;
    CacheOpenReport cache;
    cache.address = dir.filePath(QStringLiteral("devpulse.sqlite"));
    SettingsPage page(dir.path(), cache);
    const QString note = page.findChild<QLabel *>(QStringLiteral("startOverNote"))->text();
    QVERIFY2(!note.contains(QLatin1String("nothing else")), qPrintable(note));
    for (const char *step : {"data folder", "settings file", "keychain", "disconnect"})
        QVERIFY2(note.contains(QLatin1String(step)), step);

    QFile readme(QStringLiteral(DEVPULSE_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll()).simplified();
    for (const char *step :
         {"delete the data folder", "for the settings", "disconnect accounts", "keychain"})
        QVERIFY2(text.contains(QLatin1String(step)), step);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
