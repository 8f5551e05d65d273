#include "core/providers/codewars/codewarsprovider.h"

#include "core/providers/activitysync.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "core/storage/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString Id = QStringLiteral("codewars");
const QString Service = QStringLiteral("Codewars");
const QString CursorKind = QStringLiteral("codewars-completed");
constexpr int MaxPages = 10000; // a guard against a server that never says "last page"

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CodewarsProvider)
};

QString apiRoot(const AccountRecord &account)
{
    return ActivitySync::apiRoot(account, QStringLiteral("https://www.codewars.com"))
           + QLatin1String("/api/v1");
}

QString userPath(const QString &login)
{
    return QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(login));
}

QByteArray authorization(const QString &key)
{
    return key.trimmed().toUtf8(); // Codewars takes the bare key; most calls need none
}

QString keyRejected()
{
    return Tr::tr("Codewars rejected the API key. Enter it again with Reconnect on the Connections "
                  "page, or leave it empty: your public profile needs none.");
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

} // namespace

QString CodewarsProvider::serviceName() const
{
    return Service;
}

ProviderInfo CodewarsProvider::info() const
{
    ProviderInfo info;
    info.id = Id;
    info.displayName = Service;
    info.description = Tr::tr("Completed kata from your public profile.");
    info.authKind = ProviderAuthKind::Username;
    info.secretOptional = true;
    info.loginLabel = Tr::tr("Username");
    info.secretLabel = Tr::tr("API key (optional)");
    info.secretHelpUrl = QStringLiteral("https://www.codewars.com/users/edit");
    return info;
}

Result<AccountRecord> CodewarsProvider::verify(const ProviderCredentials &credentials,
                                               ProviderSyncContext &context) const
{
    const QString login = credentials.login.trimmed();
    if (login.isEmpty())
        return Error{Tr::tr("Enter your Codewars username."), QStringLiteral("empty username"),
                     ErrorKind::InvalidInput};
    AccountRecord account;
    account.provider = Id;
    account.baseUrl = credentials.baseUrl;
    BlockingApiClient client = ActivitySync::clientFor(context, Service);
    const Result<QJsonDocument> user = ActivitySync::getJson(
        client, QUrl(apiRoot(account) + userPath(login)), authorization(credentials.secret),
        Tr::tr("your profile"), keyRejected());
    if (!user) {
        if (user.error().kind == ErrorKind::InvalidInput)
            return Error{Tr::tr("Codewars has no user named “%1”. Check the spelling; it is the "
                                "name in your profile's address.")
                             .arg(login),
                         user.error().detail, ErrorKind::InvalidInput};
        return user.error();
    }
    const QJsonObject profile = user.value().object();
    account.login = profile.value(QLatin1String("username")).toString();
    if (account.login.isEmpty())
        return ActivitySync::unexpectedShape(Service, Tr::tr("your profile"));
    account.displayName = profile.value(QLatin1String("name")).toString();
    account.connectedAt = context.clock->now();
    return account;
}

Result<void> CodewarsProvider::syncActivity(ProviderSyncContext &context, BlockingApiClient &client,
                                            SyncProgress &progress) const
{

    SyncState state(context.db);
    const Result<SyncCursor> cursor = state.cursor(context.accountId, 0, CursorKind);
    if (!cursor)
        return cursor.error();
    const QDateTime newestStored
        = context.full ? QDateTime()
                       : QDateTime::fromString(cursor.value().watermark, Qt::ISODateWithMs);
    const int minutes = ActivitySync::nominalMinutes(Id);
    QDateTime newestSeen = newestStored;
    const QString base = apiRoot(context.account) + userPath(context.account.login)
                         + QStringLiteral("/code-challenges/completed?page=");

    for (int page = 0; page < MaxPages; ++page) {
        if (context.isCancelled())
            return client.cancelledError();
        const Result<QJsonDocument> answer = ActivitySync::getJson(
            client, QUrl(base + QString::number(page)), authorization(context.secret),
            Tr::tr("completed kata"), keyRejected());
        if (!answer)
            return answer.error();
        const QJsonObject body = answer.value().object();
        const QJsonValue data = body.value(QLatin1String("data"));
        if (!data.isArray())
            return ActivitySync::unexpectedShape(Service, QStringLiteral("data"));
        if (!body.value(QLatin1String("totalPages")).isDouble())
            return ActivitySync::unexpectedShape(Service, QStringLiteral("totalPages"));
        // The whole page before anything is written; a kata without its completion time is
        // left out and counted below, one that cannot be identified stops the sync.
        const QJsonArray kataList = data.toArray();
        for (qsizetype i = 0; i < kataList.size(); ++i) {
            if (!kataList.at(i).isObject()
                || kataList.at(i).toObject().value(QLatin1String("id")).toString().isEmpty())
                return ActivitySync::unexpectedShape(Service, QStringLiteral("data[%1].id").arg(i));
        }
        const int totalPages = body.value(QLatin1String("totalPages")).toInt();

        bool reachedStored = false;
        int written = 0;
        int skipped = 0;
        const Result<void> stored = BoundQuery::inTransaction(
            context.db, QStringLiteral("saving Codewars kata"), [&]() -> Result<void> {
                CacheWriter writer(context.db);
                for (const QJsonValue &value : kataList) {
                    const QJsonObject kata = value.toObject();
                    const QDateTime completedAt
                        = parseTime(kata.value(QLatin1String("completedAt")));
                    const QString id = kata.value(QLatin1String("id")).toString();
                    if (!completedAt.isValid()) {
                        ++skipped; // counted and reported, never silently dropped
                        continue;
                    }
                    if (newestStored.isValid() && completedAt <= newestStored) {
                        reachedStored = true;
                        continue;
                    }
                    QStringList languages;
                    for (const QJsonValue &language :
                         kata.value(QLatin1String("completedLanguages")).toArray()) {
                        if (!languages.contains(language.toString()))
                            languages << language.toString();
                    }
                    ActivityRecord activity;
                    activity.accountId = context.accountId;
                    activity.sourceId = id + QLatin1Char('@') + completedAt.toString(Qt::ISODate);
                    activity.day = completedAt.toLocalTime().date();
                    activity.service = Service;
                    activity.minutes = minutes;
                    activity.title = kata.value(QLatin1String("name")).toString();
                    if (!languages.isEmpty())
                        activity.title
                            += QStringLiteral(" (%1)").arg(languages.join(QStringLiteral(", ")));
                    if (Result<void> saved = writer.upsertActivity(activity); !saved)
                        return saved;
                    ++written;
                    if (!newestSeen.isValid() || completedAt > newestSeen)
                        newestSeen = completedAt;
                }
                return Result<void>();
            });
        if (!stored)
            return stored.error();
        progress.itemsByKind[QStringLiteral("activities")] += written;
        if (skipped > 0)
            progress.itemsByKind[QStringLiteral("activities_skipped")] += skipped;
        progress.phase = Tr::tr("Reading completed kata: page %1 of %2")
                             .arg(page + 1)
                             .arg(qMax(totalPages, 1));
        if (context.reportProgress)
            context.reportProgress(progress);
        if (reachedStored || page + 1 >= totalPages)
            break;
    }
    // Only a finished walk moves the watermark: a stopped one is read again from page 0.
    if (newestSeen.isValid() && newestSeen != newestStored) {
        SyncCursor updated;
        updated.watermark = newestSeen.toString(Qt::ISODateWithMs);
        if (Result<void> saved = state.saveCursor(context.accountId, 0, CursorKind, updated);
            !saved)
            return saved.error();
    }
    return {};
}
