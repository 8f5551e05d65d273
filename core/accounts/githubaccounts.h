#pragma once

#include "core/auth/githubhost.h"
#include "core/common/result.h"
#include "core/secrets/secretstore.h"

#include <QObject>

#include <memory>

class CacheConnection;
class HttpClient;

/// Connects and disconnects GitHub accounts. Whatever sign-in produced the token (browser,
/// device code, pasted token), it is checked with `GET /user`, kept in the keychain under
/// provider + host + login, and only then is the account recorded in the cache (login, host,
/// scopes, rate limit; never the token). Disconnecting and the start-up check of stored
/// secrets work for the accounts of every provider (ProviderAccounts connects the others).
/// GUI thread; owns its own cache connection there.
class GitHubAccounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitHubAccounts)

public:
    GitHubAccounts(HttpClient *http, SecretStore *secrets, const QString &cacheAddress,
                   QObject *parent = nullptr);
    ~GitHubAccounts() override;

    HttpClient *http() const { return m_http; }

    /// Where the account's avatar picture is kept once fetched (next to the cache file).
    QString avatarPath(qint64 accountId) const;

    /// Checks `token`, stores it and records the account: accountConnected or connectFailed.
    void connectWithToken(const GitHubHost &host, const QString &token);
    /// Removes the token from the keychain; with `deleteCachedData` also every cached row of
    /// the account (one transaction), else the account stays, marked signed out.
    void disconnectAccount(qint64 accountId, bool deleteCachedData);
    /// At start: marks connected accounts (any provider) whose token or key is gone from the
    /// keychain as needing re-authorisation. Emits accountsChanged when done.
    void verifyStoredTokens();
    /// A later call was answered 401: the account must sign in again.
    void markNeedsReauthorisation(qint64 accountId);

signals:
    void accountConnected(qint64 accountId, const QString &login);
    void connectFailed(const Error &error);
    void accountDisconnected(qint64 accountId);
    void disconnectFailed(const Error &error);
    void accountsChanged();

private:
    void fetchAvatar(qint64 accountId, const QString &url);

    HttpClient *m_http = nullptr;
    SecretStore *m_secrets = nullptr;
    QString m_cacheAddress;
    std::unique_ptr<CacheConnection> m_cache;
};
