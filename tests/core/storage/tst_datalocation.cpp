#include "storage/datalocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestDataLocation)
#include "tst_datalocation.moc"
