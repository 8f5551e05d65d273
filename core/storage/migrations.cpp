#include "core/storage/migrations.h"

#include "core/common/logging.h"
#include "core/common/workkind.h"
#include "core/storage/boundquery.h"

#include "core/storage/sqldialect.h"
#include "core/storage/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Migrations {
namespace {

Migration loadEmbedded(int version, const QString &name)
{
    QFile file(QStringLiteral(":/devpulse/migrations/%1_%2.sql")
                   .arg(version, 4, 10, QLatin1Char('0'))
                   .arg(name));
    // The files are compiled into the binary; failing to read one is a build defect.
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Embedded migration %s is missing", qPrintable(file.fileName()));
    Migration migration{version, name, QString::fromUtf8(file.readAll()), {}, {}};
    // A migration PostgreSQL cannot run in SQLite's spelling has a variant beside it.
    QFile variant(file.fileName().replace(QLatin1String(".sql"), QLatin1String(".postgresql.sql")));
    if (variant.exists()) {
        if (!variant.open(QIODevice::ReadOnly))
            qFatal("Embedded migration %s is unreadable", qPrintable(variant.fileName()));
        migration.postgreSqlVariant = QString::fromUtf8(variant.readAll());
    }
    return migration;
}

// Held for the migration's transaction, so that two DevPulse instances starting at once
// against one team database migrate it one after the other (the second finds it done).
constexpr qint64 MigrationLockKey = 0x44657650756c7365; // "DevPulse"

Result<void> lockForMigration(QSqlDatabase &db)
{
    if (SqlDialect::of(db) != SqlDialect::Backend::PostgreSQL)
        return {}; // SQLite: the write transaction itself is exclusive
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey)))
        return sqlError(query.lastError(), QStringLiteral("waiting for another migration"));
    return {};
}

int countWord(const QString &text, const QRegularExpression &word)
{
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

/// Migration 16's data: the kind of work of every commit cached before it, by the rules
/// CacheWriter applies to new ones. Inside the migration's transaction.
Result<void> classifyCachedCommits(QSqlDatabase &db)
{
    Result<QSqlQuery> read = BoundQuery::exec(
        db, QStringLiteral("SELECT id, message FROM commits WHERE work_kind IS NULL"), {},
        QStringLiteral("reading commit messages to classify"));
    if (!read)
        return read.error();
    QSqlQuery &rows = read.value();
    QHash<QString, QList<qint64>> idsByKind;
    while (rows.next())
        idsByKind[WorkKinds::id(WorkKinds::classify(rows.value(1).toString()))]
            << rows.value(0).toLongLong();
    rows.finish();
    constexpr qsizetype Chunk = 500; // bound values per statement, well under SQLite's limit
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
        for (qsizetype start = 0; start < it.value().size(); start += Chunk) {
            const QList<qint64> ids = it.value().mid(start, Chunk);
            QVariantList values{it.key()};
            for (qint64 id : ids)
                values << id;
            QStringList marks(ids.size(), QStringLiteral("?"));
            const Result<void> written = BoundQuery::execWrite(
                db,
                QStringLiteral("UPDATE commits SET work_kind = ? WHERE id IN (%1)")
                    .arg(marks.join(QLatin1Char(','))),
                values, QStringLiteral("classifying cached commits"));
            if (!written)
                return written;
        }
    }
    return {};
}

Migration withDataStep(Migration migration, Result<void> (*step)(QSqlDatabase &))
{
    migration.dataStep = step;
    return migration;
}

} // namespace

const QList<Migration> &builtIn()
{
    static const QList<Migration> migrations{
        loadEmbedded(1, QStringLiteral("core_entities")),
        loadEmbedded(2, QStringLiteral("identities_and_sync_history")),
        loadEmbedded(3, QStringLiteral("account_status")),
        loadEmbedded(4, QStringLiteral("sync_state")),
        loadEmbedded(5, QStringLiteral("branch_lifetime")),
        loadEmbedded(6, QStringLiteral("organisations")),
        loadEmbedded(7, QStringLiteral("search_index")),
        loadEmbedded(8, QStringLiteral("search_index_by_rowid")),
        loadEmbedded(9, QStringLiteral("activity_breakdowns")),
        loadEmbedded(10, QStringLiteral("teams")),
        loadEmbedded(11, QStringLiteral("commit_message_bytes")),
        loadEmbedded(12, QStringLiteral("one_csv_account")),
        loadEmbedded(13, QStringLiteral("repo_synced_at")),
        loadEmbedded(14, QStringLiteral("repo_node_id")),
        loadEmbedded(15, QStringLiteral("search_index_batched")),
        withDataStep(loadEmbedded(16, QStringLiteral("commit_work_kind")), classifyCachedCommits),
        loadEmbedded(17, QStringLiteral("mailmap")),
        loadEmbedded(18, QStringLiteral("code_review")),
        loadEmbedded(19, QStringLiteral("delivery")),
        loadEmbedded(20, QStringLiteral("delivery_sources")),
        loadEmbedded(21, QStringLiteral("workflow_runs")),
        loadEmbedded(22, QStringLiteral("deferred_indexes")),
    };
    return migrations;
}

