#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

/// Plain rows as the cache stores them, filled by providers and read by metrics. Times are
/// UTC QDateTimes (an invalid QDateTime is stored as NULL); counts that a provider has not
/// fetched yet are std::nullopt and never overwrite a known value. Value types, any thread.

struct AccountRecord
{
    QString provider; ///< "github", "wakatime", ...
    QString baseUrl;  ///< API root for hosts with several instances (GitHub Enterprise), else ""
    QString login;
    QString displayName;
    QString scopes; ///< as granted, space separated; never a token
    QDateTime connectedAt;
};

struct OrgRecord
{
    qint64 accountId = 0;
    QString login;
    QString description;
};

struct RepoRecord
{
    qint64 accountId = 0;
    QString fullName; ///< "owner/name"
    QString owner;
    QString name;
    QString remoteId;
    QString nodeId; ///< GitHub's global id (GraphQL), "" when the answer has none
    bool isPrivate = false;
    bool isFork = false;
    bool isArchived = false;
    QString defaultBranch;
    QString description;
    QDateTime createdAt;
    QDateTime pushedAt;
    /// Whether a new row is synced without being ticked (the user's own non-fork repos);
    /// an existing row keeps the user's choice.
    bool selectedByDefault = true;
};

struct PersonStamp
{
    QString login; ///< empty when the email is not linked to an account
    QString name;
    QString email;
};

struct CommitRecord
{
    qint64 repoId = 0;
    QString sha;
    PersonStamp author;
    QDateTime authoredAt;
    int authoredOffsetMinutes = 0; ///< the author's UTC offset at the time, for local hours
    PersonStamp committer;
    QDateTime committedAt;
    std::optional<int> additions;
    std::optional<int> deletions;
    QString message;
    /// The parents' shas, first parent first; empty for a root commit. `parentsKnown` false:
    /// the provider did not read them (the cache keeps what it had).
    QStringList parents;
    bool parentsKnown = false;
};

/// A GitHub release (drafts too: what counts is the metric's choice).
struct ReleaseRecord
{
    qint64 repoId = 0;
    QString remoteId;
    QString tagName;
    QString name;
    bool isDraft = false;
    bool isPrerelease = false;
    QDateTime createdAt;
    QDateTime publishedAt;
    QString commitSha; ///< the commit its tag points at ("" when GitHub does not say)
};

/// A GitHub deployment to an environment, with its latest status.
struct DeploymentRecord
{
    qint64 repoId = 0;
    QString remoteId;
    QString environment;
    QString commitSha;
    QDateTime createdAt;
    QString status; ///< SUCCESS, FAILURE, ERROR, INACTIVE, … ("" while none)
    QDateTime statusAt;
};

/// A GitHub Actions workflow of a repository (any state: runs of a disabled one still count).
struct WorkflowRecord
{
    qint64 repoId = 0;
    QString remoteId;
    QString name;
    QString path; ///< .github/workflows/deploy.yml
    QString state;
};

/// A finished run of a workflow (issue 21: runs of a delivering workflow are deployments).
struct WorkflowRunRecord
{
    qint64 repoId = 0;
    QString remoteId;
    QString workflowId;
    QString headSha;
    QString headBranch;
    QString event;      ///< push, release, workflow_dispatch, schedule, ...
    QString conclusion; ///< success, failure, timed_out, cancelled, skipped, ...
    QDateTime createdAt;
    QDateTime completedAt; ///< when it last changed (GitHub's updated_at)
};

/// A submitted review of a pull request (GitHub's PullRequestReview; pending ones are not read).
struct ReviewRecord
{
    QString remoteId;    ///< GitHub's node id
    QString authorLogin; ///< "" when the account is gone
    bool authorIsBot = false;
    QString state; ///< APPROVED, CHANGES_REQUESTED, COMMENTED or DISMISSED
    QDateTime submittedAt;
};

/// Someone asked to review a pull request (a user's login, or a team as "team:slug").
struct ReviewRequestRecord
{
    QString reviewer;
    QDateTime requestedAt;
};

struct PullRequestRecord
{
    qint64 repoId = 0;
    int number = 0;
    QString title;
    QString authorLogin;
    bool authorIsBot = false;
    QString state; ///< "open" or "closed" (merged PRs are closed with mergedAt set)
    bool isDraft = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime mergedAt;
    QDateTime closedAt;
    std::optional<int> additions;
    std::optional<int> deletions;
    std::optional<int> commitCount;
    std::optional<int> changedFiles;
    QString headRef;
    QString baseRef;
    /// The first time it was marked ready for review (invalid: opened ready, or never).
    QDateTime readyAt;
    /// Every review and review request, when the provider reads them (`hasReviews`); the
    /// cache then keeps exactly these.
    bool hasReviews = false;
    QList<ReviewRecord> reviews;
    QList<ReviewRequestRecord> reviewRequests;
};

struct IssueRecord
{
    qint64 repoId = 0;
    int number = 0;
    QString title;
    QString authorLogin;
    QString state;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt;
    int commentCount = 0;
    QString labels; ///< comma separated label names
};

struct IssueEventRecord
{
    qint64 repoId = 0;
    QString remoteId;
    int issueNumber = 0;
    QString event; ///< "closed", "merged", "labeled", ...
    QString actorLogin;
    QDateTime createdAt;
};

struct BranchRecord
{
    qint64 repoId = 0;
    QString name;
    QString headSha;
    QDateTime createdAt; ///< when known (local git, events); else invalid
    QDateTime seenAt;    ///< when a sync saw it
};

struct TagRecord
{
    qint64 repoId = 0;
    QString name;
    QString sha;
    QDateTime taggedAt;
    bool isRelease = false;
    QDateTime seenAt;
};

struct EventRecord
{
    qint64 accountId = 0;
    QString remoteId;
    QString type;
    QString repoFullName;
    QDateTime createdAt;
};

struct ActivityRecord
{
    qint64 accountId = 0;
    QString sourceId; ///< stable per provider item: importing it again replaces, never adds
    QDate day;
    QString service;
    int minutes = 0;
    QString title;
};

/// A day's minutes of one account split by `dimension` ("language"): read apart from
/// activities, never added to them.
struct ActivityBreakdownRecord
{
    qint64 accountId = 0;
    QDate day;
    QString dimension;
    QString name;
    int minutes = 0;
};
