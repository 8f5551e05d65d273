#include "core/accounts/teamdatabase.h"
#include "core/secrets/secretstore.h"
#include "core/storage/cachedatabase.h"
#include "tests/app/devpulseprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

/// The team cache as a tech lead sets it up, every step a real `devpulse` process against the
/// test run's PostgreSQL server: a local cache copied into the team database, the same numbers
/// read back from it, the copy run again adding nothing, and a teammate's read-only database
/// user that reads the dashboard's numbers but may not sync or import.
class TestTeamCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void copyThenReadTheSameNumbersFromTheTeamDatabase();
    void readOnlyUserReadsButNeverWrites();
    void unreachableServerIsExplained();

private:
    using Run = DevPulseRun;
    Run devpulse(const QStringList &arguments, const QString &dataDir,
                 const QByteArray &input = {});
    bool execAsServerAdmin(const QString &sql);

    QString m_server; ///< postgresql://... of the fixture's server
    QString m_schema;
    QString m_team;   ///< the team database: the server with a schema of this test's own
    QString m_reader; ///< a read-only role's name
    QTemporaryDir m_localData;
    QTemporaryDir m_teammateData;
    QTemporaryDir m_files;
};

void TestTeamCache::initTestCase()
{
    m_server = qEnvironmentVariable("DEVPULSE_TEST_POSTGRESQL");
    QVERIFY2(!m_server.isEmpty(), "run through with_postgresql.sh (ctest -R teamcache)");
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_schema = QStringLiteral("team_") + suffix;
    m_reader = QStringLiteral("reader_") + suffix;
    m_team = m_server + QStringLiteral("?schema=") + m_schema;
}

void TestTeamCache::cleanupTestCase()
{
    execAsServerAdmin(QStringLiteral("SET client_min_messages = warning"));
    execAsServerAdmin(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
    execAsServerAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_reader));
}

bool TestTeamCache::execAsServerAdmin(const QString &sql)
{
    CacheConnection admin(m_server, QStringLiteral("admin"));
    QSqlQuery query(admin.database());
    return admin.isOpen() && query.exec(sql);
}

DevPulseRun TestTeamCache::devpulse(const QStringList &arguments, const QString &dataDir,
                                    const QByteArray &input)
{
    return runDevPulse(arguments, dataDir, QStringLiteral("DevPulse-teamcache-test"), input);
}

void TestTeamCache::copyThenReadTheSameNumbersFromTheTeamDatabase()
{
    // A local cache with a day of activity from a CSV file.
    const QString csv = m_files.filePath(QStringLiteral("activity.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("date,service,minutes,title\n2026-11-20,wakatime,30,Reading\n"
               "2026-11-21,codewars,45,Kata\n2026-11-21,wakatime,15,Review\n");
    file.close();
    const Run imported
        = devpulse({QStringLiteral("import"), QStringLiteral("csv"), csv}, m_localData.path());
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QStringList activity{QStringLiteral("metrics"), QStringLiteral("activity"),
                               QStringLiteral("--format"), QStringLiteral("json")};
    const Run local = devpulse(activity, m_localData.path());
    QCOMPARE(local.exitCode, 0);

    const Run copied = devpulse(
        {QStringLiteral("cache"), QStringLiteral("copy"), QStringLiteral("--to"), m_team},
        m_localData.path());
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QVERIFY(copied.out.contains(QLatin1String("activities           3 = 3")));
    // The account, its 3 activities, the file it reads (a sync cursor) and the import's run
    // in the sync history with its one item count (an import is a sync job).
    QVERIFY2(copied.out.contains(QLatin1String("Copied 7 rows")), qPrintable(copied.out));
    QVERIFY(copied.out.contains(QLatin1String("sync_runs            1 = 1")));

    // A teammate with an empty data folder reads the same numbers from the team database.
    const Run shared = devpulse(activity + QStringList{QStringLiteral("--database"), m_team},
                                m_teammateData.path());
    QVERIFY2(shared.exitCode == 0, qPrintable(shared.err));
    QCOMPARE(QJsonDocument::fromJson(shared.out.toUtf8()),
             QJsonDocument::fromJson(local.out.toUtf8()));

    const Run again = devpulse(
        {QStringLiteral("cache"), QStringLiteral("copy"), QStringLiteral("--to"), m_team},
        m_localData.path());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("Copied 0 rows")));
}

