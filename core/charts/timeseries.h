#pragma once

#include "core/charts/timebuckets.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

/// A chart of values over time as core describes it to every view (the window's chart, the
/// report, the table): one value per bucket of the whole range and per series, empty buckets
/// as zeros. A view may show it in coarser buckets (rebucketed) to fit its width. Plain value
/// type, any thread.
struct TimeSeries
{
    struct Series
    {
        QString name;
        QList<double> values; ///< one per entry of `starts`
    };

    TimeBucket bucket = TimeBucket::Day; ///< what one value covers
    QList<QDate> starts;                 ///< every bucket of the range, oldest first
    QList<Series> series;
    bool stacked = true; ///< series on top of each other (negative values hang below)
    QString unit;        ///< what is counted, for the axis and tooltips ("commits", "lines")
    /// Shown as each series' share of its bucket, in percent (kinds of work): a view calls
    /// asShares() after choosing its buckets, since shares of finer buckets do not add up.
    bool shares = false;

    TimeSeries() = default;
    /// Every bucket from `from` to `to`, each series all zeros.
    TimeSeries(const QDate &from, const QDate &to, TimeBucket bucket, const QStringList &names);

    /// Adds `value` to series `index` in the bucket holding `day`; days outside the range are
    /// ignored.
    void add(qsizetype index, const QDate &day, double value);
    /// The same values summed into `coarser` buckets over the same range. Values kept per
    /// week go to the bucket their Thursday falls in (as ISO weeks belong to years).
    TimeSeries rebucketed(TimeBucket coarser) const;
    /// Each value as its share of its bucket's total (positive values), in percent, rounded
    /// to a tenth; an empty bucket stays all zeros.
    TimeSeries asShares() const;
    /// The sum of every series per bucket (positive and negative parts apart when stacked:
    /// what the tallest bar and the deepest one reach).
    QList<double> totalsAbove() const;
    QList<double> totalsBelow() const;
    bool isEmpty() const;
    /// Past `keep` series the rest are added into one series `othersName` (whose name the
    /// caller words, e.g. "Others (37)"); `keep` counts that series too.
    void foldInto(int keep, const QString &othersName);
};
