// GitHubSync, continued: a repository's deployments and releases (issue 21, delivery), read
// newest first in one query while both walks go on. Statuses change after a deployment is
// created, so each read goes back a day before the newest one seen last time.
#include "core/providers/github/githubmapper.h"
#include "core/providers/github/githubsync.h"
#include "core/providers/github/githubsyncsupport.h"
#include "core/storage/cachewriter.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace GitHubSyncSupport;

namespace {

/// One connection's walk: where it goes on, and whether it is done.
struct Walk
{
    const char *name;
    QString after;
    bool going = true;
};

} // namespace

Result<void> GitHubSync::storeTimedWalkPage(qint64 repoId, const QString &kind, bool done,
                                            const QDateTime &newest,
                                            const std::function<Result<void>(CacheWriter &)> &write)
{
    return storePage(write, [&](SyncState &state) -> Result<void> {
        if (!done || !newest.isValid())
            return {};
        SyncCursor cursor;
        cursor.watermark = isoTime(newest);
        return state.saveCursor(m_accountId, repoId, kind, cursor);
    });
}

Result<void> GitHubSync::syncDelivery(const RepoTarget &repo)
{
    Result<SyncCursor> stored = SyncState(m_db).cursor(m_accountId, repo.id, DeliveryKind);
    if (!stored)
        return stored.error();
    const QDateTime seenUpTo = QDateTime::fromString(stored.value().watermark, Qt::ISODate);
    const QDateTime stopBefore = seenUpTo.isValid() ? seenUpTo.addDays(-1) : QDateTime();
    QDateTime newest = seenUpTo;

    Walk deployments{"deployments", {}, true};
    Walk releases{"releases", {}, true};
    bool firstPage = true;
    bool hasWorkflowFiles = false;
    while (deployments.going || releases.going) {
        QJsonObject variables{{QStringLiteral("owner"), repo.owner},
                              {QStringLiteral("name"), repo.name},
                              {QStringLiteral("withDeployments"), deployments.going},
                              {QStringLiteral("withReleases"), releases.going},
                              {QStringLiteral("withWorkflowFiles"), firstPage}};
        if (!deployments.after.isEmpty())
            variables.insert(QStringLiteral("afterDeployments"), deployments.after);
        if (!releases.after.isEmpty())
            variables.insert(QStringLiteral("afterReleases"), releases.after);
        const Result<QJsonObject> data = m_api.graphql(DeliveryQuery, variables);
        if (!data)
            return data.error();
        const QJsonValue repository = data.value().value(QLatin1String("repository"));
        if (!repository.isObject()) {
            return Error{QCoreApplication::translate("GitHubSync",
                                                     "GitHub no longer shows this repository."),
                         QStringLiteral("repository %1/%2 not found").arg(repo.owner, repo.name),
                         ErrorKind::InvalidInput};
        }
        if (firstPage) {
            const QJsonArray entries = repository.toObject()
                                           .value(QLatin1String("workflowFiles"))
                                           .toObject()
                                           .value(QLatin1String("entries"))
                                           .toArray();
            for (const QJsonValue &entry : entries) {
                const QString file = entry.toObject().value(QLatin1String("name")).toString();
                if (file.endsWith(QLatin1String(".yml")) || file.endsWith(QLatin1String(".yaml")))
                    hasWorkflowFiles = true;
            }
            firstPage = false;
        }
        QList<DeploymentRecord> deploymentRecords;
        QList<ReleaseRecord> releaseRecords;
        int fresh = 0; // created since the last complete walk (the rest are read again)
        // Newest first: a walk ends at the first item older than where the last one stopped.
        auto step = [&](Walk &walk, const auto &collect) {
            if (!walk.going)
                return;
            const QJsonObject connection
                = repository.toObject().value(QLatin1String(walk.name)).toObject();
            bool reachedKnown = false;
            for (const QJsonValue &node : connection.value(QLatin1String("nodes")).toArray()) {
                const QDateTime created = collect(node.toObject());
                if (created.isValid() && (!newest.isValid() || created > newest))
                    newest = created;
                if (!seenUpTo.isValid() || (created.isValid() && created > seenUpTo))
                    ++fresh;
                if (stopBefore.isValid() && created.isValid() && created < stopBefore)
                    reachedKnown = true;
            }
            const QJsonObject pageInfo = connection.value(QLatin1String("pageInfo")).toObject();
            walk.after = pageInfo.value(QLatin1String("endCursor")).toString();
            walk.going = !reachedKnown && pageInfo.value(QLatin1String("hasNextPage")).toBool();
        };
        step(deployments, [&](const QJsonObject &node) {
            deploymentRecords << GitHubMapper::deploymentFromGraphql(node, repo.id);
            return deploymentRecords.constLast().createdAt;
        });
        step(releases, [&](const QJsonObject &node) {
            releaseRecords << GitHubMapper::releaseFromGraphql(node, repo.id);
            return releaseRecords.constLast().createdAt;
        });
        const Result<void> written = storeTimedWalkPage(
            repo.id, DeliveryKind, !deployments.going && !releases.going, newest,
            [&](CacheWriter &writer) -> Result<void> {
                for (const DeploymentRecord &record : std::as_const(deploymentRecords)) {
                    if (const Result<void> ok = writer.upsertDeployment(record); !ok)
                        return ok;
                }
                for (const ReleaseRecord &record : std::as_const(releaseRecords)) {
                    if (const Result<void> ok = writer.upsertRelease(record); !ok)
                        return ok;
                }
                return {};
            });
        if (!written)
            return written;
        countItems(DeliveryKind, fresh);
    }
    return hasWorkflowFiles ? syncWorkflowRuns(repo) : Result<void>();
}
