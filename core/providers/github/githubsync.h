#pragma once

#include "core/common/result.h"
#include "core/common/syncprogress.h"
#include "core/providers/github/githubapiclient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <mutex>

class CacheWriter;
class SyncState;
struct PullRequestRecord;

/// One sync of one GitHub account into the cache: the user's own non-fork repos (plus the
/// repos ticked on the Connections page), then per repo the default branch's commits with
/// line counts and the pull requests with theirs through GraphQL (100 per request, never a
/// request per item), and the issues through REST. Incremental by stored cursors; each page is
/// written in one transaction with its cursor, so a sync stopped anywhere resumes exactly.
/// Runs on the sync worker's thread with that thread's connection; with setParallelReads,
/// threads of its own read several repositories side by side (githubsynclanes.cpp).
class GitHubSync final
{
public:
    using ProgressCallback = std::function<void(const SyncProgress &)>;

    /// What one more thread reading repositories needs, made on that thread: an API client of
    /// its own (sharing the sync's RequestGate) and a cache connection of its own.
    class Lane
    {
    public:
        virtual ~Lane() = default;
        virtual GitHubApiClient &api() = 0;
        virtual QSqlDatabase database() = 0;
    };
    /// Opens a lane on the calling thread; its client stops when `stop` is set. Null when it
    /// cannot (the error is the sync's).
    using LaneOpener = std::function<Result<std::unique_ptr<Lane>>(CancelFlag stop)>;

    GitHubSync(GitHubApiClient &api, QSqlDatabase db, qint64 accountId, const QString &login,
               ProgressCallback progress);

    /// `full`: forget cursors and walk everything again; commits no longer upstream (a
    /// force-push) are removed from the cache.
    Result<void> run(bool full);

    /// Lists the account's repositories and every organisation's (each page stored, none
    /// read), for choosing what to sync before the first sync: the user's own are ticked by
    /// default as in a sync, an organisation's only when the organisation is.
    Result<void> listRepositories();

    const SyncProgress &progress() const { return m_progress; }
    /// Sync only these repositories ("owner/name"; they must be among the account's).
    void setOnlyRepos(const QStringList &fullNames) { m_onlyRepos = fullNames; }
    /// Reads up to `threads` repositories at once, each thread with a lane from `open` (the
    /// requests in flight are the RequestGate's to limit). 1: one after the other, here.
    void setParallelReads(int threads, LaneOpener open)
    {
        m_parallelReads = threads;
        m_openLane = std::move(open);
    }
    /// The requests of this sync, its lanes' included.
    RequestStats requestStats() const;

private:
    struct RepoTarget
    {
        qint64 id = 0;
        QString owner;
        QString name;
        QString nodeId; ///< GitHub's global id ("" when the listing gave none)
    };
    /// A repository to read in full, with its state as checked before (repoStates).
    struct RepoRead
    {
        RepoTarget repo;
        QString state;
    };

    /// Reads these repositories one after the other on this thread.
    Result<void> readInTurn(const QList<RepoRead> &repos, bool full);
    /// Reads these repositories on m_parallelReads lanes at once (githubsynclanes.cpp).
    Result<void> readSideBySide(const QList<RepoRead> &repos, bool full);
    /// Commits, pull requests, issues, issue events, branches and tags of one repository; an
    /// error of its own is recorded on it, the rest stops the sync.
    Result<void> readRepo(const RepoRead &read, bool full);
    /// GitHubSyncSupport::writePage on this sync's connection, one thread at a time.
    Result<void> storePage(const std::function<Result<void>(CacheWriter &)> &write,
                           const std::function<Result<void>(SyncState &)> &saveCursor = {});

