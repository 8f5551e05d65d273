#pragma once

#include "common/result.h"
#include "storage/cacheoverview.h"

class CliContext;

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

/// The account `spec` names: its id, its login, or provider:login. Empty `spec`: the only
/// account there is (an error when there are several).
Result<AccountSummary> findAccount(QSqlDatabase &db, const QString &spec);

} // namespace CliCommands
