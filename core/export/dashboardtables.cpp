#include "core/export/dashboardtables.h"

#include "core/common/workkind.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace DashboardTables {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)
};

// Monday = 0, in the language of the tables' other words.
QString weekdayName(int day)
{
    return QLocale().dayName(day + 1);
}

ChartTable punchCard(const PunchCard &card)
{
    ChartTable table{QStringLiteral("punchcard"), Tr::tr("When commits happen"), {}, {}, {}};
    table.fields = {QStringLiteral("weekday"), QStringLiteral("hour"), QStringLiteral("commits")};
    int busiestDay = -1;
    int busiestHour = -1;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const int count = card.counts[day][hour];
            if (count == 0)
                continue;
            table.rows << QVariantList{weekdayName(day), hour, count};
            if (busiestDay < 0 || count > card.counts[busiestDay][busiestHour]) {
                busiestDay = day;
                busiestHour = hour;
            }
        }
    }
    table.summary = busiestDay < 0 ? Tr::tr("No commits in this range.")
                                   : Tr::tr("%Ln commits; the busiest hour is %1 %2:00 (%3).",
                                            nullptr, card.total)
                                         .arg(weekdayName(busiestDay))
                                         .arg(busiestHour, 2, 10, QLatin1Char('0'))
                                         .arg(card.counts[busiestDay][busiestHour]);
    return table;
}

ChartTable calendar(const CalendarDays &days)
{
    ChartTable table{QStringLiteral("calendar"), Tr::tr("Commits per day"), {}, {}, {}};
    table.fields = {QStringLiteral("day"), QStringLiteral("commits")};
    int total = 0;
    for (auto it = days.counts.cbegin(); it != days.counts.cend(); ++it) {
        table.rows << QVariantList{it.key(), it.value()};
        total += it.value();
    }
    table.summary = Tr::tr("%Ln commits on %1 days.", nullptr, total)
                        .arg(QLocale().toString(days.counts.size()));
    return table;
}

QList<ChartTable> mergeDelay(const MergeDelay &delay)
{
    ChartTable buckets{
        QStringLiteral("merge-delay"), Tr::tr("Time from opening to merge"), {}, {}, {}};
    buckets.fields = {QStringLiteral("bucket"), QStringLiteral("merged"), QStringLiteral("open")};
    for (qsizetype i = 0; i < delay.delays.size(); ++i)
        buckets.rows << QVariantList{delay.delays.at(i).label, delay.delays.at(i).count,
                                     delay.openAges.value(i).count};
    buckets.summary = Tr::tr("%1 merged, %2 closed without merging, %3 open.")
                          .arg(delay.merged)
                          .arg(delay.closedUnmerged)
                          .arg(delay.open);
    ChartTable weekly{
        QStringLiteral("merge-delay-weekly"), Tr::tr("Merge delay per week"), {}, {}, {}};
    weekly.fields = {QStringLiteral("week"), QStringLiteral("merged"),
                     QStringLiteral("median_hours"), QStringLiteral("p90_hours")};
    for (const WeeklyMergeDelay &week : delay.weekly)
        weekly.rows << QVariantList{week.weekStart, week.merged, week.medianHours, week.p90Hours};
    if (!delay.weekly.isEmpty())
        weekly.summary = Tr::tr("Latest week (%1): median %2 h, 90th percentile %3 h.")
                             .arg(delay.weekly.constLast().weekStart.toString(Qt::ISODate))
                             .arg(delay.weekly.constLast().medianHours, 0, 'f', 1)
                             .arg(delay.weekly.constLast().p90Hours, 0, 'f', 1);
    else
        weekly.summary = Tr::tr("No merged pull requests in this range.");
    return {buckets, weekly};
}

ChartTable codeFrequency(const QList<WeeklyLines> &weeks, const LinesPerPullRequest &lines)
{
    ChartTable table{QStringLiteral("lines"), Tr::tr("Lines added and removed"), {}, {}, {}};
    table.fields
        = {QStringLiteral("week"), QStringLiteral("additions"), QStringLiteral("deletions")};
    for (const WeeklyLines &week : weeks)
        table.rows << QVariantList{week.weekStart, week.additions, week.deletions};
    table.summary = lines.pullRequests == 0
                        ? Tr::tr("No merged pull request with line counts in this range.")
                        : Tr::tr("Per merged pull request (%1): on average +%2 / -%3 lines, median "
                                 "+%4 / -%5.")
                              .arg(QLocale().toString(lines.pullRequests))
                              .arg(lines.averageAdditions, 0, 'f', 0)
                              .arg(lines.averageDeletions, 0, 'f', 0)
                              .arg(lines.medianAdditions, 0, 'f', 0)
                              .arg(lines.medianDeletions, 0, 'f', 0);
    return table;
}

