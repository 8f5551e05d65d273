#pragma once

#include <QString>
#include <QStringList>

/// What the user asked for on the command line. Parsed before any QApplication exists, so
/// `devpulse --help` and `--version` work without a display.
struct CommandLineOptions
{
    enum class Action { RunGui, ShowHelp, ShowVersion, UsageError };

    Action action = Action::RunGui;
    QString dataDir;      ///< empty: DataLocation decides
    QString database;     ///< a team database's postgresql:// address; empty: Settings decide
    QString errorMessage; ///< for UsageError
    QString helpText;
};

namespace CommandLine {

/// Exit code for a command line that could not be understood.
inline constexpr int UsageExitCode = 2;

CommandLineOptions parse(const QStringList &arguments);

} // namespace CommandLine
