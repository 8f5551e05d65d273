#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

class CacheSession;
class ConnectionsPage;
class GitHubAccounts;
class ProviderAccounts;
class SyncManager;
class QWidget;

/// How the window connects accounts, by how each provider signs in: the GitHub sign-in dialog,
/// the key or username dialog, a chosen folder (checked in the background; its errors in a
/// message box), or a CSV file to import. Says what happened through its signals; the window
/// shows it. GUI thread.
class ConnectionFlows final : public QObject
{
    Q_OBJECT

public:
    ConnectionFlows(GitHubAccounts *githubAccounts, ProviderAccounts *providerAccounts,
                    SyncManager *syncManager, CacheSession *cacheSession, QWidget *window);

    /// Answers the page's buttons and drops: connect, reconnect, import, disconnect.
    void serve(ConnectionsPage *page);

public slots:
    /// The GitHub sign-in dialog; `baseUrl` preselects a host ("" for github.com).
    void connectGitHub(const QString &baseUrl = QString());
    /// Connects (or, with `login`, reconnects) an account of a provider other than GitHub:
    /// the key dialog, a folder chooser or the CSV import, by how the provider signs in.
    void connectProvider(const QString &providerId, const QString &login = QString());
    /// Checks and imports an activity CSV file; asks for one when `filePath` is empty.
    void importCsv(const QString &filePath = QString());
    /// Asks whether to keep the account's cached data, then disconnects it.
    void confirmDisconnect(qint64 accountId);

signals:
    /// A sentence for the status bar, shown for `milliseconds` (0: until replaced).
    void message(const QString &text, int milliseconds);
    /// An account was connected (the accounts' own signals reload the pages) or data was
    /// imported: show the Connections page.
    void showConnectionsRequested();
    /// A CSV file was imported: the pages read the cache again.
    void imported();
    /// A GitHub account was just connected: list its repositories, then sync.
    void firstSyncRequested(qint64 accountId);
    /// The cache could not be read (the window's banner shows it).
    void cacheError(const Error &error);

private:
    GitHubAccounts *m_githubAccounts;
    ProviderAccounts *m_providerAccounts;
    SyncManager *m_syncManager;
    CacheSession *m_cacheSession;
    QWidget *m_window;
    QString m_connectingFolder; ///< a folder being checked (its errors go to a message box)
};
