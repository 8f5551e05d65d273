#include "ui/connectionflows.h"

#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/accounts/providerdirectory.h"
#include "core/query/cachesession.h"
#include "core/sync/syncmanager.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/dialogs/disconnectdialog.h"
#include "ui/dialogs/githubsignindialog.h"
#include "ui/dialogs/providerconnectdialog.h"
#include "ui/pages/connectionspage.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

ConnectionFlows::ConnectionFlows(GitHubAccounts *githubAccounts, ProviderAccounts *providerAccounts,
                                 SyncManager *syncManager, CacheSession *cacheSession,
                                 QWidget *window)
    : QObject(window)
    , m_githubAccounts(githubAccounts)
    , m_providerAccounts(providerAccounts)
    , m_syncManager(syncManager)
    , m_cacheSession(cacheSession)
    , m_window(window)
{
    connect(m_providerAccounts, &ProviderAccounts::accountConnected, this,
            [this](qint64 accountId, const QString &, const QString &login) {
                m_connectingFolder.clear();
                emit message(tr("Connected %1.").arg(login), 8000);
                m_syncManager->syncAccount(accountId); // show its data right away
            });
    connect(m_providerAccounts, &ProviderAccounts::connectFailed, this, [this](const Error &error) {
        if (m_connectingFolder.isEmpty())
            return; // the key dialog shows its own errors
        m_connectingFolder.clear();
        if (error.kind != ErrorKind::Cancelled)
            QMessageBox::warning(m_window, tr("Cannot add the folder"), error.userMessage);
    });
    connect(m_githubAccounts, &GitHubAccounts::disconnectFailed, this, [this](const Error &error) {
        QMessageBox::warning(m_window, tr("Disconnect failed"), error.userMessage);
    });
}

void ConnectionFlows::serve(ConnectionsPage *page)
{
    connect(page, &ConnectionsPage::connectGitHubRequested, this, &ConnectionFlows::connectGitHub);
    connect(page, &ConnectionsPage::connectProviderRequested, this,
            &ConnectionFlows::connectProvider);
    connect(page, &ConnectionsPage::csvImportRequested, this, &ConnectionFlows::importCsv);
    connect(page, &ConnectionsPage::disconnectRequested, this, &ConnectionFlows::confirmDisconnect);
}

void ConnectionFlows::confirmDisconnect(qint64 accountId)
{
    const Result<AccountSummary> account = m_cacheSession->account(accountId);
    const Result<AccountDataCounts> counts = m_cacheSession->dataCounts(accountId);
    if (!account || !counts) {
        emit cacheError(account ? counts.error() : account.error());
        return;
    }
    const ProviderInfo provider = ProviderDirectory::info(account.value().account.provider);
    const QString name = account.value().account.displayName.isEmpty()
                             ? account.value().account.login
                             : account.value().account.displayName;
    DisconnectDialog dialog(name, provider.needsSecret || provider.secretOptional, counts.value(),
                            m_window);
    dialog.exec();
    if (dialog.choice() != DisconnectDialog::Choice::Cancel)
        m_githubAccounts->disconnectAccount(accountId, dialog.choice()
                                                           == DisconnectDialog::Choice::DeleteData);
}

void ConnectionFlows::connectGitHub(const QString &baseUrl)
{
    GitHubSignInDialog dialog(m_githubAccounts, baseUrl, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(tr("Connected GitHub account %1.").arg(dialog.connectedLogin()), 8000);
        emit showConnectionsRequested();
        emit firstSyncRequested(dialog.connectedAccountId());
    }
}

void ConnectionFlows::connectProvider(const QString &providerId, const QString &login)
{
    const ProviderInfo provider = ProviderDirectory::info(providerId);
    switch (provider.authKind) {
    case ProviderAuthKind::OAuth: connectGitHub(); return;
    case ProviderAuthKind::File: importCsv(login); return;
    case ProviderAuthKind::Folder: {
        const QString folder = !login.isEmpty() ? login
                                                : QFileDialog::getExistingDirectory(
                                                    m_window, tr("Choose a git repository folder"),
                                                    QDir::homePath());
        if (folder.isEmpty())
            return;
        m_connectingFolder = folder;
        emit message(tr("Checking %1…").arg(QDir::toNativeSeparators(folder)), 0);
        m_providerAccounts->connectWithCredentials(providerId, {folder, QString(), QString()});
        return;
    }
    case ProviderAuthKind::ApiKey:
    case ProviderAuthKind::Username: {
        ProviderConnectDialog dialog(provider, m_providerAccounts, login, m_window);
        if (dialog.exec() == QDialog::Accepted)
            emit showConnectionsRequested();
        return;
    }
    }
}

void ConnectionFlows::importCsv(const QString &filePath)
{
    QString path = filePath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Import activity CSV"), QDir::homePath(),
                                            tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    CsvImportDialog dialog(path, m_syncManager, m_window);
    dialog.start();
    dialog.exec();
    if (dialog.summary()) {
        emit imported();
        emit showConnectionsRequested();
    }
}
