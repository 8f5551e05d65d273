#pragma once

#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/query/cachesession.h"
#include "core/storage/cachedatabase.h"
#include "core/sync/syncmanager.h"

#include <QObject>

#include <memory>

class HttpClient;
class MainWindow;
class SecretStore;
class SyncScheduler;
class SyncStatus;
class TrayIcon;

/// What lives as long as DevPulse's window does: the accounts and sync services, the sync
/// status the tray shows, the automatic sync (scheduler) and the tray icon. It makes the main
/// window, hands it the services, and wires the background work to it, so that the window is
/// layout, menus and navigation. GUI thread; app/main.cpp makes one once the cache is prepared.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    /// `http` and `secrets` are the GUI thread's network stack and keychain; both outlive this.
    AppController(const QString &dataDir, const CacheOpenReport &cache, HttpClient *http,
                  SecretStore *secrets, QObject *parent = nullptr);
    ~AppController() override;

    MainWindow &window() { return *m_window; }
    /// Shows the window, then starts the automatic sync (a stale cache syncs at once; offline
    /// waits for the network) and checks the stored tokens. Tests that want no background
    /// syncs leave it out.
    void start();

public slots:
    /// Brings the window to the front (the tray, a second launch) and takes a shown sync
    /// error as seen.
    void bringWindowToFront();

private:
    void wireSyncStatus();
    void wireScheduler();
    void wireTray();
    /// A scheduled run ends when its last sync does; `failed` for any of them.
    void scheduledSyncEnded(bool failed);

    CacheOpenReport m_cache;
    GitHubAccounts m_githubAccounts;
    ProviderAccounts m_providerAccounts;
    // Before the window, so that it outlives it: on quit it cancels running syncs and waits
    // for their threads.
    SyncManager m_syncManager;
    /// The window's reads of the cache; it also retries a team database that stopped answering.
    CacheSession m_cacheSession;
    std::unique_ptr<MainWindow> m_window;
    SyncStatus *m_syncStatus = nullptr;
    SyncScheduler *m_scheduler = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_scheduledRun = false; ///< the running syncs were started by the scheduler
    bool m_scheduledFailed = false;
};
