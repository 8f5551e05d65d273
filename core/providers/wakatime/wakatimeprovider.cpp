#include "core/providers/wakatime/wakatimeprovider.h"

#include "core/common/logging.h"
#include "core/providers/activitysync.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "core/storage/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>

namespace {

const QString Id = QStringLiteral("wakatime");
const QString Service = QStringLiteral("WakaTime");
const QString CursorKind = QStringLiteral("wakatime-summaries");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WakaTimeProvider)
};

QString apiRoot(const AccountRecord &account)
{
    return ActivitySync::apiRoot(account, QStringLiteral("https://wakatime.com"))
           + QLatin1String("/api/v1");
}

QByteArray basicAuthorization(const QString &apiKey)
{
    // WakaTime documents the key alone as the Basic user name.
    return "Basic " + apiKey.trimmed().toUtf8().toBase64();
}

QString keyRejected()
{
    return Tr::tr("WakaTime rejected the API key. Copy your key from wakatime.com/settings/api-key "
                  "and enter it again with Reconnect on the Connections page.");
}

int minutesOf(const QJsonObject &entry)
{
    return int(std::lround(entry.value(QLatin1String("total_seconds")).toDouble() / 60.0));
}

// The field of the first entry of `day` that is not what WakaTime sends (a number of seconds,
// a name), or an empty string when every one is.
QString badEntryField(const QJsonObject &day, const char *list)
{
    const QJsonValue entries = day.value(QLatin1String(list));
    if (entries.isUndefined() || entries.isNull())
        return {}; // a day without any: nothing to read
    if (!entries.isArray())
        return QLatin1String(list);
    for (const QJsonValue &value : entries.toArray()) {
        const QJsonObject entry = value.toObject();
        if (!value.isObject() || !entry.value(QLatin1String("name")).isString())
            return QStringLiteral("%1[].name").arg(QLatin1String(list));
        if (!entry.value(QLatin1String("total_seconds")).isDouble()
            || entry.value(QLatin1String("total_seconds")).toDouble() < 0)
            return QStringLiteral("%1[].total_seconds").arg(QLatin1String(list));
    }
    return {};
}

// Checks the whole answer for [start, end] before anything is replaced: a day that cannot be
// placed or a count that is not a number would otherwise clear days and store nothing.
// Returns the field that is wrong, or an empty string.
QString invalidSummariesField(const QJsonArray &days, const QDate &start, const QDate &end)
{
    for (const QJsonValue &dayValue : days) {
        if (!dayValue.isObject())
            return QStringLiteral("data[]");
        const QJsonObject day = dayValue.toObject();
        const QJsonValue range = day.value(QLatin1String("range"));
        if (!range.isObject())
            return QStringLiteral("data[].range");
        const QDate date = QDate::fromString(
            range.toObject().value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!date.isValid() || date < start || date > end)
            return QStringLiteral("data[].range.date");
        for (const char *list : {"projects", "languages"}) {
            const QString bad = badEntryField(day, list);
            if (!bad.isEmpty())
                return QStringLiteral("data[].") + bad;
        }
    }
    return {};
}

} // namespace

QString WakaTimeProvider::serviceName() const
{
    return Service;
}

ProviderInfo WakaTimeProvider::info() const
{
    ProviderInfo info;
    info.id = Id;
    info.displayName = Service;
    info.description
        = Tr::tr("Coding time per day, project and language, with your personal API key.");
    info.authKind = ProviderAuthKind::ApiKey;
    info.needsSecret = true;
    info.secretLabel = Tr::tr("API key");
    info.secretHelpUrl = QStringLiteral("https://wakatime.com/settings/api-key");
    return info;
}

Result<AccountRecord> WakaTimeProvider::verify(const ProviderCredentials &credentials,
                                               ProviderSyncContext &context) const
{
    if (credentials.secret.trimmed().isEmpty())
        return Error{Tr::tr("Enter your WakaTime API key."), QStringLiteral("empty key"),
                     ErrorKind::InvalidInput};
    AccountRecord account;
    account.provider = Id;
    account.baseUrl = credentials.baseUrl;
    BlockingApiClient client = ActivitySync::clientFor(context, Service);
    const Result<QJsonDocument> user = ActivitySync::getJson(
        client, QUrl(apiRoot(account) + QLatin1String("/users/current")),
        basicAuthorization(credentials.secret), Tr::tr("your profile"), keyRejected());
    if (!user)
        return user.error();
    const QJsonObject data = user.value().object().value(QLatin1String("data")).toObject();
    // The user name is optional on WakaTime; the id always exists.
    account.login = data.value(QLatin1String("username")).toString();
    if (account.login.isEmpty())
        account.login = data.value(QLatin1String("id")).toString();
    if (account.login.isEmpty())
        return ActivitySync::unexpectedShape(Service, Tr::tr("your profile"));
    account.displayName = data.value(QLatin1String("display_name")).toString();
    account.connectedAt = context.clock->now();
    return account;
}

