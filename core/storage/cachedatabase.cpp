#include "core/storage/cachedatabase.h"

#include "core/common/logging.h"

#include "core/storage/boundquery.h"
#include "core/storage/cacheaddress.h"
#include "core/storage/datalocation.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>

namespace CacheDatabase {
namespace {

constexpr int BusyTimeoutMs = 5000;

Result<void> applyConnectionSettings(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Read before anything else: a file that is not SQLite fails here with SQLITE_NOTADB.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return sqlError(query.lastError(), QStringLiteral("reading the cache"));
    const QString pragmas[] = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        // Statement journals (every upsert whose triggers may fail needs one) in memory, not in
        // a temporary file each: upserts of commits ran 5-7 times slower with files.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlError(query.lastError(), pragma);
    }
    return {};
}

Result<QString> moveDamagedFileAside(const QString &filePath)
{
    const QString suffix
        = QStringLiteral(".damaged-")
          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = filePath + suffix;
    for (int attempt = 2; QFile::exists(target); ++attempt)
        target = filePath + suffix + QStringLiteral("-%1").arg(attempt);
    if (!QFile::rename(filePath, target)) {
        return Error{QCoreApplication::translate(
                         "CacheDatabase",
                         "DevPulse's cache file %1 is damaged and could not be moved aside. "
                         "Move or rename it yourself, then start DevPulse again.")
                         .arg(QDir::toNativeSeparators(filePath)),
                     QStringLiteral("rename to %1 failed").arg(target)};
    }
    // The journal files belong to the damaged file; they must not be replayed into a new one.
    for (const char *journal : {"-wal", "-shm"}) {
        const QString journalPath = filePath + QLatin1String(journal);
        if (QFile::exists(journalPath))
            QFile::rename(journalPath, target + QLatin1String(journal));
    }
    return target;
}

Error postgreSqlUnavailable(const QString &address, const QString &detail)
{
    // A failed TLS handshake is not a wrong password: say which it is.
    if (detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive)) {
        return Error{QCoreApplication::translate(
                         "CacheDatabase",
                         "DevPulse could not make a secure connection to the team database %1: "
                         "the server's certificate or TLS settings do not match the address. "
                         "Check its sslmode, and with verify-ca or verify-full its sslrootcert "
                         "(the CA file).")
                         .arg(CacheAddress::displayName(address)),
                     detail, ErrorKind::Network};
    }
    return Error{QCoreApplication::translate(
                     "CacheDatabase",
                     "DevPulse could not connect to the team database %1. Check that the server "
                     "is running and reachable from here, and the user and its password "
                     "(devpulse cache password). DevPulse tries again at the next refresh.")
                     .arg(CacheAddress::displayName(address)),
                 detail, ErrorKind::Network};
}

// Opens a configured QPSQL handle (again, after a lost connection) and sets the session up.
Result<void> startPostgreSqlSession(QSqlDatabase &db, const QString &address)
{
    const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(address);
    if (!parsed)
        return parsed.error();
    const CacheAddress::PostgreSql &target = parsed.value();
    if (!db.open()) {
        return postgreSqlUnavailable(
            address,
            QStringLiteral("opening %1: %2").arg(target.displayName(), db.lastError().text()));
    }
    if (!target.schema.isEmpty()) {
        // The schema's name was checked to be a plain identifier (SET takes no bound values).
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET search_path TO %1").arg(target.schema))) {
            const Error error = sqlError(query.lastError(),
                                         QStringLiteral("choosing schema %1").arg(target.schema));
            db.close();
            return error;
        }
    }
    return {};
}

Result<QSqlDatabase> openPostgreSql(const QString &address, const QString &connectionName)
{
    const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(address);
    if (!parsed)
        return parsed.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{QCoreApplication::translate("CacheDatabase",
                                                 "DevPulse needs Qt's PostgreSQL driver for a team "
                                                 "database. Install it (Debian: apt install "
                                                 "libqt6sql6-psql) and start DevPulse again."),
                     QStringLiteral("QPSQL driver missing")};
    }
    const CacheAddress::PostgreSql &target = parsed.value();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setUserName(target.user);
    db.setDatabaseName(target.database);
    db.setPassword(CacheAddress::password(address));
    // The process id tells a database's owner (pg_stat_activity) which DevPulse is which.
    QStringList options{
        QStringLiteral("connect_timeout=10"),
        QStringLiteral("application_name=DevPulse-%1").arg(QCoreApplication::applicationPid())};
    if (!target.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + target.sslMode;
    if (!target.sslRootCert.isEmpty()) // checked to hold no quote or semicolon
        options << QStringLiteral("sslrootcert='%1'").arg(target.sslRootCert);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (const Result<void> started = startPostgreSqlSession(db, address); !started)
        return started.error();
    return db;
}

