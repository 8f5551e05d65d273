#pragma once

#include "core/common/result.h"
#include "core/storage/cacheoverview.h"

#include <functional>

class CliContext;
class SyncManager;

/// One function per command word; each parses its own options and returns an exit code.
namespace CliCommands {

int auth(CliContext &context, const QString &subcommand);
int provider(CliContext &context, const QString &subcommand);
int importFile(CliContext &context, const QString &kind);
int sync(CliContext &context);
int query(CliContext &context, const QString &collection);
int search(CliContext &context);
int metrics(CliContext &context, const QString &metric);
int exportDashboard(CliContext &context);
int cache(CliContext &context, const QString &subcommand);
int repos(CliContext &context, const QString &subcommand);

/// Runs `start(manager, accountId)` for each account on one SyncManager, progress on standard
/// error (a terminal only), one line per account at the end (on standard output, or standard
/// error when the command's output is something else); Ctrl+C/SIGTERM cancel. The exit code:
/// 3 sign-in needed, 4 rate-limited, 5 failed or cancelled, else 0.
int runSyncs(CliContext &context, const QList<AccountSummary> &targets,
             const std::function<void(SyncManager &, qint64 accountId)> &start,
             bool reportOnStandardError = false);

/// The account `spec` names: its id, its login, or provider:login. Empty `spec`: the only
/// account there is (an error when there are several).
Result<AccountSummary> findAccount(QSqlDatabase &db, const QString &spec);

} // namespace CliCommands
