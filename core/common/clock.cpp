#include "core/common/clock.h"

#include <QTimer>

void Clock::callAfter(std::chrono::milliseconds delay, QObject *context,
                      std::function<void()> callback) const
{
    QTimer::singleShot(delay, context, std::move(callback));
}

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

void FastClock::callAfter(std::chrono::milliseconds delay, QObject *context,
                          std::function<void()> callback) const
{
    const auto scaled = std::chrono::milliseconds(qint64(double(delay.count()) / m_speedUp));
    QTimer::singleShot(scaled, context, std::move(callback));
}
