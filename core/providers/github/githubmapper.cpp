#include "core/providers/github/githubmapper.h"

#include <QJsonArray>

namespace GitHubMapper {
namespace {
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

std::optional<int> count(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

PersonStamp person(const QJsonObject &actor)
{
    return PersonStamp{
        actor.value(QLatin1String("user")).toObject().value(QLatin1String("login")).toString(),
        text(actor, "name"), text(actor, "email")};
}
} // namespace

QDateTime parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

RepoRecord repoFromRest(const QJsonObject &repo, qint64 accountId)
{
    RepoRecord record;
    record.accountId = accountId;
    record.fullName = text(repo, "full_name");
    const QJsonObject owner = repo.value(QLatin1String("owner")).toObject();
    record.owner = text(owner, "login");
    record.name = text(repo, "name");
    if (record.owner.isEmpty() && record.fullName.contains(QLatin1Char('/')))
        record.owner = record.fullName.section(QLatin1Char('/'), 0, 0);
    const QJsonValue id = repo.value(QLatin1String("id"));
    record.remoteId = id.isDouble() ? QString::number(qint64(id.toDouble())) : QString();
    record.nodeId = text(repo, "node_id");
    record.isPrivate = repo.value(QLatin1String("private")).toBool();
    record.isFork = repo.value(QLatin1String("fork")).toBool();
    record.isArchived = repo.value(QLatin1String("archived")).toBool();
    // Old payloads (before 2013) name the default branch master_branch.
    record.defaultBranch = text(repo, "default_branch");
    if (record.defaultBranch.isEmpty())
        record.defaultBranch = text(repo, "master_branch");
    record.description = text(repo, "description");
    record.createdAt = parseTime(repo.value(QLatin1String("created_at")));
    record.pushedAt = parseTime(repo.value(QLatin1String("pushed_at")));
    return record;
}

CommitRecord commitFromGraphql(const QJsonObject &node, qint64 repoId)
{
    CommitRecord record;
    record.repoId = repoId;
    record.sha = text(node, "oid");
    const QJsonObject author = node.value(QLatin1String("author")).toObject();
    record.author = person(author);
    const QDateTime authored = QDateTime::fromString(text(author, "date"), Qt::ISODate);
    record.authoredAt = authored.isValid() ? authored.toUTC()
                                           : parseTime(node.value(QLatin1String("authoredDate")));
    record.authoredOffsetMinutes = authored.isValid() ? authored.offsetFromUtc() / 60 : 0;
    record.committer = person(node.value(QLatin1String("committer")).toObject());
    record.committedAt = parseTime(node.value(QLatin1String("committedDate")));
    if (!record.authoredAt.isValid())
        record.authoredAt = record.committedAt;
    record.additions = count(node, "additions");
    record.deletions = count(node, "deletions");
    record.message = text(node, "message");
    if (node.contains(QLatin1String("parents"))) {
        record.parents = parentShas(node);
        record.parentsKnown = true;
    }
    return record;
}

QStringList parentShas(const QJsonObject &node)
{
    QStringList shas;
    const QJsonArray parents
        = node.value(QLatin1String("parents")).toObject().value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &parent : parents) {
        const QString sha = text(parent.toObject(), "oid");
        if (!sha.isEmpty())
            shas << sha;
    }
    return shas;
}

bool isBot(const QJsonObject &actor)
{
    // GraphQL names apps' accounts Bot (their logins lack REST's "[bot]").
    return text(actor, "__typename") == QLatin1String("Bot")
           || text(actor, "login").endsWith(QLatin1String("[bot]"));
}

QList<ReviewRecord> reviewsFromGraphql(const QJsonArray &nodes)
{
    QList<ReviewRecord> reviews;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        ReviewRecord review;
        review.remoteId = text(node, "id");
        review.state = text(node, "state");
        review.submittedAt = parseTime(node.value(QLatin1String("submittedAt")));
        // A pending review is its author's draft: not submitted, not a review yet.
        if (review.remoteId.isEmpty() || review.state == QLatin1String("PENDING")
            || !review.submittedAt.isValid())
            continue;
        const QJsonObject author = node.value(QLatin1String("author")).toObject();
        review.authorLogin = text(author, "login");
        review.authorIsBot = isBot(author);
        reviews << review;
    }
    return reviews;
}

