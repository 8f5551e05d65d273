#pragma once

#include "core/storage/records.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

/// Turns GitHub's JSON (REST and GraphQL shapes) into cache records. Tolerant by design:
/// fields missing from old payload shapes become empty values, never a crash. Pure functions.
namespace GitHubMapper {

/// A repository from /user/repos or /orgs/{org}/repos.
RepoRecord repoFromRest(const QJsonObject &repo, qint64 accountId);
/// A commit node of GraphQL `history` (author.user is null when the email is not linked).
CommitRecord commitFromGraphql(const QJsonObject &node, qint64 repoId);
/// The parents' shas of a GraphQL commit node (`parents { nodes { oid } }`); none for a root.
QStringList parentShas(const QJsonObject &node);
/// A pull request node of GraphQL `pullRequests`, with its reviews, review requests and
/// first ready-for-review moment when the node has them.
PullRequestRecord pullFromGraphql(const QJsonObject &node, qint64 repoId);
/// Submitted reviews of a `reviews` connection's nodes (pending ones left out).
QList<ReviewRecord> reviewsFromGraphql(const QJsonArray &nodes);
/// The cursor of a `reviews` connection's next page; "" when it has none.
QString reviewsNextCursor(const QJsonObject &reviews);
/// A Deployment node of DeliveryQuery (with its latest status).
DeploymentRecord deploymentFromGraphql(const QJsonObject &node, qint64 repoId);
/// A Release node of DeliveryQuery.
ReleaseRecord releaseFromGraphql(const QJsonObject &node, qint64 repoId);
/// An item of REST /repos/{owner}/{repo}/actions/workflows (`workflows`).
WorkflowRecord workflowFromRest(const QJsonObject &workflow, qint64 repoId);
/// An item of REST .../actions/workflows/{id}/runs (`workflow_runs`).
WorkflowRunRecord workflowRunFromRest(const QJsonObject &run, qint64 repoId);
/// A GraphQL actor (`__typename login`) that is an app, not a person.
bool isBot(const QJsonObject &actor);
/// An item of REST /issues; nullopt for the pull requests that list also returns.
std::optional<IssueRecord> issueFromRest(const QJsonObject &issue, qint64 repoId);

/// An item of REST /repos/{owner}/{repo}/issues/events.
IssueEventRecord issueEventFromRest(const QJsonObject &event, qint64 repoId);
/// An item of REST /users/{login}/events.
EventRecord eventFromRest(const QJsonObject &event, qint64 accountId);
/// A node of GraphQL `refs(refPrefix: "refs/heads/")`.
BranchRecord branchFromGraphql(const QJsonObject &node, qint64 repoId, const QDateTime &seenAt);
/// A node of GraphQL `refs(refPrefix: "refs/tags/")`: lightweight tags point at a commit,
/// annotated ones at a Tag object that points at the commit.
TagRecord tagFromGraphql(const QJsonObject &node, qint64 repoId, const QDateTime &seenAt);

/// GitHub time ("2011-04-14T16:00:49Z", "2024-01-01T10:00:00+02:00") as UTC; invalid if absent.
QDateTime parseTime(const QJsonValue &value);

} // namespace GitHubMapper
