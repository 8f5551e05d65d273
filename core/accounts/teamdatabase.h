#pragma once

#include "core/common/result.h"
#include "core/secrets/secretstore.h"

#include <QString>

#include <functional>

/// The team cache (a shared PostgreSQL database) as the application and the command line
/// choose and open it: which address, and its password, which lives in the keychain only.
/// GUI or command-line thread.
namespace TeamDatabase {

/// QSettings key of the team database's address (no password in it).
inline constexpr char SettingsKey[] = "cache/database";
/// QSettings key: this DevPulse only reads the team database (no sync, no accounts).
inline constexpr char ReadOnlySettingsKey[] = "cache/readOnly";
inline constexpr char EnvironmentVariable[] = "DEVPULSE_DATABASE";

/// The team database to use: `option` (--database), else $DEVPULSE_DATABASE, else Settings.
/// Empty: the SQLite cache in the data folder.
QString chosen(const QString &option);

/// The keychain entry of the address's user ("postgresql:host:port/database:user").
SecretKey secretKey(const QString &address);

/// Reads the password from the keychain and gives it to CacheAddress for the connections.
/// No entry is not an error (trust or peer authentication, ~/.pgpass); `done` gets an error
/// only for a bad address. A keychain that does not answer is logged and treated like no
/// entry: the connection then says what is missing.
void loadPassword(SecretStore &secrets, const QString &address,
                  const std::function<void(const Result<void> &)> &done);

/// Stores the password in the keychain (and for this process's connections).
void storePassword(SecretStore &secrets, const QString &address, const QString &password,
                   const std::function<void(const Result<void> &)> &done);

} // namespace TeamDatabase
