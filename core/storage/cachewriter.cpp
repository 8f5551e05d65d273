#include "core/storage/cachewriter.h"

#include "core/common/workkind.h"
#include "core/storage/boundquery.h"
#include "core/storage/sqlerrors.h"
#include "core/storage/sqliterows.h"

#include <QSqlError>

using namespace BoundQuery;

struct CacheWriter::Statement
{
    std::unique_ptr<SqliteRows> native; ///< on SQLite: no QVariant conversions per value
    std::unique_ptr<QSqlQuery> query;   ///< elsewhere (PostgreSQL)
};

QString CacheWriter::Doing::words() const
{
    QString text = QString::fromLatin1(what);
    if (!about.isNull())
        text = about2.isNull() ? text.arg(about) : text.arg(about, about2);
    return text;
}

CacheWriter::CacheWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_native(SqliteRows::supports(m_db))
{}

// The statements are finalised before the connection could close: a writer lives shorter
// than the connection it was given (Qt's SQLite driver closes with sqlite3_close, which
// refuses while a statement of ours is open).
CacheWriter::~CacheWriter() = default;

CacheWriter::Statement *CacheWriter::statement(const QString &sql, const Doing &during,
                                               Error *error)
{
    // Preparing costs about as much as running an upsert: each statement is prepared once.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto made = std::make_shared<Statement>();
        if (m_native) {
            made->native = std::make_unique<SqliteRows>(m_db, sql, QVariantList(), during.words());
            if (made->native->error()) {
                *error = *made->native->error();
                return nullptr;
            }
        } else {
            made->query = std::make_unique<QSqlQuery>(statementOn(m_db));
            if (!made->query->prepare(sql)) {
                *error = sqlError(made->query->lastError(), during.words());
                return nullptr;
            }
        }
        it = m_statements.insert(sql, std::move(made));
    }
    return it->get();
}

Result<void> CacheWriter::write(const QString &sql, const QVariantList &values, const Doing &during)
{
    Error error;
    Statement *made = statement(sql, during, &error);
    if (!made)
        return error;
    if (made->native) {
        SqliteRows &rows = *made->native;
        if (rows.rebind(values, QString()))
            while (rows.next()) {
            }
        if (rows.error()) {
            rows.finish();
            return sqlError(rows.sqlFailure(), during.words());
        }
        return {};
    }
    return execPrepared(*made->query, values, during.words());
}
Result<qint64> CacheWriter::writeReturningId(const QString &sql, const QVariantList &values,
                                             const Doing &during)
{
    Error error;
    Statement *made = statement(sql, during, &error);
    if (!made)
        return error;
    if (made->native) {
        SqliteRows &rows = *made->native;
        const bool returned = rows.rebind(values, QString()) && rows.next();
        const qint64 id = returned ? rows.integer(0) : 0;
        rows.finish(); // RETURNING keeps the statement open until it is read to the end
        if (rows.error())
            return sqlError(rows.sqlFailure(), during.words());
        if (!returned)
            return sqlError(QSqlError(QStringLiteral("no id returned"), {}), during.words());
        return id;
    }
    QSqlQuery &query = *made->query;
    if (const Result<void> done = execPrepared(query, values, during.words()); !done)
        return done.error();
    if (!query.next())
        return sqlError(query.lastError(), during.words());
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<void> CacheWriter::transaction()
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QStringLiteral("starting a transaction"));
    return {};
}

Result<void> CacheWriter::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return sqlError(error, QStringLiteral("committing a transaction"));
    }
    return {};
}

void CacheWriter::rollback()
{
    m_db.rollback();
}

Result<qint64> CacheWriter::upsertAccount(const AccountRecord &account)
{
    return writeReturningId(
        QStringLiteral(
            "INSERT INTO accounts (provider, base_url, login, display_name, scopes, connected_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (provider, base_url, login) DO UPDATE SET "
            "display_name = excluded.display_name, scopes = excluded.scopes, "
            "connected_at = COALESCE(excluded.connected_at, accounts.connected_at) "
            "RETURNING id"),
        {account.provider, account.baseUrl, account.login, textOrNull(account.displayName),
         textOrNull(account.scopes), timeValue(account.connectedAt)},
        Doing{"saving account %1", account.login});
}

Result<qint64> CacheWriter::upsertOrg(const OrgRecord &org)
{
    return writeReturningId(
        QStringLiteral("INSERT INTO orgs (account_id, login, description) VALUES (?, ?, ?) "
                       "ON CONFLICT (account_id, login) DO UPDATE SET "
                       "description = excluded.description RETURNING id"),
        {org.accountId, org.login, textOrNull(org.description)},
        Doing{"saving organisation %1", org.login});
}

