#include "providers/github/githubsync.h"

#include "common/logging.h"

#include "providers/github/githubmapper.h"
#include "storage/accountstore.h"
#include "storage/boundquery.h"
#include "storage/cachewriter.h"
#include "storage/reposelection.h"
#include "storage/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace {

const QString CommitsKind = QStringLiteral("commits");
const QString PullsKind = QStringLiteral("pull_requests");
const QString IssuesKind = QStringLiteral("issues");
const QString ReposKind = QStringLiteral("repos");

const QString CommitHistoryQuery = QStringLiteral(
    "query($owner: String!, $name: String!, $since: GitTimestamp, $after: String) {\n"
    "  repository(owner: $owner, name: $name) {\n"
    "    defaultBranchRef {\n"
    "      target {\n"
    "        ... on Commit {\n"
    "          history(first: 100, after: $after, since: $since) {\n"
    "            pageInfo { hasNextPage endCursor }\n"
    "            nodes {\n"
    "              oid message additions deletions authoredDate committedDate\n"
    "              author { name email date user { login } }\n"
    "              committer { name email date user { login } }\n"
    "            }\n"
    "          }\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "}");

const QString PullRequestsQuery = QStringLiteral(
    "query($owner: String!, $name: String!, $after: String) {\n"
    "  repository(owner: $owner, name: $name) {\n"
    "    pullRequests(first: 100, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {\n"
    "      pageInfo { hasNextPage endCursor }\n"
    "      nodes {\n"
    "        number title state isDraft createdAt updatedAt mergedAt closedAt\n"
    "        additions deletions changedFiles commits { totalCount }\n"
    "        author { login } headRefName baseRefName\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "}");

const QString BranchesKind = QStringLiteral("branches");
const QString TagsKind = QStringLiteral("tags");
const QString IssueEventsKind = QStringLiteral("issue_events");
const QString EventsKind = QStringLiteral("events");

const QString BranchesQuery
    = QStringLiteral("query($owner: String!, $name: String!, $after: String) {\n"
                     "  repository(owner: $owner, name: $name) {\n"
                     "    refs(refPrefix: \"refs/heads/\", first: 100, after: $after) {\n"
                     "      pageInfo { hasNextPage endCursor }\n"
                     "      nodes { name target { oid } }\n"
                     "    }\n"
                     "  }\n"
                     "}");

const QString TagsQuery
    = QStringLiteral("query($owner: String!, $name: String!, $after: String) {\n"
                     "  repository(owner: $owner, name: $name) {\n"
                     "    refs(refPrefix: \"refs/tags/\", first: 100, after: $after) {\n"
                     "      pageInfo { hasNextPage endCursor }\n"
                     "      nodes {\n"
                     "        name\n"
                     "        target {\n"
                     "          oid\n"
                     "          ... on Commit { committedDate }\n"
                     "          ... on Tag { target { oid ... on Commit { committedDate } } }\n"
                     "        }\n"
                     "      }\n"
                     "    }\n"
                     "  }\n"
                     "}");

// One page of a newest-first walk. The newest value on the walk's first page becomes the
// watermark only once the walk is complete (no next page): a walk stopped half-way is
// continued from its page cursor next time, never skipped.
SyncCursor stepWalk(const SyncCursor &cursor, const QString &newestOnPage, const QString &nextPage)
{
    SyncCursor updated = cursor;
    if (cursor.pageCursor.isEmpty() && !newestOnPage.isEmpty())
        updated.walkWatermark = newestOnPage;
    if (!nextPage.isEmpty()) {
        updated.pageCursor = nextPage;
        return updated;
    }
    if (!updated.walkWatermark.isEmpty())
        updated.watermark = updated.walkWatermark;
    updated.pageCursor.clear();
    updated.walkWatermark.clear();
    return updated;
}

