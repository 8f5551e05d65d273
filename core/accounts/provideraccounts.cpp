#include "core/accounts/provideraccounts.h"

#include "core/common/logging.h"
#include "core/net/httpclient.h"
#include "core/providers/providercatalog.h"
#include "core/secrets/secretstore.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachedatabase.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

ProviderAccounts::ProviderAccounts(SecretStore *secrets, const QString &cacheAddress,
                                   const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_cacheAddress(cacheAddress)
    , m_clock(clock)
    , m_cache(std::make_unique<CacheConnection>(cacheAddress, QStringLiteral("provider-accounts")))
{}

ProviderAccounts::~ProviderAccounts()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void ProviderAccounts::cancelConnect()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ProviderAccounts::connectWithCredentials(const QString &providerId,
                                              const ProviderCredentials &credentials)
{
    const Provider *provider = ProviderCatalog::find(providerId);
    if (!provider) {
        emit connectFailed(Error{tr("This version of DevPulse does not know “%1”.").arg(providerId),
                                 QStringLiteral("unknown provider"), ErrorKind::InvalidInput});
        return;
    }
    if (m_thread) {
        emit connectFailed(Error{tr("Another account is being checked; wait for it to finish."),
                                 QStringLiteral("connect busy"), ErrorKind::InvalidInput});
        return;
    }
    if (!m_cache->isOpen()) {
        emit connectFailed(m_cache->error());
        return;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const CancelFlag cancelled = m_cancelled;
    const Clock *clock = &m_clock;
    QPointer<ProviderAccounts> guard(this);
    // The check blocks (network, git): it runs on its own thread with its own network stack.
    m_thread = QThread::create([guard, provider, providerId, credentials, cancelled, clock] {
        QNetworkAccessManager network;
        HttpClient http(&network);
        ProviderSyncContext context;
        context.http = &http;
        context.clock = clock;
        context.cancelled = cancelled;
        const Result<AccountRecord> account = provider->verify(credentials, context);
        if (guard) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, providerId, secret = credentials.secret, account] {
                    if (guard)
                        guard->verified(providerId, secret, account);
                },
                Qt::QueuedConnection);
        }
    });
    m_thread->setObjectName(QStringLiteral("verify-%1").arg(providerId));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void ProviderAccounts::verified(const QString &providerId, const QString &secret,
                                const Result<AccountRecord> &verifiedAccount)
{
    if (m_thread) {
        m_thread->wait(); // it ends right after posting this
        m_thread = nullptr;
    }
    if (m_cancelled && m_cancelled->load()) {
        emit connectFailed(Error{tr("Connecting was cancelled."), QStringLiteral("cancelled"),
                                 ErrorKind::Cancelled});
        return;
    }
    if (!verifiedAccount) {
        qCInfo(lcAccounts).noquote()
            << "Connecting" << providerId << "failed:" << verifiedAccount.error().toLogString();
        emit connectFailed(verifiedAccount.error());
        return;
    }
    const AccountRecord account = verifiedAccount.value();
    auto record = [this, account] {
        const Result<qint64> id = AccountStore(m_cache->database()).saveConnected(account, {});
        if (!id) {
            emit connectFailed(id.error());
            return;
        }
        qCInfo(lcAccounts) << "Connected" << account.provider << "account" << id.value();
        emit accountConnected(id.value(), account.provider, account.login);
    };
    const Provider *provider = ProviderCatalog::find(providerId);
    if (!provider->info().needsSecret && (secret.isEmpty() || !provider->info().secretOptional)) {
        record();
        return;
    }
    // The secret first: an account without its key in the keychain would fail every sync.
    m_secrets->write(provider->secretKey(account), secret.trimmed(),
                     [this, guard = QPointer(this), record](const Result<void> &stored) {
                         if (!guard)
                             return;
                         if (!stored) {
                             emit connectFailed(stored.error());
                             return;
                         }
                         record();
                     });
}
