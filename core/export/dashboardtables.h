#pragma once

#include "core/metrics/metricsrunner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/// One chart's numbers as a table: what CSV export writes, what the PDF report quotes, what a
/// chart's "Table" view shows. Cells are numbers, dates or text (CsvWriter writes each right).
struct ChartTable
{
    QString id;      ///< stable name: "punchcard", "calendar", ... (command line --chart)
    QString title;   ///< for people: "When commits happen"
    QString summary; ///< the key numbers in a sentence, for captions
    QStringList fields;
    QList<QVariantList> rows;
};

/// Turns the dashboard's metrics into its tables, the same for the window, the PDF report
/// and `devpulse export`. Pure; any thread.
namespace DashboardTables {

/// Every chart's id, in the dashboard's order.
QStringList chartIds();

QList<ChartTable> fromMetrics(const DashboardMetrics &metrics);

/// Kinds of work per calendar month: month, kind (WorkKinds::id), its name, commits and the
/// share of the month's commits in percent. The window, the report and `devpulse metrics
/// work-types` all use this.
ChartTable workKinds(const QList<DayCount> &perDay);
/// The code review tables: "reviews" (time to first review and approval to merge, by
/// duration), "reviews-weekly", "review-load", "review-pairs", "review-size", "review-rounds".
QList<ChartTable> reviewTables(const ReviewMetrics &reviews);
/// The review numbers in a sentence or three (the card's and the report's caption).
QString reviewSummary(const ReviewMetrics &reviews);
/// The delivery tables: "dora" (the four keys with their bands), "dora-weekly",
/// "dora-repos" (what counts as a deployment per repository, and its numbers).
QList<ChartTable> deliveryTables(const DeliveryMetrics &delivery);
/// The four keys and their bands in sentences.
QString deliverySummary(const DeliveryMetrics &delivery);

/// A duration for people: hours with a decimal under two days ("5.5 h"), else days ("3.2 days").
QString hoursOrDays(double hours);

/// The table with `id`, or one with an empty id.
ChartTable find(const QList<ChartTable> &tables, const QString &id);

/// The filter in words: "2026-08-28 to 2026-11-25 · 3 selected repositories · Ada, team Core ·
/// hours in local time". `people`: the names of the people and teams the filter is limited
/// to (its keys are not readable: "#12" is a merged person); none: everyone.
QString describeFilter(const MetricsFilter &filter, int repositoryCount,
                       const QStringList &people = {});

/// The numbers a report opens with, each a label and its value in the locale's format:
/// commits, people, pull requests merged, merge delay median and 90th percentile, lines per
/// merged pull request, the busiest hour.
QList<QPair<QString, QString>> keyNumbers(const DashboardMetrics &metrics);

/// How a report and the window name an account: "GitHub: Octo Viewer (octo-viewer)".
QString accountName(const QString &providerName, const QString &displayName, const QString &login);

} // namespace DashboardTables
