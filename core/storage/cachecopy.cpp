#include "core/storage/cachecopy.h"

#include "core/storage/boundquery.h"
#include "core/storage/migrations.h"
#include "core/storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace BoundQuery;

namespace CacheCopy {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CacheCopy)
};

// Multi-row INSERTs: one round trip per chunk instead of per row (PostgreSQL over a network).
constexpr int RowsPerStatement = 200;
constexpr int StatementsPerTransaction = 10;

// Tables keyed by an `id` column are read in id order from the target's highest id on (that
// is how a copy resumes); the others, small, are read whole and their existing rows skipped.
const QStringList TablesWithId{
    QStringLiteral("accounts"),     QStringLiteral("repos"),         QStringLiteral("orgs"),
    QStringLiteral("commits"),      QStringLiteral("pull_requests"), QStringLiteral("issues"),
    QStringLiteral("issue_events"), QStringLiteral("branches"),      QStringLiteral("tags"),
    QStringLiteral("events"),       QStringLiteral("activities"),    QStringLiteral("identities"),
    QStringLiteral("sync_runs"),    QStringLiteral("teams")};

Result<qint64> scalar(QSqlDatabase &db, const QString &sql, const QString &during)
{
    Result<QSqlQuery> result = exec(db, sql, {}, during);
    if (!result)
        return result.error();
    return result.value().next() ? result.value().value(0).toLongLong() : 0;
}

Result<qint64> rowCount(QSqlDatabase &db, const QString &table)
{
    // `table` is one of tables(), never user input.
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table),
                  QStringLiteral("counting %1").arg(table));
}

// The target holds nothing, or only accounts the source has under the same ids.
Result<void> checkTargetMatches(QSqlDatabase &source, QSqlDatabase &target)
{
    Result<QSqlQuery> accounts
        = exec(target, QStringLiteral("SELECT id, provider, base_url, login FROM accounts"), {},
               QStringLiteral("reading the target's accounts"));
    if (!accounts)
        return accounts.error();
    while (accounts.value().next()) {
        const QSqlQuery &row = accounts.value();
        Result<QSqlQuery> same
            = exec(source,
                   QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND provider = ? AND "
                                  "base_url = ? AND login = ?"),
                   {row.value(0), row.value(1), row.value(2), row.value(3)},
                   QStringLiteral("comparing accounts"));
        if (!same)
            return same.error();
        if (!same.value().next() || same.value().value(0).toInt() == 0) {
            return Error{Tr::tr("The target already holds another cache's data (account “%1”). "
                                "Copy into an empty database or schema, or into the one this "
                                "cache was copied to before.")
                             .arg(row.value(3).toString()),
                         QStringLiteral("target account %1 not in the source")
                             .arg(row.value(0).toLongLong()),
                         ErrorKind::InvalidInput};
        }
    }
    // The same accounts are not enough: a second cache of the same account (another machine,
    // a cache synced afresh) has other ids for its rows, and copying it over the first mixed
    // the two and put its sync positions over the team's. A copy resumes only a copy of this
    // very cache: the target's newest row of each table is this cache's row of that id, and
    // the target has no more rows than this cache.
    struct Fingerprint
    {
        const char *table;
        const char *key; ///< what a row of that id must also have in both
    };
    static constexpr Fingerprint fingerprints[]{
        {"repos", "full_name"}, {"commits", "sha"},          {"pull_requests", "number"},
        {"issues", "number"},   {"activities", "source_id"}, {"sync_runs", "started_at"}};
    for (const Fingerprint &fingerprint : fingerprints) {
        const QString table = QLatin1String(fingerprint.table);
        const QString key = QLatin1String(fingerprint.key);
        // Names from the list above, never user input.
        Result<QSqlQuery> newest
            = exec(target,
                   QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id DESC LIMIT 1").arg(key, table),
                   {}, QStringLiteral("reading the target's %1").arg(table));
        if (!newest)
            return newest.error();
        if (!newest.value().next())
            continue;
        const QVariant id = newest.value().value(0);
        const QVariant value = newest.value().value(1);
        Result<QSqlQuery> same
            = exec(source, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(key, table), {id},
                   QStringLiteral("comparing %1").arg(table));
        if (!same)
            return same.error();
        const bool matches
            = same.value().next() && same.value().value(0).toString() == value.toString();
        const Result<qint64> here = rowCount(source, table);
        const Result<qint64> there = rowCount(target, table);
        if (!here || !there)
            return !here ? here.error() : there.error();
        if (!matches || there.value() > here.value()) {
            return Error{Tr::tr("The target holds %1 this cache does not have: a copy of another "
                                "cache of the same accounts, or syncs made into it since. Copying "
                                "this cache over it would mix the two. Copy into an empty database "
                                "or schema, or let this DevPulse sync the team database directly "
                                "(devpulse sync --database URL).")
                             .arg(table),
                         QStringLiteral("target %1 id %2 is not this cache's")
                             .arg(table)
                             .arg(id.toLongLong()),
                         ErrorKind::InvalidInput};
        }
    }
    return {};
}

