#include "core/sync/syncmanager.h"

#include "core/providers/csv/csvactivityimport.h"
#include "core/providers/providercatalog.h"
#include "core/secrets/secretstore.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/cacheoverview.h"
#include "core/sync/syncworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QThread>

SyncManager::SyncManager(const QString &cacheAddress, SecretStore *secrets, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_cacheAddress(cacheAddress)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_cache(std::make_unique<CacheConnection>(cacheAddress, QStringLiteral("sync-manager")))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncRun>();
}

SyncManager::~SyncManager()
{
    cancelAll();
    const QList<Running> running = m_running.values();
    for (const Running &entry : running) {
        if (!entry.thread)
            continue; // still reading the token: nothing runs yet
        entry.thread->quit();
        entry.thread->wait();
    }
}

bool SyncManager::isSyncing(qint64 accountId) const
{
    return m_running.contains(accountId);
}

int SyncManager::concurrentRequests()
{
    return qBound(
        1,
        QSettings().value(QLatin1String(ConcurrentRequestsKey), DefaultConcurrentRequests).toInt(),
        MaxConcurrentRequests);
}

void SyncManager::syncAccount(qint64 accountId, bool full)
{
    syncRepositories(accountId, {}, full);
}

Result<void> SyncManager::syncConnectedAccounts(bool includeFilesAndFolders)
{
    if (!m_cache->ensureOpen())
        return m_cache->error();
    const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(m_cache->database());
    if (!accounts)
        return accounts.error();
    for (const AccountSummary &summary : accounts.value()) {
        const Provider *provider = ProviderCatalog::find(summary.account.provider);
        const ProviderAuthKind kind
            = provider ? provider->info().authKind : ProviderAuthKind::OAuth;
        const bool local = kind == ProviderAuthKind::File || kind == ProviderAuthKind::Folder;
        if (summary.authState == AccountAuthState::Connected && (includeFilesAndFolders || !local))
            syncAccount(summary.id);
    }
    return {};
}

void SyncManager::syncRepositories(qint64 accountId, const QStringList &fullNames, bool full)
{
    SyncRequest request;
    request.accountId = accountId;
    request.full = full;
    request.onlyRepos = fullNames;
    start(request);
}

void SyncManager::listRepositories(qint64 accountId)
{
    SyncRequest request;
    request.accountId = accountId;
    request.listRepositoriesOnly = true;
    start(request);
}

Result<qint64> SyncManager::importCsvFile(const QString &path)
{
    if (!m_cache->ensureOpen())
        return m_cache->error();
    const Result<qint64> account
        = CsvActivityImport::ensureAccount(m_cache->database(), m_clock.now());
    if (!account)
        return account.error();
    if (isSyncing(account.value()))
        return Error{tr("DevPulse is reading the imported files again right now; import this "
                        "one when that is done."),
                     QStringLiteral("csv account busy"), ErrorKind::InvalidInput};
    SyncRequest request;
    request.accountId = account.value();
    request.importFile = path;
    start(request);
    return account.value();
}

void SyncManager::start(SyncRequest request)
{
    const qint64 accountId = request.accountId;
    if (isSyncing(accountId))
        return;
    if (!m_cache->ensureOpen()) { // a team database may have dropped it since
        emit syncFailedToStart(accountId, m_cache->error());
        return;
    }
    const Result<AccountSummary> account = AccountStore(m_cache->database()).find(accountId);
    if (!account) {
        emit syncFailedToStart(accountId, account.error());
        return;
    }
    const AccountSummary summary = account.value();
    const Provider *provider = ProviderCatalog::find(summary.account.provider);
    if (!provider) {
        emit syncFailedToStart(accountId,
                               Error{tr("This version of DevPulse cannot sync %1 accounts.")
                                         .arg(summary.account.provider),
                                     QStringLiteral("unknown provider")});
        return;
    }
    request.account = summary.account;
    request.cacheAddress = m_cacheAddress;
    request.concurrentRequests = concurrentRequests();
    // Reserve the slot now so that a second click does not start a second read.
    m_running.insert(accountId, Running{nullptr, std::make_shared<std::atomic_bool>(false)});
    const ProviderInfo info = provider->info();
    if (!info.needsSecret && !info.secretOptional) {
        startWorker(request);
        return;
    }
    // The keychain may answer after the manager is gone (quitting): the guard notices.
    QPointer<SyncManager> guard(this);
    const bool optional = info.secretOptional;
    m_secrets->read(provider->secretKey(summary.account),
                    [this, guard, accountId, request, optional](const Result<QString> &secret) {
                        if (!guard)
                            return;
                        const bool absentButOptional
                            = !secret && optional
                              && secret.error().kind == ErrorKind::AuthenticationRequired;
                        if (!secret && !absentButOptional) {
                            m_running.remove(accountId);
                            if (secret.error().kind == ErrorKind::AuthenticationRequired)
                                emit authenticationRequired(accountId);
                            emit syncFailedToStart(accountId, secret.error());
                            return;
                        }
                        if (m_running.value(accountId).cancelled->load()) {
                            m_running.remove(accountId);
                            return;
                        }
                        SyncRequest withSecret = request;
                        if (secret)
                            withSecret.secret = secret.value();
                        startWorker(withSecret);
                    });
}

void SyncManager::startWorker(const SyncRequest &request)
{
    const qint64 accountId = request.accountId;
    Running &running = m_running[accountId];
    running.thread = new QThread(this);
    running.thread->setObjectName(QStringLiteral("sync-%1").arg(accountId));
    auto *worker = new SyncWorker(request, m_clock, running.cancelled);
    worker->moveToThread(running.thread);
    connect(running.thread, &QThread::started, worker, &SyncWorker::run);
    connect(running.thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::progressChanged, this, &SyncManager::progressChanged);
    connect(worker, &SyncWorker::finished, this,
            [this](qint64 id, const SyncRun &run, bool needsReauthorisation) {
                const Running ended = m_running.take(id);
                if (ended.thread) {
                    ended.thread->quit();
                    ended.thread->wait();
                    ended.thread->deleteLater();
                }
                if (needsReauthorisation)
                    emit authenticationRequired(id);
                emit syncFinished(id, run);
            });
    running.thread->start();
    emit syncStarted(accountId);
}

void SyncManager::cancel(qint64 accountId)
{
    const auto it = m_running.constFind(accountId);
    if (it != m_running.constEnd())
        it->cancelled->store(true);
}

void SyncManager::cancelAll()
{
    for (const Running &running : std::as_const(m_running))
        running.cancelled->store(true);
}