QString reviewsNextCursor(const QJsonObject &reviews)
{
    const QJsonObject pageInfo = reviews.value(QLatin1String("pageInfo")).toObject();
    return pageInfo.value(QLatin1String("hasNextPage")).toBool() ? text(pageInfo, "endCursor")
                                                                 : QString();
}

PullRequestRecord pullFromGraphql(const QJsonObject &node, qint64 repoId)
{
    PullRequestRecord record;
    record.repoId = repoId;
    record.number = node.value(QLatin1String("number")).toInt();
    record.title = text(node, "title");
    const QJsonObject author = node.value(QLatin1String("author")).toObject();
    record.authorLogin = text(author, "login");
    record.authorIsBot = isBot(author);
    // GraphQL says OPEN/CLOSED/MERGED; the cache keeps REST's open/closed with merged_at.
    record.state = text(node, "state") == QLatin1String("OPEN") ? QStringLiteral("open")
                                                                : QStringLiteral("closed");
    record.isDraft = node.value(QLatin1String("isDraft")).toBool();
    record.createdAt = parseTime(node.value(QLatin1String("createdAt")));
    record.updatedAt = parseTime(node.value(QLatin1String("updatedAt")));
    record.mergedAt = parseTime(node.value(QLatin1String("mergedAt")));
    record.closedAt = parseTime(node.value(QLatin1String("closedAt")));
    record.additions = count(node, "additions");
    record.deletions = count(node, "deletions");
    record.changedFiles = count(node, "changedFiles");
    record.commitCount = count(node.value(QLatin1String("commits")).toObject(), "totalCount");
    record.headRef = text(node, "headRefName");
    record.baseRef = text(node, "baseRefName");
    const QJsonValue reviews = node.value(QLatin1String("reviews"));
    if (reviews.isObject()) { // asked for: the cache keeps exactly what this read says
        record.hasReviews = true;
        record.reviews
            = reviewsFromGraphql(reviews.toObject().value(QLatin1String("nodes")).toArray());
    }
    const QJsonArray timeline = node.value(QLatin1String("timelineItems"))
                                    .toObject()
                                    .value(QLatin1String("nodes"))
                                    .toArray();
    for (const QJsonValue &value : timeline) {
        const QJsonObject item = value.toObject();
        const QDateTime at = parseTime(item.value(QLatin1String("createdAt")));
        const QString type = text(item, "__typename");
        if (type == QLatin1String("ReadyForReviewEvent")) {
            if (at.isValid() && (!record.readyAt.isValid() || at < record.readyAt))
                record.readyAt = at;
        } else if (type == QLatin1String("ReviewRequestedEvent")) {
            const QJsonObject reviewer = item.value(QLatin1String("requestedReviewer")).toObject();
            QString name = text(reviewer, "login");
            if (name.isEmpty() && !text(reviewer, "slug").isEmpty())
                name = QStringLiteral("team:") + text(reviewer, "slug");
            if (!name.isEmpty() && at.isValid())
                record.reviewRequests << ReviewRequestRecord{name, at};
        }
    }
    return record;
}

std::optional<IssueRecord> issueFromRest(const QJsonObject &issue, qint64 repoId)
{
    if (issue.contains(QLatin1String("pull_request")))
        return std::nullopt;
    IssueRecord record;
    record.repoId = repoId;
    record.number = issue.value(QLatin1String("number")).toInt();
    record.title = text(issue, "title");
    record.authorLogin = text(issue.value(QLatin1String("user")).toObject(), "login");
    record.state = text(issue, "state");
    record.createdAt = parseTime(issue.value(QLatin1String("created_at")));
    record.updatedAt = parseTime(issue.value(QLatin1String("updated_at")));
    record.closedAt = parseTime(issue.value(QLatin1String("closed_at")));
    record.commentCount = issue.value(QLatin1String("comments")).toInt();
    QStringList labels;
    for (const QJsonValue &label : issue.value(QLatin1String("labels")).toArray())
        labels << label.toObject().value(QLatin1String("name")).toString();
    record.labels = labels.join(QLatin1Char(','));
    return record;
}

namespace {
// REST ids are numbers (beyond 2^31 for runs); kept as their decimal text.
QString restId(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}
} // namespace

