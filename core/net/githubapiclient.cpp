#include "net/githubapiclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHubApiClient)
};
} // namespace

GitHubApiClient::GitHubApiClient(HttpClient *http, const GitHubHost &host, const QString &token,
                                 const Clock &clock, CancelFlag cancelled,
                                 ConditionalCache *conditionalCache)
    : m_client(http, QStringLiteral("GitHub"), clock, std::move(cancelled))
    , m_host(host)
    , m_token(token)
    , m_conditionalCache(conditionalCache)
{}

QUrl GitHubApiClient::nextPageUrl(const QByteArray &linkHeader)
{
    // Link: <https://api.github.com/...&page=2>; rel="next", <...>; rel="last"
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"?([^\",;]+)\"?"));
    for (auto it = entry.globalMatch(QString::fromLatin1(linkHeader)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(2).split(QLatin1Char(' ')).contains(QLatin1String("next")))
            return QUrl(match.captured(1));
    }
    return {};
}

Result<HttpResponse> GitHubApiClient::exchange(const QByteArray &verb, const QUrl &url,
                                               const QByteArray &body, const QByteArray &etag)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    return m_client.exchange(verb, request, body);
}

Result<ApiPage> GitHubApiClient::get(const QString &pathOrUrl)
{
    const QUrl url = pathOrUrl.startsWith(QLatin1String("http"))
                         ? QUrl(pathOrUrl)
                         : QUrl(m_host.apiUrl.toString() + pathOrUrl);
    const QString cacheKey = url.toString();
    std::optional<QPair<QByteArray, QByteArray>> cached;
    if (m_conditionalCache)
        cached = m_conditionalCache->find(cacheKey);

    const Result<HttpResponse> exchanged
        = exchange("GET", url, {}, cached ? cached->first : QByteArray());
    if (!exchanged)
        return exchanged.error();
    const HttpResponse &response = exchanged.value();

    ApiPage page;
    page.status = response.status;
    page.nextUrl = nextPageUrl(response.header("Link"));
    bool ok = false;
    const int limit = response.header("X-RateLimit-Limit").toInt(&ok);
    page.rateLimit = ok ? limit : -1;
    const int remaining = response.header("X-RateLimit-Remaining").toInt(&ok);
    page.rateLimitRemaining = ok ? remaining : -1;
    const qint64 reset = response.header("X-RateLimit-Reset").toLongLong(&ok);
    if (ok)
        page.rateLimitResetAt = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    page.oauthScopes = QString::fromUtf8(response.header("X-OAuth-Scopes")).trimmed();
    QByteArray body = response.body;
    if (response.status == 304 && cached) {
        page.notModified = true;
        ++m_client.stats().notModified;
        body = cached->second;
    }
    if (response.status == 200 || page.notModified) {
        QJsonParseError parseError;
        page.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return Error{Tr::tr("GitHub sent an answer DevPulse cannot read (%1). The sync stopped "
                                "here and will continue from this point next time.")
                             .arg(url.path()),
                         QStringLiteral("malformed JSON from %1: %2")
                             .arg(url.path(), parseError.errorString()),
                         ErrorKind::Network};
        }
        const QByteArray etag = response.header("ETag");
        if (m_conditionalCache && response.status == 200 && !etag.isEmpty())
            m_conditionalCache->store(cacheKey, etag, body);
    } else {
        page.json = QJsonDocument::fromJson(body);
    }
    return page;
}

Result<QJsonObject> GitHubApiClient::graphql(const QString &query, const QJsonObject &variables)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                      {QStringLiteral("variables"), variables}})
                                .toJson(QJsonDocument::Compact);
    const Result<HttpResponse> exchanged = exchange("POST", m_host.graphqlEndpoint(), body, {});
    if (!exchanged)
        return exchanged.error();
    const HttpResponse &response = exchanged.value();
    QJsonParseError parseError;
    const QJsonObject answer = QJsonDocument::fromJson(response.body, &parseError).object();
    if (response.status != 200 || parseError.error != QJsonParseError::NoError) {
        return Error{Tr::tr("GitHub's GraphQL API answered HTTP %1. The sync stopped here and will "
                            "continue from this point next time.")
                         .arg(response.status),
                     QStringLiteral("graphql: HTTP %1, %2")
                         .arg(response.status)
                         .arg(parseError.errorString()),
                     ErrorKind::Network};
    }
    const QJsonArray errors = answer.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        const QString type = first.value(QLatin1String("type")).toString();
        return Error{Tr::tr("GitHub could not answer a query: %1")
                         .arg(first.value(QLatin1String("message")).toString()),
                     QStringLiteral("graphql error %1").arg(type),
                     type == QLatin1String("NOT_FOUND") ? ErrorKind::InvalidInput
                                                        : ErrorKind::Other};
    }
    return answer.value(QLatin1String("data")).toObject();
}
