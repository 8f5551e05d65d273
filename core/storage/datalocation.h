#pragma once

#include "core/common/result.h"

#include <QString>

/// Decides which folder holds the cache: `--data-dir` first, then the DEVPULSE_DATA_DIR
/// environment variable (tests and portable installs), then the platform's
/// AppLocalDataLocation. Pure functions, any thread.
namespace DataLocation {

inline constexpr char EnvironmentVariable[] = "DEVPULSE_DATA_DIR";

/// The folder to use; `commandLineDir` may be empty. Does not touch the disk.
QString resolve(const QString &commandLineDir);

/// Creates the folder when missing, makes it owner-only (0700, also when it existed) and
/// checks that it is writable.
Result<QString> ensureWritable(const QString &dir);

/// Makes a file of the cache owner-only (0600) whatever the umask: created empty when
/// missing (SQLite opens an empty file as a new database, and gives the -wal and -shm files
/// it creates the database file's mode), its -wal and -shm restricted when they exist.
/// The cache holds private repositories' commits; other accounts on the machine must not
/// read it.
void restrictCacheFileToOwner(const QString &filePath);

/// Makes an existing file owner-only (0600): lock files and other files beside the cache.
void restrictToOwner(const QString &filePath);

} // namespace DataLocation