Result<void> CacheWriter::markRepoSynced(qint64 repoId, const QDateTime &at)
{
    return write(QStringLiteral("UPDATE repos SET synced_at = ? WHERE id = ?"),
                 {timeValue(at), repoId}, Doing{"recording the repository's sync"});
}

Result<qint64> CacheWriter::upsertRepo(const RepoRecord &repo)
{
    // is_selected is set on insert only: afterwards it is the user's tick.
    return writeReturningId(
        QStringLiteral(
            "INSERT INTO repos (account_id, full_name, owner, name, remote_id, node_id, "
            "is_private, is_fork, is_archived, default_branch, description, created_at, "
            "pushed_at, is_selected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (account_id, full_name) DO UPDATE SET "
            "owner = excluded.owner, name = excluded.name, "
            "remote_id = COALESCE(excluded.remote_id, repos.remote_id), "
            "node_id = COALESCE(excluded.node_id, repos.node_id), "
            "is_private = excluded.is_private, is_fork = excluded.is_fork, "
            "is_archived = excluded.is_archived, default_branch = excluded.default_branch, "
            "description = excluded.description, "
            "created_at = COALESCE(excluded.created_at, repos.created_at), "
            "pushed_at = COALESCE(excluded.pushed_at, repos.pushed_at) "
            "RETURNING id"),
        {repo.accountId, repo.fullName, repo.owner, repo.name, textOrNull(repo.remoteId),
         textOrNull(repo.nodeId), int(repo.isPrivate), int(repo.isFork), int(repo.isArchived),
         textOrNull(repo.defaultBranch), textOrNull(repo.description), timeValue(repo.createdAt),
         timeValue(repo.pushedAt), int(repo.selectedByDefault)},
        Doing{"saving repository %1", repo.fullName});
}

Result<void> CacheWriter::upsertCommit(const CommitRecord &commit)
{
    return write(
        QStringLiteral(
            "INSERT INTO commits (repo_id, sha, author_login, author_name, author_email, "
            "authored_at, authored_offset_minutes, committer_login, committer_name, "
            "committer_email, committed_at, additions, deletions, message, message_raw, "
            "work_kind, parent_shas) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (repo_id, sha) DO UPDATE SET "
            "author_login = COALESCE(excluded.author_login, commits.author_login), "
            "author_name = excluded.author_name, author_email = excluded.author_email, "
            "authored_at = excluded.authored_at, "
            "authored_offset_minutes = excluded.authored_offset_minutes, "
            "committer_login = COALESCE(excluded.committer_login, commits.committer_login), "
            "committer_name = excluded.committer_name, "
            "committer_email = excluded.committer_email, committed_at = excluded.committed_at, "
            "additions = COALESCE(excluded.additions, commits.additions), "
            "deletions = COALESCE(excluded.deletions, commits.deletions), "
            "message = excluded.message, message_raw = excluded.message_raw, "
            "work_kind = excluded.work_kind, "
            "parent_shas = COALESCE(excluded.parent_shas, commits.parent_shas)"),
        {commit.repoId, commit.sha, textOrNull(commit.author.login), textOrNull(commit.author.name),
         textOrNull(commit.author.email), timeValue(commit.authoredAt),
         commit.authoredOffsetMinutes, textOrNull(commit.committer.login),
         textOrNull(commit.committer.name), textOrNull(commit.committer.email),
         timeValue(commit.committedAt), countValue(commit.additions), countValue(commit.deletions),
         commit.message,
         // A NUL cannot be stored as text (see BoundQuery): such a message keeps its bytes.
         commit.message.contains(QChar(0)) ? QVariant(commit.message.toUtf8()) : QVariant(),
         // Classified once, here, for every provider (WorkKinds lists the rules).
         WorkKinds::id(WorkKinds::classify(commit.message)),
         // Space-separated, first parent first; "" for a root commit, NULL when not read.
         commit.parentsKnown ? QVariant(commit.parents.join(QLatin1Char(' '))) : QVariant()},
        Doing{"saving commit %1", commit.sha});
}

