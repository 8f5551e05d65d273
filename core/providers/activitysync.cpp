#include "core/providers/activitysync.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QSettings>

namespace ActivitySync {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActivitySync)
};
} // namespace

QString apiRoot(const AccountRecord &account, const QString &fallback)
{
    QString root = account.baseUrl.isEmpty() ? fallback : account.baseUrl;
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    return root;
}

BlockingApiClient clientFor(ProviderSyncContext &context, const QString &serviceName)
{
    BlockingApiClient client(context.http, serviceName, *context.clock, context.cancelled);
    if (context.reportRateLimitWait)
        client.setRateLimitObserver(context.reportRateLimitWait);
    return client;
}

Result<QJsonDocument> getJson(BlockingApiClient &client, const QUrl &url,
                              const QByteArray &authorization, const QString &what,
                              const QString &rejectedMessage)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    const Result<HttpResponse> answer = client.exchange("GET", request);
    if (!answer) {
        if (answer.error().kind == ErrorKind::AuthenticationRequired)
            return Error{rejectedMessage, answer.error().detail, ErrorKind::AuthenticationRequired};
        return answer.error();
    }
    const HttpResponse &response = answer.value();
    if (response.status == 403)
        return Error{rejectedMessage, QStringLiteral("HTTP 403"),
                     ErrorKind::AuthenticationRequired};
    return client.parseJson(response, what);
}

Error unexpectedShape(const QString &serviceName, const QString &what)
{
    return Error{Tr::tr("%1 answered in a form DevPulse does not know (%2). The service may have "
                        "changed; look for a DevPulse update.")
                     .arg(serviceName, what),
                 QStringLiteral("unexpected JSON shape: %1").arg(what), ErrorKind::Network};
}

int nominalMinutes(const QString &providerId)
{
    return qBound(0,
                  QSettings()
                      .value(QStringLiteral("providers/%1/nominalMinutes").arg(providerId), 30)
                      .toInt(),
                  24 * 60);
}

void setNominalMinutes(const QString &providerId, int minutes)
{
    QSettings().setValue(QStringLiteral("providers/%1/nominalMinutes").arg(providerId),
                         qBound(0, minutes, 24 * 60));
}

} // namespace ActivitySync

ProviderSyncOutcome ActivityProvider::sync(ProviderSyncContext &context) const
{
    ProviderSyncOutcome outcome;
    BlockingApiClient client = ActivitySync::clientFor(context, serviceName());
    outcome.result = syncActivity(context, client, outcome.progress);
    outcome.stats = client.stats();
    return outcome;
}
