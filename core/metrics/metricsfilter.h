#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QPair>

/// Which hours a chart counts in: the viewer's own time zone, or each author's own offset at
/// the time of the commit ("when did people work, by their own clocks").
enum class TimeZoneMode { Local, AuthorOffset };

/// What the dashboard's filters select. Empty lists mean "all". Value type, any thread.
struct MetricsFilter
{
    QDate from; ///< first day included (in the chosen time zone); invalid: no lower bound
    QDate to;   ///< last day included; invalid: no upper bound
    QList<qint64> repoIds;
    /// People: a commit's author login, else email, else name; a pull request's or issue's
    /// author login. Branches, tags and activity are nobody's and ignore it.
    /// A merged identity is "#<id>" (see Identities); MetricsSql::prepare maps its aliases.
    QStringList authors;
    /// Kinds of work (WorkKinds ids: "feat", "fix", …) of the commits counted; empty: all.
    /// Pull requests, issues, branches, tags and activity have no kind and ignore it.
    QStringList workKinds;
    TimeZoneMode timeZone = TimeZoneMode::Local;
    /// Whether people merged into identities exist, so that metrics group their aliases as one
    /// person. Set by MetricsSql::prepare, not by the user.
    bool mergedIdentities = false;
    /// The viewer's time zone as (first UTC second, UTC offset in seconds) periods over the
    /// commits' time span, so that SQL shifts commit times by integer arithmetic instead of
    /// SQLite's per-row 'localtime' and date formatting. Set by MetricsSql::prepare; when
    /// empty, the SQL covers the filter's range (or 1970 to next year) itself.
    QList<QPair<qint64, int>> localOffsets;

    bool operator==(const MetricsFilter &other) const = default;
};
Q_DECLARE_METATYPE(MetricsFilter)