ChartTable contributors(const QList<Contributor> &people)
{
    ChartTable table{QStringLiteral("contributors"), Tr::tr("Contributors"), {}, {}, {}};
    table.fields = {QStringLiteral("name"),         QStringLiteral("commits"),
                    QStringLiteral("additions"),    QStringLiteral("deletions"),
                    QStringLiteral("pulls_opened"), QStringLiteral("pulls_merged")};
    for (const Contributor &person : people)
        table.rows << QVariantList{person.name,
                                   person.commits,
                                   person.additions,
                                   person.deletions,
                                   person.pullRequestsOpened,
                                   person.pullRequestsMerged};
    table.summary = people.isEmpty() ? Tr::tr("Nobody committed in this range.")
                                     : Tr::tr("Most commits: %1 (%2).")
                                           .arg(people.first().name)
                                           .arg(people.first().commits);
    return table;
}

ChartTable contributionsOverTime(const ContributionSeries &series)
{
    ChartTable table{
        QStringLiteral("contributions"), Tr::tr("Contributions over time"), {}, {}, {}};
    table.fields = {QStringLiteral("period"), QStringLiteral("name"), QStringLiteral("count")};
    for (qsizetype p = 0; p < series.periods.size(); ++p) {
        for (qsizetype n = 0; n < series.names.size(); ++n) {
            if (series.counts.at(n).at(p) > 0)
                table.rows << QVariantList{series.periods.at(p), series.names.at(n),
                                           series.counts.at(n).at(p)};
        }
    }
    int total = 0;
    for (const QList<int> &counts : series.counts)
        for (int count : counts)
            total += count;
    table.summary = Tr::tr("%1 in all.").arg(QLocale().toString(total));
    return table;
}

ChartTable refTrends(const RefTrends &trends)
{
    ChartTable table{QStringLiteral("refs"), Tr::tr("Branches and tags"), {}, {}, {}};
    table.fields = {QStringLiteral("month"), QStringLiteral("branches_created"),
                    QStringLiteral("branches_first_seen"), QStringLiteral("branches_deleted"),
                    QStringLiteral("tags")};
    for (const MonthlyRefs &month : trends.months)
        table.rows << QVariantList{month.month, month.branchesCreated, month.branchesFirstSeen,
                                   month.branchesDeleted, month.tags};
    table.summary = trends.tagCount > 1 ? Tr::tr("%Ln tags; a new tag every %1 days (median).",
                                                 nullptr, trends.tagCount)
                                              .arg(trends.medianDaysBetweenTags, 0, 'f', 1)
                                        : Tr::tr("%Ln tags.", nullptr, trends.tagCount);
    return table;
}

ChartTable activity(const ActivitySeries &series)
{
    ChartTable table{QStringLiteral("activity"), Tr::tr("Activity by service"), {}, {}, {}};
    table.fields = {series.weekly ? QStringLiteral("week") : QStringLiteral("day"),
                    QStringLiteral("service"), QStringLiteral("minutes")};
    for (qsizetype p = 0; p < series.periods.size(); ++p) {
        for (qsizetype s = 0; s < series.services.size(); ++s) {
            if (series.minutes.at(s).at(p) > 0)
                table.rows << QVariantList{series.periods.at(p), series.services.at(s),
                                           series.minutes.at(s).at(p)};
        }
    }
    table.summary
        = series.services.isEmpty()
              ? Tr::tr("No provider activity in this range.")
              : Tr::tr("%1 hours of activity.").arg(series.totalMinutes / 60.0, 0, 'f', 1);
    return table;
}

} // namespace

QStringList chartIds()
{
    return {QStringLiteral("punchcard"),    QStringLiteral("calendar"),
            QStringLiteral("merge-delay"),  QStringLiteral("merge-delay-weekly"),
            QStringLiteral("reviews"),      QStringLiteral("reviews-weekly"),
            QStringLiteral("review-load"),  QStringLiteral("review-pairs"),
            QStringLiteral("review-size"),  QStringLiteral("review-rounds"),
            QStringLiteral("dora"),         QStringLiteral("dora-weekly"),
            QStringLiteral("dora-repos"),   QStringLiteral("lines"),
            QStringLiteral("contributors"), QStringLiteral("contributions"),
            QStringLiteral("work-types"),   QStringLiteral("refs"),
            QStringLiteral("activity")};
}

