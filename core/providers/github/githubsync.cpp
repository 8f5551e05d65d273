#include "core/providers/github/githubsync.h"

#include "core/common/logging.h"

#include "core/providers/github/githubmapper.h"
#include "core/providers/github/githubsyncsupport.h"
#include "core/providers/mailmap.h"
#include "core/storage/accountstore.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "core/storage/mailmapstore.h"
#include "core/storage/repocontents.h"
#include "core/storage/reposelection.h"
#include "core/storage/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

using namespace GitHubSyncSupport;

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
    Result<QList<RepoTarget>> repos = syncRepos();
    if (!repos)
        return repos.error();
    if (!m_onlyRepos.isEmpty()) {
        QList<RepoTarget> chosen;
        for (const QString &fullName : std::as_const(m_onlyRepos)) {
            const auto found = std::find_if(
                repos.value().cbegin(), repos.value().cend(), [&fullName](const RepoTarget &repo) {
                    return repo.owner + QLatin1Char('/') + repo.name == fullName;
                });
            if (found == repos.value().cend())
                return Error{
                    QCoreApplication::translate(
                        "GitHubSync",
                        "%1 is not among the repositories this account syncs. Tick it "
                        "with Choose repositories (Connections page) or devpulse repos select "
                        "first.")
                        .arg(fullName),
                    QStringLiteral("repo not synced: %1").arg(fullName), ErrorKind::InvalidInput};
            chosen << *found;
        }
        repos = chosen;
    }
    // One request per 100 repositories says which changed since each was last read in full;
    // only those are read (an unchanged re-sync of 200 repositories: 2 requests, not 1,200).
    // A full sync reads everything.
    RepoStates checked;
    if (!full) {
        Result<RepoStates> now = repoStates(repos.value());
        if (!now)
            return now.error();
        checked = now.value();
    }
    m_progress.reposTotal = int(repos.value().size());
    QList<RepoRead> toRead;
    for (const RepoTarget &repo : repos.value()) {
        const QString state = checked.states.value(repo.id);
        if (!state.isEmpty()) {
            const Result<SyncCursor> read
                = SyncState(m_db).cursor(m_accountId, repo.id, RepoStateKind);
            if (!read)
                return read.error();
            if (sameRepoState(read.value().watermark, state,
                              checked.countingRuns.contains(repo.id))) { // nothing changed
                ++m_progress.reposDone;
                continue;
            }
        }
        toRead << RepoRead{repo, state};
    }
    if (m_reportProgress)
        m_reportProgress(m_progress);
    const Result<void> read = m_parallelReads > 1 && m_openLane && toRead.size() > 1
                                  ? readSideBySide(toRead, full)
                                  : readInTurn(toRead, full);
    if (!read)
        return read;
    m_progress.currentRepo.clear();
    const Result<void> events = syncUserEvents();
    if (!events && events.error().kind != ErrorKind::InvalidInput)
        return events;
    return {};
}

Result<void> GitHubSync::readInTurn(const QList<RepoRead> &repos, bool full)
{
    for (const RepoRead &read : repos) {
        m_progress.currentRepo = read.repo.owner + QLatin1Char('/') + read.repo.name;
        if (m_reportProgress)
            m_reportProgress(m_progress);
        if (const Result<void> done = readRepo(read, full); !done)
            return done;
        ++m_progress.reposDone;
        if (m_reportProgress)
            m_reportProgress(m_progress);
    }
    return {};
}

Result<void> GitHubSync::readRepo(const RepoRead &read, bool full)
{
    const RepoTarget &repo = read.repo;
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
    if (synced)
        synced = syncDelivery(repo);
    if (!synced) {
        // Only what concerns this repository alone is skipped; the rest stops the sync.
        if (synced.error().kind != ErrorKind::InvalidInput)
            return synced;
        return recordRepoError(repo, synced.error().userMessage);
    }
    // Read in full: its state as checked before the read (a change during the read shows as
    // a different state next time) and the time.
    const QDateTime now = m_api.clock().now();
    return storePage([&](CacheWriter &writer) -> Result<void> {
        if (const Result<void> done = writer.markRepoSynced(repo.id, now); !done)
            return done;
        if (read.state.isEmpty())
            return {};
        SyncCursor remembered;
        remembered.watermark = read.state;
        return SyncState(m_db).saveCursor(m_accountId, repo.id, RepoStateKind, remembered);
    });
}

