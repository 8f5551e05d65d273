#include "core/net/blockingapiclient.h"

#include "core/common/logging.h"

#include "core/net/ratelimitpolicy.h"
#include "core/net/requestgate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimer>

namespace {
constexpr int CancelCheckIntervalMs = 50;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BlockingApiClient)
};
} // namespace

BlockingApiClient::BlockingApiClient(HttpClient *http, QString serviceName, const Clock &clock,
                                     CancelFlag cancelled)
    : m_http(http)
    , m_serviceName(std::move(serviceName))
    , m_clock(clock)
    , m_cancelled(std::move(cancelled))
{}

Error BlockingApiClient::cancelledError() const
{
    return Error{Tr::tr("Sync cancelled."), QStringLiteral("cancelled"), ErrorKind::Cancelled};
}

Error BlockingApiClient::rateLimitedError(const QDateTime &until) const
{
    return Error{Tr::tr("%1's rate limit for this account is used up until %2. "
                        "DevPulse will sync again after that.")
                     .arg(m_serviceName, until.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 QStringLiteral("rate limited until %1").arg(until.toString(Qt::ISODate)),
                 ErrorKind::RateLimited};
}

bool BlockingApiClient::sleep(std::chrono::milliseconds duration)
{
    if (duration.count() <= 0)
        return !isCancelled();
    QEventLoop loop;
    m_clock.callAfter(duration, &loop, [&loop] { loop.quit(); });
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [this, &loop] {
        if (isCancelled())
            loop.quit();
    });
    cancelCheck.start(CancelCheckIntervalMs);
    loop.exec();
    return !isCancelled();
}

HttpResponse BlockingApiClient::sendOnce(const QByteArray &verb, const QNetworkRequest &request,
                                         const QByteArray &body)
{
    QEventLoop loop;
    std::optional<HttpResponse> answer;
    QPointer<QNetworkReply> reply
        = m_http->send(verb, request, body, &loop, [&answer, &loop](const HttpResponse &response) {
              answer = response;
              loop.quit();
          });
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [this, reply] {
        if (isCancelled() && reply)
            reply->abort(); // ends in the callback with an error
    });
    cancelCheck.start(CancelCheckIntervalMs);
    if (!answer)
        loop.exec();
    ++m_stats.requests;
    return answer.value_or(HttpResponse{});
}

Result<HttpResponse> BlockingApiClient::exchange(const QByteArray &verb,
                                                 const QNetworkRequest &request,
                                                 const QByteArray &body,
                                                 const Unreadable &unreadable)
{
    const QUrl url = request.url();
    // A place among the requests in flight, held until the answer is the caller's (retries
    // and waits included).
    if (m_gate && !m_gate->acquire(m_cancelled))
        return cancelledError();
    const std::shared_ptr<RequestGate> gate = m_gate;
    const auto releasePlace = qScopeGuard([&gate] {
        if (gate)
            gate->release();
    });
    for (int attempt = 0;; ++attempt) {
        if (isCancelled())
            return cancelledError();
        HttpResponse response = sendOnce(verb, request, body);
        if (unreadable && response.status >= 200 && response.status < 300 && !response.error) {
            // A 200 whose body is cut off or broken is a failed attempt like a 502.
            if (const std::optional<QString> why = unreadable(response)) {
                qCInfo(lcNet).noquote()
                    << "Unreadable answer, treated as a failed attempt:" << *why << url.path();
                response.error = Error{
                    Tr::tr("%1 sent an answer DevPulse cannot read (%2), several times. The "
                           "sync stopped here and will continue from this point next time.")
                        .arg(m_serviceName, *why),
                    QStringLiteral("unreadable answer from %1: %2").arg(url.path(), *why),
                    ErrorKind::Network};
            }
        }
        if (isCancelled())
            return cancelledError();
        const RateLimitPolicy::Decision decision = RateLimitPolicy::decide(
            response, attempt, m_clock.now(), QRandomGenerator::global()->generateDouble(),
            m_serviceName, m_recentFaults);
        // Faults in a row across requests; a good answer ends the streak.
        m_recentFaults = RateLimitPolicy::isServerFault(response) ? m_recentFaults + 1 : 0;
        if (m_gate) {
            bool known = false;
            const int remaining = response.header("X-RateLimit-Remaining").toInt(&known);
            if (known)
                m_gate->noteRemainingPoints(remaining);
            if (decision.slowDown)
                m_gate->slowDown(m_clock.now().addMSecs(decision.wait.count()));
        }
        switch (decision.action) {
        case RateLimitPolicy::Action::Deliver: return response;
        case RateLimitPolicy::Action::Fail: return decision.error;
        case RateLimitPolicy::Action::WaitForRateLimit:
            if (decision.wait > m_maxRateLimitWait)
                return rateLimitedError(decision.until);
            if (m_rateLimitObserver)
                m_rateLimitObserver(decision.until);
            attempt = -1; // waiting for the reset is not a failed attempt
            [[fallthrough]];
        case RateLimitPolicy::Action::Retry:
            qCInfo(lcNet).noquote() << "Waiting" << decision.wait.count()
                                    << "ms before sending again:" << response.status << url.path();
            ++m_stats.waits;
            QElapsedTimer waited;
            waited.start();
            if (!sleep(decision.wait)) {
                // Only the time really waited goes into the history.
                m_stats.waitSeconds += waited.elapsed() / 1000;
                return cancelledError();
            }
            m_stats.waitSeconds += decision.wait.count() / 1000;
            break;
        }
    }
}

Result<QJsonDocument> BlockingApiClient::parseJson(const HttpResponse &response,
                                                   const QString &what) const
{
    if (response.status < 200 || response.status >= 300) {
        return Error{
            Tr::tr("%1 answered HTTP %2 when DevPulse asked for %3. Try again later; if it "
                   "keeps happening, reconnect the account.")
                .arg(m_serviceName)
                .arg(response.status)
                .arg(what),
            QStringLiteral("HTTP %1 from %2").arg(response.status).arg(response.url.path()),
            response.status == 404 ? ErrorKind::InvalidInput : ErrorKind::Network};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{
            Tr::tr("%1 sent an answer DevPulse cannot read (%2). The sync stopped here and "
                   "will continue from this point next time.")
                .arg(m_serviceName, what),
            QStringLiteral("malformed JSON from %1: %2")
                .arg(response.url.path(), parseError.errorString()),
            ErrorKind::Network};
    }
    return json;
}
