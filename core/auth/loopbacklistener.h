#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

class QTcpServer;

/// The redirect target of the browser sign-in (RFC 8252): a tiny HTTP listener on 127.0.0.1
/// only, on a port the OS picks. It accepts the one `GET /callback` whose `state` matches and
/// stops listening; the browser's request is held open until finish() says how the sign-in
/// ended, so the tab tells the truth ("connected" only once GitHub gave a token). Other
/// requests (favicon, port scans, a stale tab with another state) get an error page and
/// change nothing.
/// Lives on the thread that creates it (the GUI thread in the app).
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    Result<void> listen();
    void close();
    bool isListening() const;
    quint16 port() const;
    /// http://127.0.0.1:PORT/callback
    QUrl redirectUri() const;

    void setExpectedState(const QByteArray &state) { m_expectedState = state; }
    /// Answers the browser whose callback brought the code: connected, or not and why
    /// (`reason`, a sentence). Nothing when no browser waits (it gave up, or none came).
    void finish(bool connected, const QString &reason = {});

signals:
    void authorizationCodeReceived(const QString &code);
    void authorizationFailed(const Error &error);

private:
    void handleConnection(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &requestHead);
    static void answer(QTcpSocket *socket, int status, const QByteArray &reason,
                       const QString &title, const QString &text);

    QTcpServer *m_server = nullptr;
    QByteArray m_expectedState;
    QPointer<QTcpSocket> m_waitingBrowser; ///< the callback's request, until finish()
};
