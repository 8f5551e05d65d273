#pragma once

#include "core/metrics/metricsfilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class CliContext;

/// The dashboard's filter as `devpulse metrics` and `devpulse export` take it, defined once so
/// both take the same options: --range (7d, 30d, 90d, 1y, all) or --since/--until, --repo,
/// --author, --team, --kind and --tz.
class CliFilterOptions final
{
public:
    /// `defaultRange`: the range when none of --range, --since, --until is given.
    explicit CliFilterOptions(const QString &defaultRange);

    void addTo(QCommandLineParser &parser) const;
    /// "[--range R | --since D --until D] [--repo owner/name]... [--author login]... ..."
    static QString usage();

    /// The filter from the options that need no cache (range or dates, people, time zone),
    /// checked before the cache is opened; nullopt after a usage error (`exitCode` set).
    std::optional<MetricsFilter> parse(CliContext &context, const QCommandLineParser &parser,
                                       int *exitCode) const;
    /// Adds what needs the cache: repositories by name, teams as their members; false after
    /// an error (reported, `exitCode` set).
    bool resolve(CliContext &context, const QCommandLineParser &parser, QSqlDatabase &db,
                 MetricsFilter &filter, int *exitCode) const;

private:
    QCommandLineOption m_range;
    QCommandLineOption m_since;
    QCommandLineOption m_until;
    QCommandLineOption m_repo;
    QCommandLineOption m_author;
    QCommandLineOption m_team;
    QCommandLineOption m_kind;
    QCommandLineOption m_zone;
};
