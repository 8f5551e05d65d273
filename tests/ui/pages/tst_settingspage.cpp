#include "core/storage/cachedatabase.h"
#include "core/sync/syncmanager.h"
#include "ui/pages/settingspage.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
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
    void requestsAtOnceIsTheSyncsSetting();
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

void TestSettingsPage::requestsAtOnceIsTheSyncsSetting()
{
    // Issue 20: up to 4 requests in flight by default, a setting; 1 means one after the other.
    QSettings().remove(QLatin1String(SyncManager::ConcurrentRequestsKey));
    QTemporaryDir dir;
    CacheOpenReport cache;
    cache.address = dir.filePath(QStringLiteral("devpulse.sqlite"));
    SettingsPage page(dir.path(), cache);
    auto *requests = page.findChild<QSpinBox *>(QStringLiteral("concurrentRequestsSpin"));
    QVERIFY(requests);
    QCOMPARE(requests->value(), 4);
    QCOMPARE(SyncManager::concurrentRequests(), 4);
    requests->setValue(1);
    QCOMPARE(SyncManager::concurrentRequests(), 1);
    QCOMPARE(requests->maximum(), SyncManager::MaxConcurrentRequests);
    // A value written by hand outside the range is taken within it.
    QSettings().setValue(QLatin1String(SyncManager::ConcurrentRequestsKey), 99);
    QCOMPARE(SyncManager::concurrentRequests(), SyncManager::MaxConcurrentRequests);
    QSettings().remove(QLatin1String(SyncManager::ConcurrentRequestsKey));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
