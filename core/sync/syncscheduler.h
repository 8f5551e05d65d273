#pragma once

#include "core/common/clock.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

/// When DevPulse syncs on its own: every `interval` (Settings; zero turns it off), at start
/// when the last sync is older than that, never while paused or offline, and after failures
/// with a growing pause (interval × 2, × 4, ... up to six hours) so that a broken network or a
/// revoked token is not hammered. Emits syncDue(); whoever listens starts the syncs and
/// reports back with runFinished(). Time comes from the injected Clock (tests use a fake one).
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    static constexpr std::chrono::hours MaxBackoff{6};

    explicit SyncScheduler(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setInterval(std::chrono::minutes interval);
    std::chrono::minutes interval() const { return m_interval; }
    /// The newest sync the cache knows of (at start: from the sync history).
    void setLastSyncAt(const QDateTime &when);
    bool isPaused() const { return m_paused; }
    bool isOnline() const { return m_online; }
    /// When the next automatic sync is due (invalid: none planned).
    QDateTime nextSyncAt() const;

public slots:
    /// Checks now, then keeps checking once a minute of clock time.
    void start();
    void setPaused(bool paused);
    void setOnline(bool online);
    /// The due sync ended; a failure lengthens the pause before the next one.
    void runFinished(bool succeeded);
    /// Checks whether a sync is due now (the timer calls this; tests may too).
    void check();

signals:
    void syncDue();
    void pausedChanged(bool paused);

private:
    void scheduleCheck();

    const Clock &m_clock;
    std::chrono::minutes m_interval{0};
    QDateTime m_lastSyncAt;
    QDateTime m_lastAttemptAt;
    int m_failures = 0;
    bool m_paused = false;
    bool m_online = true;
    bool m_waitingForRun = false;
    bool m_started = false;
};