Result<void> copyTable(QSqlDatabase &source, QSqlDatabase &target, const QString &table,
                       qint64 total, const Progress &progress)
{
    const QSqlRecord targetColumns = target.record(table);
    const QSqlRecord sourceColumns = source.record(table);
    QStringList columns;
    for (int i = 0; i < sourceColumns.count(); ++i) {
        if (targetColumns.contains(sourceColumns.fieldName(i)))
            columns << sourceColumns.fieldName(i);
    }
    const bool byId = TablesWithId.contains(table);
    qint64 lastId = 0;
    if (byId) {
        const Result<qint64> highest
            = scalar(target, QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(table),
                     QStringLiteral("resuming %1").arg(table));
        if (!highest)
            return highest.error();
        lastId = highest.value();
    }
    const QString during = QStringLiteral("copying %1").arg(table);
    const QString select
        = byId ? QStringLiteral("SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT ?")
                     .arg(columns.join(QStringLiteral(", ")), table)
               : QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
    const QString oneRow = QStringLiteral("(%1)").arg(
        QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    const QString insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                   .arg(table, columns.join(QStringLiteral(", ")));

    qint64 read = 0;
    const int chunk = RowsPerStatement * StatementsPerTransaction;
    for (;;) {
        Result<QSqlQuery> rows = byId ? exec(source, select, {lastId, chunk}, during)
                                      : exec(source, select, {}, during);
        if (!rows)
            return rows.error();
        QList<QVariantList> batch;
        // Whole tables without ids are small; tables with ids come a chunk at a time.
        while (rows.value().next()) {
            QVariantList values;
            for (int column = 0; column < columns.size(); ++column) {
                // NULL stays NULL (BoundQuery binds a null QString as '', DevPulse's rule).
                const QVariant value = rows.value().value(column);
                values << (value.isNull() ? QVariant() : value);
            }
            if (byId)
                lastId = values.constFirst().toLongLong();
            batch << values;
        }
        if (batch.isEmpty())
            break;
        const Result<void> written = inTransaction(target, during, [&]() -> Result<void> {
            for (qsizetype start = 0; start < batch.size(); start += RowsPerStatement) {
                const qsizetype count = std::min<qsizetype>(RowsPerStatement, batch.size() - start);
                QVariantList values;
                for (qsizetype row = start; row < start + count; ++row)
                    values << batch.at(row);
                const QString sql = insertHead
                                    + QStringList(count, oneRow).join(QStringLiteral(", "))
                                    + QStringLiteral(" ON CONFLICT DO NOTHING");
                if (const Result<void> step = execWrite(target, sql, values, during); !step)
                    return step;
            }
            return {};
        });
        if (!written)
            return written.error();
        read += batch.size();
        if (progress)
            progress(table, std::min(total, read), total);
        if (!byId || batch.size() < chunk)
            break;
    }
    if (byId) {
        if (const Result<void> advanced = SqlDialect::continueIdsAfterCopy(target, table);
            !advanced)
            return advanced.error();
    }
    return {};
}

} // namespace

const QStringList &tables()
{
    static const QStringList ordered{QStringLiteral("accounts"),
                                     QStringLiteral("repos"),
                                     QStringLiteral("orgs"),
                                     QStringLiteral("commits"),
                                     QStringLiteral("pull_requests"),
                                     QStringLiteral("issues"),
                                     QStringLiteral("issue_events"),
                                     QStringLiteral("branches"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("events"),
                                     QStringLiteral("activities"),
                                     QStringLiteral("activity_breakdowns"),
                                     QStringLiteral("identities"),
                                     QStringLiteral("identity_aliases"),
                                     QStringLiteral("sync_runs"),
                                     QStringLiteral("sync_run_items"),
                                     QStringLiteral("sync_cursors"),
                                     QStringLiteral("http_cache"),
                                     QStringLiteral("teams"),
                                     QStringLiteral("team_members"),
                                     QStringLiteral("mailmap_entries"),
                                     QStringLiteral("pull_request_reviews"),
                                     QStringLiteral("pull_request_review_requests"),
                                     QStringLiteral("releases"),
                                     QStringLiteral("deployments"),
                                     QStringLiteral("delivery_sources"),
                                     QStringLiteral("workflows"),
                                     QStringLiteral("workflow_runs"),
                                     QStringLiteral("delivery_settings")};
    return ordered;
}

Result<Report> copy(QSqlDatabase &source, QSqlDatabase &target, const Progress &progress)
{
    for (QSqlDatabase *db : {&source, &target}) {
        const Result<int> version = Migrations::currentVersion(*db);
        if (!version)
            return version.error();
        if (version.value() != Migrations::latestVersion()) {
            return Error{Tr::tr("Both caches must be at this DevPulse's schema (version %1); one "
                                "is at version %2. Open it with this DevPulse once first.")
                             .arg(Migrations::latestVersion())
                             .arg(version.value()),
                         QStringLiteral("schema %1 in a copy").arg(version.value()),
                         ErrorKind::InvalidInput};
        }
    }
    if (const Result<void> matches = checkTargetMatches(source, target); !matches)
        return matches.error();

    Report report;
    for (const QString &table : tables()) {
        const Result<qint64> total = rowCount(source, table);
        if (!total)
            return total.error();
        const Result<qint64> before = rowCount(target, table);
        if (!before)
            return before.error();
        if (const Result<void> copied = copyTable(source, target, table, total.value(), progress);
            !copied)
            return copied.error();
        const Result<qint64> after = rowCount(target, table);
        if (!after)
            return after.error();
        report.rowsCopied += after.value() - before.value();
    }
    // Verified by counting: every source row is in the target, and nothing else is.
    for (const QString &table : tables()) {
        const Result<qint64> inSource = rowCount(source, table);
        const Result<qint64> inTarget = rowCount(target, table);
        if (!inSource)
            return inSource.error();
        if (!inTarget)
            return inTarget.error();
        report.tables << TableCount{table, inSource.value(), inTarget.value()};
    }
    for (const TableCount &count : std::as_const(report.tables)) {
        if (count.source != count.target) {
            return Error{Tr::tr("The copy is incomplete: table %1 has %2 rows here and %3 in the "
                                "target. Run the copy again; it continues where it stopped.")
                             .arg(count.table)
                             .arg(count.source)
                             .arg(count.target),
                         QStringLiteral("row counts differ in %1").arg(count.table)};
        }
    }
    return report;
}

} // namespace CacheCopy
