// MainWindow: working in the background (sync status, tray icon, automatic sync).
#include "ui/mainwindow.h"

#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/metrics/metricsrunner.h"
#include "core/providers/providercatalog.h"
#include "core/storage/accountstore.h"
#include "core/storage/cacheoverview.h"
#include "core/storage/reposelection.h"
#include "core/storage/synchistory.h"
#include "core/sync/syncmanager.h"
#include "core/sync/syncscheduler.h"
#include "core/sync/syncstatus.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/dialogs/exportchartdialog.h"
#include "ui/dialogs/githubsignindialog.h"
#include "ui/dialogs/providerconnectdialog.h"
#include "ui/dialogs/repositorypickerdialog.h"
#include "ui/export/dashboardexport.h"
#include "ui/models/synchistorymodel.h"
#include "ui/pages/connectionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/synchistorypage.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    m_syncStatus->acknowledgeError();
}

void MainWindow::wireTrayAndSchedule()
{
    m_syncStatus = new SyncStatus(this);
    connect(m_syncManager, &SyncManager::syncStarted, m_syncStatus, &SyncStatus::syncStarted);
    connect(m_syncManager, &SyncManager::progressChanged, m_syncStatus,
            &SyncStatus::progressChanged);
    connect(m_syncManager, &SyncManager::syncFinished, m_syncStatus, &SyncStatus::syncFinished);
    connect(m_syncManager, &SyncManager::syncFailedToStart, m_syncStatus,
            &SyncStatus::syncFailedToStart);

    m_scheduler = new SyncScheduler(Clock::system(), this);
    m_scheduler->setInterval(
        std::chrono::minutes(QSettings()
                                 .value(QLatin1String(SettingsPage::SyncIntervalKey),
                                        SettingsPage::DefaultSyncIntervalMinutes)
                                 .toInt()));
    m_scheduler->setPaused(QSettings().value(QStringLiteral("sync/paused"), false).toBool());
    connect(m_settingsPage, &SettingsPage::syncIntervalChanged, this, [this](int minutes) {
        m_scheduler->setInterval(std::chrono::minutes(minutes));
        m_scheduler->check();
    });
    connect(m_scheduler, &SyncScheduler::syncDue, this, [this] {
        m_scheduledRun = true;
        m_scheduledFailed = false;
        // Services only: re-reading CSV files and local repositories every hour costs time
        // (a million-row file takes ~25 s) for changes the user makes and knows about.
        syncAccounts(false);
        if (!m_syncManager->isAnySyncRunning()) { // nothing to sync, or it could not start
            m_scheduledRun = false;
            m_scheduler->runFinished(!m_scheduledFailed);
        }
    });
    auto scheduledRunEnded = [this](bool failed) {
        if (!m_scheduledRun)
            return;
        m_scheduledFailed = m_scheduledFailed || failed;
        if (!m_syncManager->isAnySyncRunning()) {
            m_scheduledRun = false;
            m_scheduler->runFinished(!m_scheduledFailed);
        }
    };
    connect(m_syncManager, &SyncManager::syncFinished, this,
            [scheduledRunEnded](qint64, const SyncRun &run) {
                scheduledRunEnded(run.status == SyncRunStatus::Failed);
            });
    connect(m_syncManager, &SyncManager::syncFailedToStart, this,
            [scheduledRunEnded](qint64, const Error &) { scheduledRunEnded(true); });

    m_tray = new TrayIcon(m_syncStatus, this);
    m_tray->setPaused(m_scheduler->isPaused());
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::syncRequested, this, &MainWindow::syncAll);
    connect(m_tray, &TrayIcon::pauseRequested, this, [this](bool paused) {
        QSettings().setValue(QStringLiteral("sync/paused"), paused);
        m_scheduler->setPaused(paused);
        m_tray->setPaused(paused);
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quitApplication);
}

void MainWindow::quitApplication()
{
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::startAutomaticSync()
{
    if (m_cache.readOnly)
        return; // the team's syncing machine keeps the database current
    // The last sync the history knows: a stale cache syncs at once.
    if (m_connection->isOpen()) {
        if (const Result<QList<SyncRun>> runs
            = SyncHistory(m_connection->database()).recentRuns(20);
            runs) {
            for (const SyncRun &run : runs.value()) {
                if (run.status == SyncRunStatus::Succeeded) {
                    m_scheduler->setLastSyncAt(run.finishedAt);
                    break;
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
