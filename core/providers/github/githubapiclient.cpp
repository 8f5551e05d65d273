#include "core/providers/github/githubapiclient.h"

#include "core/common/logging.h"

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
                                               const QByteArray &body, const QByteArray &etag,
                                               const BlockingApiClient::Unreadable &unreadable)
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

    return m_client.exchange(verb, request, body, unreadable);
}

namespace {
// Objects to a JSON body that does not parse (cut off on the way, or not JSON at all); keeps
// the one that does in `parsed`, so that it is parsed once, not once to check and once to read.
BlockingApiClient::Unreadable notJson(QJsonDocument &parsed)
{
    return [&parsed](const HttpResponse &response) -> std::optional<QString> {
        QJsonParseError parseError;
        parsed = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return std::nullopt;
        return QStringLiteral("%1 at byte %2 of %3")
            .arg(parseError.errorString())
            .arg(parseError.offset)
            .arg(response.body.size());
    };
}

// GraphQL's own time-out inside an HTTP 200 ("Something went wrong while executing your
// query. This may be the result of a timeout..."): a smaller page usually gets through.
bool isGraphqlTimeout(const QJsonArray &errors)
{
    for (const QJsonValue &error : errors) {
        const QJsonObject object = error.toObject();
        const QString message = object.value(QLatin1String("message")).toString();
        if (message.startsWith(QLatin1String("Something went wrong while executing your query"))
            || message.contains(QLatin1String("timeout"), Qt::CaseInsensitive)
            || object.value(QLatin1String("type")).toString() == QLatin1String("TIMEOUT"))
            return true;
    }
    return false;
}
} // namespace

Result<ApiPage> GitHubApiClient::get(const QString &pathOrUrl)
{
    const QUrl url = pathOrUrl.startsWith(QLatin1String("http"))
                         ? QUrl(pathOrUrl)
                         : QUrl(m_host.apiUrl.toString() + pathOrUrl);
    const QString cacheKey = url.toString();
    std::optional<QPair<QByteArray, QByteArray>> cached;
    if (m_conditionalCache)
        cached = m_conditionalCache->find(cacheKey);

    QJsonDocument parsed;
    const Result<HttpResponse> exchanged
        = exchange("GET", url, {}, cached ? cached->first : QByteArray(), notJson(parsed));
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
    if (response.status == 200 && !parsed.isNull()) {
        page.json = parsed; // checked and parsed on arrival
        const QByteArray etag = response.header("ETag");
        if (m_conditionalCache && !etag.isEmpty())
            m_conditionalCache->store(cacheKey, etag, body);
    } else if (response.status == 200 || page.notModified) {
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

Result<QJsonObject> GitHubApiClient::graphql(const QString &query, QJsonObject variables)
{
    // A query that pages declares `$first: Int!`: it gets the page size, halved after each of
    // GitHub's time-outs (large pages of commits with their line counts can take too long).
    const bool paged = query.contains(QLatin1String("$first"));
    for (;;) {
        if (paged)
            variables.insert(QStringLiteral("first"), m_graphqlPageSize);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                          {QStringLiteral("variables"), variables}})
                                    .toJson(QJsonDocument::Compact);
        // Cut off or not JSON: retried like a server error (as REST answers are).
        QJsonDocument parsed;
        const Result<HttpResponse> exchanged
            = exchange("POST", m_host.graphqlEndpoint(), body, {}, notJson(parsed));
        const bool canShrink = paged && m_graphqlPageSize > MinGraphqlPageSize;
        if (!exchanged) {
            // 502/504 after the retries: GitHub's front gave up on a page too big to compute.
            if (canShrink && exchanged.error().kind == ErrorKind::Network
                && exchanged.error().detail.startsWith(QLatin1String("HTTP 50"))) {
                shrinkGraphqlPage(exchanged.error().detail);
                continue;
            }
            return exchanged.error();
        }
        const HttpResponse &response = exchanged.value();
        // A 2xx body was parsed by the check; anything else is read here.
        const QJsonObject answer
            = (parsed.isNull() ? QJsonDocument::fromJson(response.body) : parsed).object();
        if (response.status != 200) {
            return Error{Tr::tr("GitHub's GraphQL API answered HTTP %1. The sync stopped here and "
                                "will continue from this point next time.")
                             .arg(response.status),
                         QStringLiteral("graphql: HTTP %1").arg(response.status),
                         ErrorKind::Network};
        }
        const QJsonArray errors = answer.value(QLatin1String("errors")).toArray();
        if (errors.isEmpty())
            return answer.value(QLatin1String("data")).toObject();
        const QJsonObject first = errors.first().toObject();
        const QString type = first.value(QLatin1String("type")).toString();
        const QString message = first.value(QLatin1String("message")).toString();
        if (type == QLatin1String("RATE_LIMITED")) {
            // GraphQL's points are spent: an HTTP 200, so the HTTP layer did not wait.
            bool ok = false;
            const qint64 reset = response.header("X-RateLimit-Reset").toLongLong(&ok);
            qCInfo(lcNet).noquote() << "GraphQL RATE_LIMITED:" << message;
            return m_client.rateLimitedError(ok ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC)
                                                : m_client.clock().now().addSecs(3600));
        }
        if (canShrink && isGraphqlTimeout(errors)) {
            shrinkGraphqlPage(message);
            continue;
        }
        const QJsonValue data = answer.value(QLatin1String("data"));
        // Partial data: GitHub answered the query and could not fill some fields of some items
        // (a user gone, a commit it cannot diff): each error's path ends at a field, never at a
        // whole item of a list (an index) or the repository. What is there is kept; the mapper
        // reads a missing field as unknown.
        bool onlyFieldErrors = data.isObject() && type != QLatin1String("NOT_FOUND");
        for (const QJsonValue &error : errors) {
            const QJsonArray path = error.toObject().value(QLatin1String("path")).toArray();
            onlyFieldErrors = onlyFieldErrors && path.size() > 2 && path.last().isString();
        }
        if (onlyFieldErrors) {
            for (const QJsonValue &error : errors)
                qCWarning(lcNet).noquote()
                    << "GraphQL answered part of the query:"
                    << error.toObject().value(QLatin1String("message")).toString();
            return data.toObject();
        }
        return Error{Tr::tr("GitHub could not answer a query: %1").arg(message),
                     QStringLiteral("graphql error %1").arg(type),
                     type == QLatin1String("NOT_FOUND") ? ErrorKind::InvalidInput
                                                        : ErrorKind::Other};
    }
}

void GitHubApiClient::shrinkGraphqlPage(const QString &why)
{
    m_graphqlPageSize = qMax(MinGraphqlPageSize, m_graphqlPageSize / 2);
    qCInfo(lcNet).noquote() << "GraphQL pages of" << m_graphqlPageSize
                            << "items from now on, after:" << why;
}
