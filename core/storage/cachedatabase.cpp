#include "storage/cachedatabase.h"

#include "common/logging.h"

#include "storage/cacheaddress.h"
#include "storage/migrations.h"
#include "storage/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
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
    return Error{QCoreApplication::translate(
                     "CacheDatabase",
                     "DevPulse could not connect to the team database %1. Check that the server "
                     "is running and reachable from here, and the user and its password "
                     "(devpulse cache password). DevPulse tries again at the next refresh.")
                     .arg(CacheAddress::displayName(address)),
                 detail, ErrorKind::Network};
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
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=DevPulse")};
    if (!target.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + target.sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString detail
            = QStringLiteral("opening %1: %2").arg(target.displayName(), db.lastError().text());
        db = QSqlDatabase();
        return postgreSqlUnavailable(address, detail);
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

Result<CacheOpenReport> prepareShared(const QString &address)
{
    const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(address);
    if (!parsed)
        return parsed.error();
    const QString connectionName
        = QStringLiteral("devpulse-prepare-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<int> migrated = 0;
    if (!parsed.value().schema.isEmpty()) {
        // The schema a tech lead names is created on first use, like the SQLite file.
        CacheAddress::PostgreSql inDefaultSchema = parsed.value();
        inDefaultSchema.schema.clear();
        QUrl url(address);
        url.setQuery(QString());
        const QString defaultAddress = url.toString();
        CacheAddress::setPassword(defaultAddress, CacheAddress::password(address));
        {
            Result<QSqlDatabase> opened = openConnection(defaultAddress, connectionName);
            if (!opened)
                migrated = opened.error();
            else if (QSqlQuery create(opened.value());
                     !create.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1")
                                      .arg(parsed.value().schema)))
                migrated = sqlError(create.lastError(), QStringLiteral("creating the schema"));
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    if (migrated)
        migrated = openAndMigrate(address, connectionName);
    if (!migrated)
        return migrated.error();
    CacheOpenReport report;
    report.address = address;
    report.schemaVersion = migrated.value();
    return report;
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
    : m_name(QStringLiteral("devpulse-%1-%2-%3")
                 .arg(purpose)
                 .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16)
                 .arg(nextConnectionNumber()))
{
    Result<QSqlDatabase> opened = CacheDatabase::openConnection(address, m_name);
    if (opened)
        m_database = opened.value();
    else
        m_error = opened.error();
}

CacheConnection::~CacheConnection()
{
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}
