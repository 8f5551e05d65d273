#pragma once

#include "core/storage/cachedatabase.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class DashboardPage;
class GitHubAccounts;
class ProviderAccounts;
class SyncManager;
struct SyncProgress;
struct SyncRun;
class ConnectionsPage;
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
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;

public slots:
    void showPage(MainWindow::Page page);
    /// Reloads what every page shows from the cache.
    void refresh();
    void showAbout();
    /// Opens the GitHub sign-in dialog; `baseUrl` preselects a host ("" for github.com).
    void connectGitHub(const QString &baseUrl = QString());
    /// Connects (or, with `login`, reconnects) an account of a provider other than GitHub:
    /// the key dialog, a folder chooser or the CSV import, by how the provider signs in.
    void connectProvider(const QString &providerId, const QString &login = QString());
    /// Checks and imports an activity CSV file; asks for one when `filePath` is empty.
    void importCsv(const QString &filePath = QString());
    /// Writes the dashboard as a PDF report; asks where when `path` is empty.
    void exportDashboardPdf(const QString &path = QString());
    /// Asks whether to keep the account's cached data, then disconnects it.
    void confirmDisconnect(qint64 accountId);
    /// Lets the user tick the organisations and repositories of the account to sync; before
    /// the first sync the list is read from the service first (the dialog opens after it).
    void chooseRepositories(qint64 accountId);
    /// Right after an account is connected: lists its repositories, offers its organisations'
    /// in the picker when it has any, then starts its first sync (cancellable as any sync).
    void beginFirstSync(qint64 accountId);
    /// Starts a sync of every connected account.
    void syncAll();
    /// Ends DevPulse (File → Quit, the tray's Quit); closing the window only hides it to the
    /// tray when that is on.
    void quitApplication();
    /// Syncs every connected account; `includeFilesAndFolders` false leaves CSV imports and
    /// local repositories out (the automatic sync).
    void syncAccounts(bool includeFilesAndFolders);
    /// Brings the window to the front (tray, a second launch).
    void bringToFront();
    /// The "People and teams" dialog: merge and split people, edit teams.
    void managePeople();

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
    /// The GUI's cache connection, reopened when a team database came back; false (banner
    /// shown, retried every 30 s) while it cannot be reached.
    bool ensureCacheConnection();
    void wireSync();
    /// The connected accounts as a report's first page names them.
    QStringList accountNamesForReports() const;
    void showSyncProgress(qint64 accountId, const SyncProgress &progress);
    void showSyncFinished(qint64 accountId, const SyncRun &run);

    QString m_dataDir;
    CacheOpenReport m_cache;
    GitHubAccounts *m_githubAccounts = nullptr;
    ProviderAccounts *m_providerAccounts = nullptr;
    class ConnectionFlows *m_flows = nullptr;
    SyncManager *m_syncManager = nullptr;
    class MetricsRunner *m_metrics = nullptr;
    class QToolButton *m_cancelSyncButton = nullptr;
    class QProgressBar *m_syncProgressBar = nullptr;
    std::unique_ptr<CacheConnection> m_connection;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    class DashboardExportActions *m_export = nullptr; ///< File → Export, Print
    ConnectionsPage *m_connectionsPage = nullptr;
    SyncHistoryPage *m_syncHistoryPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QLabel *m_syncStatusLabel = nullptr;
    QLabel *m_errorBanner = nullptr;
    class QTimer *m_reconnectTimer = nullptr;
    QPointer<TrayIcon> m_tray; ///< app/AppController's, when it has one
    class RepositoryChoice *m_repositoryChoice = nullptr;
    bool m_quitting = false; ///< Quit chosen: closing really closes
    bool m_toldAboutTray = false;
};
