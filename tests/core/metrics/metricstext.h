#pragma once

#include "core/metrics/codemetrics.h"
#include "core/metrics/commitactivity.h"
#include "core/people/identities.h"

#include <QStringList>

// The metrics' results as text, so that two ways of counting compare in one QCOMPARE that
// shows where they differ (tst_commitsnapshot: memory against SQL).
namespace MetricsText {

inline bool hourBefore(const CommitHour &a, const CommitHour &b)
{
    return a.day != b.day ? a.day < b.day : a.hour < b.hour;
}

inline QString describe(const QList<CommitHour> &hours)
{
    QStringList cells;
    for (const CommitHour &cell : hours) {
        cells << QStringLiteral("%1 %2h: %3 +%4 -%5")
                     .arg(cell.day.toString(Qt::ISODate))
                     .arg(cell.hour)
                     .arg(cell.commits)
                     .arg(cell.additions)
                     .arg(cell.deletions);
    }
    return cells.join(QLatin1Char('\n'));
}

inline QString describe(const QList<Contributor> &people)
{
    QStringList rows;
    for (const Contributor &person : people) {
        rows << QStringLiteral("%1: %2 commits +%3 -%4, %5 PRs, %6 merged")
                    .arg(person.name)
                    .arg(person.commits)
                    .arg(person.additions)
                    .arg(person.deletions)
                    .arg(person.pullRequestsOpened)
                    .arg(person.pullRequestsMerged);
    }
    return rows.join(QLatin1Char('\n'));
}

inline QString describe(const ContributionSeries &series)
{
    QStringList rows;
    for (qsizetype i = 0; i < series.names.size(); ++i) {
        QStringList counts;
        for (int count : series.counts.at(i))
            counts << QString::number(count);
        rows << series.names.at(i) + QStringLiteral(": ") + counts.join(QLatin1Char(' '));
    }
    QStringList periods;
    for (const QDate &period : series.periods)
        periods << period.toString(Qt::ISODate);
    return periods.join(QLatin1Char(' ')) + QLatin1Char('\n') + rows.join(QLatin1Char('\n'));
}

/// Per day and kind, sorted: the snapshot lists kinds in WorkKinds' order, SQL by id.
inline QString describe(const QList<DayCount> &perKind)
{
    QStringList rows;
    for (const DayCount &row : perKind)
        rows << QStringLiteral("%1 %2 %3").arg(row.day).arg(row.key).arg(row.count);
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}

inline QString describe(const QList<Person> &people)
{
    QStringList rows;
    for (const Person &person : people) {
        QStringList aliases;
        for (const PersonAlias &alias : person.aliases) {
            aliases << QStringLiteral("%1:%2 '%3' %4 #%5")
                           .arg(alias.kind, alias.value, alias.name)
                           .arg(alias.items)
                           .arg(alias.identityId);
        }
        rows << QStringLiteral("%1 '%2' %3 #%4 [%5]")
                    .arg(person.key, person.displayName)
                    .arg(person.items)
                    .arg(person.identityId)
                    .arg(aliases.join(QStringLiteral(", ")));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace MetricsText
