// FakeGitHub, continued: repositories' global ids and the batched "did anything change"
// query (GraphQL nodes(ids:)) that a sync asks before reading any repository.
#include "tests/support/fakegithub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// The newest `updatedAt` of deployment or release nodes (their created time when they have
// none), as GitHub's newest first item would say.
QString newestOf(const QList<QJsonObject> &nodes)
{
    QString newest;
    for (const QJsonObject &node : nodes) {
        const QString updated = node.value(QLatin1String("updatedAt")).toString();
        newest = qMax(newest, updated.isEmpty() ? node.value(QLatin1String("createdAt")).toString()
                                                : updated);
    }
    return newest;
}
} // namespace

QString FakeGitHub::nodeIdOf(const Repo &repo)
{
    return QStringLiteral("R_%1_%2").arg(repo.owner, repo.name);
}

FakeResponse FakeGitHub::repositoryStates(const QJsonArray &ids)
{
    ++m_stateChecks;
    QJsonArray nodes;
    QJsonArray errors;
    for (const QJsonValue &id : ids) {
        const Repo *found = nullptr;
        for (const Repo &repo : std::as_const(repos)) {
            if (nodeIdOf(repo) == id.toString())
                found = &repo;
        }
        if (!found || found->status != 200) {
            errors.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("NOT_FOUND")},
                {QStringLiteral("path"), QJsonArray{QStringLiteral("nodes"), nodes.size()}},
                {QStringLiteral("message"),
                 QStringLiteral("Could not resolve to a node with the global id of '%1'")
                     .arg(id.toString())}});
            nodes.append(QJsonValue(QJsonValue::Null));
            continue;
        }
        // What GitHub changes on every push: here a digest of every ref and the head.
        QStringList refs;
        for (const auto &[name, sha] : found->branches)
            refs << name + QLatin1Char('=') + sha;
        for (const auto &[name, sha] : found->tags)
            refs << QStringLiteral("tag:") + name + QLatin1Char('=') + sha;
        const QString head = found->commits.isEmpty()
                                 ? QString()
                                 : found->commits.last().value(QLatin1String("oid")).toString();
        refs << head;
        const QDateTime pushedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
                                       .addSecs(qHash(refs.join(QLatin1Char(','))) % 100000000);
        QString newestPull;
        for (const QJsonObject &pull : found->pulls)
            newestPull = qMax(newestPull, pull.value(QLatin1String("updatedAt")).toString());
        QString newestIssue;
        for (const QJsonObject &issue : found->issues) {
            if (!issue.contains(QLatin1String("pull_request")))
                newestIssue
                    = qMax(newestIssue, issue.value(QLatin1String("updated_at")).toString());
        }
        auto newest = [](const QString &updatedAt) {
            return QJsonObject{
                {QStringLiteral("nodes"),
                 updatedAt.isEmpty()
                     ? QJsonArray()
                     : QJsonArray{QJsonObject{{QStringLiteral("updatedAt"), updatedAt}}}}};
        };
        // One check suite per workflow run on the head commit, as GitHub Actions makes them.
        const auto runsOnHead
            = std::count_if(found->workflowRuns.cbegin(), found->workflowRuns.cend(),
                            [&head](const QJsonObject &run) {
                                return run.value(QLatin1String("head_sha")).toString() == head;
                            });
        QJsonValue checkSuites = QJsonObject{{QStringLiteral("totalCount"), int(runsOnHead)}};
        if (checkSuitesForbidden && !head.isEmpty()) {
            checkSuites = QJsonValue(QJsonValue::Null);
            errors.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("FORBIDDEN")},
                            {QStringLiteral("path"),
                             QJsonArray{QStringLiteral("nodes"), nodes.size(),
                                        QStringLiteral("defaultBranchRef"),
                                        QStringLiteral("target"), QStringLiteral("checkSuites")}},
                            {QStringLiteral("message"),
                             QStringLiteral("Resource not accessible by integration")}});
        }
        nodes.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("pushedAt"), pushedAt.toString(Qt::ISODate)},
            {QStringLiteral("defaultBranchRef"),
             head.isEmpty() ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(QJsonObject{
                                {QStringLiteral("target"),
                                 QJsonObject{{QStringLiteral("oid"), head},
                                             {QStringLiteral("checkSuites"), checkSuites}}}})},
            {QStringLiteral("pullRequests"), newest(newestPull)},
            {QStringLiteral("issues"), newest(newestIssue)},
            {QStringLiteral("deployments"), newest(newestOf(found->deployments))},
            {QStringLiteral("releases"), newest(newestOf(found->releases))},
            {QStringLiteral("branches"),
             QJsonObject{{QStringLiteral("totalCount"), int(found->branches.size())}}},
            {QStringLiteral("tags"),
             QJsonObject{{QStringLiteral("totalCount"), int(found->tags.size())}}}});
    }
    QJsonObject answer{{QStringLiteral("data"), QJsonObject{{QStringLiteral("nodes"), nodes}}}};
    if (!errors.isEmpty())
        answer.insert(QStringLiteral("errors"), errors);
    return FakeResponse::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}
