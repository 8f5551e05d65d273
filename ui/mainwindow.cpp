#include "ui/mainwindow.h"

#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/metrics/metricsrunner.h"
#include "core/query/cachesession.h"
#include "core/storage/cacheaddress.h"
#include "core/sync/syncmanager.h"
#include "ui/connectionflows.h"
#include "ui/dialogs/aboutbox.h"
#include "ui/dialogs/deliverysourcesdialog.h"
#include "ui/dialogs/peopledialog.h"
#include "ui/export/dashboardexportactions.h"
#include "ui/pages/connectionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/synchistorypage.h"
#include "ui/repositorychoice.h"
#include "ui/style/statuscolours.h"
#include "ui/syncstatusbar.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
constexpr char GeometryKey[] = "mainWindow/geometry";
constexpr char StateKey[] = "mainWindow/state";
constexpr char PageKey[] = "mainWindow/page";
} // namespace

MainWindow::MainWindow(const QString &dataDir, const CacheOpenReport &cache,
                       GitHubAccounts *githubAccounts, ProviderAccounts *providerAccounts,
                       SyncManager *syncManager, CacheSession *cacheSession, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
    , m_cache(cache)
    , m_githubAccounts(githubAccounts)
    , m_providerAccounts(providerAccounts)
    , m_syncManager(syncManager)
    , m_cacheSession(cacheSession)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DevPulse"));
    setWindowIcon(QIcon(QStringLiteral(":/devpulse/icons/devpulse.svg")));
    setMinimumSize(720, 480);

    m_metrics = new MetricsRunner(cache.address, this);
    m_dashboardPage = new DashboardPage(m_metrics, this);
    connect(m_metrics, &MetricsRunner::peopleReady, m_dashboardPage, &DashboardPage::setPeople);
    m_export = new DashboardExportActions(
        m_dashboardPage, [this] { return m_cacheSession->accountNamesForReports(); }, this);
    connect(m_export, &DashboardExportActions::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_connectionsPage = new ConnectionsPage(this);
    m_flows
        = new ConnectionFlows(githubAccounts, providerAccounts, syncManager, cacheSession, this);
    connect(m_flows, &ConnectionFlows::message, statusBar(), &QStatusBar::showMessage);
    connect(m_flows, &ConnectionFlows::showConnectionsRequested, this,
            [this] { showPage(Page::Connections); });
    connect(m_flows, &ConnectionFlows::imported, this, &MainWindow::refresh);
    connect(m_flows, &ConnectionFlows::firstSyncRequested, this,
            [this](qint64 accountId) { m_repositoryChoice->beginFirstSync(accountId); });
    connect(m_flows, &ConnectionFlows::cacheError, this, &MainWindow::showCacheError);
    m_syncHistoryPage = new SyncHistoryPage(this);
    m_settingsPage = new SettingsPage(dataDir, cache, this);

    buildNavigation();
    buildMenus();
    applyCacheAccess();

    m_syncStatusBar = new SyncStatusBar(syncManager, this);
    statusBar()->addPermanentWidget(m_syncStatusBar);

    const auto showProviderCard = [this](const QString &providerId) {
        showPage(Page::Connections);
        m_connectionsPage->highlightProvider(providerId);
    };
    connect(m_dashboardPage, &DashboardPage::connectionStatusRequested, this, showProviderCard);
    connect(m_dashboardPage, &DashboardPage::connectionsRequested, this,
            [this, showProviderCard](const QString &providerId) {
                showProviderCard(providerId);
                if (providerId == QLatin1String("github"))
                    m_flows->connectGitHub();
            });
    connect(m_dashboardPage, &DashboardPage::managePeopleRequested, this,
            &MainWindow::managePeople);
    connect(m_dashboardPage, &DashboardPage::deliverySourcesRequested, this,
            &MainWindow::chooseDeliverySources);
    m_flows->serve(m_connectionsPage);
    connect(m_providerAccounts, &ProviderAccounts::accountConnected, this, &MainWindow::refresh);
    m_connectionsPage->setAvatarSource(
        [accounts = m_githubAccounts](qint64 id) { return accounts->avatarPath(id); });
    connect(m_githubAccounts, &GitHubAccounts::accountsChanged, this, &MainWindow::refresh);

    connect(m_settingsPage, &SettingsPage::syncIntervalChanged, this,
            &MainWindow::syncIntervalChanged);
    connect(m_cacheSession, &CacheSession::unreachable, this, &MainWindow::showCacheError);
    // Queued: it may come from inside refresh(), which then reads on as well.
    connect(
        m_cacheSession, &CacheSession::reachableAgain, this,
        [this] {
            m_dashboardPage->reloadMetrics(); // the charts' last attempt may have failed too
            refresh();
        },
        Qt::QueuedConnection);
    wireSync();
    restoreLayout();
    refresh();
}

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
    QAction *importAction = fileMenu->addAction(tr("&Import activity CSV…"), m_flows,
                                                [this] { m_flows->importCsv(); });
    importAction->setObjectName(QStringLiteral("importCsvAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *addFolderAction
        = fileMenu->addAction(tr("Add local &git repository…"), m_flows,
                              [this] { m_flows->connectProvider(QStringLiteral("localgit")); });
    addFolderAction->setObjectName(QStringLiteral("addGitFolderAction"));
    m_export->addTo(fileMenu);
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
    QAction *aboutAction = helpMenu->addAction(tr("&About DevPulse"), this,
                                               [this] { showAboutBox(this, m_dataDir); });
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::managePeople()
{
    PeopleDialog dialog(PeopleEditor(m_cache.address), m_metrics, this);
    connect(&dialog, &PeopleDialog::changed, this, &MainWindow::refresh);
    dialog.exec();
}

void MainWindow::chooseDeliverySources(const QHash<qint64, QString> &automatic)
{
    DeliverySourcesDialog dialog(DeliveryEditor(m_cache.address), automatic, this);
    connect(&dialog, &DeliverySourcesDialog::changed, this, &MainWindow::refresh);
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
    if (!m_cacheSession->ensureOpen())
        return; // the banner says why
    m_errorBanner->setVisible(false);
    m_metrics->cacheChanged(); // a sync, an import or another instance may have written
    const Result<CacheOverviewSnapshot> overview = m_cacheSession->overview();
    if (!overview) {
        showCacheError(overview.error());
        return;
    }
    m_dashboardPage->setRepositories(overview.value().repositoriesWithData);
    m_dashboardPage->setCounts(overview.value().counts);
    m_connectionsPage->setAccounts(overview.value().accounts);
    m_dashboardPage->setAccounts(overview.value().accounts);
    m_syncHistoryPage->setRuns(overview.value().runs);
    // Off the GUI thread (a pass over every commit), and after the charts the lines above
    // asked for: the pool runs one job at a time, the charts are what the user waits for.
    m_metrics->requestPeople();
    m_syncStatusBar->showLastRun(overview.value().runs);
}

void MainWindow::wireSync()
{
    m_connectionsPage->followSyncs(m_syncManager);
    connect(m_syncHistoryPage, &SyncHistoryPage::retryRequested, this,
            [this](qint64 accountId) { m_syncManager->syncAccount(accountId); });
    connect(m_syncManager, &SyncManager::syncFinished, this, &MainWindow::showSyncFinished);
    // After showSyncFinished, which asks whether the run was a listing.
    m_repositoryChoice = new RepositoryChoice(this, m_cacheSession, m_syncManager);
    connect(m_connectionsPage, &ConnectionsPage::chooseRepositoriesRequested, m_repositoryChoice,
            &RepositoryChoice::choose);
    connect(m_repositoryChoice, &RepositoryChoice::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_repositoryChoice, &RepositoryChoice::cacheError, this, &MainWindow::showCacheError);
    connect(m_syncManager, &SyncManager::syncFailedToStart, this,
            [this](qint64, const Error &error) { showCacheError(error); });
    connect(m_syncManager, &SyncManager::authenticationRequired, this, [this](qint64 accountId) {
        m_githubAccounts->markNeedsReauthorisation(accountId);
        refresh();
    });
}

void MainWindow::syncAll()
{
    if (const Result<void> started = m_syncManager->syncConnectedAccounts(); !started)
        showCacheError(started.error());
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

// The team database (a shared PostgreSQL cache): what the window says about it and what a
// read-only teammate may not do (CacheSession reconnects when the server comes back).
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
