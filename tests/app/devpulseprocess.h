#pragma once

// The devpulse binary run as a user runs it from a terminal, for the command-line tests.
// Needs DEVPULSE_BINARY (set per test target in tests/app/CMakeLists.txt).
#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTest>

struct DevPulseRun
{
    int exitCode = -1; ///< -1: it crashed or did not finish in time
    QString out;
    QString err;
};

/// Runs `devpulse arguments --data-dir dataDir` (`dataDir` empty: `arguments` alone) with `input`
/// on its standard input, without a display, its secrets under a keychain service of this test's
/// own (`keychainService`-<pid>). This thread's event loop keeps turning meanwhile: fake servers of
/// the test live on it. `variables` are set in its environment on top of this process's (e.g.
/// LANG).
inline DevPulseRun runDevPulse(const QStringList &arguments, const QString &dataDir,
                               const QString &keychainService, const QByteArray &input = {},
                               const QMap<QString, QString> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(
        QStringLiteral("DEVPULSE_KEYCHAIN_SERVICE"),
        QStringLiteral("%1-%2").arg(keychainService).arg(QCoreApplication::applicationPid()));
    for (auto variable = variables.begin(); variable != variables.end(); ++variable)
        environment.insert(variable.key(), variable.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DEVPULSE_BINARY),
                  dataDir.isEmpty()
                      ? arguments
                      : arguments + QStringList{QStringLiteral("--data-dir"), dataDir});
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 90000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
