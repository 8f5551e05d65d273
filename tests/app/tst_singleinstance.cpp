#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// A second launch on the same data folder brings the first one's window forward and exits;
/// a launch on another folder is another DevPulse. Real processes, offscreen.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunchActivatesTheFirst();
};

namespace {
QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}
} // namespace

void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    QTemporaryDir dataDir;
    QProcess first;
    first.setProcessEnvironment(offscreen());
    first.start(QStringLiteral(DEVPULSE_BINARY), {QStringLiteral("--data-dir"), dataDir.path()});
    QVERIFY(first.waitForStarted());

    // Until the first one listens, a second launch would become the first: retry briefly.
    QString answer;
    int exitCode = -1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            QProcess second;
            second.setProcessEnvironment(offscreen());
            second.start(QStringLiteral(DEVPULSE_BINARY),
                         {QStringLiteral("--data-dir"), dataDir.path()});
            if (!second.waitForFinished(3000)) { // it became a window: not yet listening
                qWarning() << "second still running; first:" << first.state()
                           << first.readAllStandardError().right(300);
                second.kill();
                second.waitForFinished();
                return false;
            }
            exitCode = second.exitCode();
            answer = QString::fromUtf8(second.readAllStandardOutput());
            return true;
        },
        60000));
    QCOMPARE(exitCode, 0);
    QVERIFY2(answer.contains(QLatin1String("already running")), qPrintable(answer));
    QCOMPARE(first.state(), QProcess::Running); // the first one goes on

    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