QString idText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Runs `write` and saves `cursor` in one transaction: a page and its cursor land together.
Result<void> writePage(QSqlDatabase &db, const std::function<Result<void>(CacheWriter &)> &write,
                       const std::function<Result<void>(SyncState &)> &saveCursor)
{
    CacheWriter writer(db);
    if (const Result<void> begun = writer.transaction(); !begun)
        return begun;
    Result<void> written = write(writer);
    if (written) {
        SyncState state(db);
        written = saveCursor(state);
    }
    if (!written) {
        writer.rollback();
        return written;
    }
    return writer.commit();
}

} // namespace

GitHubSync::GitHubSync(GitHubApiClient &api, QSqlDatabase db, qint64 accountId,
                       const QString &login, ProgressCallback progress)
    : m_api(api)
    , m_db(std::move(db))
    , m_accountId(accountId)
    , m_login(login)
    , m_reportProgress(std::move(progress))
{}

void GitHubSync::countItems(const QString &kind, int count)
{
    m_progress.itemsByKind[kind] += count;
    if (m_reportProgress)
        m_reportProgress(m_progress);
}

Result<void> GitHubSync::run(bool full)
{
    if (full) {
        if (const Result<void> reset = SyncState(m_db).resetCursors(m_accountId); !reset)
            return reset;
    }
    if (const Result<void> user = syncUser(); !user)
        return user;
    const Result<QList<RepoTarget>> repos = syncRepos();
    if (!repos)
        return repos.error();
    m_progress.reposTotal = int(repos.value().size());
    for (const RepoTarget &repo : repos.value()) {
        m_progress.currentRepo = repo.owner + QLatin1Char('/') + repo.name;
        if (m_reportProgress)
            m_reportProgress(m_progress);
        Result<void> synced = syncCommits(repo, full);
        if (synced)
            synced = syncPulls(repo);
        if (synced)
            synced = syncIssues(repo);
        if (synced)
            synced = syncIssueEvents(repo);
        if (synced)
            synced = syncBranches(repo);
        if (synced)
            synced = syncTags(repo);
        if (!synced) {
            // Only what concerns this repository alone is skipped; the rest stops the sync.
            if (synced.error().kind != ErrorKind::InvalidInput)
                return synced;
            if (const Result<void> recorded = recordRepoError(repo, synced.error().userMessage);
                !recorded)
                return recorded;
        }
        ++m_progress.reposDone;
        if (m_reportProgress)
            m_reportProgress(m_progress);
    }
    m_progress.currentRepo.clear();
    const Result<void> events = syncUserEvents();
    if (!events && events.error().kind != ErrorKind::InvalidInput)
        return events;
    return {};
}

Result<void> GitHubSync::syncUser()
{
    const Result<ApiPage> page = m_api.get(QStringLiteral("/user"));
    if (!page)
        return page.error();
    if (page.value().status != 200 && !page.value().notModified)
        return {}; // only status for the window: never a reason to stop the sync
    const QJsonObject user = page.value().json.object();
    return AccountStore(m_db).updateStatus(
        m_accountId, user.value(QLatin1String("name")).toString(), page.value().oauthScopes,
        {user.value(QLatin1String("avatar_url")).toString(), page.value().rateLimit,
         page.value().rateLimitRemaining, page.value().rateLimitResetAt});
}

Result<void> GitHubSync::storeRepoList(const QString &firstUrl,
                                       const std::function<bool(RepoRecord &)> &accept)
{
    QString next = firstUrl;
    while (!next.isEmpty()) {
        const Result<ApiPage> page = m_api.get(next);
        if (!page)
            return page.error();
        if (page.value().status != 200 && !page.value().notModified) {
            return Error{
                QCoreApplication::translate("GitHubSync", "GitHub did not list the repositories "
                                                          "(HTTP %1).")
                    .arg(page.value().status),
                QStringLiteral("%1: %2").arg(next).arg(page.value().status), ErrorKind::Network};
        }
        int written = 0;
        if (!page.value().notModified) { // unchanged upstream: nothing to write
            const QJsonArray items = page.value().json.array();
            const Result<void> stored = writePage(
                m_db,
                [&](CacheWriter &writer) -> Result<void> {
                    for (const QJsonValue &item : items) {
                        RepoRecord repo = GitHubMapper::repoFromRest(item.toObject(), m_accountId);
                        if (repo.fullName.isEmpty() || !accept(repo))
                            continue;
                        if (const Result<qint64> id = writer.upsertRepo(repo); !id)
                            return id.error();
                        ++written;
                    }
                    return {};
                },
                [](SyncState &) { return Result<void>(); });
            if (!stored)
                return stored;
        }
        countItems(ReposKind, written);
        next = page.value().nextUrl.toString();
    }
    return {};
}

