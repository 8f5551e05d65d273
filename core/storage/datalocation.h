#pragma once

#include "common/result.h"

#include <QString>

/// Decides which folder holds the cache: `--data-dir` first, then the DEVPULSE_DATA_DIR
/// environment variable (tests and portable installs), then the platform's
/// AppLocalDataLocation. Pure functions, any thread.
namespace DataLocation {

inline constexpr char EnvironmentVariable[] = "DEVPULSE_DATA_DIR";

/// The folder to use; `commandLineDir` may be empty. Does not touch the disk.
QString resolve(const QString &commandLineDir);

/// Creates the folder when missing and checks that it is writable.
Result<QString> ensureWritable(const QString &dir);

} // namespace DataLocation
