#pragma once

#include "core/net/conditionalcache.h"
#include "core/storage/syncstate.h"

/// Keeps the ETags and bodies of conditional requests in the cache (http_cache) through the
/// connection it is given: the bridge between net, which knows no cache, and storage.
/// Same thread as the connection.
class CacheConditionalStore final : public ConditionalCache
{
public:
    explicit CacheConditionalStore(QSqlDatabase db)
        : m_state(std::move(db))
    {}

    std::optional<QPair<QByteArray, QByteArray>> find(const QString &url) override;
    void store(const QString &url, const QByteArray &etag, const QByteArray &body) override;

private:
    SyncState m_state;
};
