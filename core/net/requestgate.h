#pragma once

#include "core/common/clock.h"

#include <QDateTime>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

/// How many requests of one sync may be in flight at once, shared by the threads that read
/// an account's repositories side by side (issue 20: up to 4; 1 means serial). After a
/// secondary rate limit (or a primary limit running out) every thread drops to one request
/// at a time for a while, and no more requests are in flight than the points the last answer
/// said are left. A thread holds its place from sending until the answer is its caller's,
/// retries and waits included, so nobody overtakes a request that was told to wait.
/// Thread-safe.
class RequestGate final
{
public:
    /// `limit`: the most requests in flight (at least 1). `clock` says when "a while" is over.
    RequestGate(int limit, const Clock &clock);

    /// How long the gate stays serial after it was told to slow down (beyond the wait itself).
    static constexpr std::chrono::minutes SerialAfterLimit{2};

    /// Waits for a place; false when `cancelled` was set meanwhile (no place taken).
    bool acquire(const std::shared_ptr<std::atomic_bool> &cancelled);
    void release();

    /// An answer arrived: its X-RateLimit-Remaining (-1 when absent) caps the places.
    void noteRemainingPoints(int remaining);
    /// The service asked to slow down until `until`: serial until SerialAfterLimit after it.
    void slowDown(const QDateTime &until);

    int limit() const { return m_limit; }
    /// The most requests that were in flight at once so far (for tests and the benchmark).
    int mostInFlight() const;
    /// How many requests are in flight now.
    int inFlight() const;
    /// Whether the gate lets only one request through now.
    bool isSerial() const;

private:
    int allowedLocked() const;

    const int m_limit;
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
    int m_pointsLeft = -1;
    QDateTime m_serialUntil;
};