int latestVersion()
{
    return builtIn().constLast().version;
}

QStringList splitStatements(const QString &sql)
{
    static const QRegularExpression beginWord(QStringLiteral("\\bBEGIN\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endWord(QStringLiteral("\\bEND\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        const bool insideTriggerBody = countWord(current, beginWord) > countWord(current, endWord);
        // PostgreSQL function bodies are quoted with $$ ... $$.
        const bool insideDollarQuote = current.count(QLatin1String("$$")) % 2 == 1;
        if (line.endsWith(QLatin1Char(';')) && !insideTriggerBody && !insideDollarQuote) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<int> currentVersion(QSqlDatabase &db)
{
    const Result<bool> exists = SqlDialect::tableExists(db, QStringLiteral("schema_version"));
    if (!exists)
        return exists.error();
    if (!exists.value())
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")))
        return sqlError(query.lastError(), QStringLiteral("reading the schema version"));
    query.next();
    return query.value(0).toInt();
}

Result<int> migrate(QSqlDatabase &db, const QList<Migration> &migrations, int targetVersion)
{
    const int newestKnown = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (targetVersion < 0)
        targetVersion = newestKnown;
    const SqlDialect::Backend backend = SqlDialect::of(db);

    if (!db.transaction())
        return sqlError(db.lastError(), QStringLiteral("starting the migration"));
    QSqlQuery query(db);
    auto rollBack = [&](const Error &error) -> Result<int> {
        query.finish();
        db.rollback();
        return error;
    };
    if (const Result<void> locked = lockForMigration(db); !locked)
        return rollBack(locked.error());
    const Result<int> found = currentVersion(db);
    if (!found)
        return rollBack(found.error());
    const int fromVersion = found.value();
    if (fromVersion > newestKnown) {
        return rollBack(
            Error{QCoreApplication::translate(
                      "Migrations",
                      "This cache was written by a newer version of DevPulse (schema %1; this "
                      "version understands up to %2). Install the newer DevPulse again, or "
                      "start this one with --data-dir pointing to another folder.")
                      .arg(fromVersion)
                      .arg(newestKnown),
                  QStringLiteral("schema version %1 > %2").arg(fromVersion).arg(newestKnown),
                  ErrorKind::CacheTooNew});
    }
    if (fromVersion >= targetVersion) {
        query.finish();
        db.rollback(); // nothing was written
        return fromVersion;
    }
    auto failed = [&](const QSqlError &error, const QString &during) -> Result<int> {
        return rollBack(sqlError(error, during));
    };

    if (!query.exec(SqlDialect::migrationStatement(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                           "version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                           "applied_at BIGINT NOT NULL)"),
            backend))) {
        return failed(query.lastError(), QStringLiteral("creating schema_version"));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= fromVersion || migration.version > targetVersion)
            continue;
        qCInfo(lcStorage) << "Applying migration" << migration.version << migration.name;
        const bool ownVariant
            = backend == SqlDialect::Backend::PostgreSQL && !migration.postgreSqlVariant.isNull();
        const QStringList statements
            = splitStatements(ownVariant ? migration.postgreSqlVariant : migration.sql);
        for (const QString &statement : statements) {
            if (!query.exec(SqlDialect::migrationStatement(statement, backend))) {
                return failed(
                    query.lastError(),
                    QStringLiteral("migration %1 (%2)").arg(migration.version).arg(migration.name));
            }
        }
        const Result<void> recorded = BoundQuery::execWrite(
            db,
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                           "VALUES (?, ?, ?)"),
            {migration.version, migration.name, QDateTime::currentSecsSinceEpoch()},
            QStringLiteral("recording the schema version"));
        if (!recorded)
            return rollBack(recorded.error());
        if (migration.dataStep) {
            if (const Result<void> done = migration.dataStep(db); !done)
                return rollBack(done.error());
        }
    }
    query.finish();
    if (!db.commit())
        return failed(db.lastError(), QStringLiteral("committing the migration"));
    return targetVersion;
}

} // namespace Migrations
