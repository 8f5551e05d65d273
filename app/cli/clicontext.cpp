#include "app/cli/clicontext.h"

#include "app/cli/clioutput.h"

#include "core/accounts/teamdatabase.h"
#include "core/secrets/secretstore.h"
#include "core/storage/cacheaddress.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/datalocation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSettings>

#include <cstdio>
#include <optional>
#include <unistd.h>

CliContext::CliContext(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
    , m_errIsTerminal(isatty(fileno(stderr)) != 0)
{}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

namespace {
// Qt's help text opens with its own "Usage: /path/to/devpulse [options]" line, which repeated
// (untranslated) the command's own usage line printed above it: only the options from it.
QString optionsOf(const QCommandLineParser &parser)
{
    const QString help = parser.helpText();
    const qsizetype options = help.indexOf(QLatin1String("\n\n"));
    return options < 0 ? help : help.mid(options + 2);
}
} // namespace

bool CliContext::parse(QCommandLineParser &parser, const QString &usage, int *exitCode)
{
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("Cli", "Use the cache in <folder> (also: environment "
                                           "variable %1).")
            .arg(QLatin1String(DataLocation::EnvironmentVariable)),
        QCoreApplication::translate("Cli", "folder"));
    parser.addOption(dataDirOption);
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("Cli", "Use the team database at <url> instead "
                                           "(postgresql://user@host:port/database; also: "
                                           "environment variable %1).")
            .arg(QLatin1String(TeamDatabase::EnvironmentVariable)),
        QCoreApplication::translate("Cli", "url"));
    parser.addOption(databaseOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("devpulse")} + m_arguments)) {
        *exitCode = usageError(parser.errorText() + QStringLiteral("\n\n") + usage
                               + QStringLiteral("\n\n") + optionsOf(parser));
        return false;
    }
    if (parser.isSet(helpOption)) {
        m_out << usage << "\n\n" << optionsOf(parser);
        m_out.flush();
        *exitCode = Cli::Ok;
        return false;
    }
    m_dataDir = parser.value(dataDirOption);
    m_database = parser.value(databaseOption);
    return true;
}

Result<void> CliContext::loadDatabasePassword(const QString &address)
{
    std::optional<Result<void>> loaded;
    QEventLoop loop;
    TeamDatabase::loadPassword(secrets(), address, [&](const Result<void> &done) {
        loaded = done;
        loop.quit();
    });
    if (!loaded) // a bad address answers at once, before the loop runs
        loop.exec();
    return *loaded;
}

bool CliContext::openCache(int *exitCode)
{
    const QString database = TeamDatabase::chosen(m_database);
    if (!database.isEmpty()) {
        if (const Result<void> loaded = loadDatabasePassword(database); !loaded) {
            *exitCode = fail(loaded.error());
            return false;
        }
        const Result<CacheOpenReport> shared = CacheDatabase::prepareShared(database);
        if (!shared) {
            *exitCode = fail(shared.error());
            return false;
        }
        m_cacheAddress = shared.value().address;
        m_readOnly
            = shared.value().readOnly
              || QSettings().value(QLatin1String(TeamDatabase::ReadOnlySettingsKey)).toBool();
        return true;
    }
    const Result<QString> dataDir = DataLocation::ensureWritable(DataLocation::resolve(m_dataDir));
    if (!dataDir) {
        *exitCode = fail(dataDir.error());
        return false;
    }
    const Result<CacheOpenReport> cache = CacheDatabase::prepare(dataDir.value());
    if (!cache) {
        *exitCode = fail(cache.error());
        return false;
    }
    if (!cache.value().damagedFileMovedTo.isEmpty())
        m_err << QCoreApplication::translate("Cli", "devpulse: the cache was damaged; it was kept "
                                                    "as %1 and a fresh one started.\n")
                     .arg(cache.value().damagedFileMovedTo);
    m_cacheAddress = cache.value().address;
    return true;
}

SecretStore &CliContext::secrets()
{
    if (!m_secrets) {
        // A separate keychain service lets scripts and tests keep their own entries.
        const QString service
            = qEnvironmentVariable("DEVPULSE_KEYCHAIN_SERVICE", QStringLiteral("DevPulse"));
        m_secrets = std::make_unique<SecretStore>(service);
    }
    return *m_secrets;
}

QString CliContext::readStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(input.readAll()).trimmed();
}

int CliContext::fail(const Error &error)
{
    // Messages quote data (a CSV title, a repository's name): never raw to the terminal.
    m_err << "devpulse: " << CliOutput::forTerminal(error.userMessage, true) << "\n";
    m_err.flush();
    switch (error.kind) {
    case ErrorKind::AuthenticationRequired: return Cli::AuthNeeded;
    case ErrorKind::RateLimited: return Cli::RateLimited;
    case ErrorKind::InvalidInput: return Cli::Failure;
    default: return Cli::Failure;
    }
}

bool CliContext::openCacheForWriting(int *exitCode)
{
    if (!openCache(exitCode))
        return false;
    if (!m_readOnly)
        return true;
    *exitCode = fail(Error{QCoreApplication::translate(
                               "Cli", "This DevPulse only reads the team database %1: syncing, "
                                      "accounts and imports belong to the DevPulse that syncs it.")
                               .arg(CacheAddress::displayName(m_cacheAddress)),
                           QStringLiteral("read-only team database"), ErrorKind::InvalidInput});
    return false;
}

int CliContext::usageError(const QString &message)
{
    m_err << "devpulse: " << CliOutput::forTerminal(message, true) << "\n";
    m_err.flush();
    return Cli::Usage;
}

QCommandLineOption CliContext::outputFormatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              QCoreApplication::translate("Cli", "table (default), json or csv."),
                              QStringLiteral("format"), QStringLiteral("table"));
}

std::optional<CliOutput::Format> CliContext::outputFormat(const QCommandLineParser &parser,
                                                          int *exitCode)
{
    const std::optional<CliOutput::Format> format
        = CliOutput::parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        *exitCode = usageError(
            QCoreApplication::translate("Cli", "Unknown format “%1”: use table, json or csv.")
                .arg(parser.value(QStringLiteral("format"))));
    return format;
}