ChartTable workKinds(const QList<DayCount> &perDay)
{
    ChartTable table{QStringLiteral("work-types"), Tr::tr("Kinds of work"), {}, {}, {}};
    table.fields = {QStringLiteral("month"), QStringLiteral("kind"), QStringLiteral("name"),
                    QStringLiteral("commits"), QStringLiteral("share_percent")};
    // Per month, per kind in WorkKinds' order.
    const QList<WorkKind> kinds = WorkKinds::all();
    QMap<QDate, QList<int>> months;
    QList<int> totals(kinds.size(), 0);
    int all = 0;
    const QDate epoch(1970, 1, 1);
    for (const DayCount &day : perDay) {
        const std::optional<WorkKind> kind = WorkKinds::fromId(day.key);
        const qsizetype index = kinds.indexOf(kind.value_or(WorkKind::Other));
        const QDate date = epoch.addDays(day.day);
        QList<int> &month = months[QDate(date.year(), date.month(), 1)];
        month.resize(kinds.size());
        month[index] += day.count;
        totals[index] += day.count;
        all += day.count;
    }
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        int monthTotal = 0;
        for (int count : it.value())
            monthTotal += count;
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (it.value().at(k) > 0)
                table.rows << QVariantList{
                    it.key(), WorkKinds::id(kinds.at(k)), WorkKinds::name(kinds.at(k)),
                    it.value().at(k), std::round(1000.0 * it.value().at(k) / monthTotal) / 10.0};
        }
    }
    if (all == 0) {
        table.summary = Tr::tr("No commits in this range.");
        return table;
    }
    QList<qsizetype> order;
    for (qsizetype k = 0; k < kinds.size(); ++k)
        if (totals.at(k) > 0)
            order << k;
    std::stable_sort(order.begin(), order.end(),
                     [&totals](qsizetype a, qsizetype b) { return totals.at(a) > totals.at(b); });
    const QLocale locale;
    QStringList shares;
    for (qsizetype k : order.mid(0, 3))
        shares << Tr::tr("%1 %2 %", "kind of work, its share in percent")
                      .arg(WorkKinds::name(kinds.at(k)),
                           locale.toString(100.0 * totals.at(k) / all, 'f', 0));
    table.summary
        = Tr::tr("Of %1 commits: %2.").arg(locale.toString(all), shares.join(QStringLiteral(", ")));
    return table;
}

QList<ChartTable> fromMetrics(const DashboardMetrics &metrics)
{
    QList<ChartTable> tables{punchCard(metrics.punchCard), calendar(metrics.calendar)};
    tables << mergeDelay(metrics.mergeDelay) << reviewTables(metrics.reviews)
           << deliveryTables(metrics.delivery);
    tables << codeFrequency(metrics.codeFrequency, metrics.linesPerPullRequest)
           << contributors(metrics.contributors)
           << contributionsOverTime(metrics.contributionsOverTime)
           << workKinds(metrics.workKindsPerDay) << refTrends(metrics.refTrends)
           << activity(metrics.activity);
    return tables;
}

QString hoursOrDays(double hours)
{
    const QLocale locale;
    return hours < 48 ? Tr::tr("%1 h").arg(locale.toString(hours, 'f', 1))
                      : Tr::tr("%1 days").arg(locale.toString(hours / 24, 'f', 1));
}

ChartTable find(const QList<ChartTable> &tables, const QString &id)
{
    for (const ChartTable &table : tables) {
        if (table.id == id)
            return table;
    }
    return {};
}

