#pragma once

#include "core/common/result.h"

#include <QString>

/// Where the cache lives. A *cache address* is either the path of the SQLite file (the
/// default, one per user) or the URL of a shared PostgreSQL database (the team cache):
///     postgresql://user@host:port/database[?schema=name&sslmode=verify-full]
/// Everything that opens the cache takes an address, so a team cache needs no other wiring.
/// The URL never carries a password: DevPulse keeps it in the keychain (TeamDatabase) and
/// hands it to the connections in memory only (setPassword). Any thread.
namespace CacheAddress {

struct PostgreSql
{
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString schema;      ///< empty: the server's default (public)
    QString sslMode;     ///< libpq's sslmode; empty: libpq's default
    QString sslRootCert; ///< libpq's sslrootcert: the CA file for verify-ca/verify-full

    /// user@host:port/database (no password, nothing secret): for messages and the log.
    QString displayName() const;
};

bool isPostgreSql(const QString &address);

/// The parts of a postgresql:// address, or an error that says what is wrong with it.
Result<PostgreSql> parsePostgreSql(const QString &address);

/// The password connections to `address` use, kept in this process's memory only (read from
/// the keychain at start-up). Empty: none (trust or peer authentication, or ~/.pgpass).
void setPassword(const QString &address, const QString &password);
QString password(const QString &address);

/// The file path, or the PostgreSQL address without anything secret, for messages.
QString displayName(const QString &address);

} // namespace CacheAddress
