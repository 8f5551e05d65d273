#pragma once

#include "common/result.h"
#include "net/githubapiclient.h"
#include "providers/syncprogress.h"

#include <QHash>
#include <QJsonArray>

class CacheWriter;
#include <QSet>
#include <QSqlDatabase>

#include <functional>

/// One sync of one GitHub account into the cache: the user's own non-fork repos (plus the
/// repos ticked on the Connections page), then per repo the default branch's commits with
/// line counts and the pull requests with theirs through GraphQL (100 per request, never a
/// request per item), and the issues through REST. Incremental by stored cursors; each page is
/// written in one transaction with its cursor, so a sync stopped anywhere resumes exactly.
/// Runs on the sync worker's thread with that thread's connection.
class GitHubSync final
{
public:
    using ProgressCallback = std::function<void(const SyncProgress &)>;

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

private:
    struct RepoTarget
    {
        qint64 id = 0;
        QString owner;
        QString name;
        QString nodeId; ///< GitHub's global id ("" when the listing gave none)
    };

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
    /// Every node of a GraphQL `refs` listing, page by page.
    Result<QJsonArray> listRefs(const RepoTarget &repo, const QString &query);
    Result<void> recordRepoError(const RepoTarget &repo, const QString &error);
    /// Each repository's state now (RepoStatesQuery, 100 repositories per request), by
    /// repository id; a repository GitHub did not describe is left out (read in full).
    Result<QHash<qint64, QString>> repoStates(const QList<RepoTarget> &repos);
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
};
