#pragma once

#include <QtGlobal>

#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

/// Counters per (local day, slot) for CommitSnapshot's pass: a flat array over the days the
/// commits can fall on, so the pass does no hashing; a day outside them (an odd author offset)
/// or a table too big to allocate goes to a hash map instead. One thread.
template<typename Counter>
class DayCounters
{
public:
    DayCounters(qint64 firstDay, qint64 lastDay, qint64 slotsPerDay)
        : m_firstDay(firstDay)
        , m_lastDay(lastDay)
        , m_slots(slotsPerDay)
    {
        constexpr qint64 MaximumDenseCells = 4'000'000;
        const qint64 cells = (lastDay - firstDay + 1) * slotsPerDay;
        if (lastDay >= firstDay && cells <= MaximumDenseCells)
            m_dense.resize(size_t(cells));
        else
            m_lastDay = m_firstDay - 1; // everything sparse
    }

    Counter &at(qint64 day, qint64 slot)
    {
        // A negative hour (a time before 1970) stays in its own cell, as in SQL.
        if (day >= m_firstDay && day <= m_lastDay && slot >= 0 && slot < m_slots)
            return m_dense[size_t((day - m_firstDay) * m_slots + slot)];
        return m_sparse[{day, slot}];
    }

    // f(day, slot, counter) for every counter that counted something.
    template<typename F>
    void forEach(F f) const
    {
        for (size_t cell = 0; cell < m_dense.size(); ++cell) {
            if (m_dense[cell].commits > 0)
                f(m_firstDay + qint64(cell) / m_slots, qint64(cell) % m_slots, m_dense[cell]);
        }
        for (const auto &[key, counter] : m_sparse)
            f(key.first, key.second, counter);
    }

private:
    qint64 m_firstDay;
    qint64 m_lastDay;
    qint64 m_slots;
    std::vector<Counter> m_dense;
    struct KeyHash
    {
        size_t operator()(const std::pair<qint64, qint64> &key) const
        {
            return std::hash<qint64>()(key.first * 1'000'003 + key.second);
        }
    };
    std::unordered_map<std::pair<qint64, qint64>, Counter, KeyHash> m_sparse;
};
