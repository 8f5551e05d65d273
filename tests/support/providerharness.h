#pragma once

#include "core/net/httpclient.h"
#include "core/providers/provider.h"
#include "core/storage/cachewriter.h"
#include "core/sync/bulkload.h"
#include "tests/support/testcache.h"

#include <QNetworkAccessManager>

/// A clock pinned to one moment (so that "the last 365 days" means the same days in every
/// run) whose waits pass 10,000 times faster than real time.
class PinnedClock final : public Clock
{
public:
    explicit PinnedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void callAfter(std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> callback) const override
    {
        m_fast.callAfter(delay, context, std::move(callback));
    }

private:
    QDateTime m_now;
    FastClock m_fast{10000.0};
};

/// Runs a Provider's verify() and sync() on the test's thread, the way SyncWorker does on its
/// own: a real HttpClient, a real cache file, a cancel flag the test can set.
class ProviderHarness final
{
public:
    explicit ProviderHarness(QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC))
        : m_clock(std::move(now))
    {}

    const Clock &clock() const { return m_clock; }
    CancelFlag cancelFlag() const { return m_cancelled; }

    Result<AccountRecord> verify(const Provider &provider, const ProviderCredentials &credentials)
    {
        ProviderSyncContext context = contextFor(nullptr, 0, {}, credentials.secret, false);
        return provider.verify(credentials, context);
    }

    /// Records the account (as connecting would) and returns its id.
    qint64 addAccount(TestCache &cache, const AccountRecord &account)
    {
        return CacheWriter(cache.db()).upsertAccount(account).value();
    }

    ProviderSyncOutcome sync(const Provider &provider, TestCache &cache, qint64 accountId,
                             const AccountRecord &account, const QString &secret = {},
                             bool full = false)
    {
        ProviderSyncContext context = contextFor(&cache, accountId, account, secret, full);
        // As SyncWorker: what the sync defers (indexes, search) is done when it ends.
        BulkLoad bulk(cache.db(), cache.address(), accountId, provider.info().writesCommits);
        ProviderSyncOutcome outcome = provider.sync(context);
        if (const Result<void> finished = bulk.finish(); !finished && outcome.result)
            outcome.result = finished.error();
        return outcome;
    }

    QList<SyncProgress> progressSeen;

private:
    ProviderSyncContext contextFor(TestCache *cache, qint64 accountId, const AccountRecord &account,
                                   const QString &secret, bool full)
    {
        ProviderSyncContext context;
        if (cache)
            context.db = cache->db();
        context.accountId = accountId;
        context.account = account;
        context.secret = secret;
        context.full = full;
        context.http = &m_http;
        context.clock = &m_clock;
        context.cancelled = m_cancelled;
        context.reportProgress
            = [this](const SyncProgress &progress) { progressSeen.append(progress); };
        return context;
    }

    PinnedClock m_clock;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    CancelFlag m_cancelled = std::make_shared<std::atomic_bool>(false);
};
