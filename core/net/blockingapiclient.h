#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/net/httpclient.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

/// Counts of one sync's traffic, for the sync history and the request budget.
struct RequestStats
{
    int requests = 0;
    int notModified = 0;
    int waits = 0;
    qint64 waitSeconds = 0;
};

/// Shared between the GUI (which sets it) and a worker (which checks it).
using CancelFlag = std::shared_ptr<std::atomic_bool>;

/// The request loop every provider's sync shares: sends one request and blocks the calling
/// (worker) thread until there is an answer worth reading, having waited out rate limits and
/// retried failures by RateLimitPolicy on the injected Clock. Cancel makes every call return
/// promptly with an error of kind Cancelled. Knows nothing about any one service beyond its
/// name (for messages); callers set their own headers. One instance per worker thread.
class RequestGate;

class BlockingApiClient final
{
public:
    BlockingApiClient(HttpClient *http, QString serviceName, const Clock &clock,
                      CancelFlag cancelled);

    /// Says why a 2xx answer cannot be read (a body cut off, not JSON, a server-side time-out
    /// inside a 200), or nothing when it can.
    using Unreadable = std::function<std::optional<QString>(const HttpResponse &)>;

    /// Sends until RateLimitPolicy says the answer is the caller's to read (2xx, 304, 404,
    /// ...); network failures, 5xx after the last retry, 401 and endless throttling are errors.
    /// A 2xx answer `unreadable` objects to is retried like a server error, and is the error
    /// after the last attempt.
    Result<HttpResponse> exchange(const QByteArray &verb, const QNetworkRequest &request,
                                  const QByteArray &body = {}, const Unreadable &unreadable = {});

    /// Reads a 2xx body as JSON; anything else becomes an Error naming the service and `what`.
    Result<QJsonDocument> parseJson(const HttpResponse &response, const QString &what) const;

    const QString &serviceName() const { return m_serviceName; }
    const Clock &clock() const { return m_clock; }
    RequestStats &stats() { return m_stats; }
    const RequestStats &stats() const { return m_stats; }
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    Error cancelledError() const;
    /// "<service>'s rate limit for this account is used up until HH:MM ..." (RateLimited).
    Error rateLimitedError(const QDateTime &until) const;

    /// Longest rate-limit wait accepted before giving up (kind RateLimited).
    void setMaxRateLimitWait(std::chrono::seconds wait) { m_maxRateLimitWait = wait; }
    /// Called before each rate-limit wait with its end, for "rate-limited until HH:MM".
    void setRateLimitObserver(std::function<void(const QDateTime &until)> observer)
    {
        m_rateLimitObserver = std::move(observer);
    }

    /// Shares how many requests may be in flight with the clients of the other threads of the
    /// same sync (none: this client alone decides, one request at a time).
    void setRequestGate(std::shared_ptr<RequestGate> gate) { m_gate = std::move(gate); }
    const std::shared_ptr<RequestGate> &requestGate() const { return m_gate; }

private:
    HttpResponse sendOnce(const QByteArray &verb, const QNetworkRequest &request,
                          const QByteArray &body);
    bool sleep(std::chrono::milliseconds duration);

    HttpClient *m_http = nullptr;
    QString m_serviceName;
    const Clock &m_clock;
    CancelFlag m_cancelled;
    RequestStats m_stats;
    std::chrono::seconds m_maxRateLimitWait{std::chrono::hours(2)};
    std::function<void(const QDateTime &)> m_rateLimitObserver;
    int m_recentFaults = 0; ///< failed attempts in a row, across requests
    std::shared_ptr<RequestGate> m_gate;
};
