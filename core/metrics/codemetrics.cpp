#include "core/metrics/codemetrics.h"

#include "core/metrics/mergedelay.h"
#include "core/metrics/metricssql.h"
#include "core/people/identities.h"
#include "core/storage/boundquery.h"
#include "core/storage/rowreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

using namespace BoundQuery;

namespace CodeMetrics {

Result<LinesPerPullRequest> linesPerPullRequest(QSqlDatabase &db, const MetricsFilter &filter)
{
    QVariantList values;
    const QString where = QStringLiteral("p.merged_at IS NOT NULL AND ")
                          + MetricsSql::authoredConditions(filter, QStringLiteral("p"),
                                                           QStringLiteral("merged_at"), values);
    QList<double> additions;
    QList<double> deletions;
    const Result<void> read = readRows(
        db,
        QStringLiteral("SELECT p.additions, p.deletions FROM pull_requests p WHERE %1 AND "
                       "p.additions IS NOT NULL AND p.deletions IS NOT NULL")
            .arg(where),
        values, QStringLiteral("computing lines per pull request"), [&](auto &row) {
            additions << double(row.integer(0));
            deletions << double(row.integer(1));
        });
    if (!read)
        return read.error();
    LinesPerPullRequest lines;
    lines.pullRequests = int(additions.size());
    if (additions.isEmpty())
        return lines;
    auto average = [](const QList<double> &list) {
        double sum = 0;
        for (double value : list)
            sum += value;
        return sum / double(list.size());
    };
    lines.averageAdditions = average(additions);
    lines.averageDeletions = average(deletions);
    std::sort(additions.begin(), additions.end());
    std::sort(deletions.begin(), deletions.end());
    lines.medianAdditions = MergeDelayMetric::percentile(additions, 0.5);
    lines.medianDeletions = MergeDelayMetric::percentile(deletions, 0.5);
    return lines;
}

Result<QList<WeeklyLines>> codeFrequency(QSqlDatabase &db, const MetricsFilter &filter)
{
    const Result<QList<CommitHour>> hours = CommitActivity::commitHours(db, filter);
    if (!hours)
        return hours.error();
    return codeFrequencyOf(hours.value());
}

QList<WeeklyLines> codeFrequencyOf(const QList<CommitHour> &hours)
{
    QMap<QDate, WeeklyLines> weeks; // by Monday
    for (const CommitHour &cell : hours) {
        const QDate monday = cell.day.addDays(1 - cell.day.dayOfWeek());
        WeeklyLines &week = weeks[monday];
        week.weekStart = monday;
        week.additions += cell.additions;
        week.deletions += cell.deletions;
    }
    return weeks.values();
}

QList<DailyLines> linesPerDayOf(const QList<CommitHour> &hours)
{
    QMap<QDate, DailyLines> days;
    for (const CommitHour &cell : hours) {
        DailyLines &day = days[cell.day];
        day.day = cell.day;
        day.additions += cell.additions;
        day.deletions += cell.deletions;
    }
    return days.values();
}

Result<QList<Contributor>> contributors(QSqlDatabase &db, const MetricsFilter &filter, int topN)
{
    QVariantList values;
    const QString where = MetricsSql::commitConditions(filter, values);
    Result<QSqlQuery> commits
        = exec(db,
               QStringLiteral("SELECT COALESCE(%1, '?'), count(*), COALESCE(sum(c.additions), 0), "
                              "COALESCE(sum(c.deletions), 0) FROM commits c WHERE %2 GROUP BY 1")
                   .arg(MetricsSql::commitPerson(filter), where),
               values, QStringLiteral("computing contributions"));
    if (!commits)
        return commits.error();
    QList<Contributor> byPerson;
    while (commits.value().next()) {
        Contributor contributor;
        contributor.name = commits.value().value(0).toString();
        contributor.commits = commits.value().value(1).toInt();
        contributor.additions = commits.value().value(2).toLongLong();
        contributor.deletions = commits.value().value(3).toLongLong();
        byPerson << contributor;
    }
    return contributorsFrom(db, filter, byPerson, topN);
}

Result<QList<Contributor>> contributorsFrom(QSqlDatabase &db, const MetricsFilter &filter,
                                            const QList<Contributor> &commitsByPerson, int topN)
{
    QHash<QString, Contributor> byKey;
    for (const Contributor &person : commitsByPerson)
        byKey.insert(person.name, person);
    // Pull requests by their author's login, opened in the range.
    QVariantList pullValues;
    const QString pullWhere
        = QStringLiteral("p.author_login IS NOT NULL AND ")
          + MetricsSql::authoredConditions(filter, QStringLiteral("p"),
                                           QStringLiteral("created_at"), pullValues);
    Result<QSqlQuery> pulls = exec(
        db,
        QStringLiteral("SELECT %1, count(*), count(p.merged_at) FROM pull_requests p "
                       "WHERE %2 GROUP BY 1")
            .arg(MetricsSql::loginPerson(filter, QStringLiteral("p.author_login")), pullWhere),
        pullValues, QStringLiteral("computing contributions"));
    if (!pulls)
        return pulls.error();
    while (pulls.value().next()) {
        Contributor &contributor = byKey[pulls.value().value(0).toString()];
        contributor.name = pulls.value().value(0).toString();
        contributor.pullRequestsOpened = pulls.value().value(1).toInt();
        contributor.pullRequestsMerged = pulls.value().value(2).toInt();
    }

    if (filter.mergedIdentities) {
        const Result<QHash<QString, QString>> names = Identities::displayNames(db);
        if (!names)
            return names.error();
        for (Contributor &contributor : byKey)
            contributor.name = names.value().value(contributor.name, contributor.name);
    }
    QList<Contributor> ranked = byKey.values();
    std::sort(ranked.begin(), ranked.end(), [](const Contributor &a, const Contributor &b) {
        return a.commits != b.commits ? a.commits > b.commits : a.name < b.name;
    });
    if (ranked.size() > topN) {
        Contributor others;
        others.people = int(ranked.size() - topN);
        others.name = QCoreApplication::translate("CodeMetrics", "Others (%n people)", nullptr,
                                                  others.people);
        for (qsizetype i = topN; i < ranked.size(); ++i) {
            others.commits += ranked.at(i).commits;
            others.additions += ranked.at(i).additions;
            others.deletions += ranked.at(i).deletions;
            others.pullRequestsOpened += ranked.at(i).pullRequestsOpened;
            others.pullRequestsMerged += ranked.at(i).pullRequestsMerged;
        }
        ranked = ranked.mid(0, topN);
        ranked << others;
    }
    return ranked;
}

Result<ContributionSeries> contributionsOverTime(QSqlDatabase &db, const MetricsFilter &filter,
                                                 ContributionGrouping grouping,
                                                 ContributionPeriod period, int topN,
                                                 ContributionMeasure measure)
{
    QVariantList values;
    // Per measure: the rows, the time that places them, the condition and who they belong to.
    QString from;
    QString day;
    QString where;
    QString person;
    if (measure == ContributionMeasure::Commits) {
        from = QStringLiteral("commits c JOIN repos r ON r.id = c.repo_id");
        where = MetricsSql::commitConditions(filter, values);
        day = MetricsSql::commitLocalDay(filter);
        person = QStringLiteral("COALESCE(%1, '?')").arg(MetricsSql::commitPerson(filter));
    } else {
        const bool pulls = measure == ContributionMeasure::PullsOpened
                           || measure == ContributionMeasure::PullsMerged;
        from = pulls ? QStringLiteral("pull_requests x JOIN repos r ON r.id = x.repo_id")
                     : QStringLiteral("issues x JOIN repos r ON r.id = x.repo_id");
        const QString column
            = measure == ContributionMeasure::PullsMerged    ? QStringLiteral("merged_at")
              : measure == ContributionMeasure::IssuesClosed ? QStringLiteral("closed_at")
                                                             : QStringLiteral("created_at");
        where = QStringLiteral("x.%1 IS NOT NULL AND ").arg(column)
                + MetricsSql::authoredConditions(filter, QStringLiteral("x"), column, values);
        day = QStringLiteral("(%1 / 86400)")
                  .arg(MetricsSql::localSeconds(filter, QStringLiteral("x.") + column));
        person = QStringLiteral("COALESCE(%1, '?')")
                     .arg(MetricsSql::loginPerson(filter, QStringLiteral("x.author_login")));
    }
    // Days per row by integer arithmetic, then their week's Monday as a day number; months
    // are folded here from the days (no portable SQL for calendar months).
    const QString periodSql = period == ContributionPeriod::Week
                                  ? QStringLiteral("(day - (day + 3) % 7)")
                                  : QStringLiteral("day");
    const QString keySql
        = grouping == ContributionGrouping::Developer ? person : QStringLiteral("r.full_name");
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT %1, who, sum(n) FROM (SELECT %2 AS day, %3 AS who, "
                              "count(*) AS n FROM %4 WHERE %5 GROUP BY 1, 2) AS per_day "
                              "GROUP BY 1, 2")
                   .arg(periodSql, day, keySql, from, where),
               values, QStringLiteral("computing contributions over time"));
    if (!result)
        return result.error();
    QList<DayCount> perDay;
    while (result.value().next()) {
        perDay << DayCount{result.value().value(0).toLongLong(), result.value().value(1).toString(),
                           result.value().value(2).toInt()};
    }
    return contributionsOverTimeFrom(db, filter, grouping, period, topN, perDay);
}

