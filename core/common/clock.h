#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

/// "Now" and every wait DevPulse does (polling, back-off, rate-limit pauses) go through a
/// Clock, so that tests can run minutes of waiting in milliseconds. Callbacks run on the
/// thread of `context` and are dropped when `context` is destroyed first.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    /// Runs `callback` after `delay` of this clock's time.
    virtual void callAfter(std::chrono::milliseconds delay, QObject *context,
                           std::function<void()> callback) const;

    /// The clock of the real world.
    static const Clock &system();
};

/// A clock whose waits pass `speedUp` times faster than real time (tests: 1000 turns a
/// five-second poll into five milliseconds). `now()` still reads the real time.
class FastClock final : public Clock
{
public:
    explicit FastClock(double speedUp)
        : m_speedUp(speedUp)
    {}

    void callAfter(std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> callback) const override;

private:
    double m_speedUp = 1.0;
};
