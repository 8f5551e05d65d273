#include "core/providers/exercism/exercismprovider.h"

#include "core/providers/activitysync.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString Id = QStringLiteral("exercism");
const QString Service = QStringLiteral("Exercism");
constexpr int MaxPages = 10000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExercismProvider)
};

QString apiRoot(const AccountRecord &account)
{
    return ActivitySync::apiRoot(account, QStringLiteral("https://exercism.org"))
           + QLatin1String("/api/v2");
}

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.trimmed().toUtf8();
}

QString tokenRejected()
{
    return Tr::tr("Exercism rejected the API token. Copy it from exercism.org/settings/api_cli and "
                  "enter it again with Reconnect on the Connections page.");
}

QUrl solutionsPage(const AccountRecord &account, int page, int perPage)
{
    return QUrl(apiRoot(account)
                + QStringLiteral("/solutions?page=%1&per_page=%2").arg(page).arg(perPage));
}

/// The solutions and the page count, or an error when the answer is not the known shape.
struct SolutionsPage
{
    QJsonArray results;
    int totalPages = 0;
};

Result<SolutionsPage> readPage(const QJsonDocument &json)
{
    const QJsonObject body = json.object();
    const QJsonValue results = body.value(QLatin1String("results"));
    const QJsonValue totalPages
        = body.value(QLatin1String("meta")).toObject().value(QLatin1String("total_pages"));
    if (!results.isArray())
        return ActivitySync::unexpectedShape(Service, QStringLiteral("results"));
    if (!totalPages.isDouble())
        return ActivitySync::unexpectedShape(Service, QStringLiteral("meta.total_pages"));
    // The whole page before anything is written: a sync removes what Exercism no longer
    // lists, so a solution DevPulse cannot identify must stop it, not read as deleted.
    const QJsonArray solutions = results.toArray();
    for (qsizetype i = 0; i < solutions.size(); ++i) {
        const QJsonObject solution = solutions.at(i).toObject();
        const QString where = QStringLiteral("results[%1]").arg(i);
        if (!solutions.at(i).isObject())
            return ActivitySync::unexpectedShape(Service, where);
        if (solution.value(QLatin1String("uuid")).toString().isEmpty())
            return ActivitySync::unexpectedShape(Service, where + QStringLiteral(".uuid"));
        if (!solution.value(QLatin1String("status")).isString())
            return ActivitySync::unexpectedShape(Service, where + QStringLiteral(".status"));
    }
    return SolutionsPage{solutions, totalPages.toInt()};
}

QDateTime timeOf(const QJsonObject &solution, const char *key)
{
    return QDateTime::fromString(solution.value(QLatin1String(key)).toString(), Qt::ISODate)
        .toUTC();
}

} // namespace

QString ExercismProvider::serviceName() const
{
    return Service;
}

ProviderInfo ExercismProvider::info() const
{
    ProviderInfo info;
    info.id = Id;
    info.displayName = Service;
    info.description = Tr::tr("Submitted solutions, with your Exercism API token.");
    info.authKind = ProviderAuthKind::ApiKey;
    info.needsSecret = true;
    info.loginLabel = Tr::tr("Username");
    info.secretLabel = Tr::tr("API token");
    info.secretHelpUrl = QStringLiteral("https://exercism.org/settings/api_cli");
    return info;
}

Result<AccountRecord> ExercismProvider::verify(const ProviderCredentials &credentials,
                                               ProviderSyncContext &context) const
{
    if (credentials.secret.trimmed().isEmpty())
        return Error{Tr::tr("Enter your Exercism API token."), QStringLiteral("empty token"),
                     ErrorKind::InvalidInput};
    if (credentials.login.trimmed().isEmpty())
        return Error{Tr::tr("Enter your Exercism username."), QStringLiteral("empty username"),
                     ErrorKind::InvalidInput};
    AccountRecord account;
    account.provider = Id;
    account.baseUrl = credentials.baseUrl;
    account.login = credentials.login.trimmed();
    BlockingApiClient client = ActivitySync::clientFor(context, Service);
    // The token says nothing about its owner; one solution proves it works.
    const Result<QJsonDocument> answer
        = ActivitySync::getJson(client, solutionsPage(account, 1, 1), bearer(credentials.secret),
                                Tr::tr("your solutions"), tokenRejected());
    if (!answer)
        return answer.error();
    if (const Result<SolutionsPage> page = readPage(answer.value()); !page)
        return page.error();
    account.connectedAt = context.clock->now();
    return account;
}