WorkflowRecord workflowFromRest(const QJsonObject &workflow, qint64 repoId)
{
    WorkflowRecord record;
    record.repoId = repoId;
    record.remoteId = restId(workflow.value(QLatin1String("id")));
    record.name = text(workflow, "name");
    record.path = text(workflow, "path");
    record.state = text(workflow, "state");
    return record;
}

WorkflowRunRecord workflowRunFromRest(const QJsonObject &run, qint64 repoId)
{
    WorkflowRunRecord record;
    record.repoId = repoId;
    record.remoteId = restId(run.value(QLatin1String("id")));
    record.workflowId = restId(run.value(QLatin1String("workflow_id")));
    record.headSha = text(run, "head_sha");
    record.headBranch = text(run, "head_branch");
    record.event = text(run, "event");
    record.conclusion = text(run, "conclusion");
    record.createdAt = parseTime(run.value(QLatin1String("created_at")));
    record.completedAt = parseTime(run.value(QLatin1String("updated_at")));
    return record;
}

IssueEventRecord issueEventFromRest(const QJsonObject &event, qint64 repoId)
{
    IssueEventRecord record;
    record.repoId = repoId;
    const QJsonValue id = event.value(QLatin1String("id"));
    record.remoteId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    record.issueNumber
        = event.value(QLatin1String("issue")).toObject().value(QLatin1String("number")).toInt();
    record.event = text(event, "event");
    record.actorLogin = text(event.value(QLatin1String("actor")).toObject(), "login");
    record.createdAt = parseTime(event.value(QLatin1String("created_at")));
    return record;
}

EventRecord eventFromRest(const QJsonObject &event, qint64 accountId)
{
    EventRecord record;
    record.accountId = accountId;
    const QJsonValue id = event.value(QLatin1String("id"));
    record.remoteId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    record.type = text(event, "type");
    record.repoFullName = text(event.value(QLatin1String("repo")).toObject(), "name");
    record.createdAt = parseTime(event.value(QLatin1String("created_at")));
    return record;
}

BranchRecord branchFromGraphql(const QJsonObject &node, qint64 repoId, const QDateTime &seenAt)
{
    BranchRecord record;
    record.repoId = repoId;
    record.name = text(node, "name");
    record.headSha = text(node.value(QLatin1String("target")).toObject(), "oid");
    record.seenAt = seenAt;
    return record;
}

TagRecord tagFromGraphql(const QJsonObject &node, qint64 repoId, const QDateTime &seenAt)
{
    TagRecord record;
    record.repoId = repoId;
    record.name = text(node, "name");
    record.seenAt = seenAt;
    QJsonObject target = node.value(QLatin1String("target")).toObject();
    if (target.contains(QLatin1String("target"))) // annotated tag: follow it to the commit
        target = target.value(QLatin1String("target")).toObject();
    record.sha = text(target, "oid");
    record.taggedAt = parseTime(target.value(QLatin1String("committedDate")));
    return record;
}

DeploymentRecord deploymentFromGraphql(const QJsonObject &node, qint64 repoId)
{
    DeploymentRecord record;
    record.repoId = repoId;
    record.remoteId = text(node, "id");
    record.environment = text(node, "environment");
    record.commitSha = text(node, "commitOid");
    record.createdAt = parseTime(node.value(QLatin1String("createdAt")));
    const QJsonObject status = node.value(QLatin1String("latestStatus")).toObject();
    record.status = text(status, "state");
    record.statusAt = parseTime(status.value(QLatin1String("createdAt")));
    return record;
}

ReleaseRecord releaseFromGraphql(const QJsonObject &node, qint64 repoId)
{
    ReleaseRecord record;
    record.repoId = repoId;
    record.remoteId = text(node, "id");
    record.tagName = text(node, "tagName");
    record.name = text(node, "name");
    record.isDraft = node.value(QLatin1String("isDraft")).toBool();
    record.isPrerelease = node.value(QLatin1String("isPrerelease")).toBool();
    record.createdAt = parseTime(node.value(QLatin1String("createdAt")));
    record.publishedAt = parseTime(node.value(QLatin1String("publishedAt")));
    record.commitSha = text(node.value(QLatin1String("tagCommit")).toObject(), "oid");
    return record;
}

} // namespace GitHubMapper
