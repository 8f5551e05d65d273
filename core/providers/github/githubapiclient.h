#pragma once

#include "core/auth/githubhost.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/net/blockingapiclient.h"
#include "core/net/conditionalcache.h"
#include "core/net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

/// One page of a GitHub REST answer.
struct ApiPage
{
    int status = 0;
    QJsonDocument json;
    QUrl nextUrl;             ///< from `Link: <...>; rel="next"`; empty on the last page
    bool notModified = false; ///< answered 304: `json` is the cached body
    int rateLimit = -1;       ///< X-RateLimit-Limit, -1 when absent
    int rateLimitRemaining = -1;
    QDateTime rateLimitResetAt;
    QString oauthScopes; ///< X-OAuth-Scopes
};

/// GitHub's REST and GraphQL APIs for one account, as a sync worker uses them: each call
/// blocks the calling (worker) thread until there is an answer worth reading (the waiting,
/// retrying and cancelling is BlockingApiClient's). Sends the
/// Bearer token, API version and media type; follows `Link: rel="next"`; sends
/// `If-None-Match` for URLs it has an ETag for. Cancel makes every call return promptly with
/// an error of kind Cancelled. One instance per worker thread.
class GitHubApiClient final
{
public:
    GitHubApiClient(HttpClient *http, const GitHubHost &host, const QString &token,
                    const Clock &clock, CancelFlag cancelled,
                    ConditionalCache *conditionalCache = nullptr);

    /// `pathOrUrl`: "/user/repos?per_page=100" (relative to the API root) or a full URL from a
    /// Link header.
    Result<ApiPage> get(const QString &pathOrUrl);
    /// Runs a GraphQL query; returns `data`. An answer cut off or not JSON is retried like a
    /// server error; GitHub's time-outs (an error in a 200, or 502/504 after the retries)
    /// halve the page size of a query that declares `$first: Int!` and ask again, down to
    /// MinGraphqlPageSize; RATE_LIMITED is an Error of kind RateLimited; field errors beside
    /// `data` (a partial answer) are logged and the data returned; other `errors` an Error.
    Result<QJsonObject> graphql(const QString &query, QJsonObject variables);
    /// The page size the next paged GraphQL query asks for (100 until a time-out).
    int graphqlPageSize() const { return m_graphqlPageSize; }
    static constexpr int MinGraphqlPageSize = 10;

    const RequestStats &stats() const { return m_client.stats(); }
    const Clock &clock() const { return m_client.clock(); }
    /// Longest rate-limit wait accepted before giving up (kind RateLimited).
    void setMaxRateLimitWait(std::chrono::seconds wait) { m_client.setMaxRateLimitWait(wait); }
    /// Called before each rate-limit wait with its end, for "rate-limited until HH:MM".
    void setRateLimitObserver(std::function<void(const QDateTime &until)> observer)
    {
        m_client.setRateLimitObserver(std::move(observer));
    }

    /// Shares the requests in flight with the other threads of the same sync (RequestGate).
    void setRequestGate(std::shared_ptr<RequestGate> gate)
    {
        m_client.setRequestGate(std::move(gate));
    }
    bool isCancelled() const { return m_client.isCancelled(); }

    static QUrl nextPageUrl(const QByteArray &linkHeader);

private:
    Result<HttpResponse> exchange(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                  const QByteArray &etag,
                                  const BlockingApiClient::Unreadable &unreadable);
    void shrinkGraphqlPage(const QString &why);

    BlockingApiClient m_client;
    GitHubHost m_host;
    QString m_token;
    ConditionalCache *m_conditionalCache = nullptr;
    int m_graphqlPageSize = 100;
};