Result<void> ExercismProvider::syncActivity(ProviderSyncContext &context, BlockingApiClient &client,
                                            SyncProgress &progress) const
{
    const int minutes = ActivitySync::nominalMinutes(Id);

    // The list has no documented order or "since" filter: every page is read; upserts by the
    // solution's uuid make that idempotent, and after the last page what the cache holds but
    // Exercism no longer lists (a deleted solution) is removed.
    QSet<QString> listed;
    bool walkedToTheEnd = false;
    for (int page = 1; page <= MaxPages; ++page) {
        if (context.isCancelled())
            return client.cancelledError();
        const Result<QJsonDocument> answer = ActivitySync::getJson(
            client, solutionsPage(context.account, page, 100), bearer(context.secret),
            Tr::tr("your solutions"), tokenRejected());
        if (!answer)
            return answer.error();
        const Result<SolutionsPage> solutions = readPage(answer.value());
        if (!solutions)
            return solutions.error();

        int written = 0;
        int skipped = 0;
        const Result<void> stored = BoundQuery::inTransaction(
            context.db, QStringLiteral("saving Exercism solutions"), [&]() -> Result<void> {
                CacheWriter writer(context.db);
                for (const QJsonValue &value : solutions.value().results) {
                    const QJsonObject solution = value.toObject();
                    const QString uuid = solution.value(QLatin1String("uuid")).toString();
                    listed.insert(uuid); // still on Exercism: never removed below
                    // "started" solutions have no submission yet.
                    if (solution.value(QLatin1String("status")).toString()
                        == QLatin1String("started"))
                        continue;
                    QDateTime submittedAt = timeOf(solution, "last_iterated_at");
                    if (!submittedAt.isValid())
                        submittedAt = timeOf(solution, "completed_at");
                    if (!submittedAt.isValid())
                        submittedAt = timeOf(solution, "updated_at");
                    if (!submittedAt.isValid()) {
                        ++skipped; // counted and reported; a stored copy is kept
                        continue;
                    }
                    const QString track = solution.value(QLatin1String("track"))
                                              .toObject()
                                              .value(QLatin1String("title"))
                                              .toString();
                    const QString exercise = solution.value(QLatin1String("exercise"))
                                                 .toObject()
                                                 .value(QLatin1String("title"))
                                                 .toString();
                    ActivityRecord activity;
                    activity.accountId = context.accountId;
                    activity.sourceId = uuid;
                    activity.day = submittedAt.toLocalTime().date();
                    activity.service = Service;
                    activity.minutes = minutes;
                    activity.title = track.isEmpty()
                                         ? exercise
                                         : QStringLiteral("%1: %2").arg(track, exercise);
                    if (Result<void> saved = writer.upsertActivity(activity); !saved)
                        return saved;
                    ++written;
                }
                return Result<void>();
            });
        if (!stored)
            return stored.error();
        progress.itemsByKind[QStringLiteral("activities")] += written;
        if (skipped > 0)
            progress.itemsByKind[QStringLiteral("activities_skipped")] += skipped;
        const int totalPages = qMax(solutions.value().totalPages, 1);
        progress.phase = Tr::tr("Reading solutions: page %1 of %2").arg(page).arg(totalPages);
        if (context.reportProgress)
            context.reportProgress(progress);
        if (page >= totalPages) {
            walkedToTheEnd = true;
            break;
        }
    }
    if (walkedToTheEnd) {
        const Result<int> removed
            = CacheWriter(context.db).removeActivitiesExcept(context.accountId, listed);
        if (!removed)
            return removed.error();
        if (removed.value() > 0)
            progress.itemsByKind[QStringLiteral("activities_removed")] = removed.value();
    }
    return {};
}