Result<int> openAndMigrate(const QString &address, const QString &connectionName)
{
    Result<int> outcome = 0;
    {
        Result<QSqlDatabase> opened = openConnection(address, connectionName);
        if (!opened) {
            outcome = opened.error();
        } else {
            outcome = Migrations::migrate(opened.value());
            opened.value().close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

Result<CacheOpenReport> createSchema(QSqlDatabase &db, const QString &schema)
{
    // Looked up first: a read-only role may use the schema but not create one.
    Result<QSqlQuery> found = BoundQuery::exec(
        db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"), {schema},
        QStringLiteral("looking for schema %1").arg(schema));
    if (!found)
        return found.error();
    if (found.value().next() && found.value().value(0).toInt() > 0)
        return CacheOpenReport{};
    QSqlQuery create(db);
    // The name was checked to be a plain identifier (DDL takes no bound values).
    if (!create.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema)))
        return sqlError(create.lastError(), QStringLiteral("creating schema %1").arg(schema));
    return CacheOpenReport{};
}

// Migrates a team database the role may write; a read-only role (a teammate's DevPulse)
// gets a read-only cache, which must already be at this build's schema.
// `http_cache` holds the syncing user's raw API answers (GET /user: email, plan, private
// repositories). Teammates read every other table; whatever was granted on this one (a
// `GRANT SELECT ON ALL TABLES`, default privileges) is taken back at every writable start.
// Only the table's owner can revoke; for anyone else PostgreSQL warns and changes nothing.
Result<void> keepHttpCacheToOwner(QSqlDatabase &db)
{
    // A DO block cannot be prepared; it takes no values, only fixed text.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "DO $$ DECLARE grantee_name text; BEGIN "
            "FOR grantee_name IN SELECT DISTINCT grantee FROM information_schema.role_table_grants "
            "WHERE table_schema = current_schema() AND table_name = 'http_cache' "
            "AND grantee <> current_user LOOP "
            "EXECUTE 'REVOKE ALL ON TABLE http_cache FROM ' || CASE WHEN grantee_name = 'PUBLIC' "
            "THEN 'PUBLIC' ELSE quote_ident(grantee_name) END; "
            "END LOOP; END $$")))
        return sqlError(query.lastError(), QStringLiteral("keeping the HTTP cache to its owner"));
    return {};
}

Result<CacheOpenReport> migrateShared(QSqlDatabase &db, const QString &address)
{
    CacheOpenReport report;
    report.address = address;
    Result<QSqlQuery> rights = BoundQuery::exec(
        db,
        QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE'), "
                       "CASE WHEN to_regclass('commits') IS NULL THEN true "
                       "ELSE has_table_privilege('commits', 'INSERT') END"),
        {}, QStringLiteral("reading the database role's rights"));
    if (!rights)
        return rights.error();
    rights.value().next();
    report.readOnly = !rights.value().value(0).toBool() || !rights.value().value(1).toBool();
    if (!report.readOnly) {
        const Result<int> migrated = Migrations::migrate(db);
        if (!migrated)
            return migrated.error();
        report.schemaVersion = migrated.value();
        if (const Result<void> kept = keepHttpCacheToOwner(db); !kept)
            return kept.error();
        return report;
    }
    const Result<int> version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    report.schemaVersion = version.value();
    if (report.schemaVersion != Migrations::latestVersion()) {
        return Error{QCoreApplication::translate(
                         "CacheDatabase",
                         "The team database %1 has schema version %2, this DevPulse needs %3, "
                         "and your database user may only read it. Ask whoever runs the "
                         "syncing DevPulse to run the same version as you.")
                         .arg(CacheAddress::displayName(address))
                         .arg(report.schemaVersion)
                         .arg(Migrations::latestVersion()),
                     QStringLiteral("read-only team database at schema %1, want %2")
                         .arg(report.schemaVersion)
                         .arg(Migrations::latestVersion()),
                     report.schemaVersion > Migrations::latestVersion() ? ErrorKind::CacheTooNew
                                                                        : ErrorKind::Other};
    }
    return report;
}

} // namespace

