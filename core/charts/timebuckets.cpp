#include "core/charts/timebuckets.h"

#include <QCoreApplication>

namespace TimeBuckets {

QDate startOf(const QDate &day, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return day;
    case TimeBucket::Week: return day.addDays(1 - day.dayOfWeek());
    case TimeBucket::Month: return QDate(day.year(), day.month(), 1);
    case TimeBucket::Quarter: return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case TimeBucket::Year: return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate next(const QDate &start, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return start.addDays(1);
    case TimeBucket::Week: return start.addDays(7);
    case TimeBucket::Month: return start.addMonths(1);
    case TimeBucket::Quarter: return start.addMonths(3);
    case TimeBucket::Year: return start.addYears(1);
    }
    return start.addDays(1);
}

qint64 count(const QDate &from, const QDate &to, TimeBucket bucket)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    const qint64 months
        = (qint64(to.year()) * 12 + to.month()) - (qint64(from.year()) * 12 + from.month());
    switch (bucket) {
    case TimeBucket::Day: return from.daysTo(to) + 1;
    case TimeBucket::Week: return startOf(from, bucket).daysTo(startOf(to, bucket)) / 7 + 1;
    case TimeBucket::Month: return months + 1;
    case TimeBucket::Quarter:
        return (qint64(to.year()) * 4 + (to.month() - 1) / 3)
               - (qint64(from.year()) * 4 + (from.month() - 1) / 3) + 1;
    case TimeBucket::Year: return to.year() - from.year() + 1;
    }
    return 0;
}

QList<QDate> starts(const QDate &from, const QDate &to, TimeBucket bucket)
{
    QList<QDate> all;
    if (!from.isValid() || !to.isValid() || to < from)
        return all;
    all.reserve(count(from, to, bucket));
    for (QDate start = startOf(from, bucket); start <= to; start = next(start, bucket))
        all << start;
    return all;
}

TimeBucket choose(const QDate &from, const QDate &to, qint64 maxBuckets, TimeBucket finest)
{
    for (TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month,
                              TimeBucket::Quarter, TimeBucket::Year}) {
        if (bucket < finest)
            continue;
        if (count(from, to, bucket) <= maxBuckets)
            return bucket;
    }
    return TimeBucket::Year;
}

bool nests(TimeBucket finest, TimeBucket coarser)
{
    if (finest == TimeBucket::Week)
        return coarser == TimeBucket::Week;
    return finest <= coarser;
}

QString perBucketName(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return QCoreApplication::translate("TimeBuckets", "per day");
    case TimeBucket::Week: return QCoreApplication::translate("TimeBuckets", "per week");
    case TimeBucket::Month: return QCoreApplication::translate("TimeBuckets", "per month");
    case TimeBucket::Quarter: return QCoreApplication::translate("TimeBuckets", "per quarter");
    case TimeBucket::Year: return QCoreApplication::translate("TimeBuckets", "per year");
    }
    return {};
}

QString bucketName(const QDate &start, TimeBucket bucket, const QLocale &locale)
{
    switch (bucket) {
    case TimeBucket::Day: return locale.toString(start, QStringLiteral("d MMM yyyy"));
    case TimeBucket::Week:
        return QCoreApplication::translate("TimeBuckets", "week of %1")
            .arg(locale.toString(start, QStringLiteral("d MMM yyyy")));
    case TimeBucket::Month: return locale.toString(start, QStringLiteral("MMM yyyy"));
    case TimeBucket::Quarter:
        return QCoreApplication::translate("TimeBuckets", "Q%1 %2", "quarter, year")
            .arg((start.month() - 1) / 3 + 1)
            .arg(start.year());
    case TimeBucket::Year: return QString::number(start.year());
    }
    return {};
}

} // namespace TimeBuckets
