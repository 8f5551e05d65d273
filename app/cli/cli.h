#pragma once

#include <QStringList>

/// `devpulse <command> ...`: the command line companion (auth, provider, import, sync, query,
/// search, metrics). Runs without a window or a display, on the same core code as the GUI.
/// Exit codes (docs/CLI.md): 0 ok, 2 usage, 3 sign-in needed, 4 rate-limited, 5 other failure.
namespace Cli {

enum ExitCode { Ok = 0, Usage = 2, AuthNeeded = 3, RateLimited = 4, Failure = 5 };

/// Whether `arguments` (argv, program name first) name a command rather than the GUI.
bool isCommand(const QStringList &arguments);

/// Runs the command; creates its own QCoreApplication.
int run(int argc, char *argv[]);

} // namespace Cli
