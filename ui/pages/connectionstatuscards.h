#pragma once

#include "core/storage/cacheoverview.h"

#include <QHash>
#include <QWidget>

class QLabel;

/// The dashboard's row of connection status cards, one per provider: connected or not, the
/// accounts, last sync, last error, rate limit left, and a button to its Connections card
/// (where Sync now and Reconnect are). GUI thread; fed the accounts read from the cache.
class ConnectionStatusCards final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusCards)

public:
    explicit ConnectionStatusCards(QWidget *parent = nullptr);

    void setAccounts(const QList<AccountSummary> &accounts);

signals:
    void providerActivated(const QString &providerId);

private:
    QHash<QString, QLabel *> m_status;
};