Result<void> GitHubSync::storePage(const std::function<Result<void>(CacheWriter &)> &write,
                                   const std::function<Result<void>(SyncState &)> &saveCursor)
{
    const std::lock_guard lock(*m_writeLock);
    return writePage(m_db, write, saveCursor);
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

Result<void> GitHubSync::syncCommits(const RepoTarget &repo, bool full)
{
    Result<SyncCursor> stored = SyncState(m_db).cursor(m_accountId, repo.id, CommitsKind);
    if (!stored)
        return stored.error();
    SyncCursor cursor = stored.value();
    // Once a walk has reached the root, the cache holds the branch's whole history: a later
    // walk starts at the head and stops as soon as every parent it reached is stored, as git
    // does. Commit dates cannot mark what is new (a merged branch or a push of older local
    // work brings commits dated before the newest stored one), so no `since` is sent.
    const bool historyComplete = !full && !cursor.watermark.isEmpty();
    if (historyComplete)
        cursor.pageCursor.clear(); // an incremental walk is short: it always starts at the head
    QSet<QString> seenShas;        // for the parents' check and the full walk's force-push check
    QSet<QString> missingParents;  // reached (as a parent) but neither stored nor seen yet
    bool walkedFromStart = cursor.pageCursor.isEmpty();
    // A first walk into an empty cache (a first sync) has nothing to look up page by page.
    bool mayHaveCached = true;
    if (!full && walkedFromStart && !historyComplete) {
        const Result<bool> any = RepoContents(m_db).hasCommits(repo.id);
        if (!any)
            return any.error();
        mayHaveCached = any.value();
    }

    QString mailmapText; // the .mailmap on the default branch, as the pages read it
    for (;;) {
        // An empty repository has no default branch: no commits, not an error.
        const Result<GraphqlPage> page
            = repositoryPage(repo, CommitHistoryQuery,
                             {QStringLiteral("defaultBranchRef"), QStringLiteral("target"),
                              QStringLiteral("history")},
                             cursor.pageCursor);
        if (!page)
            return page.error();
        const QJsonArray &nodes = page.value().nodes;
        const QString &endCursor = page.value().nextCursor;
        mailmapText = page.value()
                          .repository.value(QLatin1String("mailmap"))
                          .toObject()
                          .value(QLatin1String("text"))
                          .toString();

        QStringList pageShas;
        QList<QStringList> parentsOf;
        for (const QJsonValue &node : nodes) {
            pageShas << node.toObject().value(QLatin1String("oid")).toString();
            parentsOf << GitHubMapper::parentShas(node.toObject());
        }
        // Which of them the cache has: only asked when it holds any of this repository's
        // commits and the answer matters (a full walk writes everything and never stops early).
        QSet<QString> cachedShas;
        if (!full && mayHaveCached) {
            QStringList asked = pageShas;
            for (const QStringList &parents : std::as_const(parentsOf))
                asked << parents;
            Result<QSet<QString>> known = knownShas(repo.id, asked);
            if (!known)
                return known.error();
            cachedShas = std::move(known).value();
        }
        for (qsizetype i = 0; i < pageShas.size(); ++i) {
            missingParents.remove(pageShas.at(i));
            seenShas.insert(pageShas.at(i));
            for (const QString &parent : parentsOf.at(i)) {
                if (!cachedShas.contains(parent) && !seenShas.contains(parent))
                    missingParents.insert(parent);
            }
        }
        // An incremental walk ends where nothing reached is missing, even with pages left.
        const bool walkEnds = endCursor.isEmpty() || (historyComplete && missingParents.isEmpty());

        const QString newest
            = nodes.isEmpty() ? QString()
                              : isoTime(GitHubMapper::parseTime(
                                  nodes.first().toObject().value(QLatin1String("committedDate"))));
        SyncCursor updated;
        if (historyComplete) {
            // Nothing to resume: the watermark only says "the history once reached its root".
            updated = cursor;
            updated.pageCursor.clear();
        } else {
            updated = stepWalk(cursor, newest, walkEnds ? QString() : endCursor);
        }
        int written = 0;
        const Result<void> stored_ = storePage(
            [&](CacheWriter &writer) -> Result<void> {
                for (const QJsonValue &node : nodes) {
                    const CommitRecord commit
                        = GitHubMapper::commitFromGraphql(node.toObject(), repo.id);
                    // A commit never changes once written (its sha is its content).
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
        cursor.pageCursor = endCursor; // the next page of this walk
        countItems(CommitsKind, written);
        if (walkEnds)
            break;
    }

    if (const Result<void> kept = keepMailmap(repo.id, mailmapText); !kept)
        return kept;

    if (full && walkedFromStart) {
        // A full walk saw every commit of the branch: whatever else is cached was dropped
        // upstream (force-push) and goes too.
        const RepoContents contents(m_db);
        const Result<QStringList> cached = contents.commitShas(repo.id);
        if (!cached)
            return cached.error();
        QStringList gone;
        for (const QString &sha : cached.value()) {
            if (!seenShas.contains(sha))
                gone << sha;
        }
        const std::lock_guard lock(*m_writeLock);
        for (const QString &sha : gone) {
            if (const Result<void> removed = contents.removeCommit(repo.id, sha); !removed)
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
        const Result<GraphqlPage> page = repositoryPage(
            repo, PullRequestsQuery, {QStringLiteral("pullRequests")}, cursor.pageCursor);
        if (!page)
            return page.error();
        const QJsonArray &nodes = page.value().nodes;

        // Newest updates first: the walk ends at the first pull request older than the last
        // complete walk's newest. Those updated in that very second are read again (the
        // watermark is inclusive): one updated later in the same second was not seen then.
        bool reachedKnown = false;
        QList<PullRequestRecord> fresh;
        int newerThanWatermark = 0;
        for (const QJsonValue &node : nodes) {
            PullRequestRecord pull = GitHubMapper::pullFromGraphql(node.toObject(), repo.id);
            if (watermark.isValid() && pull.updatedAt.isValid() && pull.updatedAt < watermark) {
                reachedKnown = true;
                break;
            }
            const QString moreReviews = GitHubMapper::reviewsNextCursor(
                node.toObject().value(QLatin1String("reviews")).toObject());
            if (!moreReviews.isEmpty()) {
                if (const Result<void> read = readMoreReviews(repo, pull, moreReviews); !read)
                    return read;
            }
            if (!watermark.isValid() || !pull.updatedAt.isValid() || pull.updatedAt > watermark)
                ++newerThanWatermark;
            fresh << pull;
        }
        const bool hasNext = !reachedKnown && !page.value().nextCursor.isEmpty();
        const QString newest = nodes.isEmpty()
                                   ? QString()
                                   : isoTime(GitHubMapper::parseTime(
                                       nodes.first().toObject().value(QLatin1String("updatedAt"))));
        const SyncCursor updated
            = stepWalk(cursor, newest, hasNext ? page.value().nextCursor : QString());
        const Result<void> written = storePage(
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
        countItems(PullsKind, newerThanWatermark);
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
        next = restRepoPath(repo.owner, repo.name) + QStringLiteral("/issues?")
               + query.toString(QUrl::FullyEncoded);
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
        const Result<void> stored_ = storePage(
            [&](CacheWriter &writer) -> Result<void> {
                for (const QJsonValue &item : items) {
                    const QDateTime updatedAt = GitHubMapper::parseTime(
                        item.toObject().value(QLatin1String("updated_at")));
                    if (updatedAt.isValid() && (!newest.isValid() || updatedAt > newest))
                        newest = updatedAt;
                    // `since` is inclusive and so is the watermark: an issue updated in the
                    // watermark's very second after the last sync read it is written too
                    // (an upsert: one already stored changes nothing), but not counted as new.
                    if (watermarkTime.isValid() && updatedAt.isValid() && updatedAt < watermarkTime)
                        continue;
                    const std::optional<IssueRecord> issue
                        = GitHubMapper::issueFromRest(item.toObject(), repo.id);
                    if (!issue)
                        continue; // a pull request: synced with the pull requests
                    if (const Result<void> ok = writer.upsertIssue(*issue); !ok)
                        return ok;
                    if (!watermarkTime.isValid() || !updatedAt.isValid()
                        || updatedAt > watermarkTime)
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

Result<void> GitHubSync::keepMailmap(qint64 repoId, const QString &text)
{
    MailmapStore store(m_db);
    QList<MailmapEntry> entries;
    if (const Mailmap mailmap = Mailmap::parse(text); !mailmap.isEmpty()) {
        const Result<QList<QPair<QString, QString>>> authors = store.commitAuthors(repoId);
        if (!authors)
            return authors.error();
        for (const auto &[name, email] : authors.value()) {
            const QPair<QString, QString> mapped = mailmap.map(name, email);
            if (mapped.first != name || mapped.second != email)
                entries << MailmapEntry{name, email, mapped.first, mapped.second};
        }
    }
    const std::lock_guard lock(*m_writeLock);
    return store.replace(repoId, entries);
}

Result<void> GitHubSync::readMoreReviews(const RepoTarget &repo, PullRequestRecord &pull,
                                         QString after)
{
    // Rare (a pull request with more than a hundred reviews): a request per further page.
    while (!after.isEmpty()) {
        const Result<GraphqlPage> page = repositoryPage(
            repo, ReviewsQuery, {QStringLiteral("pullRequest"), QStringLiteral("reviews")}, after,
            {{QStringLiteral("number"), pull.number}});
        if (!page)
            return page.error();
        pull.reviews << GitHubMapper::reviewsFromGraphql(page.value().nodes);
        after = page.value().nextCursor;
    }
    return {};
}

Result<GitHubSync::GraphqlPage>
GitHubSync::repositoryPage(const RepoTarget &repo, const QString &query, const QStringList &path,
                           const QString &after, const QJsonObject &extraVariables)
{
    QJsonObject variables = extraVariables;
    variables.insert(QStringLiteral("owner"), repo.owner);
    variables.insert(QStringLiteral("name"), repo.name);
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    const Result<QJsonObject> data = m_api.graphql(query, variables);
    if (!data)
        return data.error();
    const QJsonValue repository = data.value().value(QLatin1String("repository"));
    if (repository.isNull() || repository.isUndefined()) {
        return Error{
            QCoreApplication::translate("GitHubSync", "GitHub no longer shows this repository."),
            QStringLiteral("repository %1/%2 not found").arg(repo.owner, repo.name),
            ErrorKind::InvalidInput};
    }
    GraphqlPage page;
    page.repository = repository.toObject();
    QJsonObject connection = page.repository;
    for (const QString &key : path)
        connection = connection.value(key).toObject();
    const QJsonObject pageInfo = connection.value(QLatin1String("pageInfo")).toObject();
    page.nodes = connection.value(QLatin1String("nodes")).toArray();
    if (pageInfo.value(QLatin1String("hasNextPage")).toBool())
        page.nextCursor = pageInfo.value(QLatin1String("endCursor")).toString();
    return page;
}

Result<QSet<QString>> GitHubSync::knownShas(qint64 repoId, const QStringList &shas)
{
    return RepoContents(m_db).knownShas(repoId, shas);
}

Result<void> GitHubSync::recordRepoError(const RepoTarget &repo, const QString &error)
{
    qCWarning(lcSync) << "Skipped" << repo.owner << repo.name << ":" << error;
    const std::lock_guard lock(*m_writeLock);
    return RepoContents(m_db).recordSyncError(repo.id, error);
}
