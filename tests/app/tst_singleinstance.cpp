#include "app/singleinstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// A second launch on the same data folder brings the first one's window forward and exits,
/// and the first goes on. Real processes, offscreen.
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
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(QStringLiteral(DEVPULSE_BINARY), {QStringLiteral("--data-dir"), dataDir.path()});
    QVERIFY(first.waitForStarted());
    // The second launch only once the first listens (under load it takes a moment).
    QVERIFY(QTest::qWaitFor(
        [&dataDir] {
            QLocalSocket probe;
            probe.connectToServer(SingleInstance::serverName(dataDir.path()));
            return probe.waitForConnected(200);
        },
        60000));

    QProcess second;
    second.setProcessEnvironment(offscreen());
    second.start(QStringLiteral(DEVPULSE_BINARY), {QStringLiteral("--data-dir"), dataDir.path()});
    QVERIFY2(second.waitForFinished(30000), "the second launch became a window of its own");
    QCOMPARE(second.exitCode(), 0);
    const QString answer = QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(answer.contains(QLatin1String("already running")), qPrintable(answer));
    QCOMPARE(first.state(), QProcess::Running); // the first one goes on

    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