Result<QList<GitHubSync::RepoTarget>> GitHubSync::syncRepos()
{
    // The user's own repositories: synced by default, forks only when ticked.
    Result<void> listed
        = storeRepoList(QStringLiteral("/user/repos?affiliation=owner&sort=full_name&per_page=100"),
                        [this](RepoRecord &repo) {
                            if (repo.owner.compare(m_login, Qt::CaseInsensitive) != 0)
                                return false;
                            repo.selectedByDefault = !repo.isFork;
                            return true;
                        });
    if (!listed)
        return listed.error();

    // Organisations, and the repositories of those the user ticked (synced only if ticked).
    const Result<ApiPage> orgs = m_api.get(QStringLiteral("/user/orgs?per_page=100"));
    if (!orgs)
        return orgs.error();
    if (orgs.value().status == 200) {
        const QJsonArray items = orgs.value().json.array();
        const Result<void> stored = writePage(
            m_db,
            [&](CacheWriter &writer) -> Result<void> {
                for (const QJsonValue &item : items) {
                    const QJsonObject org = item.toObject();
                    const Result<qint64> id = writer.upsertOrg(
                        {m_accountId, org.value(QLatin1String("login")).toString(),
                         org.value(QLatin1String("description")).toString()});
                    if (!id)
                        return id.error();
                }
                return {};
            },
            [](SyncState &) { return Result<void>(); });
        if (!stored)
            return stored.error();
    }
    const Result<QList<SelectableOrg>> knownOrgs = RepoSelection(m_db).orgs(m_accountId);
    if (!knownOrgs)
        return knownOrgs.error();
    for (const SelectableOrg &org : knownOrgs.value()) {
        if (!org.selected)
            continue;
        listed = storeRepoList(QStringLiteral("/orgs/%1/repos?per_page=100")
                                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(org.login))),
                               [](RepoRecord &repo) {
                                   repo.selectedByDefault = false;
                                   return true;
                               });
        if (!listed)
            return listed.error();
    }

    const Result<QList<SelectableRepo>> selected = RepoSelection(m_db).reposToSync(m_accountId);
    if (!selected)
        return selected.error();
    QList<RepoTarget> targets;
    for (const SelectableRepo &repo : selected.value())
        targets << RepoTarget{repo.id, repo.owner, repo.fullName.section(QLatin1Char('/'), 1)};
    return targets;
}

