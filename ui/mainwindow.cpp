#include "ui/mainwindow.h"

#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/accounts/providerdirectory.h"
#include "core/export/dashboardtables.h"
#include "core/metrics/metricsrunner.h"
#include "core/providers/syncprogress.h"
#include "core/storage/accountstore.h"
#include "core/storage/cacheaddress.h"
#include "core/storage/cacheoverview.h"
#include "core/storage/synchistory.h"
#include "core/sync/syncmanager.h"
#include "ui/connectionflows.h"
#include "ui/dialogs/disconnectdialog.h"
#include "ui/dialogs/peopledialog.h"
#include "ui/export/dashboardexportactions.h"
#include "ui/models/synchistorymodel.h"
#include "ui/pages/connectionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/synchistorypage.h"
#include "ui/repositorychoice.h"
#include "ui/style/statuscolours.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr char GeometryKey[] = "mainWindow/geometry";
constexpr char StateKey[] = "mainWindow/state";
constexpr char PageKey[] = "mainWindow/page";
// Retry a lost team database this often (the window also retries at every refresh).
constexpr int ReconnectIntervalMs = 30'000;
} // namespace

MainWindow::MainWindow(const QString &dataDir, const CacheOpenReport &cache,
                       GitHubAccounts *githubAccounts, ProviderAccounts *providerAccounts,
                       SyncManager *syncManager, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
    , m_cache(cache)
    , m_githubAccounts(githubAccounts)
    , m_providerAccounts(providerAccounts)
    , m_syncManager(syncManager)
    , m_connection(std::make_unique<CacheConnection>(cache.address, QStringLiteral("gui")))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DevPulse"));
    setWindowIcon(QIcon(QStringLiteral(":/devpulse/icons/devpulse.svg")));
    setMinimumSize(720, 480);

    m_metrics = new MetricsRunner(cache.address, this);
    m_dashboardPage = new DashboardPage(m_metrics, this);
    connect(m_metrics, &MetricsRunner::peopleReady, m_dashboardPage, &DashboardPage::setPeople);
    m_export = new DashboardExportActions(
        m_dashboardPage, [this] { return accountNamesForReports(); }, this);
    connect(m_export, &DashboardExportActions::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_connectionsPage = new ConnectionsPage(this);
    m_flows = new ConnectionFlows(githubAccounts, providerAccounts, syncManager, this);
    connect(m_flows, &ConnectionFlows::message, this,
            [this](const QString &text, int milliseconds) {
                statusBar()->showMessage(text, milliseconds);
            });
    connect(m_flows, &ConnectionFlows::showConnectionsRequested, this,
            [this] { showPage(Page::Connections); });
    connect(m_flows, &ConnectionFlows::imported, this, &MainWindow::refresh);
    connect(m_flows, &ConnectionFlows::firstSyncRequested, this, &MainWindow::beginFirstSync);
    m_syncHistoryPage = new SyncHistoryPage(this);
    m_settingsPage = new SettingsPage(dataDir, cache, this);

    buildNavigation();
    buildMenus();
    applyCacheAccess();

    m_syncStatusLabel = new QLabel(this);
    m_syncStatusLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addPermanentWidget(m_syncStatusLabel);

    connect(m_dashboardPage, &DashboardPage::connectionsRequested, this,
            [this](const QString &providerId) {
                showPage(Page::Connections);
                m_connectionsPage->highlightProvider(providerId);
                if (providerId == QLatin1String("github"))
                    connectGitHub();
            });
    connect(m_dashboardPage, &DashboardPage::managePeopleRequested, this,
            &MainWindow::managePeople);
    connect(m_dashboardPage, &DashboardPage::connectionStatusRequested, this,
            [this](const QString &providerId) {
                showPage(Page::Connections);
                m_connectionsPage->highlightProvider(providerId);
            });
    connect(m_connectionsPage, &ConnectionsPage::connectGitHubRequested, this,
            &MainWindow::connectGitHub);
    connect(m_connectionsPage, &ConnectionsPage::connectProviderRequested, this,
            &MainWindow::connectProvider);
    connect(m_connectionsPage, &ConnectionsPage::csvImportRequested, this, &MainWindow::importCsv);
    connect(m_providerAccounts, &ProviderAccounts::accountConnected, this, &MainWindow::refresh);
    m_connectionsPage->setAvatarSource(
        [accounts = m_githubAccounts](qint64 id) { return accounts->avatarPath(id); });
    connect(m_connectionsPage, &ConnectionsPage::disconnectRequested, this,
            &MainWindow::confirmDisconnect);
    connect(m_githubAccounts, &GitHubAccounts::accountsChanged, this, &MainWindow::refresh);
    connect(m_githubAccounts, &GitHubAccounts::disconnectFailed, this, [this](const Error &error) {
        QMessageBox::warning(this, tr("Disconnect failed"), error.userMessage);
    });

    connect(m_settingsPage, &SettingsPage::syncIntervalChanged, this,
            &MainWindow::syncIntervalChanged);
    wireSync();
    restoreLayout();
    refresh();
    if (!m_connection->isOpen())
        showCacheError(m_connection->error());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    const struct
    {
        QString title;
        const char *icon;
        QWidget *page;
    } entries[] = {
        {tr("Dashboard"), ":/devpulse/icons/dashboard.svg", m_dashboardPage},
        {tr("Connections"), ":/devpulse/icons/connections.svg", m_connectionsPage},
        {tr("Sync history"), ":/devpulse/icons/history.svg", m_syncHistoryPage},
        {tr("Settings"), ":/devpulse/icons/settings.svg", m_settingsPage},
    };
    for (const auto &entry : entries) {
        auto *item = new QListWidgetItem(QIcon(QLatin1String(entry.icon)), entry.title);
        item->setSizeHint(QSize(0, 36));
        m_navigation->addItem(item);
        m_pages->addWidget(entry.page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    // As wide as the longest page name in the language in use ("Synchronisierungsverlauf").
    int widest = 0;
    for (const auto &entry : entries)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(entry.title));
    m_navigation->setFixedWidth(std::max(190, widest + m_navigation->iconSize().width() + 48));
    m_navigation->setCurrentRow(0);

    m_errorBanner = new QLabel(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(StatusColours::bannerStyleSheet());
    m_errorBanner->setVisible(false);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_errorBanner);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *syncAction = fileMenu->addAction(tr("&Sync all now"), this, &MainWindow::syncAll);
    syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    syncAction->setObjectName(QStringLiteral("syncAllAction"));
    QAction *importAction
        = fileMenu->addAction(tr("&Import activity CSV…"), this, [this] { importCsv(); });
    importAction->setObjectName(QStringLiteral("importCsvAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *addFolderAction = fileMenu->addAction(tr("Add local &git repository…"), this, [this] {
        connectProvider(QStringLiteral("localgit"));
    });
    addFolderAction->setObjectName(QStringLiteral("addGitFolderAction"));
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    QAction *pdfAction
        = exportMenu->addAction(tr("Dashboard as &PDF…"), this, [this] { exportDashboardPdf(); });
    pdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *chartAction = exportMenu->addAction(tr("A &chart (CSV or PNG)…"), m_export,
                                                 &DashboardExportActions::exportChart);
    chartAction->setObjectName(QStringLiteral("exportChartAction"));
    QAction *printAction
        = fileMenu->addAction(tr("&Print dashboard…"), m_export, &DashboardExportActions::print);
    printAction->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    QAction *refreshAction = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    // Quit quits (also with the tray on, where closing the window only hides it); a running
    // sync is cancelled cleanly as DevPulse ends.
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &MainWindow::quitApplication);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const Page pages[] = {Page::Dashboard, Page::Connections, Page::SyncHistory, Page::Settings};
    for (int index = 0; index < 4; ++index) {
        QAction *action = viewMenu->addAction(m_navigation->item(index)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        const Page page = pages[index];
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    viewMenu->addSeparator();
    QAction *peopleAction
        = viewMenu->addAction(tr("&People and teams…"), this, &MainWindow::managePeople);
    peopleAction->setObjectName(QStringLiteral("peopleAction"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About DevPulse"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::managePeople()
{
    PeopleDialog dialog(PeopleEditor(m_cache.address), m_metrics, this);
    connect(&dialog, &PeopleDialog::changed, this, &MainWindow::refresh);
    dialog.exec();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::refresh()
{
    if (!ensureCacheConnection())
        return;
    if (m_reconnectTimer) {
        m_reconnectTimer->deleteLater();
        m_reconnectTimer = nullptr;
        m_dashboardPage->reloadMetrics(); // the charts' last attempt may have failed too
    }
    m_errorBanner->setVisible(false);
    m_metrics->cacheChanged(); // a sync, an import or another instance may have written
    QSqlDatabase &db = m_connection->database();
    const Result<CacheCounts> counts = CacheOverview::counts(db);
    const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(db);
    const Result<QList<SyncRun>> runs = SyncHistory(db).recentRuns(200);
    for (const Error *error :
         {counts ? nullptr : &counts.error(), accounts ? nullptr : &accounts.error(),
          runs ? nullptr : &runs.error()}) {
        if (error) {
            showCacheError(*error);
            return;
        }
    }
    if (const Result<QList<QPair<qint64, QString>>> repos
        = CacheOverview::repositoriesWithData(m_connection->database());
        repos)
        m_dashboardPage->setRepositories(repos.value());
    m_dashboardPage->setCounts(counts.value());
    m_connectionsPage->setAccounts(accounts.value());
    m_dashboardPage->setAccounts(accounts.value());
    m_syncHistoryPage->setRuns(runs.value());
    // Off the GUI thread (a pass over every commit), and after the charts the lines above
    // asked for: the pool runs one job at a time, the charts are what the user waits for.
    m_metrics->requestPeople();

    if (m_syncManager->isAnySyncRunning()) {
        // The running sync's progress owns the label.
    } else if (runs.value().isEmpty()) {
        m_syncStatusLabel->setText(tr("Idle · never synced"));
    } else {
        const SyncRun &last = runs.value().constFirst();
        const QString when = QLocale().toString(last.startedAt.toLocalTime(), QLocale::ShortFormat);
        m_syncStatusLabel->setText(
            last.status == SyncRunStatus::Running  ? tr("Syncing %1…").arg(last.provider)
            : last.status == SyncRunStatus::Failed ? tr("Last sync failed · %1").arg(when)
                                                   : tr("Idle · last sync %1").arg(when));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DevPulse"),
        tr("<h3>DevPulse %1</h3>"
           "<p>A desktop dashboard of your development activity: GitHub, WakaTime, Codewars, "
           "Exercism, CSV imports and local git repositories, cached on your computer.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>"
           "<p>Data folder: <tt>%4</tt></p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(m_dataDir).toHtmlEscaped()));
}

void MainWindow::connectGitHub(const QString &baseUrl)
{
    m_flows->connectGitHub(baseUrl);
}

void MainWindow::connectProvider(const QString &providerId, const QString &login)
{
    m_flows->connectProvider(providerId, login);
}

void MainWindow::importCsv(const QString &filePath)
{
    m_flows->importCsv(filePath);
}

void MainWindow::confirmDisconnect(qint64 accountId)
{
    AccountStore store(m_connection->database());
    const Result<AccountSummary> account = store.find(accountId);
    const Result<AccountDataCounts> counts = store.countData(accountId);
    if (!account || !counts) {
        showCacheError(account ? counts.error() : account.error());
        return;
    }
    const ProviderInfo provider = ProviderDirectory::info(account.value().account.provider);
    const QString name = account.value().account.displayName.isEmpty()
                             ? account.value().account.login
                             : account.value().account.displayName;
    DisconnectDialog dialog(name, provider.needsSecret || provider.secretOptional, counts.value(),
                            this);
    dialog.exec();
    if (dialog.choice() != DisconnectDialog::Choice::Cancel)
        m_githubAccounts->disconnectAccount(accountId, dialog.choice()
                                                           == DisconnectDialog::Choice::DeleteData);
}

void MainWindow::wireSync()
{
    m_cancelSyncButton = new QToolButton(this);
    m_cancelSyncButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelSyncButton->setText(tr("Cancel sync"));
    m_cancelSyncButton->setVisible(false);
    m_syncProgressBar = new QProgressBar(this);
    m_syncProgressBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_syncProgressBar->setAccessibleName(tr("Sync progress (repositories)"));
    m_syncProgressBar->setFormat(tr("%v of %m"));
    m_syncProgressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_syncProgressBar->setVisible(false);
    statusBar()->addPermanentWidget(m_syncProgressBar);
    statusBar()->addPermanentWidget(m_cancelSyncButton);
    connect(m_cancelSyncButton, &QToolButton::clicked, m_syncManager, &SyncManager::cancelAll);

    connect(m_connectionsPage, &ConnectionsPage::syncRequested, m_syncManager,
            &SyncManager::syncAccount);
    connect(m_connectionsPage, &ConnectionsPage::cancelSyncRequested, m_syncManager,
            &SyncManager::cancel);
    connect(m_connectionsPage, &ConnectionsPage::chooseRepositoriesRequested, this,
            &MainWindow::chooseRepositories);
    connect(m_syncHistoryPage, &SyncHistoryPage::retryRequested, this,
            [this](qint64 accountId) { m_syncManager->syncAccount(accountId); });
    connect(m_syncManager, &SyncManager::syncStarted, this, [this](qint64 accountId) {
        m_connectionsPage->setSyncState(accountId, true, tr("Starting…"));
        m_syncStatusLabel->setText(tr("Syncing…"));
        m_cancelSyncButton->setVisible(true);
    });
    connect(m_syncManager, &SyncManager::progressChanged, this, &MainWindow::showSyncProgress);
    connect(m_syncManager, &SyncManager::syncFinished, this, &MainWindow::showSyncFinished);
    m_repositoryChoice = new RepositoryChoice(this, m_connection, m_syncManager);
    connect(m_repositoryChoice, &RepositoryChoice::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_repositoryChoice, &RepositoryChoice::cacheError, this, &MainWindow::showCacheError);
    // After showSyncFinished, which asks whether the run was a listing.
    connect(m_syncManager, &SyncManager::syncFinished, m_repositoryChoice,
            &RepositoryChoice::syncFinished);
    connect(m_syncManager, &SyncManager::syncFailedToStart, this,
            [this](qint64, const Error &error) { showCacheError(error); });
    connect(m_syncManager, &SyncManager::authenticationRequired, this, [this](qint64 accountId) {
        m_githubAccounts->markNeedsReauthorisation(accountId);
        refresh();
    });
}

void MainWindow::chooseRepositories(qint64 accountId)
{
    m_repositoryChoice->choose(accountId);
}

void MainWindow::beginFirstSync(qint64 accountId)
{
    m_repositoryChoice->beginFirstSync(accountId);
}

void MainWindow::syncAll()
{
    syncAccounts(true);
}

void MainWindow::syncAccounts(bool includeFilesAndFolders)
{
    const Result<QList<AccountSummary>> accounts
        = CacheOverview::accounts(m_connection->database());
    if (!accounts) {
        showCacheError(accounts.error());
        return;
    }
    for (const AccountSummary &summary : accounts.value()) {
        const ProviderAuthKind kind = ProviderDirectory::info(summary.account.provider).authKind;
        const bool local = kind == ProviderAuthKind::File || kind == ProviderAuthKind::Folder;
        if (summary.authState == AccountAuthState::Connected && (includeFilesAndFolders || !local))
            m_syncManager->syncAccount(summary.id);
    }
}

void MainWindow::showSyncProgress(qint64 accountId, const SyncProgress &progress)
{
    const QString text = describeSyncProgress(progress, QDateTime::currentDateTimeUtc());
    m_connectionsPage->setSyncState(accountId, true, text, progress.reposDone, progress.reposTotal);
    m_syncStatusLabel->setText(text);
    // Repositories done of total; a busy bar while the total is not known yet.
    m_syncProgressBar->setRange(0, progress.reposTotal);
    m_syncProgressBar->setValue(qMin(progress.reposDone, progress.reposTotal));
    m_syncProgressBar->setVisible(true);
}

void MainWindow::showSyncFinished(qint64 accountId, const SyncRun &run)
{
    const bool listing = m_repositoryChoice->isListing(accountId);
    const QString text
        = run.status == SyncRunStatus::Succeeded
              ? (listing ? tr("Read the list of repositories.") : tr("Sync finished."))
          : run.skipped ? run.error
          : run.status == SyncRunStatus::Cancelled
              ? tr("Sync cancelled; the next one continues where it stopped.")
              : tr("Sync failed: %1").arg(run.error);
    m_connectionsPage->setSyncState(accountId, false,
                                    run.status == SyncRunStatus::Succeeded ? QString() : text);
    m_cancelSyncButton->setVisible(m_syncManager->isAnySyncRunning());
    m_syncProgressBar->setVisible(m_syncManager->isAnySyncRunning());
    statusBar()->showMessage(text, 10000);
    refresh();
}

void MainWindow::showCacheError(const Error &error)
{
    // A banner rather than a dialog: the window stays usable and the message stays visible.
    m_errorBanner->setText(error.userMessage);
    m_errorBanner->setVisible(true);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
    const int page = settings.value(QLatin1String(PageKey), 0).toInt();
    if (page >= 0 && page < m_pages->count())
        m_navigation->setCurrentRow(page);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    settings.setValue(QLatin1String(PageKey), m_pages->currentIndex());
}

void MainWindow::exportDashboardPdf(const QString &path)
{
    m_export->exportPdf(path);
}

QStringList MainWindow::accountNamesForReports() const
{
    QStringList names;
    if (const Result<QList<AccountSummary>> accounts
        = CacheOverview::accounts(m_connection->database());
        accounts) {
        for (const AccountSummary &summary : accounts.value())
            names << DashboardTables::accountName(
                ProviderDirectory::info(summary.account.provider).displayName,
                summary.account.displayName, summary.account.login);
    }
    return names;
}

void MainWindow::setTrayIcon(TrayIcon *tray)
{
    m_tray = tray;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::quitApplication()
{
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    const bool toTray
        = QSettings().value(QLatin1String(SettingsPage::CloseToTrayKey), true).toBool();
    if (!m_quitting && toTray && m_tray && m_tray->isVisible()) {
        // Keep syncing in the background; the tray's Quit ends DevPulse.
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            statusBar()->showMessage(tr("DevPulse keeps running in the tray."), 5000);
        }
        return;
    }
    event->accept();
}

// The team database (a shared PostgreSQL cache): what the window says about it, what a
// read-only teammate may not do, and reconnecting when the server comes back.
void MainWindow::applyCacheAccess()
{
    if (!CacheAddress::isPostgreSql(m_cache.address))
        return;
    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("teamDatabaseLabel"));
    where->setText(m_cache.readOnly ? tr("Team database · read only") : tr("Team database"));
    where->setToolTip(CacheAddress::displayName(m_cache.address));
    statusBar()->addPermanentWidget(where);
    if (!m_cache.readOnly)
        return;
    // A teammate's DevPulse reads what the team's syncing machine writes: no accounts, no
    // sync, no imports here (the database would refuse them anyway).
    const QString why = tr("This DevPulse only reads the team database; accounts and syncing "
                           "belong to the DevPulse that syncs it.");
    for (const char *name : {"syncAllAction", "importCsvAction", "addGitFolderAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name))) {
            action->setEnabled(false);
            action->setToolTip(why);
        }
    }
    m_connectionsPage->setReadOnly(why);
    m_settingsPage->setSyncingUnavailable(why);
}

bool MainWindow::ensureCacheConnection()
{
    if (m_connection->ensureOpen())
        return true;
    showCacheError(m_connection->error());
    if (CacheAddress::isPostgreSql(m_cache.address) && !m_reconnectTimer) {
        // Until it answers again; refresh() stops the timer once it does.
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setInterval(ReconnectIntervalMs);
        connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::refresh);
        m_reconnectTimer->start();
    }
    return false;
}
