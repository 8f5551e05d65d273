#include "core/net/httpclient.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

Error networkError(QNetworkReply *reply)
{
    const QString host = reply->url().host();
    const QString detail = QStringLiteral("%1 %2: %3")
                               .arg(reply->url().toDisplayString(QUrl::RemoveQuery),
                                    QString::number(int(reply->error())), reply->errorString());
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error{
            Tr::tr("The secure connection to %1 could not be verified (certificate problem). "
                   "DevPulse never connects over an unverified connection; check the date "
                   "and time of this computer and any proxy that intercepts HTTPS.")
                .arg(host),
            detail, ErrorKind::Network};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error{
            Tr::tr("%1 did not answer in time. Check your internet connection and try again.")
                .arg(host),
            detail, ErrorKind::Network};
    case QNetworkReply::HostNotFoundError:
        return Error{
            Tr::tr("%1 could not be found. Check the address and your internet connection.")
                .arg(host),
            detail, ErrorKind::Network};
    case QNetworkReply::ConnectionRefusedError:
        return Error{
            Tr::tr("%1 refused the connection. Check the address, or try again later.").arg(host),
            detail, ErrorKind::Network};
    default:
        return Error{Tr::tr("The connection to %1 failed: %2").arg(host, reply->errorString()),
                     detail, ErrorKind::Network};
    }
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("DevPulse/") + QByteArrayLiteral(DEVPULSE_VERSION)
           + QByteArrayLiteral(" (+https://github.com/devpulse/devpulse)");
}

QString HttpClient::describeForLog(const QByteArray &verb, const QNetworkRequest &request)
{
    QString text = QString::fromLatin1(verb) + QLatin1Char(' ')
                   + request.url().toDisplayString(QUrl::RemoveUserInfo);
    if (request.hasRawHeader("Authorization"))
        text += QStringLiteral(" [Authorization: <redacted>]");
    return text;
}

void HttpClient::get(QNetworkRequest request, QObject *context, Callback done)
{
    send("GET", std::move(request), {}, context, std::move(done));
}

void HttpClient::postForm(QNetworkRequest request, const QByteArray &form, QObject *context,
                          Callback done)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    send("POST", std::move(request), form, context, std::move(done));
}

QNetworkReply *HttpClient::send(const QByteArray &verb, QNetworkRequest request,
                                const QByteArray &body, QObject *context, Callback done)
{
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(m_timeout.count()));
    qCDebug(lcNet).noquote() << describeForLog(verb, request);

    QNetworkReply *reply = verb == "GET" ? m_network->get(request)
                                         : m_network->sendCustomRequest(request, verb, body);
    // TLS errors are deliberately not connected to ignoreSslErrors(): they fail the request.
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        HttpResponse response;
        response.url = reply->url();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        // An HTTP error status still is an answer; only a missing answer is an error here.
        if (response.status == 0 || reply->error() == QNetworkReply::SslHandshakeFailedError)
            response.error = networkError(reply);
        else if (reply->error() == QNetworkReply::RemoteHostClosedError
                 || reply->error() == QNetworkReply::TimeoutError
                 || reply->error() == QNetworkReply::OperationCanceledError)
            response.error = networkError(reply); // a truncated answer is no answer
        response.unreachable = reply->error() == QNetworkReply::ConnectionRefusedError
                               || reply->error() == QNetworkReply::HostNotFoundError;
        qCDebug(lcNet).noquote() << "->" << response.status << response.url.path();
        done(response);
    });
    return reply;
}
