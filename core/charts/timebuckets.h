#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

/// How long one bar of a time chart lasts. Weeks start on Monday (as everywhere in DevPulse),
/// quarters on 1 January, April, July and October.
enum class TimeBucket { Day, Week, Month, Quarter, Year };

/// Calendar arithmetic for time charts: which bucket a day falls in, every bucket of a range
/// (empty ones included: a chart never hides a gap in time), and which bucket a chart of a
/// given width can show legibly. Pure functions, any thread.
namespace TimeBuckets {

/// The first day of the bucket holding `day`.
QDate startOf(const QDate &day, TimeBucket bucket);
/// The first day of the bucket after the one starting on `start`.
QDate next(const QDate &start, TimeBucket bucket);
/// The first day of every bucket from the one holding `from` to the one holding `to`.
QList<QDate> starts(const QDate &from, const QDate &to, TimeBucket bucket);
/// How many buckets [from, to] spans (starts(...).size(), without building the list).
qint64 count(const QDate &from, const QDate &to, TimeBucket bucket);
/// The finest bucket, not finer than `finest`, that splits [from, to] into at most
/// `maxBuckets`; Year when even years are too many (a chart then draws thin bars).
TimeBucket choose(const QDate &from, const QDate &to, qint64 maxBuckets, TimeBucket finest);
/// Whether values kept per `finest` add up exactly into `coarser` buckets (a day always
/// does, a week only into weeks: it can straddle two months).
bool nests(TimeBucket finest, TimeBucket coarser);

/// "per day", "per week", ... for the chart's caption (translated).
QString perBucketName(TimeBucket bucket);
/// The bucket starting on `start` as a tooltip or table names it: "3 Mar 2025" (day), "week
/// of 3 Mar 2025", "Mar 2025", "Q1 2025", "2025".
QString bucketName(const QDate &start, TimeBucket bucket, const QLocale &locale = QLocale());

} // namespace TimeBuckets