Result<void> CacheWriter::upsertPullRequest(const PullRequestRecord &pull)
{
    const Result<void> written = write(
        QStringLiteral(
            "INSERT INTO pull_requests (repo_id, number, title, author_login, state, is_draft, "
            "created_at, updated_at, merged_at, closed_at, additions, deletions, commit_count, "
            "changed_files, head_ref, base_ref, ready_at, author_is_bot) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (repo_id, number) DO UPDATE SET "
            "title = excluded.title, author_login = excluded.author_login, "
            "state = excluded.state, is_draft = excluded.is_draft, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at, "
            "merged_at = excluded.merged_at, closed_at = excluded.closed_at, "
            "additions = COALESCE(excluded.additions, pull_requests.additions), "
            "deletions = COALESCE(excluded.deletions, pull_requests.deletions), "
            "commit_count = COALESCE(excluded.commit_count, pull_requests.commit_count), "
            "changed_files = COALESCE(excluded.changed_files, pull_requests.changed_files), "
            "head_ref = excluded.head_ref, base_ref = excluded.base_ref, "
            "ready_at = COALESCE(excluded.ready_at, pull_requests.ready_at), "
            "author_is_bot = excluded.author_is_bot"),
        {pull.repoId, pull.number, pull.title, textOrNull(pull.authorLogin), pull.state,
         int(pull.isDraft), timeValue(pull.createdAt), timeValue(pull.updatedAt),
         timeValue(pull.mergedAt), timeValue(pull.closedAt), countValue(pull.additions),
         countValue(pull.deletions), countValue(pull.commitCount), countValue(pull.changedFiles),
         textOrNull(pull.headRef), textOrNull(pull.baseRef), timeValue(pull.readyAt),
         int(pull.authorIsBot)},
        Doing{"saving pull request #%1", QString::number(pull.number)});
    if (!written || !pull.hasReviews)
        return written;
    return replaceReviews(pull);
}

Result<void> CacheWriter::replaceReviews(const PullRequestRecord &pull)
{
    // Replaced whole: a review can be dismissed, and a request withdrawn, since the last read.
    const QString number = QString::number(pull.number);
    const QVariantList key{pull.repoId, pull.number};
    if (Result<void> cleared = write(QStringLiteral("DELETE FROM pull_request_reviews "
                                                    "WHERE repo_id = ? AND pull_number = ?"),
                                     key, Doing{"saving the reviews of pull request #%1", number});
        !cleared)
        return cleared;
    if (Result<void> cleared
        = write(QStringLiteral("DELETE FROM pull_request_review_requests "
                               "WHERE repo_id = ? AND pull_number = ?"),
                key, Doing{"saving the review requests of pull request #%1", number});
        !cleared)
        return cleared;
    for (const ReviewRecord &review : pull.reviews) {
        if (Result<void> ok = write(
                QStringLiteral("INSERT INTO pull_request_reviews (repo_id, pull_number, "
                               "remote_id, author_login, author_is_bot, state, submitted_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (repo_id, remote_id) "
                               "DO UPDATE SET pull_number = excluded.pull_number, "
                               "author_login = excluded.author_login, "
                               "author_is_bot = excluded.author_is_bot, state = excluded.state, "
                               "submitted_at = excluded.submitted_at"),
                {pull.repoId, pull.number, review.remoteId, textOrNull(review.authorLogin),
                 int(review.authorIsBot), review.state, timeValue(review.submittedAt)},
                Doing{"saving the reviews of pull request #%1", number});
            !ok)
            return ok;
    }
    for (const ReviewRequestRecord &request : pull.reviewRequests) {
        if (!request.requestedAt.isValid() || request.reviewer.isEmpty())
            continue;
        if (Result<void> ok = write(
                QStringLiteral("INSERT INTO pull_request_review_requests (repo_id, pull_number, "
                               "reviewer, requested_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (repo_id, pull_number, reviewer, requested_at) "
                               "DO NOTHING"),
                {pull.repoId, pull.number, request.reviewer, timeValue(request.requestedAt)},
                Doing{"saving the review requests of pull request #%1", number});
            !ok)
            return ok;
    }
    return {};
}

Result<void> CacheWriter::upsertRelease(const ReleaseRecord &release)
{
    return write(
        QStringLiteral("INSERT INTO releases (repo_id, remote_id, tag_name, name, is_draft, "
                       "is_prerelease, created_at, published_at, commit_sha) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (repo_id, remote_id) "
                       "DO UPDATE SET tag_name = excluded.tag_name, name = excluded.name, "
                       "is_draft = excluded.is_draft, is_prerelease = excluded.is_prerelease, "
                       "created_at = excluded.created_at, published_at = excluded.published_at, "
                       "commit_sha = COALESCE(excluded.commit_sha, releases.commit_sha)"),
        {release.repoId, release.remoteId, release.tagName, textOrNull(release.name),
         int(release.isDraft), int(release.isPrerelease), timeValue(release.createdAt),
         timeValue(release.publishedAt), textOrNull(release.commitSha)},
        Doing{"saving release %1", release.tagName});
}

