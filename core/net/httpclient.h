#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/// What came back from one HTTP exchange. `error` is set when no usable HTTP answer arrived
/// (connection refused, timeout, TLS failure); HTTP error statuses are answers, not errors.
struct HttpResponse
{
    QUrl url;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<Error> error;
    /// Nothing listens there (connection refused) or the host does not exist: asking again
    /// in a few seconds will not help.
    bool unreachable = false;

    /// The header's value, case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/// The one place DevPulse sends HTTP: timeouts, a User-Agent, TLS errors never ignored, and
/// logs with the Authorization header redacted. Lives on the thread of its
/// QNetworkAccessManager; callbacks run there and are dropped when `context` dies first.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void get(QNetworkRequest request, QObject *context, Callback done);
    /// POSTs `form` as application/x-www-form-urlencoded.
    void postForm(QNetworkRequest request, const QByteArray &form, QObject *context, Callback done);
    /// Any verb; returns the reply so that the caller can abort it (an abort ends in `done`
    /// with an error, like every other failure).
    QNetworkReply *send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
                        QObject *context, Callback done);

    /// Time after which a request without progress fails (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    static QByteArray userAgent();
    /// "GET https://... [Authorization: <redacted>]": what may be logged about a request.
    static QString describeForLog(const QByteArray &verb, const QNetworkRequest &request);

private:
    QNetworkAccessManager *m_network = nullptr;
    std::chrono::milliseconds m_timeout{30000};
};
