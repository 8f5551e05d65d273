#pragma once

#include "core/common/clock.h"

#include <QPointer>

#include <algorithm>
#include <vector>

/// A clock that moves only when the test says so: advance() runs every callback that came
/// due, in order. For schedulers and back-off rules.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now)
        : m_now(std::move(now))
    {}

    QDateTime now() const override { return m_now; }

    void callAfter(std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> callback) const override
    {
        m_pending.push_back(
            {m_now.addMSecs(delay.count()), QPointer<QObject>(context), std::move(callback)});
    }

    void advance(std::chrono::milliseconds by)
    {
        const QDateTime target = m_now.addMSecs(by.count());
        for (;;) {
            auto next = std::min_element(
                m_pending.begin(), m_pending.end(),
                [](const Pending &a, const Pending &b) { return a.due < b.due; });
            if (next == m_pending.end() || next->due > target)
                break;
            Pending due = std::move(*next);
            m_pending.erase(next);
            m_now = due.due;
            if (due.context)
                due.callback();
        }
        m_now = target;
    }

private:
    struct Pending
    {
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    QDateTime m_now;
    mutable std::vector<Pending> m_pending;
};
