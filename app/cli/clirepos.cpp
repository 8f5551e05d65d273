// devpulse repos list|select|unselect: which repositories each account has and which it syncs,
// the command-line side of the window's "Choose repositories…".
#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "core/providers/providercatalog.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/deliverysources.h"
#include "core/storage/reposelection.h"
#include "core/sync/syncmanager.h"

#include <QCoreApplication>

namespace CliCommands {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool listsRepositories(const AccountSummary &summary)
{
    const Provider *provider = ProviderCatalog::find(summary.account.provider);
    return provider && provider->info().listsRepositories;
}

QString accountName(const AccountSummary &summary)
{
    return summary.account.provider + QLatin1Char(':') + summary.account.login;
}

int list(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(
        QStringLiteral("account"), Tr::tr("Only this account (id, login or provider:login)."),
        QStringLiteral("account"));
    const QCommandLineOption refreshOption(
        QStringLiteral("refresh"),
        Tr::tr("Ask the service for the list again (new repositories, organisations joined)."));
    parser.addOptions({accountOption, refreshOption, CliContext::outputFormatOption()});
    int exitCode = Cli::Ok;
    if (!context.parse(parser,
                       Tr::tr("Usage: devpulse repos list [--account A] [--refresh] "
                              "[--format table|json|csv]"),
                       &exitCode))
        return exitCode;
    const std::optional<CliOutput::Format> format = context.outputFormat(parser, &exitCode);
    if (!format || !context.openCache(&exitCode))
        return exitCode;

    QList<AccountSummary> accounts;
    QList<AccountSummary> toList; // accounts whose list is read from the service first
    {
        CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
        if (!connection.isOpen())
            return context.fail(connection.error());
        if (parser.isSet(accountOption)) {
            const Result<AccountSummary> account
                = findAccount(connection.database(), parser.value(accountOption));
            if (!account)
                return context.fail(account.error());
            accounts << account.value();
        } else {
            const Result<QList<AccountSummary>> all
                = CacheOverview::accounts(connection.database());
            if (!all)
                return context.fail(all.error());
            accounts = all.value();
        }
        RepoSelection selection(connection.database());
        for (const AccountSummary &summary : std::as_const(accounts)) {
            if (!listsRepositories(summary) || summary.authState != AccountAuthState::Connected)
                continue;
            // Before the first sync the cache knows none: the list comes from the service.
            const Result<QList<RepoOverview>> known = selection.overview(summary.id);
            if (parser.isSet(refreshOption) || (known && known.value().isEmpty()))
                toList << summary;
        }
    }
    if (!toList.isEmpty() && !context.readOnly()) {
        // The list is this command's output: the run's own line goes to standard error.
        const int listed = runSyncs(
            context, toList,
            [](SyncManager &manager, qint64 accountId) { manager.listRepositories(accountId); },
            true);
        if (listed != Cli::Ok)
            return listed;
    } else if (parser.isSet(refreshOption) && context.readOnly()) {
        context.err() << Tr::tr("This DevPulse only reads the team database: the list is the one "
                                "the syncing machine stored.")
                      << "\n";
    }

    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    if (!connection.isOpen())
        return context.fail(connection.error());
    RepoSelection selection(connection.database());
    CliOutput::Rows rows;
    rows.fields = {QStringLiteral("account"),     QStringLiteral("name"),
                   QStringLiteral("owner"),       QStringLiteral("fork"),
                   QStringLiteral("archived"),    QStringLiteral("private"),
                   QStringLiteral("selected"),    QStringLiteral("selected_by"),
                   QStringLiteral("last_synced"), QStringLiteral("commits_cached")};
    for (const AccountSummary &summary : std::as_const(accounts)) {
        const Result<QList<RepoOverview>> repos = selection.overview(summary.id);
        if (!repos)
            return context.fail(repos.error());
        for (const RepoOverview &repo : repos.value()) {
            rows.rows << QVariantList{accountName(summary),
                                      repo.fullName,
                                      repo.owner,
                                      repo.isFork,
                                      repo.isArchived,
                                      repo.isPrivate,
                                      repo.isSynced(),
                                      repo.viaOrg   ? QVariant(QStringLiteral("organisation"))
                                      : repo.ticked ? QVariant(QStringLiteral("repository"))
                                                    : QVariant(),
                                      repo.syncedAt.isValid()
                                          ? QVariant(repo.syncedAt.toUTC().toString(Qt::ISODate))
                                          : QVariant(),
                                      repo.cachedCommits};
        }
    }
    rows.meta.insert(QStringLiteral("total"), int(rows.rows.size()));
    CliOutput::print(context.out(), rows, *format);
    return Cli::Ok;
}

int select(CliContext &context, bool ticked)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        Tr::tr("The account (id, login or provider:login); needed when there are several."),
        QStringLiteral("account"));
    const QCommandLineOption orgOption(
        QStringLiteral("org"),
        ticked ? Tr::tr("Every repository of this organisation the list holds.")
               : Tr::tr("The organisation and every repository of it."),
        QStringLiteral("name"));
    const QCommandLineOption allOption(
        QStringLiteral("all"),
        Tr::tr("With --org: the organisation itself, so its new repositories are synced too."));
    parser.addOptions({accountOption, orgOption, allOption});
    parser.addPositionalArgument(QStringLiteral("owner/name"),
                                 Tr::tr("Repositories, as owner/name."));
    const QString verb = ticked ? QStringLiteral("select") : QStringLiteral("unselect");
    int exitCode = Cli::Ok;
    if (!context.parse(parser,
                       Tr::tr("Usage: devpulse repos %1 owner/name... | --org NAME [--all] "
                              "[--account A]")
                           .arg(verb),
                       &exitCode))
        return exitCode;
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty() == !parser.isSet(orgOption))
        return context.usageError(
            Tr::tr("Name repositories (owner/name) or one organisation (--org NAME), not both."));
    if (parser.isSet(allOption) && !parser.isSet(orgOption))
        return context.usageError(Tr::tr("--all goes with --org NAME."));
    for (const QString &name : names) {
        if (name.count(QLatin1Char('/')) != 1 || name.startsWith(QLatin1Char('/'))
            || name.endsWith(QLatin1Char('/')))
            return context.usageError(
                Tr::tr("“%1” is not a repository name: write owner/name.").arg(name));
    }
    if (!context.openCacheForWriting(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    if (!connection.isOpen())
        return context.fail(connection.error());
    const Result<AccountSummary> account
        = findAccount(connection.database(), parser.value(accountOption));
    if (!account)
        return context.fail(account.error());
    RepoSelection selection(connection.database());
    const QString hint = Tr::tr("See: devpulse repos list --refresh");
    if (!names.isEmpty()) {
        const Result<void> saved = selection.setReposTicked(account.value().id, names, ticked);
        if (!saved) {
            Error error = saved.error();
            error.userMessage += QLatin1Char(' ') + hint;
            return context.fail(error);
        }
        context.out() << (ticked ? Tr::tr("Selected: %1") : Tr::tr("Unselected: %1"))
                             .arg(CliOutput::forTerminal(names.join(QLatin1String(", "))))
                      << "\n";
        return Cli::Ok;
    }
    const QString org = parser.value(orgOption);
    const Result<int> changed
        = ticked ? selection.tickOrg(account.value().id, org, parser.isSet(allOption))
                 : selection.untickOrg(account.value().id, org);
    if (!changed) {
        Error error = changed.error();
        error.userMessage += QLatin1Char(' ') + hint;
        return context.fail(error);
    }
    const QString shownOrg = CliOutput::forTerminal(org);
    if (!ticked)
        context.out() << Tr::tr("Unselected %1: %n repositories no longer synced.", nullptr,
                                changed.value())
                             .arg(shownOrg)
                      << "\n";
    else if (parser.isSet(allOption))
        context.out() << Tr::tr("Selected %1 with every repository, also those created later "
                                "(%n known now).",
                                nullptr, changed.value())
                             .arg(shownOrg)
                      << "\n";
    else
        context.out() << Tr::tr("Selected the %n repositories of %1 the list holds.", nullptr,
                                changed.value())
                             .arg(shownOrg)
                      << "\n";
    return Cli::Ok;
}

} // namespace

