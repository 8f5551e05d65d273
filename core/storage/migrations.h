#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

/// Numbered schema migrations for the cache. `builtIn()` reads the SQL files embedded from
/// core/storage/migrations; `migrate()` applies every pending one in a single transaction and
/// records each in `schema_version`. Runs on whichever thread owns the connection it is given.
namespace Migrations {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    /// The same migration for PostgreSQL where SQLite's spelling cannot be translated
    /// (NNNN_name.postgresql.sql beside it, e.g. the search index); null: use `sql`.
    QString postgreSqlVariant;
    /// Data the SQL cannot compute (rules written in C++), run after `sql` in the same
    /// transaction; empty for most migrations.
    std::function<Result<void>(QSqlDatabase &db)> dataStep;
};

/// The migrations this build knows, ordered by version (1, 2, ...).
const QList<Migration> &builtIn();

/// The newest schema version this build understands.
int latestVersion();

/// The version recorded in the file; 0 for an empty database.
Result<int> currentVersion(QSqlDatabase &db);

/// Brings `db` to `targetVersion` (default: the newest) using `migrations`. All pending
/// migrations run in one transaction: on any failure nothing of them remains. A database newer
/// than `migrations` know is refused with an explanation and left untouched.
Result<int> migrate(QSqlDatabase &db, const QList<Migration> &migrations = builtIn(),
                    int targetVersion = -1);

/// Splits a migration file into single statements (the drivers execute one at a time). Keeps
/// trigger bodies (BEGIN ... END;) and $$-quoted function bodies together; `--` comments are
/// dropped.
QStringList splitStatements(const QString &sql);

} // namespace Migrations