Result<QList<DayCount>> workKindsPerDay(QSqlDatabase &db, const MetricsFilter &filter)
{
    QVariantList values;
    const QString where = MetricsSql::commitConditions(filter, values);
    Result<QSqlQuery> result
        = exec(db,
               QStringLiteral("SELECT %1 AS day, COALESCE(c.work_kind, 'other') AS kind, count(*) "
                              "FROM commits c WHERE %2 GROUP BY 1, 2 ORDER BY 1, 2")
                   .arg(MetricsSql::commitLocalDay(filter), where),
               values, QStringLiteral("counting kinds of work"));
    if (!result)
        return result.error();
    QList<DayCount> perDay;
    QSqlQuery &rows = result.value();
    while (rows.next())
        perDay << DayCount{rows.value(0).toLongLong(), rows.value(1).toString(),
                           rows.value(2).toInt()};
    return perDay;
}

Result<ContributionSeries> contributionsOverTimeFrom(QSqlDatabase &db, const MetricsFilter &filter,
                                                     ContributionGrouping grouping,
                                                     ContributionPeriod period, int topN,
                                                     const QList<DayCount> &perDay)
{
    // Months are folded here from the days (no portable SQL for calendar months); each
    // distinct day is turned into its period once.
    QHash<qint64, QDate> periodOfDay;
    QMap<QDate, QHash<QString, int>> byPeriod;
    QHash<QString, int> totals;
    for (const DayCount &row : perDay) {
        auto known = periodOfDay.constFind(row.day);
        if (known == periodOfDay.constEnd()) {
            const qint64 monday = row.day - (row.day + 3) % 7; // day 0 was a Thursday
            const QDate date = QDate(1970, 1, 1).addDays(row.day);
            known = periodOfDay.insert(
                row.day, period == ContributionPeriod::Week    ? QDate(1970, 1, 1).addDays(monday)
                         : period == ContributionPeriod::Month ? QDate(date.year(), date.month(), 1)
                                                               : date);
        }
        byPeriod[*known][row.key] += row.count;
        totals[row.key] += row.count;
    }
    QStringList ranked = totals.keys();
    std::sort(ranked.begin(), ranked.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    const bool withOthers = ranked.size() > topN;
    const QStringList top = ranked.mid(0, topN);

    ContributionSeries series;
    series.periods = byPeriod.keys();
    series.names = top;
    if (filter.mergedIdentities && grouping == ContributionGrouping::Developer) {
        const Result<QHash<QString, QString>> names = Identities::displayNames(db);
        if (!names)
            return names.error();
        for (QString &name : series.names)
            name = names.value().value(name, name);
    }
    if (withOthers) { // and how many it stands for
        const int folded = int(ranked.size() - top.size());
        series.names << (grouping == ContributionGrouping::Developer
                             ? QCoreApplication::translate("CodeMetrics", "Others (%n people)",
                                                           nullptr, folded)
                             : QCoreApplication::translate(
                                 "CodeMetrics", "Others (%n repositories)", nullptr, folded));
    }
    series.counts = QList<QList<int>>(series.names.size(), QList<int>(series.periods.size(), 0));
    for (int p = 0; p < series.periods.size(); ++p) {
        const QHash<QString, int> &counts = byPeriod[series.periods.at(p)];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const qsizetype index = top.indexOf(it.key());
            series.counts[index >= 0 ? index : top.size()][p] += it.value();
        }
    }
    return series;
}

} // namespace CodeMetrics
