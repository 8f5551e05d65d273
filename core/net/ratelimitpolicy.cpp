#include "core/net/ratelimitpolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace RateLimitPolicy {
namespace {

using namespace std::chrono;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RateLimitPolicy)
};

milliseconds backoff(milliseconds base, int attempt, double jitter)
{
    const double factor = double(1 << qMin(attempt, 10)) * (1.0 + jitter * 0.5);
    return milliseconds(qint64(double(base.count()) * factor));
}

QString messageOf(const HttpResponse &response)
{
    // GitHub says "message", WakaTime "error", Codewars "reason".
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    for (const char *key : {"message", "error", "reason"}) {
        const QString text = body.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    return QStringLiteral("HTTP %1").arg(response.status);
}

} // namespace

bool isServerFault(const HttpResponse &response)
{
    return response.error || response.status == 0 || response.status >= 500;
}

Decision decide(const HttpResponse &response, int attempt, const QDateTime &now, double jitter,
                const QString &serviceName, int failuresBefore)
{
    // A refused connection or an unknown host fails at once (it kept a user waiting 37 s
    // for "refused the connection"); the next scheduled sync tries again.
    const bool lastAttempt = attempt + 1 >= MaxAttempts || response.unreachable;
    if (isServerFault(response)) {
        if (lastAttempt) {
            Error error = response.error
                              ? *response.error
                              : Error{Tr::tr("%1 answered with a server error (HTTP %2) %3 times. "
                                             "Try again later.")
                                          .arg(serviceName)
                                          .arg(response.status)
                                          .arg(MaxAttempts),
                                      QStringLiteral("HTTP %1 after %2 attempts")
                                          .arg(response.status)
                                          .arg(MaxAttempts),
                                      ErrorKind::Network};
            return {Action::Fail, {}, {}, error};
        }
        // Scattered faults (one request in seven) cost a moment each; 2 s, 4 s, 8 s only when
        // they repeat (they cost 128 s of a 281-request sync when every fault waited 2-3 s).
        const int repeats = attempt + qMin(failuresBefore, 3);
        if (repeats == 0)
            return {Action::Retry, milliseconds(250 + qint64(250 * jitter)), {}, {}};
        return {Action::Retry, backoff(seconds(2), repeats - 1, jitter), {}, {}};
    }
    if (response.status == 401) {
        return {Action::Fail,
                {},
                {},
                Error{Tr::tr("%1 no longer accepts this account's credentials (%2). Reconnect the "
                             "account on the Connections page.")
                          .arg(serviceName, messageOf(response)),
                      QStringLiteral("HTTP 401"), ErrorKind::AuthenticationRequired}};
    }
    if (response.status == 403 || response.status == 429) {
        if (attempt >= 2 * MaxAttempts) {
            return {Action::Fail,
                    {},
                    {},
                    Error{Tr::tr("%1 kept asking DevPulse to slow down. Try again later.")
                              .arg(serviceName),
                          QStringLiteral("HTTP %1 after %2 attempts")
                              .arg(response.status)
                              .arg(attempt + 1),
                          ErrorKind::RateLimited}};
        }
        bool ok = false;
        // Repeated headers arrive joined ("60, 30"): the first value counts.
        const int retryAfter
            = response.header("Retry-After").split(',').value(0).trimmed().toInt(&ok);
        if (ok && retryAfter >= 0)
            return {Action::Retry, seconds(retryAfter), {}, {}, true};
        const QByteArray remaining = response.header("X-RateLimit-Remaining");
        if (remaining == "0") {
            const qint64 reset = response.header("X-RateLimit-Reset").toLongLong(&ok);
            QDateTime until = ok ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC) : now.addSecs(60);
            if (until <= now)
                until = now.addSecs(1);
            return {
                Action::WaitForRateLimit, milliseconds(now.msecsTo(until) + 1000), until, {}, true};
        }
        // "secondary rate limit" today; "abuse detection mechanism" in older answers.
        const QString message = messageOf(response);
        if (message.contains(QLatin1String("secondary rate limit"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("abuse detection"), Qt::CaseInsensitive)
            || response.status == 429) {
            return {Action::Retry, backoff(minutes(1), attempt, jitter), {}, {}, true};
        }
    }
    return {Action::Deliver, {}, {}, {}};
}

} // namespace RateLimitPolicy
