#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>

#include <optional>

/// Where conditional requests keep their ETags and bodies (the cache, in the app:
/// sync/CacheConditionalStore), so that a 304 answers from it and costs no rate limit.
class ConditionalCache
{
public:
    virtual ~ConditionalCache() = default;
    virtual std::optional<QPair<QByteArray, QByteArray>> find(const QString &url)
        = 0; ///< etag, body
    virtual void store(const QString &url, const QByteArray &etag, const QByteArray &body) = 0;
};
