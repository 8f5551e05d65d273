#pragma once

#include "core/common/result.h"
#include "core/storage/records.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

/// Writes synced rows into the cache with idempotent upserts: writing the same record twice
/// leaves the cache as it was, and a later record updates the row in place (its id stays).
/// Uses the connection it is given, so it lives on that connection's thread; wrap many writes
/// in transaction()/commit() for speed and atomicity.
class CacheWriter final
{
public:
    explicit CacheWriter(QSqlDatabase db);
    ~CacheWriter();
    Q_DISABLE_COPY_MOVE(CacheWriter)

    Result<void> transaction();
    Result<void> commit();
    void rollback();

    Result<qint64> upsertAccount(const AccountRecord &account);
    Result<qint64> upsertOrg(const OrgRecord &org);
    Result<qint64> upsertRepo(const RepoRecord &repo);
    /// Records that the repository's sync ended complete at `at` ("last synced").
    Result<void> markRepoSynced(qint64 repoId, const QDateTime &at);
    Result<void> upsertCommit(const CommitRecord &commit);
    /// With its reviews and review requests when the record has them (`hasReviews`).
    Result<void> upsertPullRequest(const PullRequestRecord &pull);
    Result<void> upsertIssue(const IssueRecord &issue);
    Result<void> upsertRelease(const ReleaseRecord &release);
    Result<void> upsertDeployment(const DeploymentRecord &deployment);
    Result<void> upsertWorkflow(const WorkflowRecord &workflow);
    Result<void> upsertWorkflowRun(const WorkflowRunRecord &run);
    Result<void> upsertIssueEvent(const IssueEventRecord &event);
    Result<void> upsertBranch(const BranchRecord &branch);
    Result<void> upsertTag(const TagRecord &tag);
    Result<void> upsertEvent(const EventRecord &event);
    Result<void> upsertActivity(const ActivityRecord &activity);
    Result<void> upsertActivityBreakdown(const ActivityBreakdownRecord &breakdown);
    /// Removes the account's activities and breakdowns dated `from`..`to` (inclusive), for a
    /// provider that re-reads whole days (what a day holds can shrink, not only grow).
    Result<void> clearActivityDays(qint64 accountId, const QDate &from, const QDate &to);
    /// Removes the account's activities whose source id is not in `kept`, for a provider that
    /// has just read everything the service holds (what was deleted there goes here too).
    /// Returns how many were removed.
    Result<int> removeActivitiesExcept(qint64 accountId, const QSet<QString> &kept);

private:
    Result<void> replaceReviews(const PullRequestRecord &pull);

    /// What a write was doing, for its error message: worded only when one fails (a
    /// QString::arg per row was a few percent of a sync's time).
    struct Doing
    {
        const char *what; ///< Latin-1, with %1 (and %2) for `about`
        QString about = {};
        QString about2 = {};
        QString words() const;
    };

    /// The prepared statement for `sql`, made once per writer: on SQLite straight through
    /// its C API (SqliteRows), else a QSqlQuery.
    struct Statement;
    Statement *statement(const QString &sql, const Doing &during, Error *error);
    Result<void> write(const QString &sql, const QVariantList &values, const Doing &during);
    Result<qint64> writeReturningId(const QString &sql, const QVariantList &values,
                                    const Doing &during);

    QSqlDatabase m_db;
    bool m_native = false; ///< SqliteRows::supports(m_db)
    QHash<QString, std::shared_ptr<Statement>> m_statements;
};
