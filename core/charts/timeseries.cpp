#include "core/charts/timeseries.h"

#include <algorithm>
#include <cmath>

TimeSeries::TimeSeries(const QDate &from, const QDate &to, TimeBucket bucket_,
                       const QStringList &names)
    : bucket(bucket_)
    , starts(TimeBuckets::starts(from, to, bucket_))
{
    for (const QString &name : names)
        series << Series{name, QList<double>(starts.size(), 0.0)};
}

void TimeSeries::add(qsizetype index, const QDate &day, double value)
{
    if (index < 0 || index >= series.size() || starts.isEmpty() || !day.isValid())
        return;
    const QDate start = TimeBuckets::startOf(day, bucket);
    // Starts are sorted: a binary search finds the bucket.
    const auto found = std::lower_bound(starts.cbegin(), starts.cend(), start);
    if (found == starts.cend() || *found != start)
        return;
    series[index].values[found - starts.cbegin()] += value;
}

TimeSeries TimeSeries::rebucketed(TimeBucket coarser) const
{
    if (coarser == bucket || starts.isEmpty())
        return *this;
    TimeSeries result;
    result.bucket = coarser;
    result.stacked = stacked;
    result.unit = unit;
    result.shares = shares;
    const auto placeOf = [this](const QDate &start) {
        return bucket == TimeBucket::Week ? start.addDays(3) : start; // a week's Thursday
    };
    result.starts
        = TimeBuckets::starts(placeOf(starts.constFirst()), placeOf(starts.constLast()), coarser);
    for (const Series &one : series)
        result.series << Series{one.name, QList<double>(result.starts.size(), 0.0)};
    qsizetype target = 0;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QDate place = TimeBuckets::startOf(placeOf(starts.at(i)), coarser);
        while (target + 1 < result.starts.size() && result.starts.at(target + 1) <= place)
            ++target;
        for (qsizetype s = 0; s < series.size(); ++s)
            result.series[s].values[target] += series.at(s).values.value(i);
    }
    return result;
}

TimeSeries TimeSeries::asShares() const
{
    TimeSeries result = *this;
    const QList<double> totals = totalsAbove();
    for (Series &one : result.series) {
        for (qsizetype i = 0; i < one.values.size(); ++i) {
            const double total = totals.value(i);
            one.values[i]
                = total > 0 ? std::round(1000.0 * std::max(0.0, one.values.at(i)) / total) / 10.0
                            : 0.0;
        }
    }
    return result;
}

// The tallest (`above`) or deepest reach per bucket: stacked bars add their positive or
// negative parts, side-by-side bars reach their largest value.
static QList<double> reaches(const TimeSeries &chart, bool above)
{
    // Values over categories (a chart without time buckets) have no starts: as many as values.
    qsizetype count = chart.starts.size();
    for (const TimeSeries::Series &one : chart.series)
        count = std::max(count, one.values.size());
    QList<double> totals(count, 0.0);
    for (const TimeSeries::Series &one : chart.series) {
        for (qsizetype i = 0; i < totals.size(); ++i) {
            const double value
                = above ? std::max(0.0, one.values.value(i)) : std::min(0.0, one.values.value(i));
            if (chart.stacked)
                totals[i] += value;
            else
                totals[i] = above ? std::max(totals.at(i), value) : std::min(totals.at(i), value);
        }
    }
    return totals;
}

QList<double> TimeSeries::totalsAbove() const
{
    return reaches(*this, true);
}

QList<double> TimeSeries::totalsBelow() const
{
    return reaches(*this, false);
}

bool TimeSeries::isEmpty() const
{
    for (const Series &one : series) {
        for (double value : one.values) {
            if (value != 0)
                return false;
        }
    }
    return true;
}

void TimeSeries::foldInto(int keep, const QString &othersName)
{
    if (keep < 1 || series.size() <= keep)
        return;
    Series others{othersName, QList<double>(starts.size(), 0.0)};
    for (qsizetype s = keep - 1; s < series.size(); ++s) {
        for (qsizetype i = 0; i < others.values.size(); ++i)
            others.values[i] += series.at(s).values.value(i);
    }
    series.resize(keep - 1);
    series << others;
}