Result<void> GitHubSync::syncCommits(const RepoTarget &repo, bool full)
{
    Result<SyncCursor> stored = SyncState(m_db).cursor(m_accountId, repo.id, CommitsKind);
    if (!stored)
        return stored.error();
    SyncCursor cursor = stored.value();
    QSet<QString> seenShas; // for the full walk's force-push check
    bool walkedFromStart = cursor.pageCursor.isEmpty();

    for (;;) {
        QJsonObject variables{{QStringLiteral("owner"), repo.owner},
                              {QStringLiteral("name"), repo.name}};
        if (!cursor.watermark.isEmpty())
            variables.insert(QStringLiteral("since"), cursor.watermark);
        if (!cursor.pageCursor.isEmpty())
            variables.insert(QStringLiteral("after"), cursor.pageCursor);
        const Result<QJsonObject> data = m_api.graphql(CommitHistoryQuery, variables);
        if (!data)
            return data.error();
        const QJsonValue repository = data.value().value(QLatin1String("repository"));
        if (repository.isNull() || repository.isUndefined()) {
            return Error{QCoreApplication::translate("GitHubSync",
                                                     "GitHub no longer shows this repository."),
                         QStringLiteral("repository %1/%2 not found").arg(repo.owner, repo.name),
                         ErrorKind::InvalidInput};
        }
        const QJsonObject history = repository.toObject()
                                        .value(QLatin1String("defaultBranchRef"))
                                        .toObject()
                                        .value(QLatin1String("target"))
                                        .toObject()
                                        .value(QLatin1String("history"))
                                        .toObject();
        // An empty repository has no default branch: no commits, not an error.
        const QJsonArray nodes = history.value(QLatin1String("nodes")).toArray();
        const QJsonObject pageInfo = history.value(QLatin1String("pageInfo")).toObject();
        const bool hasNext = pageInfo.value(QLatin1String("hasNextPage")).toBool();

        const QString newest
            = nodes.isEmpty() ? QString()
                              : isoTime(GitHubMapper::parseTime(
                                  nodes.first().toObject().value(QLatin1String("committedDate"))));
        const SyncCursor updated
            = stepWalk(cursor, newest,
                       hasNext ? pageInfo.value(QLatin1String("endCursor")).toString() : QString());
        const Result<QSet<QString>> known = knownShas(repo.id, nodes);
        if (!known)
            return known.error();
        const QSet<QString> &cachedShas = known.value();
        int written = 0;
        const Result<void> stored_ = writePage(
            m_db,
            [&](CacheWriter &writer) -> Result<void> {
                for (const QJsonValue &node : nodes) {
                    const CommitRecord commit
                        = GitHubMapper::commitFromGraphql(node.toObject(), repo.id);
                    seenShas.insert(commit.sha);
                    // A commit never changes once written (its sha is its content); `since`
                    // is inclusive, so the newest known one comes back each time: skip it.
                    if (!full && cachedShas.contains(commit.sha))
                        continue;
                    if (const Result<void> ok = writer.upsertCommit(commit); !ok)
                        return ok;
                    ++written;
                }
                return {};
            },
            [&](SyncState &state) {
                return state.saveCursor(m_accountId, repo.id, CommitsKind, updated);
            });
        if (!stored_)
            return stored_;
        cursor = updated;
        countItems(CommitsKind, written);
        if (!hasNext)
            break;
    }

    if (full && walkedFromStart) {
        // A full walk saw every commit of the branch: whatever else is cached was dropped
        // upstream (force-push) and goes too.
        Result<QSqlQuery> cached
            = BoundQuery::exec(m_db, QStringLiteral("SELECT sha FROM commits WHERE repo_id = ?"),
                               {repo.id}, QStringLiteral("checking for rewritten history"));
        if (!cached)
            return cached.error();
        QStringList gone;
        QSqlQuery &query = cached.value();
        while (query.next()) {
            if (!seenShas.contains(query.value(0).toString()))
                gone << query.value(0).toString();
        }
        for (const QString &sha : gone) {
            const Result<void> removed = BoundQuery::execWrite(
                m_db, QStringLiteral("DELETE FROM commits WHERE repo_id = ? AND sha = ?"),
                {repo.id, sha}, QStringLiteral("removing a commit dropped upstream"));
            if (!removed)
                return removed;
        }
        if (!gone.isEmpty())
            qCInfo(lcSync) << "Removed" << gone.size() << "commits dropped upstream from"
                           << repo.name;
    }
    return {};
}

