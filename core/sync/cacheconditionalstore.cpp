#include "core/sync/cacheconditionalstore.h"

#include "core/common/logging.h"

std::optional<QPair<QByteArray, QByteArray>> CacheConditionalStore::find(const QString &url)
{
    const std::optional<CachedHttpResponse> cached = m_state.cachedResponse(url);
    if (!cached)
        return std::nullopt;
    return qMakePair(cached->etag, cached->body);
}

void CacheConditionalStore::store(const QString &url, const QByteArray &etag,
                                  const QByteArray &body)
{
    // Losing an ETag only costs a full answer next time: worth a log line, not a failed sync.
    if (const Result<void> stored = m_state.storeResponse(url, etag, body); !stored)
        qCWarning(lcSync).noquote() << stored.error().toLogString();
}
