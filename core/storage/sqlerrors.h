#pragma once

#include "core/common/result.h"

#include <QSqlError>

/// Turns a QSqlError into an Error the user can read; `during` says what DevPulse was doing
/// ("reading the schema version"). Any thread.
Error sqlError(const QSqlError &error, const QString &during);

/// True when SQLite reports that the file is damaged or not a database at all
/// (SQLITE_CORRUPT, SQLITE_NOTADB).
bool isCorruptionError(const QSqlError &error);
