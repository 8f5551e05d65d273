#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real devpulse binary without any display, as a script or terminal would.
Run runDevPulse(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DEVPULSE_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void versionPrintsWithoutDisplay();
    void helpListsOptions();
    void unknownOptionIsAUsageError();
    void unknownCommandIsAUsageError();
};

void TestCommandLine::versionPrintsWithoutDisplay()
{
    const Run run = runDevPulse({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("DevPulse " DEVPULSE_VERSION));
}

void TestCommandLine::helpListsOptions()
{
    const Run run = runDevPulse({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("--data-dir <folder>")));
    QVERIFY(run.out.contains(QLatin1String("DEVPULSE_DATA_DIR")));
    QVERIFY(run.out.contains(QLatin1String("--version")));
}

void TestCommandLine::unknownOptionIsAUsageError()
{
    const Run run = runDevPulse({QStringLiteral("--frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("frobnicate")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::unknownCommandIsAUsageError()
{
    const Run run = runDevPulse({QStringLiteral("teleport")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("Unknown command: teleport")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