QString filePathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(FileName));
}

Result<QSqlDatabase> openConnection(const QString &address, const QString &connectionName)
{
    if (CacheAddress::isPostgreSql(address))
        return openPostgreSql(address, connectionName);
    const QString &filePath = address;
    DataLocation::restrictCacheFileToOwner(filePath);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return sqlError(db.lastError(), QStringLiteral("opening %1").arg(filePath));
    const Result<void> configured = applyConnectionSettings(db);
    if (!configured) {
        db.close();
        return configured.error();
    }
    return db;
}

Result<CacheOpenReport> prepare(const QString &dataDir)
{
    CacheOpenReport report;
    report.address = filePathIn(dataDir);
    const QString connectionName
        = QStringLiteral("devpulse-prepare-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    Result<int> migrated = openAndMigrate(report.address, connectionName);
    if (!migrated && migrated.error().kind != ErrorKind::CacheDamaged)
        return migrated.error();
    if (!migrated) {
        qCWarning(lcStorage) << "Cache is damaged:" << migrated.error().detail;
        const Result<QString> moved = moveDamagedFileAside(report.address);
        if (!moved)
            return moved.error();
        report.damagedFileMovedTo = moved.value();
        qCWarning(lcStorage) << "Moved the damaged cache to" << report.damagedFileMovedTo;
        migrated = openAndMigrate(report.address, connectionName);
        if (!migrated)
            return migrated.error();
    }
    report.schemaVersion = migrated.value();
    return report;
}

Result<void> reopen(QSqlDatabase &db, const QString &address)
{
    return startPostgreSqlSession(db, address);
}

Result<CacheOpenReport> prepareShared(const QString &address)
{
    const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(address);
    if (!parsed)
        return parsed.error();
    const QString connectionName
        = QStringLiteral("devpulse-prepare-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<CacheOpenReport> outcome = CacheOpenReport{};
    if (!parsed.value().schema.isEmpty()) {
        // The schema a tech lead names is created on first use, like the SQLite file.
        QUrl url(address);
        QUrlQuery options(url);
        options.removeAllQueryItems(QStringLiteral("schema"));
        url.setQuery(options);
        {
            Result<QSqlDatabase> opened = openConnection(url.toString(), connectionName);
            if (!opened)
                outcome = opened.error();
            else
                outcome = createSchema(opened.value(), parsed.value().schema);
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    if (outcome) {
        Result<QSqlDatabase> opened = openConnection(address, connectionName);
        if (!opened)
            outcome = opened.error();
        else
            outcome = migrateShared(opened.value(), address);
        if (opened)
            opened.value().close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

} // namespace CacheDatabase

namespace {
// Two connections of the same purpose on one thread (two caches in a test, a nested job)
// must not share a name: Qt would silently replace the first.
int nextConnectionNumber()
{
    static std::atomic_int counter = 0;
    return ++counter;
}
} // namespace

CacheConnection::CacheConnection(const QString &address, const QString &purpose)
    : m_address(address)
    , m_name(QStringLiteral("devpulse-%1-%2-%3")
                 .arg(purpose)
                 .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16)
                 .arg(nextConnectionNumber()))
{
    open();
}

void CacheConnection::open()
{
    Result<QSqlDatabase> opened = CacheDatabase::openConnection(m_address, m_name);
    if (opened) {
        m_database = opened.value();
        m_error = Error{};
    } else {
        m_error = opened.error();
    }
}

bool CacheConnection::ensureOpen()
{
    if (!CacheAddress::isPostgreSql(m_address))
        return isOpen();
    if (isOpen()) {
        QSqlQuery alive(m_database);
        if (alive.exec(QStringLiteral("SELECT 1")))
            return true;
        qCWarning(lcStorage) << "Lost the team database connection" << m_name << ":"
                             << alive.lastError().text();
    }
    // The same handle opened again: copies of it (a worker's stores) work on too.
    m_database = QSqlDatabase::database(m_name, false);
    m_database.close();
    const Result<void> started = CacheDatabase::reopen(m_database, m_address);
    m_error = started ? Error{} : started.error();
    return isOpen();
}

CacheConnection::~CacheConnection()
{
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}
