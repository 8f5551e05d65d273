#include "core/auth/loopbacklistener.h"

#include "core/common/logging.h"

#include "core/auth/oauthtoken.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {
constexpr int MaxRequestHeadBytes = 16 * 1024;
constexpr int RequestTimeoutMs = 10000;
// How long the browser's callback may wait for the token exchange before its tab is told to
// look at DevPulse instead (the exchange has its own time-outs).
constexpr int ExchangeWaitMs = 60000;

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{}

LoopbackListener::~LoopbackListener() = default;

Result<void> LoopbackListener::listen()
{
    close();
    m_server = new QTcpServer(this);
    // IPv4 loopback only: nothing on the network can reach the sign-in callback.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString reason = m_server->errorString();
        close();
        return Error{tr("DevPulse could not open a local port to receive GitHub's answer (%1). "
                        "Use sign-in with a code instead.")
                         .arg(reason),
                     QStringLiteral("listen on 127.0.0.1 failed: %1").arg(reason)};
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (m_server && m_server->hasPendingConnections())
            handleConnection(m_server->nextPendingConnection());
    });
    return {};
}

void LoopbackListener::close()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}

bool LoopbackListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LoopbackListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/callback"));
    return url;
}

void LoopbackListener::handleConnection(QTcpSocket *socket)
{
    // Sockets belong to the listener, so closing it mid-request cleans them up too.
    socket->setParent(this);
    auto *requestTimeout = new QTimer(socket);
    requestTimeout->setObjectName(QStringLiteral("requestTimeout"));
    requestTimeout->setSingleShot(true);
    connect(requestTimeout, &QTimer::timeout, socket, &QTcpSocket::abort);
    requestTimeout->start(RequestTimeoutMs);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        QByteArray head = socket->property("devpulseHead").toByteArray() + socket->readAll();
        if (head.size() > MaxRequestHeadBytes) {
            socket->abort();
            return;
        }
        if (!head.contains("\r\n\r\n")) {
            socket->setProperty("devpulseHead", head);
            return;
        }
        socket->setProperty("devpulseHead", QByteArray());
        handleRequest(socket, head.left(head.indexOf("\r\n\r\n")));
    });
}

void LoopbackListener::handleRequest(QTcpSocket *socket, const QByteArray &requestHead)
{
    const QList<QByteArray> requestLine = requestHead.left(requestHead.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        answer(socket, 405, "Method Not Allowed", tr("Not here"), QString());
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != QLatin1String("/callback")) {
        answer(socket, 404, "Not Found", tr("Not here"), QString()); // favicon, scanners
        return;
    }
    const QUrlQuery query(target);
    const QByteArray state
        = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (m_expectedState.isEmpty() || state != m_expectedState) {
        qCWarning(lcAuth) << "Ignored a callback whose state does not match this sign-in";
        answer(socket, 400, "Bad Request", tr("This sign-in link is not the current one"),
               tr("DevPulse is waiting for another sign-in attempt and ignored this one. Go back "
                  "to DevPulse and start the sign-in again if it does not finish."));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        answer(socket, 200, "OK", tr("Sign-in cancelled"),
               tr("DevPulse was not connected. You can close this tab and return to DevPulse."));
        close();
        emit authorizationFailed(OAuthTokenResponse::errorFor(
            error, query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        answer(socket, 400, "Bad Request", tr("Sign-in answer incomplete"),
               tr("GitHub's answer had no authorization code. Return to DevPulse and try again."));
        return;
    }
    // The code is not yet a token: GitHub may still refuse it. The tab waits for finish().
    if (auto *requestTimeout = socket->findChild<QTimer *>(QStringLiteral("requestTimeout")))
        requestTimeout->stop();
    m_waitingBrowser = socket;
    QTimer::singleShot(ExchangeWaitMs, socket, [this, socket] {
        if (m_waitingBrowser != socket)
            return;
        m_waitingBrowser = nullptr;
        answer(socket, 200, "OK", tr("DevPulse is still signing in"),
               tr("GitHub has not answered DevPulse yet. Return to DevPulse: it says whether "
                  "the sign-in worked."));
    });
    close();
    emit authorizationCodeReceived(code);
}

void LoopbackListener::finish(bool connected, const QString &reason)
{
    QTcpSocket *socket = m_waitingBrowser;
    m_waitingBrowser = nullptr;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (connected) {
        answer(socket, 200, "OK", tr("DevPulse is connected"),
               tr("You can close this tab and return to DevPulse."));
    } else {
        answer(socket, 200, "OK", tr("DevPulse was not connected"),
               reason.isEmpty() ? tr("Return to DevPulse and start the sign-in again.") : reason);
    }
}

void LoopbackListener::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                              const QString &title, const QString &text)
{
    const QByteArray body
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1 – "
                         "DevPulse</title></head><body style=\"font-family:sans-serif;"
                         "margin:4em auto;max-width:36em\"><h1>%1</h1><p>%2</p></body>"
                         "</html>")
              .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
              .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}