Result<void> GitHubSync::syncPulls(const RepoTarget &repo)
{
    Result<SyncCursor> stored = SyncState(m_db).cursor(m_accountId, repo.id, PullsKind);
    if (!stored)
        return stored.error();
    SyncCursor cursor = stored.value();
    const QDateTime watermark = QDateTime::fromString(cursor.watermark, Qt::ISODateWithMs);

    for (;;) {
        QJsonObject variables{{QStringLiteral("owner"), repo.owner},
                              {QStringLiteral("name"), repo.name}};
        if (!cursor.pageCursor.isEmpty())
            variables.insert(QStringLiteral("after"), cursor.pageCursor);
        const Result<QJsonObject> data = m_api.graphql(PullRequestsQuery, variables);
        if (!data)
            return data.error();
        const QJsonObject pulls = data.value()
                                      .value(QLatin1String("repository"))
                                      .toObject()
                                      .value(QLatin1String("pullRequests"))
                                      .toObject();
        const QJsonArray nodes = pulls.value(QLatin1String("nodes")).toArray();
        const QJsonObject pageInfo = pulls.value(QLatin1String("pageInfo")).toObject();

        // Newest updates first: the walk ends at the first pull request not newer than the
        // last complete walk.
        bool reachedKnown = false;
        QList<PullRequestRecord> fresh;
        for (const QJsonValue &node : nodes) {
            const PullRequestRecord pull = GitHubMapper::pullFromGraphql(node.toObject(), repo.id);
            if (watermark.isValid() && pull.updatedAt.isValid() && pull.updatedAt <= watermark) {
                reachedKnown = true;
                break;
            }
            fresh << pull;
        }
        const bool hasNext = !reachedKnown && pageInfo.value(QLatin1String("hasNextPage")).toBool();
        const QString newest = nodes.isEmpty()
                                   ? QString()
                                   : isoTime(GitHubMapper::parseTime(
                                       nodes.first().toObject().value(QLatin1String("updatedAt"))));
        const SyncCursor updated
            = stepWalk(cursor, newest,
                       hasNext ? pageInfo.value(QLatin1String("endCursor")).toString() : QString());
        const Result<void> written = writePage(
            m_db,
            [&](CacheWriter &writer) -> Result<void> {
                for (const PullRequestRecord &pull : fresh) {
                    if (const Result<void> ok = writer.upsertPullRequest(pull); !ok)
                        return ok;
                }
                return {};
            },
            [&](SyncState &state) {
                return state.saveCursor(m_accountId, repo.id, PullsKind, updated);
            });
        if (!written)
            return written;
        cursor = updated;
        countItems(PullsKind, int(fresh.size()));
        if (!hasNext)
            return {};
    }
}

