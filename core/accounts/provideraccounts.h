#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/providers/provider.h"

#include <QObject>

#include <memory>

class CacheConnection;
class QThread;
class SecretStore;

/// Connects accounts of the providers that take typed credentials (WakaTime's API key,
/// a Codewars username, a local git folder): Provider::verify runs on a thread of its own
/// (it talks to the service or runs git), then the key goes to the keychain and only then is
/// the account recorded. GUI thread. Disconnecting is GitHubAccounts::disconnectAccount, which
/// serves every provider.
class ProviderAccounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderAccounts)

public:
    ProviderAccounts(SecretStore *secrets, const QString &cacheAddress,
                     const Clock &clock = Clock::system(), QObject *parent = nullptr);
    /// Stops a check still running (its answer is dropped) and waits for its thread.
    ~ProviderAccounts() override;

    bool isConnecting() const { return m_thread != nullptr; }

    /// Checks the credentials with the provider, stores the secret, records the account:
    /// accountConnected or connectFailed. One connect at a time.
    void connectWithCredentials(const QString &providerId, const ProviderCredentials &credentials);
    /// Stops the running check; connectFailed follows with kind Cancelled.
    void cancelConnect();

signals:
    void accountConnected(qint64 accountId, const QString &providerId, const QString &login);
    void connectFailed(const Error &error);

private:
    void verified(const QString &providerId, const QString &secret,
                  const Result<AccountRecord> &account);

    SecretStore *m_secrets = nullptr;
    QString m_cacheAddress;
    const Clock &m_clock;
    std::unique_ptr<CacheConnection> m_cache;
    QThread *m_thread = nullptr;
    CancelFlag m_cancelled;
};
