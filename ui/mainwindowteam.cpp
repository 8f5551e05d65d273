// MainWindow and the team database (a shared PostgreSQL cache): what the window says about
// it, what a read-only teammate may not do, and reconnecting when the server comes back.
#include "ui/mainwindow.h"

#include "core/storage/cacheaddress.h"
#include "ui/pages/connectionspage.h"
#include "ui/pages/settingspage.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace {
// Retry a lost team database this often (the window also retries at every refresh).
constexpr int ReconnectIntervalMs = 30'000;
} // namespace

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