Result<void> GitHubSync::syncIssues(const RepoTarget &repo)
{
    Result<SyncCursor> stored = SyncState(m_db).cursor(m_accountId, repo.id, IssuesKind);
    if (!stored)
        return stored.error();
    SyncCursor cursor = stored.value();

    QString next = cursor.pageCursor;
    if (next.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated"));
        query.addQueryItem(QStringLiteral("direction"), QStringLiteral("asc"));
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        if (!cursor.watermark.isEmpty())
            query.addQueryItem(QStringLiteral("since"), cursor.watermark);
        next = QStringLiteral("/repos/%1/%2/issues?%3")
                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(repo.owner)),
                        QString::fromUtf8(QUrl::toPercentEncoding(repo.name)),
                        query.toString(QUrl::FullyEncoded));
    }
    while (!next.isEmpty()) {
        const Result<ApiPage> page = m_api.get(next);
        if (!page)
            return page.error();
        if (page.value().status == 404 || page.value().status == 410
            || page.value().status == 451) {
            // Issues turned off, repository gone or blocked: this repository only.
            return Error{
                QCoreApplication::translate("GitHubSync", "GitHub refused this repository's issues "
                                                          "(HTTP %1).")
                    .arg(page.value().status),
                QStringLiteral("issues: %1").arg(page.value().status), ErrorKind::InvalidInput};
        }
        if (page.value().status != 200 && !page.value().notModified) {
            return Error{QCoreApplication::translate("GitHubSync",
                                                     "GitHub did not list the issues (HTTP %1).")
                             .arg(page.value().status),
                         QStringLiteral("issues: %1").arg(page.value().status), ErrorKind::Network};
        }
        const QJsonArray items = page.value().json.array();
        SyncCursor updated = cursor;
        QDateTime newest = QDateTime::fromString(cursor.watermark, Qt::ISODate);
        const QDateTime watermarkTime = newest;
        int written = 0;
        const Result<void> stored_ = writePage(
            m_db,
            [&](CacheWriter &writer) -> Result<void> {
                for (const QJsonValue &item : items) {
                    const QDateTime updatedAt = GitHubMapper::parseTime(
                        item.toObject().value(QLatin1String("updated_at")));
                    if (updatedAt.isValid() && (!newest.isValid() || updatedAt > newest))
                        newest = updatedAt;
                    // `since` is inclusive: what was updated exactly at the watermark is stored.
                    if (watermarkTime.isValid() && updatedAt.isValid()
                        && updatedAt <= watermarkTime)
                        continue;
                    const std::optional<IssueRecord> issue
                        = GitHubMapper::issueFromRest(item.toObject(), repo.id);
                    if (!issue)
                        continue; // a pull request: synced with the pull requests
                    if (const Result<void> ok = writer.upsertIssue(*issue); !ok)
                        return ok;
                    ++written;
                }
                // Oldest updates first: every stored page moves the watermark safely.
                if (newest.isValid())
                    updated.watermark = newest.toString(Qt::ISODate);
                updated.pageCursor = page.value().nextUrl.toString();
                return {};
            },
            [&](SyncState &state) {
                return state.saveCursor(m_accountId, repo.id, IssuesKind, updated);
            });
        if (!stored_)
            return stored_;
        cursor = updated;
        countItems(IssuesKind, written);
        next = page.value().nextUrl.toString();
    }
    return {};
}

Result<QJsonArray> GitHubSync::listRefs(const RepoTarget &repo, const QString &query)
{
    QJsonArray all;
    QString after;
    for (;;) {
        QJsonObject variables{{QStringLiteral("owner"), repo.owner},
                              {QStringLiteral("name"), repo.name}};
        if (!after.isEmpty())
            variables.insert(QStringLiteral("after"), after);
        const Result<QJsonObject> data = m_api.graphql(query, variables);
        if (!data)
            return data.error();
        const QJsonObject refs = data.value()
                                     .value(QLatin1String("repository"))
                                     .toObject()
                                     .value(QLatin1String("refs"))
                                     .toObject();
        for (const QJsonValue &node : refs.value(QLatin1String("nodes")).toArray())
            all.append(node);
        const QJsonObject pageInfo = refs.value(QLatin1String("pageInfo")).toObject();
        if (!pageInfo.value(QLatin1String("hasNextPage")).toBool())
            return all;
        after = pageInfo.value(QLatin1String("endCursor")).toString();
    }
}

