#include "tests/support/fakehttpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(DEVPULSE_TEST_DATA_DIR "/fixtures/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrlQuery FakeRequest::form() const
{
    QUrlQuery fields;
    fields.setQuery(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    return fields;
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    response.body = body;
    return response;
}

FakeResponse FakeResponse::redirect(const QUrl &location)
{
    FakeResponse response;
    response.status = 302;
    response.headers = {{"Location", location.toEncoded()}};
    return response;
}

FakeResponse FakeResponse::fromFixture(const QString &name)
{
    const QString headersPath = QStringLiteral(DEVPULSE_TEST_DATA_DIR "/fixtures/") + name
                                + QStringLiteral(".headers.json");
    if (QFile::exists(headersPath)) {
        FakeResponse response = json(200, readFixture(name + QStringLiteral(".json")));
        const QJsonObject headers
            = QJsonDocument::fromJson(readFixture(name + QStringLiteral(".headers.json"))).object();
        response.headers.clear();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key() == QLatin1String("_status"))
                response.status = it.value().toInt();
            else if (!it.key().startsWith(QLatin1Char('_')) && it.key() != QLatin1String("status"))
                response.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        }
        return response;
    }
    const QByteArray content = readFixture(name + QStringLiteral(".json"));
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    if (object.size() == 3 && object.contains(QLatin1String("status"))
        && object.contains(QLatin1String("headers")) && object.contains(QLatin1String("body"))) {
        FakeResponse response
            = json(object.value(QLatin1String("status")).toInt(),
                   QJsonDocument(object.value(QLatin1String("body")).toObject()).toJson());
        const QJsonObject headers = object.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            response.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        return response;
    }
    return json(200, content);
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (m_server->hasPendingConnections())
            serve(m_server->nextPendingConnection());
    });
    m_started.start();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FakeHttpServer::close()
{
    if (m_server)
        m_server->close();
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

QUrl FakeHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + pathAndQuery);
}

void FakeHttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.insert(QString::fromLatin1(method) + QLatin1Char(' ') + path, std::move(handler));
}

void FakeHttpServer::routePrefix(const QByteArray &method, const QString &prefix, Handler handler)
{
    m_prefixRoutes.append(
        {QString::fromLatin1(method) + QLatin1Char(' ') + prefix, std::move(handler)});
}

void FakeHttpServer::failNext(const QString &path, const FakeResponse &response)
{
    m_injected[path].append(response);
}

int FakeHttpServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const FakeRequest &request) { return request.path == path; }));
}

void FakeHttpServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        // A kept-alive connection may bring the next request before this one is answered.
        while (!buffer.isEmpty()) {
            const qsizetype consumed = takeRequest(socket, buffer);
            if (consumed <= 0)
                break;
            buffer.remove(0, consumed);
        }
        socket->setProperty("buffer", buffer);
    });
}

qsizetype FakeHttpServer::takeRequest(QTcpSocket *socket, const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    FakeRequest request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() - headEnd - 4 < contentLength)
        return 0;
    request.body = buffer.mid(headEnd + 4, contentLength);
    request.receivedAtMs = m_started.elapsed();
    m_requests.append(request);
    const qsizetype requestIndex = m_requests.size() - 1;

    const QString key = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    // Conditional requests are answered afresh: their answer depends on what the client has.
    const bool cacheable = m_answerCache && request.header("If-None-Match").isEmpty()
                           && request.header("If-Modified-Since").isEmpty();
    const QByteArray cacheKey
        = cacheable ? request.method + ' ' + requestLine.value(1) + '\n' + request.body
                    : QByteArray();
    FakeResponse response
        = FakeResponse::json(404, readFixture(QStringLiteral("github/replay/error-404.json")));
    if (!m_injected.value(request.path).isEmpty()) {
        response = m_injected[request.path].takeFirst();
    } else if (cacheable && m_cachedAnswers.contains(cacheKey)) {
        response = m_cachedAnswers.value(cacheKey);
    } else {
        if (m_routes.contains(key)) {
            response = m_routes.value(key)(request);
        } else {
            for (const auto &[prefix, handler] : std::as_const(m_prefixRoutes)) {
                if (key.startsWith(prefix)) {
                    response = handler(request);
                    break;
                }
            }
        }
        if (cacheable && response.status == 200
            && response.delivery == FakeResponse::Delivery::Complete)
            m_cachedAnswers.insert(cacheKey, response);
    }
    const qsizetype consumed = headEnd + 4 + contentLength;
    if (response.delivery == FakeResponse::Delivery::DropConnection) {
        socket->abort();
        return buffer.size(); // whatever else the connection brought dies with it
    }
    ++m_inFlight;
    m_mostInFlight = qMax(m_mostInFlight, m_inFlight);
    if (m_latency.count() > 0) {
        auto answered = std::make_shared<bool>(false);
        QTimer::singleShot(m_latency, socket, [this, socket, response, requestIndex, answered] {
            *answered = true;
            answer(socket, response, requestIndex);
        });
        // A socket closed before its answer is due still leaves the count.
        connect(socket, &QObject::destroyed, this, [this, answered] {
            if (!*answered)
                --m_inFlight;
        });
        return consumed;
    }
    answer(socket, response, requestIndex);
    return consumed;
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeResponse &response,
                            qsizetype requestIndex)
{
    --m_inFlight;
    m_requests[requestIndex].answeredAtMs = m_started.elapsed();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (response.delivery == FakeResponse::Delivery::TruncateBody) {
        // Half the promised body, then a clean close: the client sees the body end early.
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->disconnectFromHost();
        return;
    }
    out += response.body;
    socket->write(out);
    if (!m_keepAlive)
        socket->disconnectFromHost();
}
