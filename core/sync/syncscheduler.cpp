#include "core/sync/syncscheduler.h"

namespace {
constexpr std::chrono::minutes CheckEvery{1};
}

SyncScheduler::SyncScheduler(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

void SyncScheduler::setInterval(std::chrono::minutes interval)
{
    m_interval = interval;
}

void SyncScheduler::setLastSyncAt(const QDateTime &when)
{
    m_lastSyncAt = when;
}

QDateTime SyncScheduler::nextSyncAt() const
{
    if (m_interval.count() <= 0 || m_paused)
        return {};
    if (m_failures > 0 && m_lastAttemptAt.isValid()) {
        // interval × 2^failures, at most MaxBackoff.
        qint64 pause = qint64(m_interval.count()) * 60;
        for (int i = 0; i < m_failures && pause < qint64(MaxBackoff.count()) * 3600; ++i)
            pause *= 2;
        pause = qMin(pause, qint64(MaxBackoff.count()) * 3600);
        return m_lastAttemptAt.addSecs(pause);
    }
    if (!m_lastSyncAt.isValid())
        return m_clock.now(); // never synced: now
    return m_lastSyncAt.addSecs(qint64(m_interval.count()) * 60);
}

void SyncScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    check();
    scheduleCheck();
}

void SyncScheduler::scheduleCheck()
{
    m_clock.callAfter(CheckEvery, this, [this] {
        check();
        scheduleCheck();
    });
}

void SyncScheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    emit pausedChanged(paused);
    if (!paused)
        check();
}

void SyncScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        check(); // back online: catch up at once if due
}

void SyncScheduler::runFinished(bool succeeded)
{
    m_waitingForRun = false;
    if (succeeded) {
        m_failures = 0;
        m_lastSyncAt = m_clock.now();
    } else {
        ++m_failures;
    }
}

void SyncScheduler::check()
{
    if (m_paused || !m_online || m_waitingForRun || m_interval.count() <= 0)
        return;
    const QDateTime due = nextSyncAt();
    if (!due.isValid() || due > m_clock.now())
        return;
    m_waitingForRun = true;
    m_lastAttemptAt = m_clock.now();
    emit syncDue();
}
