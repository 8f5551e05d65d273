#include "app/appcontroller.h"

#include "core/common/clock.h"
#include "core/storage/synchistory.h"
#include "core/sync/syncscheduler.h"
#include "core/sync/syncstatus.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/tray/trayicon.h"

#include <QNetworkInformation>
#include <QSettings>
#include <QTimer>

namespace {
constexpr char PausedKey[] = "sync/paused";
} // namespace

AppController::AppController(const QString &dataDir, const CacheOpenReport &cache, HttpClient *http,
                             SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_githubAccounts(http, secrets, cache.address)
    , m_providerAccounts(secrets, cache.address)
    , m_syncManager(cache.address, secrets)
    , m_cacheSession(cache.address)
    , m_window(std::make_unique<MainWindow>(dataDir, cache, &m_githubAccounts, &m_providerAccounts,
                                            &m_syncManager, &m_cacheSession))
{
    wireSyncStatus();
    wireScheduler();
    wireTray();
}

AppController::~AppController()
{
    // The syncs still running end while the sync manager goes: nothing here may hear of it.
    QObject::disconnect(&m_syncManager, nullptr, this, nullptr);
    QObject::disconnect(&m_syncManager, nullptr, m_syncStatus, nullptr);
    delete m_tray;
    m_window.reset();
}

void AppController::wireSyncStatus()
{
    m_syncStatus = new SyncStatus(this);
    connect(&m_syncManager, &SyncManager::syncStarted, m_syncStatus, &SyncStatus::syncStarted);
    connect(&m_syncManager, &SyncManager::progressChanged, m_syncStatus,
            &SyncStatus::progressChanged);
    connect(&m_syncManager, &SyncManager::syncFinished, m_syncStatus, &SyncStatus::syncFinished);
    connect(&m_syncManager, &SyncManager::syncFailedToStart, m_syncStatus,
            &SyncStatus::syncFailedToStart);
}

void AppController::wireScheduler()
{
    m_scheduler = new SyncScheduler(Clock::system(), this);
    m_scheduler->setInterval(
        std::chrono::minutes(QSettings()
                                 .value(QLatin1String(SettingsPage::SyncIntervalKey),
                                        SettingsPage::DefaultSyncIntervalMinutes)
                                 .toInt()));
    m_scheduler->setPaused(QSettings().value(QLatin1String(PausedKey), false).toBool());
    connect(m_window.get(), &MainWindow::syncIntervalChanged, this, [this](int minutes) {
        m_scheduler->setInterval(std::chrono::minutes(minutes));
        m_scheduler->check();
    });
    connect(m_scheduler, &SyncScheduler::syncDue, this, [this] {
        m_scheduledRun = true;
        m_scheduledFailed = false;
        // Services only: re-reading CSV files and local repositories every hour costs time
        // (a million-row file takes ~25 s) for changes the user makes and knows about.
        if (const Result<void> started = m_syncManager.syncConnectedAccounts(false); !started)
            m_scheduledFailed = true;
        if (!m_syncManager.isAnySyncRunning()) { // nothing to sync, or it could not start
            m_scheduledRun = false;
            m_scheduler->runFinished(!m_scheduledFailed);
        }
    });
    connect(&m_syncManager, &SyncManager::syncFinished, this, [this](qint64, const SyncRun &run) {
        scheduledSyncEnded(run.status == SyncRunStatus::Failed);
    });
    connect(&m_syncManager, &SyncManager::syncFailedToStart, this,
            [this](qint64, const Error &) { scheduledSyncEnded(true); });
}

void AppController::scheduledSyncEnded(bool failed)
{
    if (!m_scheduledRun)
        return;
    m_scheduledFailed = m_scheduledFailed || failed;
    if (!m_syncManager.isAnySyncRunning()) {
        m_scheduledRun = false;
        m_scheduler->runFinished(!m_scheduledFailed);
    }
}

void AppController::wireTray()
{
    m_tray = new TrayIcon(m_syncStatus, this);
    m_tray->setPaused(m_scheduler->isPaused());
    m_window->setTrayIcon(m_tray);
    connect(m_tray, &TrayIcon::openRequested, this, &AppController::bringWindowToFront);
    connect(m_tray, &TrayIcon::syncRequested, m_window.get(), &MainWindow::syncAll);
    connect(m_tray, &TrayIcon::pauseRequested, this, [this](bool paused) {
        QSettings().setValue(QLatin1String(PausedKey), paused);
        m_scheduler->setPaused(paused);
        m_tray->setPaused(paused);
    });
    connect(m_tray, &TrayIcon::quitRequested, m_window.get(), &MainWindow::quitApplication);
}

void AppController::bringWindowToFront()
{
    m_window->bringToFront();
    m_syncStatus->acknowledgeError();
}

void AppController::start()
{
    m_window->show();
    if (m_cache.readOnly)
        return; // the team's syncing machine keeps the database current and holds the tokens
    // After the window is up: the keychain may take a moment (or ask to be unlocked).
    QTimer::singleShot(0, &m_githubAccounts, &GitHubAccounts::verifyStoredTokens);
    // The last sync the history knows: a stale cache syncs at once.
    {
        CacheConnection connection(m_cache.address, QStringLiteral("controller"));
        if (connection.isOpen()) {
            if (const Result<QList<SyncRun>> runs
                = SyncHistory(connection.database()).recentRuns(20);
                runs) {
                for (const SyncRun &run : runs.value()) {
                    if (run.status == SyncRunStatus::Succeeded) {
                        m_scheduler->setLastSyncAt(run.finishedAt);
                        break;
                    }
                }
            }
        }
    }
    // Offline: wait for the network (where Qt can tell; elsewhere assume online).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        auto online = [](QNetworkInformation::Reachability reachability) {
            return reachability != QNetworkInformation::Reachability::Disconnected;
        };
        QNetworkInformation *network = QNetworkInformation::instance();
        m_scheduler->setOnline(online(network->reachability()));
        m_syncStatus->setOnline(online(network->reachability()));
        connect(network, &QNetworkInformation::reachabilityChanged, this,
                [this, online](QNetworkInformation::Reachability reachability) {
                    m_scheduler->setOnline(online(reachability));
                    m_syncStatus->setOnline(online(reachability));
                });
    }
    m_scheduler->start();
}