Result<void> GitHubSync::syncBranches(const RepoTarget &repo)
{
    // The whole listing each time (one request per 100 branches): only a complete listing
    // can tell which branches were deleted. Only what changed is written.
    const Result<QJsonArray> nodes = listRefs(repo, BranchesQuery);
    if (!nodes)
        return nodes.error();
    Result<QSqlQuery> existing = BoundQuery::exec(
        m_db,
        QStringLiteral(
            "SELECT name, head_sha, deleted_at IS NOT NULL FROM branches WHERE repo_id = ?"),
        {repo.id}, QStringLiteral("reading the stored branches"));
    if (!existing)
        return existing.error();
    QHash<QString, QPair<QString, bool>> stored; // name -> (head, deleted)
    while (existing.value().next()) {
        stored.insert(existing.value().value(0).toString(),
                      {existing.value().value(1).toString(), existing.value().value(2).toBool()});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int written = 0;
    const Result<void> saved = writePage(
        m_db,
        [&](CacheWriter &writer) -> Result<void> {
            QSet<QString> seen;
            for (const QJsonValue &node : nodes.value()) {
                const BranchRecord branch
                    = GitHubMapper::branchFromGraphql(node.toObject(), repo.id, now);
                seen.insert(branch.name);
                const auto known = stored.constFind(branch.name);
                if (known != stored.constEnd() && known->first == branch.headSha && !known->second)
                    continue;
                if (const Result<void> ok = writer.upsertBranch(branch); !ok)
                    return ok;
                if (known != stored.constEnd() && known->second) {
                    const Result<void> revived = BoundQuery::execWrite(
                        m_db,
                        QStringLiteral(
                            "UPDATE branches SET deleted_at = NULL WHERE repo_id = ? AND name = ?"),
                        {repo.id, branch.name}, QStringLiteral("saving a branch"));
                    if (!revived)
                        return revived;
                }
                ++written;
            }
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                if (seen.contains(it.key()) || it->second)
                    continue;
                const Result<void> gone = BoundQuery::execWrite(
                    m_db,
                    QStringLiteral(
                        "UPDATE branches SET deleted_at = ? WHERE repo_id = ? AND name = ?"),
                    {BoundQuery::timeValue(now), repo.id, it.key()},
                    QStringLiteral("marking a deleted branch"));
                if (!gone)
                    return gone;
                ++written;
            }
            return {};
        },
        [](SyncState &) { return Result<void>(); });
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
    Result<QSqlQuery> existing
        = BoundQuery::exec(m_db, QStringLiteral("SELECT name, sha FROM tags WHERE repo_id = ?"),
                           {repo.id}, QStringLiteral("reading the stored tags"));
    if (!existing)
        return existing.error();
    QHash<QString, QString> stored;
    while (existing.value().next())
        stored.insert(existing.value().value(0).toString(), existing.value().value(1).toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int written = 0;
    const Result<void> saved = writePage(
        m_db,
        [&](CacheWriter &writer) -> Result<void> {
            for (const QJsonValue &node : nodes.value()) {
                const TagRecord tag = GitHubMapper::tagFromGraphql(node.toObject(), repo.id, now);
                if (stored.contains(tag.name) && stored.value(tag.name) == tag.sha)
                    continue;
                if (const Result<void> ok = writer.upsertTag(tag); !ok)
                    return ok;
                ++written;
            }
            return {};
        },
        [](SyncState &) { return Result<void>(); });
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
        const Result<void> saved = writePage(
            m_db,
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
    const QString url = QStringLiteral("/repos/%1/%2/issues/events?per_page=100")
                            .arg(QString::fromUtf8(QUrl::toPercentEncoding(repo.owner)),
                                 QString::fromUtf8(QUrl::toPercentEncoding(repo.name)));
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

Result<QSet<QString>> GitHubSync::knownShas(qint64 repoId, const QJsonArray &nodes)
{
    QSet<QString> known;
    if (nodes.isEmpty())
        return known;
    QStringList placeholders;
    QVariantList values{repoId};
    for (const QJsonValue &node : nodes) {
        placeholders << QStringLiteral("?");
        values << node.toObject().value(QLatin1String("oid")).toString();
    }
    Result<QSqlQuery> result = BoundQuery::exec(
        m_db,
        QStringLiteral("SELECT sha FROM commits WHERE repo_id = ? AND sha IN (%1)")
            .arg(placeholders.join(QLatin1Char(','))),
        values, QStringLiteral("checking which commits are known"));
    if (!result)
        return result.error();
    while (result.value().next())
        known.insert(result.value().value(0).toString());
    return known;
}

Result<void> GitHubSync::recordRepoError(const RepoTarget &repo, const QString &error)
{
    qCWarning(lcSync) << "Skipped" << repo.owner << repo.name << ":" << error;
    return BoundQuery::execWrite(
        m_db, QStringLiteral("UPDATE repos SET sync_error = ? WHERE id = ?"), {error, repo.id},
        QStringLiteral("recording a repository's error"));
}