void TestTeamCache::readOnlyUserReadsButNeverWrites()
{
    // What docs/TEAM.md tells the database's owner to grant a teammate.
    QVERIFY(execAsServerAdmin(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_reader)));
    QVERIFY(execAsServerAdmin(
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(m_schema, m_reader)));
    QVERIFY(execAsServerAdmin(
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(m_schema, m_reader)));
    QString readerAddress = m_team;
    readerAddress.replace(QLatin1String("postgresql://devpulse@"),
                          QStringLiteral("postgresql://%1@").arg(m_reader));
    QVERIFY(readerAddress != m_team);

    // The syncing user's raw API answers are not the teammates' to read: the next start of
    // a writing DevPulse takes back what GRANT ... ON ALL TABLES gave on http_cache.
    const Run syncingStart = devpulse(
        {QStringLiteral("cache"), QStringLiteral("status"), QStringLiteral("--database"), m_team},
        m_localData.path());
    QVERIFY2(syncingStart.exitCode == 0, qPrintable(syncingStart.err));
    {
        CacheConnection reader(readerAddress, QStringLiteral("reader"));
        QVERIFY(reader.isOpen());
        QSqlQuery query(reader.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM commits")));
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM http_cache")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied")),
                 qPrintable(query.lastError().text()));
    }

    const Run status = devpulse({QStringLiteral("cache"), QStringLiteral("status"),
                                 QStringLiteral("--database"), readerAddress},
                                m_teammateData.path());
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY(status.out.contains(QLatin1String("read only")));
    QVERIFY(status.out.contains(QLatin1String("activities           3")));

    const Run sync = devpulse({QStringLiteral("sync"), QStringLiteral("--database"), readerAddress},
                              m_teammateData.path());
    QCOMPARE(sync.exitCode, 5);
    QVERIFY(sync.err.contains(QLatin1String("only reads the team database")));
    const Run import = devpulse({QStringLiteral("import"), QStringLiteral("csv"),
                                 m_files.filePath(QStringLiteral("activity.csv")),
                                 QStringLiteral("--database"), readerAddress},
                                m_teammateData.path());
    QCOMPARE(import.exitCode, 5);

    const Run read = devpulse({QStringLiteral("metrics"), QStringLiteral("activity"),
                               QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--database"), readerAddress},
                              m_teammateData.path());
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    QVERIFY(read.out.contains(QLatin1String("2026-11-21,codewars,45")));
}

void TestTeamCache::unreachableServerIsExplained()
{
    // Port 1 on loopback: nothing listens there.
    const Run refused
        = devpulse({QStringLiteral("cache"), QStringLiteral("status"), QStringLiteral("--database"),
                    QStringLiteral("postgresql://devpulse@127.0.0.1:1/devpulse_test")},
                   m_teammateData.path());
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(refused.err.contains(QLatin1String("could not connect to the team database")));
    const Run withPassword
        = devpulse({QStringLiteral("cache"), QStringLiteral("status"), QStringLiteral("--database"),
                    QStringLiteral("postgresql://devpulse:hunter2@127.0.0.1:1/devpulse_test")},
                   m_teammateData.path());
    QCOMPARE(withPassword.exitCode, 5);
    QVERIFY(withPassword.err.contains(QLatin1String("keychain")));
    QVERIFY(!withPassword.err.contains(QLatin1String("hunter2")));

    // Issue 19: "?password=" was refused as an unknown option, the message repeating the
    // whole address, password included.
    for (const QString &address :
         {QStringLiteral("postgresql://devpulse@127.0.0.1:1/devpulse_test?password=hunter2"),
          QStringLiteral("postgresql://devpulse@127.0.0.1:1/devpulse_test?sslmode=bogus&"
                         "sslpassword=hunter2")}) {
        const Run asOption = devpulse({QStringLiteral("cache"), QStringLiteral("status"),
                                       QStringLiteral("--database"), address},
                                      m_teammateData.path());
        QCOMPARE(asOption.exitCode, 5);
        QVERIFY2(!asOption.err.contains(QLatin1String("hunter2")), qPrintable(asOption.err));
    }

    // sslrootcert names the CA file that verify-full needs (it was refused as unknown); a
    // missing file is named at once.
    const Run missingCa = devpulse(
        {QStringLiteral("cache"), QStringLiteral("status"), QStringLiteral("--database"),
         QStringLiteral("postgresql://devpulse@127.0.0.1:1/devpulse_test?sslmode=verify-full&"
                        "sslrootcert=/nonexistent/ca.pem")},
        m_teammateData.path());
    QCOMPARE(missingCa.exitCode, 5);
    QVERIFY2(missingCa.err.contains(QLatin1String("/nonexistent/ca.pem"))
                 && missingCa.err.contains(QLatin1String("does not exist")),
             qPrintable(missingCa.err));
    QFile ca(m_files.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.close();
    const Run withCa = devpulse(
        {QStringLiteral("cache"), QStringLiteral("status"), QStringLiteral("--database"),
         QStringLiteral("postgresql://devpulse@127.0.0.1:1/devpulse_test?sslmode=verify-full&"
                        "sslrootcert=%1")
             .arg(ca.fileName())},
        m_teammateData.path());
    QCOMPARE(withCa.exitCode, 5); // nothing listens: a connection error, not a bad address
    QVERIFY2(withCa.err.contains(QLatin1String("could not connect")), qPrintable(withCa.err));

    // A password that does not connect is not kept in the keychain.
    const QString unreachable = QStringLiteral("postgresql://devpulse@127.0.0.1:1/devpulse_test");
    const Run stored = devpulse({QStringLiteral("cache"), QStringLiteral("password"),
                                 QStringLiteral("--database"), unreachable},
                                m_teammateData.path(), QByteArray("wrong-password\n"));
    QCOMPARE(stored.exitCode, 5);
    QVERIFY(!stored.out.contains(QLatin1String("Password stored")));
    // The process used this test's keychain service (runDevPulse): nothing is there.
    SecretStore keychain(
        QStringLiteral("DevPulse-teamcache-test-%1").arg(QCoreApplication::applicationPid()));
    std::optional<Result<QString>> kept;
    keychain.read(TeamDatabase::secretKey(unreachable),
                  [&kept](const Result<QString> &read) { kept = read; });
    QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 20000);
    QVERIFY2(!kept->ok(), "the password that did not connect was stored");
}

QTEST_GUILESS_MAIN(TestTeamCache)
#include "tst_teamcache.moc"
