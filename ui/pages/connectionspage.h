#pragma once

#include "storage/cacheoverview.h"

#include <QHash>
#include <QWidget>

class QFrame;
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
    /// Scrolls to the provider's card and gives it the keyboard focus.
    void highlightProvider(const QString &providerId);

signals:
    /// The user wants to sign in to GitHub; `baseUrl` preselects a host ("" for github.com).
    void connectGitHubRequested(const QString &baseUrl);
    void disconnectRequested(qint64 accountId);

private:
    struct Card
    {
        QFrame *frame = nullptr;
        QLabel *status = nullptr;
        QWidget *accountList = nullptr;
    };

    QWidget *accountRow(const AccountSummary &summary, QWidget *parent);

    QScrollArea *m_scrollArea = nullptr;
    QHash<QString, Card> m_cards;
};
