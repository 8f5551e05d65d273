// GitHubSync, continued: GitHub Actions (issue 21, delivery). A repository without GitHub
// deployments often deploys with a workflow; DevPulse lists its workflows and reads the finished
// runs of those that look like delivery (DeliverySources::isDeliveryWorkflow) or that its user
// chose, newest first, down to a day before the newest run read last time (the first time, the
// newest 2,000 runs).
#include "core/common/logging.h"
#include "core/providers/github/githubmapper.h"
#include "core/providers/github/githubsync.h"
#include "core/providers/github/githubsyncsupport.h"
#include "core/storage/cachewriter.h"
#include "core/storage/deliverysources.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace GitHubSyncSupport;

namespace {

/// A run that counts: finished, and on the default branch or for a release (a pull request's
/// runs, a feature branch's, never deploy to production).
bool countsAsDelivery(const WorkflowRunRecord &run, const QString &defaultBranch)
{
    if (run.conclusion.isEmpty() || run.event.startsWith(QLatin1String("pull_request")))
        return false;
    return run.event == QLatin1String("release") || run.headBranch == defaultBranch;
}

/// How many pages of runs (100 each) a workflow's first walk reads at most.
constexpr int MaxFirstRunPages = 20;

} // namespace

Result<void> GitHubSync::syncWorkflowRuns(const RepoTarget &repo)
{
    const Result<DeliverySources::WorkflowReading> reading
        = DeliverySources(m_db).workflowReading(repo.id);
    if (!reading)
        return reading.error();
    if (!reading.value().repoKnown)
        return {};
    const QString &defaultBranch = reading.value().defaultBranch;
    const bool hasDeployments = reading.value().hasDeployments;
    const QString &chosenWorkflow = reading.value().chosenWorkflow;
    if (hasDeployments && chosenWorkflow.isEmpty())
        return {}; // GitHub deployments say it better than any workflow

    // The workflows: one page holds a hundred, more than any repository has.
    QList<WorkflowRecord> workflows;
    QString next
        = restRepoPath(repo.owner, repo.name) + QStringLiteral("/actions/workflows?per_page=100");
    while (!next.isEmpty()) {
        const Result<ApiPage> page = m_api.get(next);
        if (!page)
            return page.error();
        if (page.value().status == 403 || page.value().status == 404) {
            // Actions disabled, or a token that may not see them: nothing to read, not an error.
            qCInfo(lcSync) << "no workflows readable for" << repo.owner << repo.name << "HTTP"
                           << page.value().status;
            return {};
        }
        if (page.value().status != 200 && !page.value().notModified) {
            return Error{QCoreApplication::translate("GitHubSync",
                                                     "GitHub did not list the workflows (HTTP %1).")
                             .arg(page.value().status),
                         QStringLiteral("workflows: %1").arg(page.value().status),
                         ErrorKind::Network};
        }
        for (const QJsonValue &item :
             page.value().json.object().value(QLatin1String("workflows")).toArray())
            workflows << GitHubMapper::workflowFromRest(item.toObject(), repo.id);
        next = page.value().nextUrl.toString();
    }
    if (const Result<void> saved = storePage([&](CacheWriter &writer) -> Result<void> {
            for (const WorkflowRecord &workflow : std::as_const(workflows)) {
                if (const Result<void> ok = writer.upsertWorkflow(workflow); !ok)
                    return ok;
            }
            return {};
        });
        !saved)
        return saved;

    for (const WorkflowRecord &workflow : std::as_const(workflows)) {
        const bool chosen = !chosenWorkflow.isEmpty() && workflow.name == chosenWorkflow;
        if (!chosen
            && (hasDeployments
                || !DeliverySources::isDeliveryWorkflow(workflow.name, workflow.path)))
            continue;
        const QString kind = WorkflowRunsKind + QLatin1Char(':') + workflow.remoteId;
        const Result<SyncCursor> stored = SyncState(m_db).cursor(m_accountId, repo.id, kind);
        if (!stored)
            return stored.error();
        const QDateTime seenUpTo = QDateTime::fromString(stored.value().watermark, Qt::ISODate);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        // Runs finish after they are created: a day back catches those that were still
        // running last time. (A filtered list stops at 1,000 runs; the first walk is not.)
        if (seenUpTo.isValid())
            query.addQueryItem(QStringLiteral("created"),
                               QStringLiteral(">=")
                                   + seenUpTo.addDays(-1).toUTC().toString(Qt::ISODate));
        QUrl first(restRepoPath(repo.owner, repo.name)
                   + QStringLiteral("/actions/workflows/%1/runs").arg(workflow.remoteId));
        first.setQuery(query);
        QDateTime newest = seenUpTo;
        next = first.toString(QUrl::FullyEncoded);
        int pages = 0;
        while (!next.isEmpty()) {
            const Result<ApiPage> page = m_api.get(next);
            if (!page)
                return page.error();
            if (page.value().status != 200 && !page.value().notModified) {
                return Error{
                    QCoreApplication::translate(
                        "GitHubSync", "GitHub did not list the runs of workflow %1 (HTTP %2).")
                        .arg(workflow.name)
                        .arg(page.value().status),
                    QStringLiteral("workflow runs: %1").arg(page.value().status),
                    ErrorKind::Network};
            }
            QList<WorkflowRunRecord> runs;
            for (const QJsonValue &item :
                 page.value().json.object().value(QLatin1String("workflow_runs")).toArray()) {
                const WorkflowRunRecord run
                    = GitHubMapper::workflowRunFromRest(item.toObject(), repo.id);
                if (run.createdAt.isValid() && (!newest.isValid() || run.createdAt > newest))
                    newest = run.createdAt;
                if (countsAsDelivery(run, defaultBranch))
                    runs << run;
            }
            next = page.value().nextUrl.toString();
            // A first walk stops at the newest MaxFirstRunPages pages: a busy "CI/CD" workflow
            // runs for every pull request too, years of them cost hundreds of requests.
            if (!seenUpTo.isValid() && ++pages >= MaxFirstRunPages)
                next.clear();
            const Result<void> written = storeTimedWalkPage(
                repo.id, kind, next.isEmpty(), newest, [&](CacheWriter &writer) -> Result<void> {
                    for (const WorkflowRunRecord &run : std::as_const(runs)) {
                        if (const Result<void> ok = writer.upsertWorkflowRun(run); !ok)
                            return ok;
                    }
                    return {};
                });
            if (!written)
                return written;
            countItems(WorkflowRunsKind, int(runs.size()));
        }
    }
    return {};
}
