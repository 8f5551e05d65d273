#include "core/storage/cachedatabase.h"
#include "core/storage/datalocation.h"
#include "core/sync/synclease.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
// The permission bits of a file or folder, as ls -l shows them (0700, 0644, ...).
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}
} // namespace

class TestDataLocation : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv(DataLocation::EnvironmentVariable); }
    void cleanup() { qunsetenv(DataLocation::EnvironmentVariable); }

    void commandLineWins();
    void environmentComesNext();
    void platformDefaultLast();
    void createsMissingFolder();
    void refusesAFile();
    void cacheFolderAndFilesAreOwnerOnly();
    void existingCacheIsMadeOwnerOnlyAtStart();
};

void TestDataLocation::commandLineWins()
{
    qputenv(DataLocation::EnvironmentVariable, "/tmp/from-env");
    QCOMPARE(DataLocation::resolve(QStringLiteral("/tmp/from-cli/")),
             QStringLiteral("/tmp/from-cli"));
}

void TestDataLocation::environmentComesNext()
{
    qputenv(DataLocation::EnvironmentVariable, "/tmp/from-env");
    QCOMPARE(DataLocation::resolve(QString()), QStringLiteral("/tmp/from-env"));
}

void TestDataLocation::platformDefaultLast()
{
    QCOMPARE(DataLocation::resolve(QStringLiteral("  ")),
             QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

void TestDataLocation::createsMissingFolder()
{
    QTemporaryDir dir;
    const QString nested = dir.filePath(QStringLiteral("a/b/c"));
    const Result<QString> ensured = DataLocation::ensureWritable(nested);
    QVERIFY(ensured.ok());
    QVERIFY(QDir(nested).exists());
    QVERIFY(QDir(nested).entryList(QDir::Files | QDir::Hidden).isEmpty()); // probe cleaned up
}

void TestDataLocation::refusesAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("not-a-folder"));
    QFile(file).open(QIODevice::WriteOnly);
    const Result<QString> ensured = DataLocation::ensureWritable(file);
    QVERIFY(!ensured.ok());
    QVERIFY(ensured.error().userMessage.contains(QLatin1String("is a file")));
}

void TestDataLocation::cacheFolderAndFilesAreOwnerOnly()
{
    // The usual umask would leave everything readable by every account on the machine.
    const mode_t previous = ::umask(022);
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("devpulse"));
    QVERIFY(DataLocation::ensureWritable(dataDir).ok());
    QCOMPARE(modeOf(dataDir), 0700);

    const Result<CacheOpenReport> prepared = CacheDatabase::prepare(dataDir);
    QVERIFY(prepared.ok());
    {
        CacheConnection connection(prepared.value().address, QStringLiteral("permissions"));
        QVERIFY(connection.isOpen());
        QSqlQuery write(connection.database());
        QVERIFY(write.exec(QStringLiteral("INSERT INTO accounts (provider, base_url, login) "
                                          "VALUES ('github', 'https://api.github.com', 'a')")));
        const QString file = prepared.value().address;
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        for (const QString &path :
             {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
            QCOMPARE(modeOf(path), 0600);
        SyncLease lease(connection.database(), file, 1);
        QVERIFY(lease.isHeld());
        QCOMPARE(modeOf(file + QStringLiteral(".sync-1.lock")), 0600);
    }
    ::umask(previous);
}

void TestDataLocation::existingCacheIsMadeOwnerOnlyAtStart()
{
    // A cache an older DevPulse left readable by everyone is restricted when opened.
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("devpulse"));
    QVERIFY(DataLocation::ensureWritable(dataDir).ok());
    const QString file = CacheDatabase::prepare(dataDir).value().address;
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                       | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                       | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                       | QFileDevice::ExeOther);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QCOMPARE(modeOf(dataDir), 0755);
    QCOMPARE(modeOf(file), 0644);

    QVERIFY(DataLocation::ensureWritable(dataDir).ok());
    QVERIFY(CacheDatabase::prepare(dataDir).ok());
    QCOMPARE(modeOf(dataDir), 0700);
    QCOMPARE(modeOf(file), 0600);
}

QTEST_GUILESS_MAIN(TestDataLocation)
#include "tst_datalocation.moc"
