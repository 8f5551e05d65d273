#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>

/// What opening the cache found, for the window to tell the user.
struct CacheOpenReport
{
    /// The cache address every connection opens (see CacheAddress): the SQLite file's path,
    /// or the team database's postgresql:// URL.
    QString address;
    int schemaVersion = 0;
    /// A team database this user may only read (its role's grants): no sync, no accounts.
    bool readOnly = false;
    /// Set when the old file was damaged: where it was moved (it is never deleted).
    QString damagedFileMovedTo;
};

/// The SQLite cache file: `prepare()` runs once at start-up (GUI or command-line thread) to
/// create, migrate or recover the file; afterwards every thread opens its own connection with
/// CacheConnection. Connections never cross threads (Qt's rule for QSqlDatabase).
namespace CacheDatabase {

inline constexpr char FileName[] = "devpulse.sqlite";

QString filePathIn(const QString &dataDir);

/// Creates or migrates the cache in `dataDir`. A damaged file is renamed to
/// `devpulse.sqlite.damaged-YYYYMMDD-HHMMSS` (with its -wal/-shm) and a fresh cache created;
/// a file from a newer DevPulse is refused and left untouched.
Result<CacheOpenReport> prepare(const QString &dataDir);

/// Creates or migrates a shared PostgreSQL cache (a team cache) at a postgresql:// address;
/// a schema named in the address is created when missing. Migrating holds a lock on the
/// database, so instances starting together migrate it once.
Result<CacheOpenReport> prepareShared(const QString &address);

/// Opens a connection named `connectionName` on the calling thread to the cache at `address`
/// (a SQLite file: WAL, foreign keys, busy timeout; or a postgresql:// URL, with the password
/// given to CacheAddress::setPassword). Prefer CacheConnection, which also closes it.
Result<QSqlDatabase> openConnection(const QString &address, const QString &connectionName);

/// Opens a team database's connection handle again (after the server dropped it).
Result<void> reopen(QSqlDatabase &db, const QString &address);

} // namespace CacheDatabase

/// A connection owned by the current thread for the lifetime of this object; its name is
/// unique per thread and purpose. Create one per worker, on the worker's thread.
class CacheConnection final
{
public:
    CacheConnection(const QString &address, const QString &purpose);
    ~CacheConnection();
    Q_DISABLE_COPY_MOVE(CacheConnection)

    bool isOpen() const { return m_error.userMessage.isEmpty(); }
    /// Checks a team database's connection with a round trip and opens it anew when the
    /// server dropped it or could not be reached before (a restart, the network gone and
    /// back); a SQLite file's connection is taken as it is. True when usable; error() says why
    /// not.
    bool ensureOpen();
    const Error &error() const { return m_error; }
    QSqlDatabase &database() { return m_database; }

private:
    void open();

    QString m_address;
    QString m_name;
    QSqlDatabase m_database;
    Error m_error;
};
