#pragma once

// Shared by the files of GitHubSync (githubsync.cpp, githubsyncrefs.cpp): the kinds of items,
// the GraphQL queries and the page bookkeeping. Not for use outside providers/github.

#include "core/common/result.h"
#include "core/storage/syncstate.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class CacheWriter;

namespace GitHubSyncSupport {

inline const QString CommitsKind = QStringLiteral("commits");
inline const QString PullsKind = QStringLiteral("pull_requests");
inline const QString IssuesKind = QStringLiteral("issues");
inline const QString ReposKind = QStringLiteral("repos");
/// The cursor whose watermark is a repository's state when it was last read in full
/// (GitHubSync::repoStates); an equal state next time means nothing to read.
inline const QString RepoStateKind = QStringLiteral("repo_state");

/// What one request asks of up to 100 repositories at once: whatever a sync would read
/// changes at least one of these (the default branch's head, any push, the newest pull
/// request, issue, deployment and release update, the number of branches and tags).
inline const QString RepoStatesQuery
    = QStringLiteral("query($ids: [ID!]!) {\n"
                     "  nodes(ids: $ids) {\n"
                     "    ... on Repository {\n"
                     "      id pushedAt\n"
                     "      defaultBranchRef { target { oid ... on Commit { checkSuites { "
                     "totalCount } } } }\n"
                     "      pullRequests(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) "
                     "{ nodes { updatedAt } }\n"
                     "      issues(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { "
                     "nodes { updatedAt } }\n"
                     "      deployments(first: 1, orderBy: {field: CREATED_AT, direction: DESC}) "
                     "{ nodes { updatedAt } }\n"
                     "      releases(first: 1, orderBy: {field: CREATED_AT, direction: DESC}) { "
                     "nodes { updatedAt } }\n"
                     "      branches: refs(refPrefix: \"refs/heads/\", first: 1) { totalCount }\n"
                     "      tags: refs(refPrefix: \"refs/tags/\", first: 1) { totalCount }\n"
                     "    }\n"
                     "  }\n"
                     "}");

// With the repository's .mailmap on its default branch (null when there is none): People and
// teams offers what it says, at no request of its own.
inline const QString CommitHistoryQuery
    = QStringLiteral("query($owner: String!, $name: String!, $after: String, $first: Int!) {\n"
                     "  repository(owner: $owner, name: $name) {\n"
                     "    mailmap: object(expression: \"HEAD:.mailmap\") { ... on Blob { text } }\n"
                     "    defaultBranchRef {\n"
                     "      target {\n"
                     "        ... on Commit {\n"
                     "          history(first: $first, after: $after) {\n"
                     "            pageInfo { hasNextPage endCursor }\n"
                     "            nodes {\n"
                     "              oid message additions deletions authoredDate committedDate\n"
                     "              author { name email date user { login } }\n"
                     "              committer { name email date user { login } }\n"
                     "              parents(first: 100) { nodes { oid } }\n"
                     "            }\n"
                     "          }\n"
                     "        }\n"
                     "      }\n"
                     "    }\n"
                     "  }\n"
                     "}");

// What DevPulse reads of a review (pending reviews have no submittedAt and are skipped).
#define REVIEW_FIELDS "id state submittedAt author { __typename login }"

// Each pull request with its reviews (the first hundred; more are paged with ReviewsQuery),
// review requests and the moments it was marked ready for review: no request of their own.
inline const QString PullRequestsQuery
    = QStringLiteral("query($owner: String!, $name: String!, $after: String, $first: Int!) {\n"
                     "  repository(owner: $owner, name: $name) {\n"
                     "    pullRequests(first: $first, after: $after, orderBy: {field: UPDATED_AT, "
                     "direction: DESC}) {\n"
                     "      pageInfo { hasNextPage endCursor }\n"
                     "      nodes {\n"
                     "        number title state isDraft createdAt updatedAt mergedAt closedAt\n"
                     "        additions deletions changedFiles commits { totalCount }\n"
                     "        author { __typename login } headRefName baseRefName\n"
                     "        reviews(first: 100) {\n"
                     "          pageInfo { hasNextPage endCursor }\n"
                     "          nodes { " REVIEW_FIELDS " }\n"
                     "        }\n"
                     "        timelineItems(first: 100, itemTypes: [READY_FOR_REVIEW_EVENT, "
                     "REVIEW_REQUESTED_EVENT]) {\n"
                     "          nodes {\n"
                     "            __typename\n"
                     "            ... on ReadyForReviewEvent { createdAt }\n"
                     "            ... on ReviewRequestedEvent {\n"
                     "              createdAt\n"
                     "              requestedReviewer { __typename ... on User { login } "
                     "... on Bot { login } ... on Mannequin { login } ... on Team { slug } }\n"
                     "            }\n"
                     "          }\n"
                     "        }\n"
                     "      }\n"
                     "    }\n"
                     "  }\n"
                     "}");

/// The rest of one pull request's reviews, for the rare pull request with more than the
/// hundred its page carries.
inline const QString ReviewsQuery = QStringLiteral(
    "query($owner: String!, $name: String!, $number: Int!, $after: String, $first: Int!) {\n"
    "  repository(owner: $owner, name: $name) {\n"
    "    pullRequest(number: $number) {\n"
    "      reviews(first: $first, after: $after) {\n"
    "        pageInfo { hasNextPage endCursor }\n"
    "        nodes { " REVIEW_FIELDS " }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "}");
#undef REVIEW_FIELDS

inline const QString DeliveryKind = QStringLiteral("delivery");

inline const QString WorkflowRunsKind = QStringLiteral("workflow_runs");

/// A repository's deployments and releases, newest first, in one request while both fit a
/// page; a walk that is done leaves its connection out of the next page's query. The first
/// page also lists the default branch's workflow files (null without .github/workflows), so
/// that a repository without any costs no Actions request.
inline const QString DeliveryQuery = QStringLiteral(
    "query($owner: String!, $name: String!, $first: Int!, $afterDeployments: String, "
    "$afterReleases: String, $withDeployments: Boolean!, $withReleases: Boolean!, "
    "$withWorkflowFiles: Boolean!) {\n"
    "  repository(owner: $owner, name: $name) {\n"
    "    workflowFiles: object(expression: \"HEAD:.github/workflows\") "
    "@include(if: $withWorkflowFiles) { ... on Tree { entries { name } } }\n"
    "    deployments(first: $first, after: $afterDeployments, orderBy: {field: CREATED_AT, "
    "direction: DESC}) @include(if: $withDeployments) {\n"
    "      pageInfo { hasNextPage endCursor }\n"
    "      nodes { id environment commitOid createdAt latestStatus { state createdAt } }\n"
    "    }\n"
    "    releases(first: $first, after: $afterReleases, orderBy: {field: CREATED_AT, "
    "direction: DESC}) @include(if: $withReleases) {\n"
    "      pageInfo { hasNextPage endCursor }\n"
    "      nodes { id tagName name isDraft isPrerelease createdAt publishedAt tagCommit { oid } "
    "}\n"
    "    }\n"
    "  }\n"
    "}");

inline const QString BranchesKind = QStringLiteral("branches");
inline const QString TagsKind = QStringLiteral("tags");
inline const QString IssueEventsKind = QStringLiteral("issue_events");
inline const QString EventsKind = QStringLiteral("events");

inline const QString BranchesQuery
    = QStringLiteral("query($owner: String!, $name: String!, $after: String, $first: Int!) {\n"
                     "  repository(owner: $owner, name: $name) {\n"
                     "    refs(refPrefix: \"refs/heads/\", first: $first, after: $after) {\n"
                     "      pageInfo { hasNextPage endCursor }\n"
                     "      nodes { name target { oid } }\n"
                     "    }\n"
                     "  }\n"
                     "}");

inline const QString TagsQuery
    = QStringLiteral("query($owner: String!, $name: String!, $after: String, $first: Int!) {\n"
                     "  repository(owner: $owner, name: $name) {\n"
                     "    refs(refPrefix: \"refs/tags/\", first: $first, after: $after) {\n"
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

/// One page of a newest-first walk. The newest value on the walk's first page becomes the
/// watermark only once the walk is complete (no next page): a walk stopped half-way is
/// continued from its page cursor next time, never skipped.
SyncCursor stepWalk(const SyncCursor &cursor, const QString &newestOnPage, const QString &nextPage);
/// A JSON id (number or string) as text.
QString idText(const QJsonValue &id);
QString isoTime(const QDateTime &time);
/// "/repos/{owner}/{name}" for REST, each part percent-encoded.
QString restRepoPath(const QString &owner, const QString &name);
/// Runs `write` and saves the cursor in one transaction: a page and its cursor land together.
/// Lists walked whole each time (repositories, branches, tags) have no cursor to save.
Result<void> writePage(QSqlDatabase &db, const std::function<Result<void>(CacheWriter &)> &write,
                       const std::function<Result<void>(SyncState &)> &saveCursor = {});

} // namespace GitHubSyncSupport
