#pragma once

#include "core/storage/cachedatabase.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;
class CacheSession;
class DashboardPage;
class GitHubAccounts;
class ProviderAccounts;
class SyncManager;
struct SyncProgress;
struct SyncRun;
class ConnectionFlows;
class ConnectionsPage;
class DashboardExportActions;
class RepositoryChoice;
class SyncHistoryPage;
class SettingsPage;
class TrayIcon;

/// DevPulse's main window: navigation between Dashboard, Connections, Sync history and
/// Settings, the menus and the status bar. GUI thread; app/main.cpp creates it once the cache
/// is prepared and hands it the report of that.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Dashboard, Connections, SyncHistory, Settings };
    Q_ENUM(Page)

    MainWindow(const QString &dataDir, const CacheOpenReport &cache, GitHubAccounts *githubAccounts,
               ProviderAccounts *providerAccounts, SyncManager *syncManager,
               CacheSession *cacheSession, QWidget *parent = nullptr);
    ~MainWindow() override = default;

    Page currentPage() const;
    /// What the window's commands do, for the callers that start them without a click:
    /// connecting accounts and importing files, choosing repositories and the first sync,
    /// exporting and printing the dashboard.
    ConnectionFlows &connectionFlows() { return *m_flows; }
    RepositoryChoice &repositoryChoice() { return *m_repositoryChoice; }
    DashboardExportActions &exportActions() { return *m_export; }

public slots:
    void showPage(MainWindow::Page page);
    /// Reloads what every page shows from the cache.
    void refresh();
    /// Starts a sync of every connected account.
    void syncAll();
    /// Ends DevPulse (File → Quit, the tray's Quit); closing the window only hides it to the
    /// tray when that is on.
    void quitApplication();
    /// Brings the window to the front (tray, a second launch).
    void bringToFront();
    /// The "People and teams" dialog: merge and split people, edit teams.
    void managePeople();
    /// What counts as a deployment per repository, and what a failed change is.
    void chooseDeliverySources(const QHash<qint64, QString> &automatic);

public:
    /// While `tray` shows, closing the window only hides it and DevPulse keeps running
    /// (Settings: "close to tray"); File → Quit ends it. The tray belongs to the caller.
    void setTrayIcon(TrayIcon *tray);

signals:
    /// Settings changed how often the automatic sync runs.
    void syncIntervalChanged(int minutes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    void restoreLayout();
    void saveLayout() const;
    void showCacheError(const Error &error);
    /// Team database: the status bar says so; read-only, the writing actions are off.
    void applyCacheAccess();
    void wireSync();
    void showSyncFinished(qint64 accountId, const SyncRun &run);

    QString m_dataDir;
    CacheOpenReport m_cache;
    GitHubAccounts *m_githubAccounts = nullptr;
    ProviderAccounts *m_providerAccounts = nullptr;
    ConnectionFlows *m_flows = nullptr;
    SyncManager *m_syncManager = nullptr;
    class MetricsRunner *m_metrics = nullptr;
    CacheSession *m_cacheSession = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    DashboardExportActions *m_export = nullptr; ///< File → Export, Print
    ConnectionsPage *m_connectionsPage = nullptr;
    SyncHistoryPage *m_syncHistoryPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    class SyncStatusBar *m_syncStatusBar = nullptr;
    QLabel *m_errorBanner = nullptr;
    QPointer<TrayIcon> m_tray; ///< app/AppController's, when it has one
    RepositoryChoice *m_repositoryChoice = nullptr;
    bool m_quitting = false; ///< Quit chosen: closing really closes
    bool m_toldAboutTray = false;
};
