// devpulse cache status|password|copy: which cache this DevPulse uses, the team database's
// password (into the keychain), and copying the local cache into a team database.
#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "core/accounts/teamdatabase.h"
#include "core/storage/cacheaddress.h"
#include "core/storage/cachecopy.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/datalocation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QSqlQuery>

#include <optional>

namespace CliCommands {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int status(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = Cli::Ok;
    if (!context.parse(parser, Tr::tr("Usage: devpulse cache status [--database URL]"), &exitCode)
        || !context.openCache(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    if (!connection.isOpen())
        return context.fail(connection.error());
    const bool shared = CacheAddress::isPostgreSql(context.cacheAddress());
    context.out() << (shared ? Tr::tr("Team database: %1") : Tr::tr("Cache file: %1"))
                         .arg(CacheAddress::displayName(context.cacheAddress()))
                  << "\n";
    if (shared)
        context.out() << (context.readOnly() ? Tr::tr("Access: read only (no sync here)")
                                             : Tr::tr("Access: read and write"))
                      << "\n";
    const QLocale locale;
    for (const QString &table : CacheCopy::tables()) {
        QSqlQuery count(connection.database());
        // Table names come from CacheCopy's fixed list.
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next())
            continue;
        context.out() << QStringLiteral("  %1 %2\n")
                             .arg(table, -20)
                             .arg(locale.toString(count.value(0).toLongLong()));
    }
    return Cli::Ok;
}

int password(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = Cli::Ok;
    if (!context.parse(parser,
                       Tr::tr("Usage: devpulse cache password --database URL < password-file"),
                       &exitCode))
        return exitCode;
    const QString address = TeamDatabase::chosen(parser.value(QStringLiteral("database")));
    if (address.isEmpty())
        return context.usageError(Tr::tr("Name the team database with --database URL."));
    const QString secret = context.readStandardInput();
    if (secret.isEmpty())
        return context.usageError(Tr::tr("No password on standard input. Example: devpulse cache "
                                         "password --database URL < password-file"));
    // Tried first and stored only when it works: a wrong password (or server, or TLS
    // setting) shows now, and the keychain never keeps a password that did not connect.
    CacheAddress::setPassword(address, secret);
    const Result<CacheOpenReport> opened = CacheDatabase::prepareShared(address);
    if (!opened)
        return context.fail(opened.error());
    std::optional<Result<void>> stored;
    QEventLoop loop;
    TeamDatabase::storePassword(context.secrets(), address, secret, [&](const Result<void> &done) {
        stored = done;
        loop.quit();
    });
    if (!stored) // a bad address answers at once, before the loop runs
        loop.exec();
    if (!*stored)
        return context.fail(stored->error());
    context.out() << Tr::tr("Password stored in the keychain; connected to %1.")
                         .arg(CacheAddress::displayName(address))
                  << "\n";
    return Cli::Ok;
}

int copy(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      Tr::tr("The team database to copy into (postgresql://...)."),
                                      QStringLiteral("url"));
    parser.addOption(toOption);
    int exitCode = Cli::Ok;
    if (!context.parse(parser, Tr::tr("Usage: devpulse cache copy --to URL [--data-dir DIR]"),
                       &exitCode))
        return exitCode;
    const QString target = parser.value(toOption);
    if (!CacheAddress::isPostgreSql(target))
        return context.usageError(Tr::tr("--to wants a postgresql:// address."));
    // The source is always the local SQLite cache (the data folder), never a --database.
    const Result<QString> dataDir
        = DataLocation::ensureWritable(DataLocation::resolve(context.dataDirOption()));
    if (!dataDir)
        return context.fail(dataDir.error());
    const Result<CacheOpenReport> source = CacheDatabase::prepare(dataDir.value());
    if (!source)
        return context.fail(source.error());
    if (const Result<void> loaded = context.loadDatabasePassword(target); !loaded)
        return context.fail(loaded.error());
    const Result<CacheOpenReport> prepared = CacheDatabase::prepareShared(target);
    if (!prepared)
        return context.fail(prepared.error());
    if (prepared.value().readOnly)
        return context.fail(Error{Tr::tr("Your database user may only read %1; copy with the "
                                         "user the syncing DevPulse uses.")
                                      .arg(CacheAddress::displayName(target)),
                                  QStringLiteral("copy into a read-only database")});

    CacheConnection from(source.value().address, QStringLiteral("cli-copy-source"));
    CacheConnection to(target, QStringLiteral("cli-copy-target"));
    if (!from.isOpen())
        return context.fail(from.error());
    if (!to.isOpen())
        return context.fail(to.error());
    const QLocale locale;
    const Result<CacheCopy::Report> report = CacheCopy::copy(
        from.database(), to.database(), [&](const QString &table, qint64 done, qint64 total) {
            if (context.errIsTerminal())
                context.err() << "\r\033[K";
            context.err() << Tr::tr("Copying %1: %2 of %3")
                                 .arg(table, locale.toString(done), locale.toString(total));
            context.err() << (context.errIsTerminal() ? "" : "\n");
            context.err().flush();
        });
    if (context.errIsTerminal())
        context.err() << "\r\033[K";
    if (!report)
        return context.fail(report.error());
    for (const CacheCopy::TableCount &count : report.value().tables) {
        context.out() << QStringLiteral("  %1 %2 = %3\n")
                             .arg(count.table, -20)
                             .arg(locale.toString(count.source), locale.toString(count.target));
    }
    context.out() << Tr::tr("Copied %1 rows into %2; every table has the same rows as here.")
                         .arg(locale.toString(report.value().rowsCopied),
                              CacheAddress::displayName(target))
                  << "\n";
    return Cli::Ok;
}

} // namespace

int cache(CliContext &context, const QString &subcommand)
{
    if (subcommand == QLatin1String("status"))
        return status(context);
    if (subcommand == QLatin1String("password"))
        return password(context);
    if (subcommand == QLatin1String("copy"))
        return copy(context);
    return context.usageError(
        Tr::tr("Unknown subcommand “%1”. Use: devpulse cache status|password|copy")
            .arg(subcommand));
}

} // namespace CliCommands