Result<void> WakaTimeProvider::syncActivity(ProviderSyncContext &context, BlockingApiClient &client,
                                            SyncProgress &progress) const
{

    SyncState state(context.db);
    if (context.full) {
        if (Result<void> reset = state.saveCursor(context.accountId, 0, CursorKind, {}); !reset)
            return reset.error();
    }
    const Result<SyncCursor> cursor = state.cursor(context.accountId, 0, CursorKind);
    if (!cursor)
        return cursor.error();
    const QDate today = context.clock->now().toLocalTime().date();
    QDate start = today.addDays(-(FirstSyncDays - 1));
    const QDate lastRead = QDate::fromString(cursor.value().watermark, Qt::ISODate);
    if (lastRead.isValid())
        start = qMax(start, qMin(lastRead, today).addDays(-1)); // the last two days again

    const int totalDays = int(start.daysTo(today)) + 1;
    int daysDone = 0;
    for (QDate chunkStart = start; chunkStart <= today;
         chunkStart = chunkStart.addDays(ChunkDays)) {
        if (context.isCancelled())
            return client.cancelledError();
        const QDate chunkEnd = qMin(chunkStart.addDays(ChunkDays - 1), today);
        QUrl url(apiRoot(context.account) + QLatin1String("/users/current/summaries"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start"), chunkStart.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("end"), chunkEnd.toString(Qt::ISODate));
        url.setQuery(query);
        const Result<QJsonDocument> page = ActivitySync::getJson(
            client, url, basicAuthorization(context.secret), Tr::tr("coding time"), keyRejected());
        if (!page)
            return page.error();
        const QJsonValue days = page.value().object().value(QLatin1String("data"));
        if (!days.isArray())
            return ActivitySync::unexpectedShape(Service, QStringLiteral("data"));
        // The whole answer is checked before its days are replaced: a wrong one changes
        // nothing and keeps the position, and the next sync reads the same days again.
        if (const QString bad = invalidSummariesField(days.toArray(), chunkStart, chunkEnd);
            !bad.isEmpty())
            return ActivitySync::unexpectedShape(Service, bad);

        int written = 0;
        const Result<void> stored = BoundQuery::inTransaction(
            context.db, QStringLiteral("saving WakaTime days"), [&]() -> Result<void> {
                CacheWriter writer(context.db);
                if (Result<void> cleared
                    = writer.clearActivityDays(context.accountId, chunkStart, chunkEnd);
                    !cleared)
                    return cleared;
                for (const QJsonValue &dayValue : days.toArray()) {
                    const QJsonObject day = dayValue.toObject();
                    const QDate date = QDate::fromString(day.value(QLatin1String("range"))
                                                             .toObject()
                                                             .value(QLatin1String("date"))
                                                             .toString(),
                                                         Qt::ISODate);
                    if (!date.isValid())
                        continue; // a day without its date cannot be placed
                    const QJsonArray projects = day.value(QLatin1String("projects")).toArray();
                    for (const QJsonValue &projectValue : projects) {
                        const QJsonObject project = projectValue.toObject();
                        const int minutes = minutesOf(project);
                        if (minutes <= 0)
                            continue;
                        const QString name = project.value(QLatin1String("name")).toString();
                        ActivityRecord activity;
                        activity.accountId = context.accountId;
                        activity.sourceId
                            = QStringLiteral("%1:%2").arg(date.toString(Qt::ISODate), name);
                        activity.day = date;
                        activity.service = Service;
                        activity.minutes = minutes;
                        activity.title = name;
                        if (Result<void> saved = writer.upsertActivity(activity); !saved)
                            return saved;
                        ++written;
                    }
                    const QJsonArray languages = day.value(QLatin1String("languages")).toArray();
                    for (const QJsonValue &languageValue : languages) {
                        const QJsonObject language = languageValue.toObject();
                        const int minutes = minutesOf(language);
                        if (minutes <= 0)
                            continue;
                        if (Result<void> saved = writer.upsertActivityBreakdown(
                                {context.accountId, date, QStringLiteral("language"),
                                 language.value(QLatin1String("name")).toString(), minutes});
                            !saved)
                            return saved;
                    }
                }
                SyncCursor updated;
                updated.watermark = chunkEnd.toString(Qt::ISODate);
                return state.saveCursor(context.accountId, 0, CursorKind, updated);
            });
        if (!stored)
            return stored.error();
        daysDone += int(chunkStart.daysTo(chunkEnd)) + 1;
        progress.itemsByKind[QStringLiteral("activities")] += written;
        progress.phase = Tr::tr("Reading coding time: %1 of %2 days").arg(daysDone).arg(totalDays);
        if (context.reportProgress)
            context.reportProgress(progress);
    }
    qCInfo(lcSync) << "WakaTime days" << start << "to" << today << "read";
    return {};
}