Result<void> CacheWriter::upsertDeployment(const DeploymentRecord &deployment)
{
    return write(
        QStringLiteral("INSERT INTO deployments (repo_id, remote_id, environment, commit_sha, "
                       "created_at, status, status_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (repo_id, remote_id) DO UPDATE SET "
                       "environment = excluded.environment, commit_sha = excluded.commit_sha, "
                       "created_at = excluded.created_at, status = excluded.status, "
                       "status_at = excluded.status_at"),
        {deployment.repoId, deployment.remoteId, deployment.environment,
         textOrNull(deployment.commitSha), timeValue(deployment.createdAt),
         textOrNull(deployment.status), timeValue(deployment.statusAt)},
        Doing{"saving a deployment to %1", deployment.environment});
}

Result<void> CacheWriter::upsertWorkflow(const WorkflowRecord &workflow)
{
    return write(QStringLiteral("INSERT INTO workflows (repo_id, remote_id, name, path, state) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (repo_id, remote_id) "
                                "DO UPDATE SET name = excluded.name, path = excluded.path, "
                                "state = excluded.state"),
                 {workflow.repoId, workflow.remoteId, workflow.name, workflow.path,
                  textOrNull(workflow.state)},
                 Doing{"saving workflow %1", workflow.name});
}

Result<void> CacheWriter::upsertWorkflowRun(const WorkflowRunRecord &run)
{
    return write(
        QStringLiteral("INSERT INTO workflow_runs (repo_id, remote_id, workflow_id, head_sha, "
                       "head_branch, event, conclusion, created_at, completed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (repo_id, remote_id) "
                       "DO UPDATE SET workflow_id = excluded.workflow_id, "
                       "head_sha = excluded.head_sha, head_branch = excluded.head_branch, "
                       "event = excluded.event, conclusion = excluded.conclusion, "
                       "created_at = excluded.created_at, completed_at = excluded.completed_at"),
        {run.repoId, run.remoteId, run.workflowId, textOrNull(run.headSha),
         textOrNull(run.headBranch), textOrNull(run.event), textOrNull(run.conclusion),
         timeValue(run.createdAt), timeValue(run.completedAt)},
        Doing{"saving a run of workflow %1", run.workflowId});
}

Result<void> CacheWriter::upsertIssue(const IssueRecord &issue)
{
    return write(QStringLiteral(
                     "INSERT INTO issues (repo_id, number, title, author_login, state, created_at, "
                     "updated_at, closed_at, comment_count, labels) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (repo_id, number) DO UPDATE SET "
                     "title = excluded.title, author_login = excluded.author_login, "
                     "state = excluded.state, created_at = excluded.created_at, "
                     "updated_at = excluded.updated_at, closed_at = excluded.closed_at, "
                     "comment_count = excluded.comment_count, labels = excluded.labels"),
                 {issue.repoId, issue.number, issue.title, textOrNull(issue.authorLogin),
                  issue.state, timeValue(issue.createdAt), timeValue(issue.updatedAt),
                  timeValue(issue.closedAt), issue.commentCount, issue.labels},
                 Doing{"saving issue #%1", QString::number(issue.number)});
}

Result<void> CacheWriter::upsertIssueEvent(const IssueEventRecord &event)
{
    return write(
        QStringLiteral(
            "INSERT INTO issue_events (repo_id, remote_id, issue_number, event, actor_login, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (repo_id, remote_id) DO UPDATE SET "
            "issue_number = excluded.issue_number, event = excluded.event, "
            "actor_login = excluded.actor_login, created_at = excluded.created_at"),
        {event.repoId, event.remoteId, event.issueNumber, event.event, textOrNull(event.actorLogin),
         timeValue(event.createdAt)},
        Doing{"saving issue event %1", event.remoteId});
}

Result<void> CacheWriter::upsertBranch(const BranchRecord &branch)
{
    // first_seen_at only moves back and last_seen_at only forward, so trends stay true
    // whatever order syncs arrive in. CASE rather than two-argument MIN/MAX: PostgreSQL
    // spells those LEAST/GREATEST.
    return write(
        QStringLiteral("INSERT INTO branches (repo_id, name, head_sha, created_at, first_seen_at, "
                       "last_seen_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (repo_id, name) DO UPDATE SET "
                       "head_sha = excluded.head_sha, "
                       "created_at = COALESCE(excluded.created_at, branches.created_at), "
                       "first_seen_at = CASE WHEN excluded.first_seen_at < branches.first_seen_at "
                       "THEN excluded.first_seen_at ELSE branches.first_seen_at END, "
                       "last_seen_at = CASE WHEN excluded.last_seen_at > branches.last_seen_at "
                       "THEN excluded.last_seen_at ELSE branches.last_seen_at END"),
        {branch.repoId, branch.name, textOrNull(branch.headSha), timeValue(branch.createdAt),
         timeValue(branch.seenAt), timeValue(branch.seenAt)},
        Doing{"saving branch %1", branch.name});
}

