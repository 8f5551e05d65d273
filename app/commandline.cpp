#include "app/commandline.h"

#include "core/accounts/teamdatabase.h"
#include "core/storage/datalocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandLine {

CommandLineOptions parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "DevPulse: a desktop dashboard of your development activity."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine",
                                    "Keep the cache in <folder> instead of the default location "
                                    "(also: environment variable %1).")
            .arg(QLatin1String(DataLocation::EnvironmentVariable)),
        QCoreApplication::translate("CommandLine", "folder"));
    parser.addOption(dataDirOption);
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("CommandLine",
                                    "Use the team database at <url> "
                                    "(postgresql://user@host:port/database) instead of the "
                                    "cache in the data folder (also: environment variable %1).")
            .arg(QLatin1String(TeamDatabase::EnvironmentVariable)),
        QCoreApplication::translate("CommandLine", "url"));
    parser.addOption(databaseOption);

    CommandLineOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        options.action = CommandLineOptions::Action::UsageError;
        options.errorMessage = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = CommandLineOptions::Action::UsageError;
        options.errorMessage = QCoreApplication::translate("CommandLine", "Unknown command: %1")
                                   .arg(parser.positionalArguments().constFirst());
        return options;
    }
    if (parser.isSet(helpOption))
        options.action = CommandLineOptions::Action::ShowHelp;
    else if (parser.isSet(versionOption))
        options.action = CommandLineOptions::Action::ShowVersion;
    options.dataDir = parser.value(dataDirOption);
    options.database = parser.value(databaseOption);
    return options;
}

} // namespace CommandLine
