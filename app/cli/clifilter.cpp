#include "app/cli/clifilter.h"

#include "app/cli/clicontext.h"
#include "core/common/workkind.h"
#include "core/people/teams.h"
#include "core/storage/cacheoverview.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QHash<QString, int> &rangeDays()
{
    static const QHash<QString, int> days{{QStringLiteral("7d"), 7},
                                          {QStringLiteral("30d"), 30},
                                          {QStringLiteral("90d"), 90},
                                          {QStringLiteral("1y"), 365},
                                          {QStringLiteral("all"), 0}};
    return days;
}
} // namespace

CliFilterOptions::CliFilterOptions(const QString &defaultRange)
    : m_range(QStringLiteral("range"),
              Tr::tr("7d, 30d, 90d, 1y or all (default %1).").arg(defaultRange),
              QStringLiteral("range"), defaultRange)
    , m_since(QStringLiteral("since"), Tr::tr("From this day (instead of --range)."),
              QStringLiteral("date"))
    , m_until(QStringLiteral("until"), Tr::tr("Up to this day."), QStringLiteral("date"))
    , m_repo(QStringLiteral("repo"), Tr::tr("Only this repository (owner/name); repeatable."),
             QStringLiteral("owner/name"))
    , m_author(QStringLiteral("author"),
               Tr::tr("Only this person's work (login, or email for commits without one); "
                      "repeatable."),
               QStringLiteral("login"))
    , m_team(QStringLiteral("team"), Tr::tr("Only this team's people; repeatable."),
             QStringLiteral("name"))
    , m_kind(QStringLiteral("kind"),
             Tr::tr("Only commits of this kind of work (feat, fix, refactor, perf, docs, test, "
                    "build, ci, chore, style, revert, merge, other); repeatable."),
             QStringLiteral("kind"))
    , m_zone(QStringLiteral("tz"),
             Tr::tr("Hours in your time zone (local, default) or each author's (author)."),
             QStringLiteral("local|author"), QStringLiteral("local"))
{}

void CliFilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_range, m_since, m_until, m_repo, m_author, m_team, m_kind, m_zone});
}

QString CliFilterOptions::usage()
{
    return Tr::tr("[--range 90d | --since D --until D] [--repo owner/name]... [--author login]... "
                  "[--team name]... [--kind K]... [--tz local|author]");
}

std::optional<MetricsFilter>
CliFilterOptions::parse(CliContext &context, const QCommandLineParser &parser, int *exitCode) const
{
    MetricsFilter filter;
    const QString zone = parser.value(m_zone);
    if (zone != QLatin1String("local") && zone != QLatin1String("author")) {
        *exitCode = context.usageError(Tr::tr("--tz takes local or author."));
        return std::nullopt;
    }
    filter.timeZone
        = zone == QLatin1String("author") ? TimeZoneMode::AuthorOffset : TimeZoneMode::Local;
    if (parser.isSet(m_since) || parser.isSet(m_until)) {
        for (const auto &[option, day] :
             {std::pair{&m_since, &filter.from}, std::pair{&m_until, &filter.to}}) {
            if (!parser.isSet(*option))
                continue;
            *day = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!day->isValid()) {
                *exitCode = context.usageError(
                    Tr::tr("--%1 wants a date like 2026-11-25, not “%2”.")
                        .arg(option->names().constFirst(), parser.value(*option)));
                return std::nullopt;
            }
        }
    } else {
        if (!rangeDays().contains(parser.value(m_range))) {
            *exitCode = context.usageError(Tr::tr("--range takes 7d, 30d, 90d, 1y or all."));
            return std::nullopt;
        }
        if (const int days = rangeDays().value(parser.value(m_range)); days > 0) {
            filter.to = QDate::currentDate();
            filter.from = filter.to.addDays(1 - days);
        }
    }
    filter.authors = parser.values(m_author);
    for (const QString &kind : parser.values(m_kind)) {
        if (!WorkKinds::fromId(kind)) {
            QStringList known;
            for (const WorkKind each : WorkKinds::all())
                known << WorkKinds::id(each);
            *exitCode = context.usageError(Tr::tr("--kind takes one of %1, not “%2”.")
                                               .arg(known.join(QStringLiteral(", ")), kind));
            return std::nullopt;
        }
        filter.workKinds << kind;
    }
    return filter;
}

bool CliFilterOptions::resolve(CliContext &context, const QCommandLineParser &parser,
                               QSqlDatabase &db, MetricsFilter &filter, int *exitCode) const
{
    if (parser.isSet(m_repo)) {
        const Result<QList<QPair<qint64, QString>>> repos = CacheOverview::repositories(db);
        if (!repos) {
            *exitCode = context.fail(repos.error());
            return false;
        }
        for (const QString &name : parser.values(m_repo)) {
            const auto found
                = std::find_if(repos.value().cbegin(), repos.value().cend(),
                               [&name](const auto &repo) { return repo.second == name; });
            if (found == repos.value().cend()) {
                *exitCode
                    = context.usageError(Tr::tr("No repository “%1” in the cache.").arg(name));
                return false;
            }
            filter.repoIds << found->first;
        }
    }
    for (const QString &teamName : parser.values(m_team)) {
        const Result<Team> team = Teams::byName(db, teamName);
        if (!team) {
            *exitCode = context.fail(team.error());
            return false;
        }
        filter.authors << team.value().members;
    }
    return true;
}