Result<void> CacheWriter::upsertTag(const TagRecord &tag)
{
    return write(
        QStringLiteral(
            "INSERT INTO tags (repo_id, name, sha, tagged_at, is_release, first_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (repo_id, name) DO UPDATE SET "
            "sha = excluded.sha, tagged_at = COALESCE(excluded.tagged_at, tags.tagged_at), "
            "is_release = CASE WHEN excluded.is_release = 1 THEN 1 ELSE tags.is_release END, "
            "first_seen_at = CASE WHEN excluded.first_seen_at < tags.first_seen_at "
            "THEN excluded.first_seen_at ELSE tags.first_seen_at END"),
        {tag.repoId, tag.name, textOrNull(tag.sha), timeValue(tag.taggedAt), int(tag.isRelease),
         timeValue(tag.seenAt)},
        Doing{"saving tag %1", tag.name});
}

Result<void> CacheWriter::upsertEvent(const EventRecord &event)
{
    return write(QStringLiteral(
                     "INSERT INTO events (account_id, remote_id, type, repo_full_name, created_at) "
                     "VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT (account_id, remote_id) DO UPDATE SET "
                     "type = excluded.type, repo_full_name = excluded.repo_full_name, "
                     "created_at = excluded.created_at"),
                 {event.accountId, event.remoteId, event.type, textOrNull(event.repoFullName),
                  timeValue(event.createdAt)},
                 Doing{"saving event %1", event.remoteId});
}

Result<void> CacheWriter::upsertActivity(const ActivityRecord &activity)
{
    return write(QStringLiteral(
                     "INSERT INTO activities (account_id, source_id, day, service, minutes, title) "
                     "VALUES (?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (account_id, source_id) DO UPDATE SET "
                     "day = excluded.day, service = excluded.service, minutes = excluded.minutes, "
                     "title = excluded.title"),
                 {activity.accountId, activity.sourceId, activity.day.toString(Qt::ISODate),
                  activity.service, activity.minutes, activity.title},
                 Doing{"saving activity %1", activity.sourceId});
}

Result<void> CacheWriter::upsertActivityBreakdown(const ActivityBreakdownRecord &breakdown)
{
    return write(
        QStringLiteral("INSERT INTO activity_breakdowns "
                       "(account_id, day, dimension, name, minutes) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (account_id, day, dimension, name) DO UPDATE SET "
                       "minutes = excluded.minutes"),
        {breakdown.accountId, breakdown.day.toString(Qt::ISODate), breakdown.dimension,
         breakdown.name, breakdown.minutes},
        Doing{"saving %1 minutes of %2", breakdown.dimension, breakdown.name});
}

Result<int> CacheWriter::removeActivitiesExcept(qint64 accountId, const QSet<QString> &kept)
{
    Result<QSqlQuery> stored = BoundQuery::exec(
        m_db, QStringLiteral("SELECT id, source_id FROM activities WHERE account_id = ?"),
        {accountId}, QStringLiteral("reading the stored activities"));
    if (!stored)
        return stored.error();
    QList<qint64> gone;
    while (stored.value().next()) {
        if (!kept.contains(stored.value().value(1).toString()))
            gone << stored.value().value(0).toLongLong();
    }
    for (const qint64 id : std::as_const(gone)) {
        if (Result<void> removed = write(QStringLiteral("DELETE FROM activities WHERE id = ?"),
                                         {id}, Doing{"removing a deleted activity"});
            !removed)
            return removed.error();
    }
    return int(gone.size());
}

Result<void> CacheWriter::clearActivityDays(qint64 accountId, const QDate &from, const QDate &to)
{
    const QVariantList values{accountId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (Result<void> cleared = write(QStringLiteral("DELETE FROM activities WHERE account_id = ? "
                                                    "AND day BETWEEN ? AND ?"),
                                     values, Doing{"replacing activity days"});
        !cleared)
        return cleared;
    return write(QStringLiteral("DELETE FROM activity_breakdowns WHERE account_id = ? "
                                "AND day BETWEEN ? AND ?"),
                 values, Doing{"replacing activity days"});
}