// devpulse repos delivery owner/name --environment NAME | --workflow NAME | --releases |
// --tags PATTERN | --automatic: what counts as a deployment to production there (the DORA
// keys); devpulse repos delivery --failure-window DAYS --incident-label LABEL: what the change
// failure rate looks for, in every repository.
int delivery(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               Tr::tr("GitHub deployments to this environment."),
                                               QStringLiteral("name"));
    const QCommandLineOption workflowOption(
        QStringLiteral("workflow"),
        Tr::tr("Runs of this GitHub Actions workflow (read from the next sync on)."),
        QStringLiteral("name"));
    const QCommandLineOption releasesOption(QStringLiteral("releases"),
                                            Tr::tr("Published releases."));
    const QCommandLineOption tagsOption(QStringLiteral("tags"),
                                        Tr::tr("Tags matching this pattern (* for every tag)."),
                                        QStringLiteral("pattern"));
    const QCommandLineOption automaticOption(
        QStringLiteral("automatic"), Tr::tr("Let DevPulse choose from what the repository has."));
    const QCommandLineOption windowOption(
        QStringLiteral("failure-window"),
        Tr::tr("Days after a deployment a failure counts against it (1 to 90; 7 at first)."),
        QStringLiteral("days"));
    const QCommandLineOption labelOption(
        QStringLiteral("incident-label"),
        Tr::tr("The issue label that marks an incident (“incident” at first)."),
        QStringLiteral("label"));
    parser.addOptions({environmentOption, workflowOption, releasesOption, tagsOption,
                       automaticOption, windowOption, labelOption});
    parser.addPositionalArgument(QStringLiteral("owner/name"), Tr::tr("The repository."));
    int exitCode = Cli::Ok;
    const QString usage
        = Tr::tr("Usage: devpulse repos delivery owner/name --environment NAME | --workflow NAME | "
                 "--releases | --tags PATTERN | --automatic\n"
                 "   or: devpulse repos delivery [--failure-window DAYS] [--incident-label LABEL]");
    if (!context.parse(parser, usage, &exitCode))
        return exitCode;
    int chosen = 0;
    for (const QCommandLineOption *option :
         {&environmentOption, &workflowOption, &releasesOption, &tagsOption, &automaticOption})
        chosen += parser.isSet(*option) ? 1 : 0;
    const bool settingsGiven = parser.isSet(windowOption) || parser.isSet(labelOption);
    const bool repoGiven = parser.positionalArguments().size() == 1 && chosen == 1;
    if (settingsGiven ? (chosen != 0 || !parser.positionalArguments().isEmpty()) : !repoGiven)
        return context.usageError(usage);
    DeliverySettings asked;
    if (parser.isSet(windowOption)) {
        bool number = false;
        asked.failureWindowDays = parser.value(windowOption).toInt(&number);
        if (!number || asked.failureWindowDays < 1 || asked.failureWindowDays > 90)
            return context.usageError(
                Tr::tr("--failure-window takes a number of days from 1 to 90."));
    }
    if (parser.isSet(labelOption) && parser.value(labelOption).trimmed().isEmpty())
        return context.usageError(Tr::tr("--incident-label takes a label's name."));
    if (!context.openCacheForWriting(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    if (!connection.isOpen())
        return context.fail(connection.error());
    DeliverySources sources(connection.database());

    if (settingsGiven) {
        Result<DeliverySettings> settings = sources.settings();
        if (!settings)
            return context.fail(settings.error());
        if (parser.isSet(windowOption))
            settings.value().failureWindowDays = asked.failureWindowDays;
        if (parser.isSet(labelOption))
            settings.value().incidentLabel = parser.value(labelOption).trimmed();
        if (const Result<void> saved = sources.saveSettings(settings.value()); !saved)
            return context.fail(saved.error());
        const int days = settings.value().failureWindowDays;
        context.out() << Tr::tr("A deployment counts as failed when, within %1, a failure "
                                "follows it or an issue labelled “%2” is opened.")
                             .arg(days == 1 ? Tr::tr("a day") : Tr::tr("%1 days").arg(days),
                                  settings.value().incidentLabel)
                      << '\n';
        return Cli::Ok;
    }

    const QString name = parser.positionalArguments().constFirst();
    const Result<qint64> repoId = sources.repoIdOf(name);
    if (!repoId)
        return context.fail(repoId.error());
    if (repoId.value() == 0)
        return context.fail(
            Error{Tr::tr("No repository “%1” in the cache. See: devpulse repos list").arg(name),
                  {},
                  ErrorKind::InvalidInput});
    DeliveryChoice choice;
    if (parser.isSet(environmentOption)) {
        choice.kind = DeliveryChoice::Kind::Environment;
        choice.value = parser.value(environmentOption);
    } else if (parser.isSet(workflowOption)) {
        choice.kind = DeliveryChoice::Kind::Workflow;
        choice.value = parser.value(workflowOption);
    } else if (parser.isSet(tagsOption)) {
        choice.kind = DeliveryChoice::Kind::Tags;
        choice.value
            = parser.value(tagsOption) == QLatin1String("*") ? QString() : parser.value(tagsOption);
    }
    const Result<void> saved = parser.isSet(automaticOption) ? sources.clear(repoId.value())
                                                             : sources.set(repoId.value(), choice);
    if (!saved)
        return context.fail(saved.error());
    context.out() << (parser.isSet(automaticOption)
                          ? Tr::tr("%1: DevPulse chooses what counts as a deployment.").arg(name)
                          : Tr::tr("%1: what counts as a deployment is saved.").arg(name))
                  << '\n';
    return Cli::Ok;
}

int repos(CliContext &context, const QString &subcommand)
{
    if (subcommand == QLatin1String("list"))
        return list(context);
    if (subcommand == QLatin1String("select"))
        return select(context, true);
    if (subcommand == QLatin1String("unselect"))
        return select(context, false);
    if (subcommand == QLatin1String("delivery"))
        return delivery(context);
    return context.usageError(
        Tr::tr("Unknown repos command “%1”: use list, select, unselect or delivery.")
            .arg(subcommand));
}

} // namespace CliCommands