    /// The user's profile, scopes and rate limit, for the Connections page (conditional).
    Result<void> syncUser();
    Result<QList<RepoTarget>> syncRepos();
    /// The user's repositories, organisations and the organisations' repositories (only the
    /// ticked organisations' with `onlyTickedOrgs`).
    Result<void> listRepos(bool onlyTickedOrgs);
    /// Stores every page of a REST repository list that `accept` keeps (it may also set the
    /// record's default selection).
    Result<void> storeRepoList(const QString &firstUrl,
                               const std::function<bool(struct RepoRecord &)> &accept);
    Result<void> syncCommits(const RepoTarget &repo, bool full);
    Result<void> syncPulls(const RepoTarget &repo);
    Result<void> syncIssues(const RepoTarget &repo);
    Result<void> syncBranches(const RepoTarget &repo);
    Result<void> syncTags(const RepoTarget &repo);
    Result<void> syncIssueEvents(const RepoTarget &repo);
    Result<void> syncUserEvents();
    /// Walks a REST list that is newest first down to the last stored id (cursor `kind`).
    Result<void>
    syncNewestFirst(qint64 repoId, const QString &kind, const QString &firstUrl,
                    const std::function<Result<void>(CacheWriter &, const QJsonObject &)> &write);
    /// One page of a GraphQL connection of a repository (the one paging loop's step): what
    /// `query` answers for the page after `after`, at `path` below `repository`.
    struct GraphqlPage
    {
        QJsonArray nodes;
        QString nextCursor;     ///< "" on the last page
        QJsonObject repository; ///< the query's repository object, for its other fields
    };
    /// Keeps what the repository's .mailmap (`text`, "" when it has none) makes of the
    /// authors of its cached commits, for People and teams to offer.
    Result<void> keepMailmap(qint64 repoId, const QString &text);
    Result<GraphqlPage> repositoryPage(const RepoTarget &repo, const QString &query,
                                       const QStringList &path, const QString &after,
                                       const QJsonObject &extraVariables = {});
    /// storePage for a walk newest first by time (deployments and releases, workflow runs):
    /// `write` the page and, once the walk is `done`, keep `newest` as the watermark of `kind`
    /// (a walk cut off starts again next time).
    Result<void> storeTimedWalkPage(qint64 repoId, const QString &kind, bool done,
                                    const QDateTime &newest,
                                    const std::function<Result<void>(CacheWriter &)> &write);
    /// The repository's deployments and releases (githubsyncdelivery.cpp); then, when its
    /// default branch has workflow files, syncWorkflowRuns.
    Result<void> syncDelivery(const RepoTarget &repo);
    /// Where the repository has no GitHub deployments (or its user chose a workflow): its
    /// workflows, and the finished runs of those that deliver (githubsyncworkflows.cpp).
    Result<void> syncWorkflowRuns(const RepoTarget &repo);
    /// Adds the reviews after `after` to `pull` (its page carried the first hundred).
    Result<void> readMoreReviews(const RepoTarget &repo, PullRequestRecord &pull, QString after);
    /// Every node of a GraphQL `refs` listing, page by page.
    Result<QJsonArray> listRefs(const RepoTarget &repo, const QString &query);
    Result<void> recordRepoError(const RepoTarget &repo, const QString &error);
    /// What the batched check says of the repositories now.
    struct RepoStates
    {
        /// By repository id (RepoStatesQuery, 100 repositories per request); a repository
        /// GitHub did not describe is left out (read in full).
        QHash<qint64, QString> states;
        /// The repositories whose delivery counts workflow runs: for them the number of runs
        /// on the head is part of the state (sameRepoState).
        QSet<qint64> countingRuns;
    };
    Result<RepoStates> repoStates(const QList<RepoTarget> &repos);
    /// Whether a repository is unchanged since its last full read. Every state carries the
    /// number of workflow runs on the head as its last part, so that it is already stored
    /// when a repository begins to count them; it is compared only when `countingRuns`.
    static bool sameRepoState(const QString &stored, const QString &now, bool countingRuns);
    /// Which of these commits the cache has already (one query per page).
    Result<QSet<QString>> knownShas(qint64 repoId, const QStringList &shas);
    void countItems(const QString &kind, int count);

    GitHubApiClient &m_api;
    QSqlDatabase m_db;
    qint64 m_accountId = 0;
    QString m_login;
    ProgressCallback m_reportProgress;
    SyncProgress m_progress;
    QStringList m_onlyRepos;
    int m_parallelReads = 1;
    LaneOpener m_openLane;
    RequestStats m_laneStats; ///< requests of the lanes that ended
    /// Held while writing: lanes write through connections of their own, one page at a time.
    std::shared_ptr<std::mutex> m_writeLock = std::make_shared<std::mutex>();
};
