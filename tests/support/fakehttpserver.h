#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;

/// A request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAtMs = 0; ///< since the server started listening
    qint64 answeredAtMs = 0; ///< when its answer was written (0: not yet, or dropped)

    QByteArray header(const QByteArray &name) const;
    /// The body as application/x-www-form-urlencoded fields.
    QUrlQuery form() const;
};

/// What the fake server answers; `delivery` breaks the answer on purpose.
struct FakeResponse
{
    enum class Delivery { Complete, DropConnection, TruncateBody };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Complete;

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse redirect(const QUrl &location);
    /// A recorded answer from tests/data/fixtures: "github/replay/user" (body + .headers.json
    /// with its status and headers), "github/oauth/device-code" ({status, headers, body}) or a
    /// bare body ("github/user").
    static FakeResponse fromFixture(const QString &name);
};

/// Reads a fixture file from tests/data/fixtures (e.g. "github/user.json").
QByteArray readFixture(const QString &relativePath);

/// An HTTP/1.1 server on 127.0.0.1 (OS-chosen port) for tests: real sockets, GitHub's wire
/// format from recorded fixtures, and deliberately broken answers. Unrouted paths get
/// GitHub's 404 body. Lives on the test's thread.
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    void close();
    QUrl baseUrl() const; ///< http://127.0.0.1:PORT
    QUrl url(const QString &pathAndQuery) const;

    void route(const QByteArray &method, const QString &path, Handler handler);
    /// Handles every path that starts with `prefix` (checked after exact routes).
    void routePrefix(const QByteArray &method, const QString &prefix, Handler handler);
    /// The next request to `path` gets `response` instead of the route's answer (queued).
    void failNext(const QString &path, const FakeResponse &response);
    const QList<FakeRequest> &requests() const { return m_requests; }
    /// Every answer leaves `latency` after its request arrived (a network far away), without
    /// holding up the others: requests sent side by side are answered side by side.
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    /// The most requests that had arrived and were not answered yet, at any moment.
    int mostInFlight() const { return m_mostInFlight; }
    /// Milliseconds since the server started listening.
    qint64 elapsedMs() const { return m_started.elapsed(); }
    int requestCount(const QString &path) const;
    /// Connections stay open for the next request, as GitHub's do (default: each answer
    /// closes its connection, so that a dropped or cut answer is final for the client).
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }
    /// A routed 200 answer to a request without If-None-Match/If-Modified-Since is kept and
    /// sent again as it is to the same request (method, path and query, body): the
    /// benchmark's fake then costs next to nothing after a first pass. Call
    /// clearAnswerCache() when the data behind the routes changes.
    void setAnswerCache(bool cache) { m_answerCache = cache; }
    void clearAnswerCache() { m_cachedAnswers.clear(); }

private:
    void serve(QTcpSocket *socket);
    /// Handles the request at the start of `buffer`; returns the bytes it took (0: incomplete).
    qsizetype takeRequest(QTcpSocket *socket, const QByteArray &buffer);
    void answer(QTcpSocket *socket, const FakeResponse &response, qsizetype requestIndex);

    QTcpServer *m_server = nullptr;
    QHash<QString, Handler> m_routes; ///< "GET /user"
    QList<QPair<QString, Handler>> m_prefixRoutes;
    QHash<QString, QList<FakeResponse>> m_injected;
    QList<FakeRequest> m_requests;
    std::chrono::milliseconds m_latency{0};
    QElapsedTimer m_started;
    QHash<QByteArray, FakeResponse> m_cachedAnswers;
    bool m_keepAlive = false;
    bool m_answerCache = false;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
};
