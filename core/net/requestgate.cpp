#include "core/net/requestgate.h"

#include "core/common/logging.h"

RequestGate::RequestGate(int limit, const Clock &clock)
    : m_limit(qMax(1, limit))
    , m_clock(clock)
{}

int RequestGate::allowedLocked() const
{
    if (m_serialUntil.isValid() && m_clock.now() < m_serialUntil)
        return 1;
    // Never more in flight than the points left; one is always allowed (a request that finds
    // the limit spent is told when it resets, and waits for it).
    if (m_pointsLeft >= 0)
        return qBound(1, m_pointsLeft, m_limit);
    return m_limit;
}

bool RequestGate::acquire(const std::shared_ptr<std::atomic_bool> &cancelled)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (cancelled && cancelled->load())
            return false;
        if (m_inFlight < allowedLocked())
            break;
        // Woken by a release; also every 50 ms for a cancel or the serial time running out.
        m_changed.wait_for(lock, std::chrono::milliseconds(50));
    }
    ++m_inFlight;
    m_mostInFlight = qMax(m_mostInFlight, m_inFlight);
    return true;
}

void RequestGate::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_inFlight = qMax(0, m_inFlight - 1);
    }
    m_changed.notify_all();
}

void RequestGate::noteRemainingPoints(int remaining)
{
    {
        std::lock_guard lock(m_mutex);
        m_pointsLeft = remaining;
    }
    m_changed.notify_all();
}

void RequestGate::slowDown(const QDateTime &until)
{
    std::lock_guard lock(m_mutex);
    const QDateTime serialUntil
        = (until.isValid() ? until : m_clock.now())
              .addSecs(std::chrono::duration_cast<std::chrono::seconds>(SerialAfterLimit).count());
    if (!m_serialUntil.isValid() || serialUntil > m_serialUntil) {
        if (m_limit > 1)
            qCInfo(lcNet).noquote()
                << "One request at a time until" << serialUntil.toString(Qt::ISODate);
        m_serialUntil = serialUntil;
    }
}

int RequestGate::mostInFlight() const
{
    std::lock_guard lock(m_mutex);
    return m_mostInFlight;
}

int RequestGate::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return m_inFlight;
}

bool RequestGate::isSerial() const
{
    std::lock_guard lock(m_mutex);
    return allowedLocked() == 1;
}
