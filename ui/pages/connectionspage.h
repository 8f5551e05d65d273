#pragma once

#include "core/common/providerinfo.h"
#include "core/storage/cacheoverview.h"

#include <QHash>

#include <functional>
#include <QWidget>

class QFrame;
class SyncManager;
class QLabel;
class QScrollArea;

/// One card per provider with its connection status (account, last sync, last error).
/// GUI thread; the MainWindow feeds it the accounts read from the cache.
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    explicit ConnectionsPage(QWidget *parent = nullptr);

    void setAccounts(const QList<AccountSummary> &accounts);
    /// Where an account's avatar picture is, if fetched (GitHubAccounts::avatarPath).
    void setAvatarSource(std::function<QString(qint64 accountId)> avatarPathFor)
    {
        m_avatarPathFor = std::move(avatarPathFor);
    }
    /// Scrolls to the provider's card and gives it the keyboard focus.
    void highlightProvider(const QString &providerId);
    /// Shows a running sync on the account's row (its button turns into Cancel); an empty
    /// `status` with `running` false ends it.
    /// The account card's sync line and progress bar (`reposDone` of `reposTotal`; a busy
    /// bar while the total is 0).
    void setSyncState(qint64 accountId, bool running, const QString &status, int reposDone = 0,
                      int reposTotal = 0);
    /// Shows each sync of `syncManager` on its account's card (starting, progress) and
    /// sends the cards' Sync and Cancel buttons to it. The window ends a card's sync state
    /// (setSyncState) once it has said how the run ended.
    void followSyncs(SyncManager *syncManager);
    /// A read-only team database: the cards' buttons are off and `why` is shown above them.
    void setReadOnly(const QString &why);

signals:
    /// The user wants to sign in to GitHub; `baseUrl` preselects a host ("" for github.com).
    void connectGitHubRequested(const QString &baseUrl);
    /// Connect (or reconnect, with `login`) an account of a provider other than GitHub.
    void connectProviderRequested(const QString &providerId, const QString &login);
    /// A CSV file to import (dropped on the page).
    void csvImportRequested(const QString &filePath);
    void disconnectRequested(qint64 accountId);
    /// `full`: walk everything again (and drop what is gone upstream, e.g. after a force-push).
    void syncRequested(qint64 accountId, bool full);
    void chooseRepositoriesRequested(qint64 accountId);
    void cancelSyncRequested(qint64 accountId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString connectLabel(const ProviderInfo &provider);

    struct Card
    {
        QFrame *frame = nullptr;
        QLabel *status = nullptr;
        QWidget *accountList = nullptr;
    };

    QWidget *accountRow(const AccountSummary &summary, QWidget *parent);

    void applySyncState(qint64 accountId);

    QLabel *m_readOnlyNote = nullptr;

    struct SyncState
    {
        bool running = false;
        QString status;
        int reposDone = 0;
        int reposTotal = 0;
    };
    QHash<qint64, SyncState> m_syncStates;
    std::function<QString(qint64)> m_avatarPathFor;
    QScrollArea *m_scrollArea = nullptr;
    QHash<QString, Card> m_cards;
};