QString describeFilter(const MetricsFilter &filter, int repositoryCount, const QStringList &people)
{
    QString range;
    if (filter.from.isValid() && filter.to.isValid())
        range = Tr::tr("%1 to %2")
                    .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate));
    else if (filter.from.isValid())
        range = Tr::tr("since %1").arg(filter.from.toString(Qt::ISODate));
    else if (filter.to.isValid())
        range = Tr::tr("until %1").arg(filter.to.toString(Qt::ISODate));
    else
        range = Tr::tr("all time");
    const QString repos
        = filter.repoIds.isEmpty()
              ? Tr::tr("all %Ln repositories", nullptr, int(repositoryCount))
              : Tr::tr("%n selected repositories", nullptr, int(filter.repoIds.size()));
    const QString zone = filter.timeZone == TimeZoneMode::Local
                             ? Tr::tr("hours in local time")
                             : Tr::tr("hours in each author's time");
    QStringList parts{range, repos};
    constexpr int NamedPeople = 3;
    if (people.size() > NamedPeople)
        parts << Tr::tr("%1 and %n more", nullptr, int(people.size() - NamedPeople))
                     .arg(people.mid(0, NamedPeople).join(QStringLiteral(", ")));
    else if (!people.isEmpty())
        parts << people.join(QStringLiteral(", "));
    if (!filter.workKinds.isEmpty()) {
        QStringList kinds;
        for (const QString &id : filter.workKinds)
            kinds << WorkKinds::name(WorkKinds::fromId(id).value_or(WorkKind::Other));
        parts << Tr::tr("commits of kind %1").arg(kinds.join(QStringLiteral(", ")));
    }
    parts << zone;
    return parts.join(QStringLiteral(" · "));
}

QList<QPair<QString, QString>> keyNumbers(const DashboardMetrics &metrics)
{
    const QLocale locale;
    QList<QPair<QString, QString>> numbers;
    numbers.append({Tr::tr("Commits"), locale.toString(metrics.punchCard.total)});
    int people = 0;
    for (const Contributor &contributor : metrics.contributors)
        people += contributor.people;
    numbers.append({Tr::tr("People who committed"), locale.toString(people)});
    const MergeDelay &delay = metrics.mergeDelay;
    numbers.append({Tr::tr("Pull requests merged"), locale.toString(delay.merged)});
    numbers.append({Tr::tr("Time to merge, median"),
                    delay.merged ? hoursOrDays(delay.medianHours) : QStringLiteral("–")});
    numbers.append({Tr::tr("Time to merge, 90th percentile"),
                    delay.merged ? hoursOrDays(delay.p90Hours) : QStringLiteral("–")});
    const ReviewMetrics &reviews = metrics.reviews;
    numbers.append(
        {Tr::tr("Time to first review, median"),
         reviews.reviewed ? hoursOrDays(reviews.firstReviewMedianHours) : QStringLiteral("–")});
    numbers.append({Tr::tr("Merged without review"),
                    reviews.merged ? Tr::tr("%1 of %2")
                                         .arg(locale.toString(reviews.mergedUnreviewed),
                                              locale.toString(reviews.merged))
                                   : QStringLiteral("–")});
    const DeliveryMetrics &delivery = metrics.delivery;
    numbers.append(
        {Tr::tr("Deployments per week"), delivery.attempts ? Tr::tr("%1 (%2)").arg(
                                             locale.toString(delivery.deploymentsPerWeek, 'f', 1),
                                             DeliveryMetricsQuery::bandName(delivery.frequencyBand))
                                                           : QStringLiteral("–")});
    numbers.append({Tr::tr("Change failure rate"),
                    delivery.attempts
                        ? Tr::tr("%1 % (%2)")
                              .arg(locale.toString(delivery.changeFailureRate * 100, 'f', 0),
                                   DeliveryMetricsQuery::bandName(delivery.failureBand))
                        : QStringLiteral("–")});
    const LinesPerPullRequest &lines = metrics.linesPerPullRequest;
    numbers.append({Tr::tr("Lines per merged pull request, median"),
                    lines.pullRequests ? Tr::tr("+%1 / −%2")
                                             .arg(locale.toString(lines.medianAdditions, 'f', 0),
                                                  locale.toString(lines.medianDeletions, 'f', 0))
                                       : QStringLiteral("–")});
    int busiestDay = -1;
    int busiestHour = -1;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            if (metrics.punchCard.counts[day][hour] > 0
                && (busiestDay < 0
                    || metrics.punchCard.counts[day][hour]
                           > metrics.punchCard.counts[busiestDay][busiestHour])) {
                busiestDay = day;
                busiestHour = hour;
            }
        }
    }
    numbers.append({Tr::tr("Busiest hour"), busiestDay < 0
                                                ? QStringLiteral("–")
                                                : Tr::tr("%1 %2:00")
                                                      .arg(weekdayName(busiestDay))
                                                      .arg(busiestHour, 2, 10, QLatin1Char('0'))});
    return numbers;
}

QString accountName(const QString &providerName, const QString &displayName, const QString &login)
{
    if (displayName.isEmpty() || displayName == login)
        return Tr::tr("%1: %2").arg(providerName, login);
    return Tr::tr("%1: %2 (%3)").arg(providerName, displayName, login);
}

} // namespace DashboardTables
