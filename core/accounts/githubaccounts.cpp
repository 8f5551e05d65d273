#include "core/accounts/githubaccounts.h"

#include "core/auth/tokenvalidator.h"
#include "core/common/logging.h"
#include "core/net/httpclient.h"
#include "core/providers/github/githubprovider.h"
#include "core/providers/providercatalog.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace {
constexpr char GitHubProviderId[] = "github";
}

GitHubAccounts::GitHubAccounts(HttpClient *http, SecretStore *secrets, const QString &cacheAddress,
                               QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(secrets)
    , m_cacheAddress(cacheAddress)
    , m_cache(std::make_unique<CacheConnection>(cacheAddress, QStringLiteral("accounts")))
{}

GitHubAccounts::~GitHubAccounts() = default;

void GitHubAccounts::connectWithToken(const GitHubHost &host, const QString &token)
{
    const QString trimmedToken = token.trimmed();
    TokenValidator::validate(
        *m_http, host, trimmedToken, this,
        [this, host, trimmedToken](const Result<GitHubIdentity> &identity) {
            if (!identity) {
                emit connectFailed(identity.error());
                return;
            }
            const GitHubIdentity user = identity.value();
            m_secrets->write(
                GitHubProvider::secretKeyFor(host, user.login), trimmedToken,
                [this, guard = QPointer(this), host, user](const Result<void> &stored) {
                    if (!guard)
                        return; // quitting: the keychain answered too late
                    if (!stored) {
                        emit connectFailed(stored.error());
                        return;
                    }
                    if (!m_cache->isOpen()) {
                        emit connectFailed(m_cache->error());
                        return;
                    }
                    AccountRecord account;
                    account.provider = QLatin1String(GitHubProviderId);
                    account.baseUrl = host.storedBaseUrl();
                    account.login = user.login;
                    account.displayName = user.name;
                    account.scopes = user.scopes;
                    account.connectedAt = QDateTime::currentDateTimeUtc();
                    const Result<qint64> saved
                        = AccountStore(m_cache->database())
                              .saveConnected(account,
                                             {user.avatarUrl, user.rateLimit,
                                              user.rateLimitRemaining, user.rateLimitResetAt});
                    if (!saved) {
                        emit connectFailed(saved.error());
                        return;
                    }
                    qCInfo(lcAccounts)
                        << "Connected GitHub account" << user.login << "on" << host.displayName();
                    fetchAvatar(saved.value(), user.avatarUrl);
                    emit accountConnected(saved.value(), user.login);
                    emit accountsChanged();
                });
        });
}

QString GitHubAccounts::avatarPath(qint64 accountId) const
{
    return QFileInfo(m_cacheAddress)
        .dir()
        .filePath(QStringLiteral("avatars/github-%1.img").arg(accountId));
}

void GitHubAccounts::fetchAvatar(qint64 accountId, const QString &url)
{
    const QUrl avatarUrl(url);
    if (!avatarUrl.isValid() || !avatarUrl.scheme().startsWith(QLatin1String("http")))
        return;
    // Public images: no token is sent. A failure only means the page shows no picture.
    m_http->get(QNetworkRequest(avatarUrl), this, [this, accountId](const HttpResponse &response) {
        if (response.error || response.status != 200 || response.body.isEmpty()
            || response.body.size() > 2 * 1024 * 1024)
            return;
        const QString path = avatarPath(accountId);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(response.body) == response.body.size()
            && file.commit())
            emit accountsChanged();
    });
}

void GitHubAccounts::disconnectAccount(qint64 accountId, bool deleteCachedData)
{
    if (!m_cache->isOpen()) {
        emit disconnectFailed(m_cache->error());
        return;
    }
    const Result<AccountSummary> found = AccountStore(m_cache->database()).find(accountId);
    if (!found) {
        emit disconnectFailed(found.error());
        return;
    }
    const AccountRecord account = found.value().account;
    const Provider *provider = ProviderCatalog::find(account.provider);
    auto finish
        = [this, guard = QPointer(this), accountId, deleteCachedData](const Result<void> &removed) {
              if (!guard)
                  return;
              if (!removed) {
                  emit disconnectFailed(removed.error());
                  return;
              }
              if (deleteCachedData)
                  QFile::remove(avatarPath(accountId));
              AccountStore store(m_cache->database());
              const Result<void> updated
                  = deleteCachedData ? store.removeWithData(accountId)
                                     : store.setAuthState(accountId, AccountAuthState::SignedOut);
              if (!updated) {
                  emit disconnectFailed(updated.error());
                  return;
              }
              emit accountDisconnected(accountId);
              emit accountsChanged();
          };
    if (provider && (provider->info().needsSecret || provider->info().secretOptional))
        m_secrets->remove(provider->secretKey(account), finish);
    else
        finish(Result<void>()); // nothing in the keychain (local git, CSV files)
}

void GitHubAccounts::verifyStoredTokens()
{
    if (!m_cache->isOpen())
        return;
    const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(m_cache->database());
    if (!accounts)
        return;
    auto pending = std::make_shared<int>(0);
    for (const AccountSummary &summary : accounts.value()) {
        // Accounts whose secret is optional (Codewars) or absent (local git) cannot miss one.
        const Provider *provider = ProviderCatalog::find(summary.account.provider);
        if (!provider || !provider->info().needsSecret
            || summary.authState != AccountAuthState::Connected)
            continue;
        ++*pending;
        const qint64 id = summary.id;
        m_secrets->read(provider->secretKey(summary.account),
                        [this, guard = QPointer(this), id, pending](const Result<QString> &token) {
                            if (!guard)
                                return;
                            // Only a missing entry says the account is signed out; a locked
                            // or absent keychain is a problem of the moment, not of the account.
                            if (!token && token.error().kind == ErrorKind::AuthenticationRequired)
                                markNeedsReauthorisation(id);
                            if (--*pending == 0)
                                emit accountsChanged();
                        });
    }
    if (*pending == 0)
        emit accountsChanged();
}

void GitHubAccounts::markNeedsReauthorisation(qint64 accountId)
{
    if (!m_cache->isOpen())
        return;
    const Result<void> marked
        = AccountStore(m_cache->database())
              .setAuthState(accountId, AccountAuthState::NeedsReauthorisation);
    if (!marked)
        qCWarning(lcAccounts) << marked.error().toLogString();
}
