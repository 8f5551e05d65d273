#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

/// One DevPulse per user and data folder: the first launch listens on a local socket (only
/// the user can connect); a second launch tells it to come to the front and exits. A socket
/// left behind by a crash is replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    /// The socket name for a data folder (per user, so users never meet).
    static QString serverName(const QString &dataDir);

    /// True when another DevPulse answered and was asked to show its window.
    bool activateRunningInstance();
    /// Becomes the instance others find; false (and the reason) when that is impossible,
    /// e.g. when another DevPulse started in the same moment (then call
    /// activateRunningInstance() and quit).
    bool listen(QString *error = nullptr);

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
