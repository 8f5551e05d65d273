#include "core/storage/datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace DataLocation {

QString resolve(const QString &commandLineDir)
{
    if (!commandLineDir.trimmed().isEmpty())
        return QDir::cleanPath(QDir(commandLineDir.trimmed()).absolutePath());
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir(fromEnvironment).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

Result<QString> ensureWritable(const QString &dir)
{
    if (dir.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "DataLocation", "DevPulse could not find a folder for its data. "
                                         "Start it with --data-dir pointing to a writable folder."),
                     QStringLiteral("empty data directory")};
    }
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        return Error{QCoreApplication::translate("DataLocation",
                                                 "The data location %1 is a file, not a folder. "
                                                 "Choose another one with --data-dir.")
                         .arg(QDir::toNativeSeparators(dir)),
                     QStringLiteral("not a directory")};
    }
    if (!QDir().mkpath(dir)) {
        return Error{QCoreApplication::translate(
                         "DataLocation",
                         "DevPulse could not create its data folder %1. "
                         "Check the permissions or choose another folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(dir)),
                     QStringLiteral("mkpath failed")};
    }
    // Owner-only whatever the umask, also for a folder an older DevPulse made 0755.
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Permissions bits lie on some file systems; a real write is the only honest check.
    QTemporaryFile probe(dir + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open()) {
        return Error{QCoreApplication::translate(
                         "DataLocation",
                         "DevPulse cannot write to its data folder %1. "
                         "Check the permissions or choose another folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(dir)),
                     probe.errorString()};
    }
    return dir;
}

void restrictToOwner(const QString &filePath)
{
    if (QFile::exists(filePath))
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void restrictCacheFileToOwner(const QString &filePath)
{
    if (!QFile::exists(filePath)) {
        QFile file(filePath);
        // Created owner-only before SQLite sees it; a failure shows when SQLite opens it.
        if (file.open(QIODevice::WriteOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return;
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        restrictToOwner(filePath + QLatin1String(suffix));
}

} // namespace DataLocation
