#include "app/cli/cli.h"

#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "core/common/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

namespace Cli {
namespace {

const QStringList Commands{
    QStringLiteral("auth"),    QStringLiteral("provider"), QStringLiteral("import"),
    QStringLiteral("sync"),    QStringLiteral("query"),    QStringLiteral("search"),
    QStringLiteral("metrics"), QStringLiteral("export"),   QStringLiteral("cache"),
    QStringLiteral("repos"),   QStringLiteral("help")};

QString overview()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: devpulse <command> [options]   (no command: the window)\n\n"
        "Commands:\n"
        "  auth login [--host URL] (--with-token | --device | --web)   sign in to GitHub\n"
        "  auth status [--json]                     accounts, scopes, rate limit, last sync\n"
        "  auth logout [--account A] [--purge]      sign out (--purge: delete its data)\n"
        "  provider add wakatime|codewars|exercism|localgit [--user NAME] [--folder DIR]\n"
        "  import csv FILE [--dry-run]              check and import an activity file\n"
        "  repos list [--account A] [--refresh] [--format F]   repositories, which are synced\n"
        "  repos select|unselect owner/name... | --org NAME [--all]   choose what to sync\n"
        "  repos delivery owner/name --environment NAME | --workflow NAME | --releases |\n"
        "        --tags PATTERN | --automatic       what counts as a deployment there\n"
        "  repos delivery [--failure-window DAYS] [--incident-label LABEL]   what a failure is\n"
        "  sync [--account A]... [--repo owner/name]... [--full]   sync into the cache\n"
        "  query commits|pulls|issues|repos|activities [--filter F=V]... [--since D]\n"
        "        [--until D] [--sort F[:asc|:desc]] [--limit N] [--page N] [--format F]\n"
        "  search TEXT [--in commits,pulls,issues] [--limit N] [--format F]\n"
        "  metrics punchcard|calendar|merge-delay|reviews|review-load|dora|contributions|\n"
        "        lines|activity|work-types\n"
        "        [--range 1y | --since D --until D] [--repo R]... [--author A]... [--team T]...\n"
        "        [--kind K]... [--tz local|author] [--format F]\n"
        "  export --format pdf|csv|png [--chart NAME|all] [--range 90d] [--repo R]... -o PATH\n"
        "  cache status                             which cache, its rows, read-only or not\n"
        "  cache password --database URL            store the team database's password\n"
        "  cache copy --to URL                      copy this cache into a team database\n\n"
        "Every command takes --data-dir, --database URL (a team database on PostgreSQL) and\n"
        "--help; --data-dir and --database may also come before the command. Tokens, keys\n"
        "and passwords are read from standard input, never from arguments. Exit codes: 0 ok,\n"
        "2 usage, 3 sign-in needed, 4 rate-limited, 5 other failure. See docs/CLI.md.");
}

} // namespace

QStringList commandFirst(const QStringList &arguments)
{
    // The options of CliContext::parse that every command takes, with their values.
    const QStringList sharedOptions{QStringLiteral("--data-dir"), QStringLiteral("--database")};
    QStringList leading;
    qsizetype at = 1;
    while (at < arguments.size()) {
        const QString &argument = arguments.at(at);
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (!sharedOptions.contains(name))
            break;
        const bool valueApart = !argument.contains(QLatin1Char('='));
        if (valueApart && at + 1 >= arguments.size())
            return arguments; // the value is missing: the parser says so, where it was written
        leading << arguments.mid(at, valueApart ? 2 : 1);
        at += valueApart ? 2 : 1;
    }
    if (leading.isEmpty() || at >= arguments.size() || !Commands.contains(arguments.at(at)))
        return arguments; // no command after them: the window's options, as they were
    return QStringList{arguments.first()} + arguments.mid(at) + leading;
}

bool isCommand(const QStringList &arguments)
{
    const QStringList ordered = commandFirst(arguments);
    return ordered.size() > 1 && Commands.contains(ordered.at(1));
}

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// Standard error carries DevPulse's own messages only: Qt's notes to developers ("This plugin
// does not support propagateSizeHints()", "QStandardPaths: XDG_RUNTIME_DIR not set…") are
// dropped; errors of any origin and everything, when QT_LOGGING_RULES asks for a log, pass.
void onlyDevPulseMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "devpulse", 8) == 0;
    if (ours || type == QtCriticalMsg || type == QtFatalMsg
        || !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        g_defaultHandler(type, context, message);
}
} // namespace

int run(int argc, char *argv[])
{
    g_defaultHandler = qInstallMessageHandler(onlyDevPulseMessages);
    // Exports draw the dashboard's widgets: a QApplication, offscreen unless told otherwise
    // (so they work over SSH and in cron). Everything else needs only QCoreApplication.
    QStringList rawArguments;
    for (int index = 0; index < argc; ++index)
        rawArguments << QString::fromLocal8Bit(argv[index]);
    const bool drawsWidgets = commandFirst(rawArguments).value(1) == QLatin1String("export");
    if (drawsWidgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawsWidgets
                                                ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    // Standard error is for the command's own messages; the log's routine lines only when
    // asked for (QT_LOGGING_RULES="devpulse.*=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("devpulse.*.info=false"));
    Translations::install(Translations::resolve(
        QSettings().value(QLatin1String(Translations::LanguageKey)).toString()));
    QStringList arguments = commandFirst(QCoreApplication::arguments()).mid(1);
    const QString command = arguments.takeFirst();
    // Commands with a second word (auth login) take it off too.
    const bool hasSubcommand
        = command == QLatin1String("auth") || command == QLatin1String("provider")
          || command == QLatin1String("import") || command == QLatin1String("query")
          || command == QLatin1String("metrics") || command == QLatin1String("cache")
          || command == QLatin1String("repos");
    QString subcommand;
    if (hasSubcommand && !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-')))
        subcommand = arguments.takeFirst();
    CliContext context(arguments);
    if (command == QLatin1String("help")) {
        context.out() << overview() << "\n";
        return Ok;
    }
    if (hasSubcommand && subcommand.isEmpty()) {
        if (arguments.contains(QLatin1String("--help"))
            || arguments.contains(QLatin1String("-h"))) {
            context.out() << overview() << "\n";
            return Ok;
        }
        return context.usageError(
            QCoreApplication::translate("Cli", "“%1” needs a subcommand.\n\n%2")
                .arg(command, overview()));
    }
    if (command == QLatin1String("auth"))
        return CliCommands::auth(context, subcommand);
    if (command == QLatin1String("provider"))
        return CliCommands::provider(context, subcommand);
    if (command == QLatin1String("import"))
        return CliCommands::importFile(context, subcommand);
    if (command == QLatin1String("sync"))
        return CliCommands::sync(context);
    if (command == QLatin1String("query"))
        return CliCommands::query(context, subcommand);
    if (command == QLatin1String("search"))
        return CliCommands::search(context);
    if (command == QLatin1String("export"))
        return CliCommands::exportDashboard(context);
    if (command == QLatin1String("cache"))
        return CliCommands::cache(context, subcommand);
    if (command == QLatin1String("repos"))
        return CliCommands::repos(context, subcommand);
    return CliCommands::metrics(context, subcommand);
}

} // namespace Cli
