#pragma once

#include <QStringList>

/// `devpulse <command> ...`: the command line companion (auth, provider, import, sync, query,
/// search, metrics). Runs without a window or a display, on the same core code as the GUI.
/// Exit codes (docs/CLI.md): 0 ok, 2 usage, 3 sign-in needed, 4 rate-limited, 5 other failure.
namespace Cli {

enum ExitCode { Ok = 0, Usage = 2, AuthNeeded = 3, RateLimited = 4, Failure = 5 };

/// `arguments` (argv, program name first) with --data-dir/--database written before the
/// command word moved after the command's own arguments: `devpulse --data-dir X sync` runs as
/// `devpulse sync --data-dir X`. Unchanged when no command follows them (the window's options).
QStringList commandFirst(const QStringList &arguments);

/// Whether `arguments` (argv, program name first) name a command rather than the GUI.
bool isCommand(const QStringList &arguments);

/// Runs the command; creates its own QCoreApplication.
int run(int argc, char *argv[]);

} // namespace Cli
