#include "commandline.h"

#include "storage/datalocation.h"

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
    return options;
}

} // namespace CommandLine
