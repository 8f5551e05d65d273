#include "core/storage/sqlerrors.h"

#include <QCoreApplication>

namespace {
// SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // extended codes carry the primary one in the low byte
}
} // namespace

bool isCorruptionError(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

Error sqlError(const QSqlError &error, const QString &during)
{
    const QString detail
        = QStringLiteral("%1: %2 [%3]").arg(during, error.text(), error.nativeErrorCode());
    if (isCorruptionError(error)) {
        return Error{QCoreApplication::translate(
                         "Storage", "DevPulse's cache file is damaged. Restart DevPulse: it will "
                                    "keep the damaged file aside and start a fresh cache."),
                     detail, ErrorKind::CacheDamaged};
    }
    if (primaryCode(error) == SqliteFull) {
        return Error{QCoreApplication::translate(
                         "Storage", "The disk holding DevPulse's cache is full. Free some space "
                                    "and try again."),
                     detail};
    }
    return Error{
        QCoreApplication::translate("Storage", "DevPulse could not read or write its cache (%1).")
            .arg(during),
        detail};
}
