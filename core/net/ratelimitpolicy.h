#pragma once

#include "core/common/result.h"
#include "core/net/httpclient.h"

#include <QDateTime>

#include <chrono>

/// What to do with one answer from GitHub (or any other provider's API): deliver it, wait and send
/// again, or give up. Pure function of the answer, the attempt number and the time, so every rule
/// is unit-tested:
/// - network failures and 5xx: bounded retries; a lone fault is retried after a moment
///   (0.25-0.5 s), and only faults that repeat (on this request, or on the ones before it)
///   back off exponentially from 2 s, with jitter;
/// - primary limit exhausted (X-RateLimit-Remaining: 0): wait until X-RateLimit-Reset;
/// - secondary limit (403/429 with Retry-After, or GitHub's documented message): wait as told,
///   else back off exponentially from one minute;
/// - 401: stop, the account needs to sign in again;
/// - everything else (2xx, 304, 404, 409, 422, 451, ...) is the caller's to read.
namespace RateLimitPolicy {

enum class Action { Deliver, Retry, WaitForRateLimit, Fail };

struct Decision
{
    Action action = Action::Deliver;
    std::chrono::milliseconds wait{0};
    QDateTime until; ///< for WaitForRateLimit: when the limit resets
    Error error;     ///< for Fail
    /// The service asked to slow down (a secondary limit, or the points ran out): requests
    /// sent side by side go one at a time for a while (RequestGate).
    bool slowDown = false;
};

inline constexpr int MaxAttempts = 5;

/// `attempt` counts from 0 for the first send; `jitter` in [0, 1) spreads retries.
/// `serviceName` ("GitHub", "WakaTime") goes into the messages. `failuresBefore`: failed
/// attempts of the requests before this one since the last good answer (a struggling server
/// is given time even on a request's first fault).
Decision decide(const HttpResponse &response, int attempt, const QDateTime &now, double jitter,
                const QString &serviceName = QStringLiteral("GitHub"), int failuresBefore = 0);

/// Whether `response` is a fault that decide() retries (a network failure or a 5xx).
bool isServerFault(const HttpResponse &response);

} // namespace RateLimitPolicy
