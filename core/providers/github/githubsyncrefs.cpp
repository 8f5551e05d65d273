// GitHubSync, continued: branches, tags and the newest-first event lists.
#include "core/providers/github/githubsync.h"

#include "core/common/logging.h"
#include "core/providers/github/githubmapper.h"
#include "core/providers/github/githubsyncsupport.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "core/storage/repocontents.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

using namespace GitHubSyncSupport;

Result<QJsonArray> GitHubSync::listRefs(const RepoTarget &repo, const QString &query)
{
    QJsonArray all;
    QString after;
    for (;;) {
        const Result<GraphqlPage> page
            = repositoryPage(repo, query, {QStringLiteral("refs")}, after);
        if (!page)
            return page.error();
        for (const QJsonValue &node : page.value().nodes)
            all.append(node);
        if (page.value().nextCursor.isEmpty())
            return all;
        after = page.value().nextCursor;
    }
}

Result<void> GitHubSync::syncBranches(const RepoTarget &repo)
{
    // The whole listing each time (one request per 100 branches): only a complete listing
    // can tell which branches were deleted. Only what changed is written.
    const Result<QJsonArray> nodes = listRefs(repo, BranchesQuery);
    if (!nodes)
        return nodes.error();
    const RepoContents contents(m_db);
    const Result<QHash<QString, RepoContents::StoredBranch>> existing = contents.branches(repo.id);
    if (!existing)
        return existing.error();
    const QHash<QString, RepoContents::StoredBranch> &stored = existing.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int written = 0;
    const Result<void> saved = storePage([&](CacheWriter &writer) -> Result<void> {
        QSet<QString> seen;
        for (const QJsonValue &node : nodes.value()) {
            const BranchRecord branch
                = GitHubMapper::branchFromGraphql(node.toObject(), repo.id, now);
            seen.insert(branch.name);
            const auto known = stored.constFind(branch.name);
            if (known != stored.constEnd() && known->headSha == branch.headSha && !known->deleted)
                continue;
            if (const Result<void> ok = writer.upsertBranch(branch); !ok)
                return ok;
            if (known != stored.constEnd() && known->deleted) {
                if (const Result<void> revived = contents.reviveBranch(repo.id, branch.name);
                    !revived)
                    return revived;
            }
            ++written;
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (seen.contains(it.key()) || it->deleted)
                continue;
            if (const Result<void> gone = contents.markBranchDeleted(repo.id, it.key(), now); !gone)
                return gone;
            ++written;
        }
        return {};
    });
    if (!saved)
        return saved;
    countItems(BranchesKind, written);
    return {};
}

Result<void> GitHubSync::syncTags(const RepoTarget &repo)
{
    const Result<QJsonArray> nodes = listRefs(repo, TagsQuery);
    if (!nodes)
        return nodes.error();
    const Result<QHash<QString, QString>> existing = RepoContents(m_db).tags(repo.id);
    if (!existing)
        return existing.error();
    const QHash<QString, QString> &stored = existing.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int written = 0;
    const Result<void> saved = storePage([&](CacheWriter &writer) -> Result<void> {
        for (const QJsonValue &node : nodes.value()) {
            const TagRecord tag = GitHubMapper::tagFromGraphql(node.toObject(), repo.id, now);
            if (stored.contains(tag.name) && stored.value(tag.name) == tag.sha)
                continue;
            if (const Result<void> ok = writer.upsertTag(tag); !ok)
                return ok;
            ++written;
        }
        return {};
    });
    if (!saved)
        return saved;
    countItems(TagsKind, written);
    return {};
}

Result<void> GitHubSync::syncNewestFirst(
    qint64 repoId, const QString &kind, const QString &firstUrl,
    const std::function<Result<void>(CacheWriter &, const QJsonObject &)> &write)
{
    Result<SyncCursor> stored = SyncState(m_db).cursor(m_accountId, repoId, kind);
    if (!stored)
        return stored.error();
    SyncCursor cursor = stored.value();
    const qint64 watermark = cursor.watermark.toLongLong();
    QString next = cursor.pageCursor.isEmpty() ? firstUrl : cursor.pageCursor;
    while (!next.isEmpty()) {
        const Result<ApiPage> page = m_api.get(next);
        if (!page)
            return page.error();
        if (page.value().status == 404 || page.value().status == 410
            || page.value().status == 451) {
            return Error{
                QCoreApplication::translate("GitHubSync", "GitHub refused this list (HTTP %1).")
                    .arg(page.value().status),
                QStringLiteral("%1: %2").arg(kind).arg(page.value().status),
                ErrorKind::InvalidInput};
        }
        if (page.value().notModified && cursor.pageCursor.isEmpty())
            return {}; // the newest page is as it was: nothing new
        if (page.value().status != 200 && !page.value().notModified) {
            return Error{
                QCoreApplication::translate("GitHubSync", "GitHub did not list the %1 (HTTP %2).")
                    .arg(kind)
                    .arg(page.value().status),
                QStringLiteral("%1: %2").arg(kind).arg(page.value().status), ErrorKind::Network};
        }
        const QJsonArray items = page.value().json.array();
        SyncCursor updated = cursor;
        const QString newest = items.isEmpty()
                                   ? QString()
                                   : idText(items.first().toObject().value(QLatin1String("id")));
        bool reachedKnown = false;
        int written = 0;
        const QUrl nextUrl = page.value().nextUrl;
        const Result<void> saved = storePage(
            [&](CacheWriter &writer) -> Result<void> {
                for (const QJsonValue &item : items) {
                    const qint64 id
                        = idText(item.toObject().value(QLatin1String("id"))).toLongLong();
                    if (watermark > 0 && id <= watermark) {
                        reachedKnown = true;
                        break;
                    }
                    if (const Result<void> ok = write(writer, item.toObject()); !ok)
                        return ok;
                    ++written;
                }
                const bool more = !reachedKnown && !nextUrl.isEmpty();
                updated = stepWalk(cursor, newest, more ? nextUrl.toString() : QString());
                return {};
            },
            [&](SyncState &state) { return state.saveCursor(m_accountId, repoId, kind, updated); });
        if (!saved)
            return saved;
        cursor = updated;
        countItems(kind, written);
        next = cursor.pageCursor;
    }
    return {};
}

Result<void> GitHubSync::syncIssueEvents(const RepoTarget &repo)
{
    const QString url
        = restRepoPath(repo.owner, repo.name) + QStringLiteral("/issues/events?per_page=100");
    return syncNewestFirst(
        repo.id, IssueEventsKind, url, [&repo](CacheWriter &writer, const QJsonObject &item) {
            return writer.upsertIssueEvent(GitHubMapper::issueEventFromRest(item, repo.id));
        });
}

Result<void> GitHubSync::syncUserEvents()
{
    const QString url = QStringLiteral("/users/%1/events?per_page=100")
                            .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_login)));
    return syncNewestFirst(
        0, EventsKind, url, [this](CacheWriter &writer, const QJsonObject &item) {
            return writer.upsertEvent(GitHubMapper::eventFromRest(item, m_accountId));
        });
}
