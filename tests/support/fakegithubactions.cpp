// FakeGitHub, continued: GitHub Actions' REST lists of a repository, as GitHub shapes them
// (an object with total_count and the page's items, paged with Link headers).
#include "tests/support/fakegithub.h"

#include <QJsonArray>

#include <algorithm>

FakeResponse FakeGitHub::repoActions(const FakeRequest &request, const Repo &repo)
{
    const QStringList parts = request.path.split(QLatin1Char('/'));
    const int page = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    const int asked = request.query.queryItemValue(QStringLiteral("per_page")).toInt();
    const int pageSize = qMin(restPageSize, asked > 0 ? qMin(100, asked) : 30);
    const QUrl base = m_server.url(request.path);
    // .../actions/workflows
    if (parts.size() == 8 && parts.at(7) == QLatin1String("workflows")) {
        QJsonArray all;
        for (const QJsonObject &workflow : repo.workflows)
            all.append(workflow);
        return restPage(all, page, pageSize, base, request.query, request.header("If-None-Match"),
                        QStringLiteral("workflows"));
    }
    // .../actions/workflows/{id}/runs, newest first; `created=>=time` as GitHub's search
    // syntax filters it
    if (parts.size() == 10 && parts.at(7) == QLatin1String("workflows")
        && parts.at(9) == QLatin1String("runs")) {
        const qint64 workflowId = parts.at(8).toLongLong();
        const QString created
            = request.query.queryItemValue(QStringLiteral("created"), QUrl::FullyDecoded);
        const QDateTime since = created.startsWith(QLatin1String(">="))
                                    ? QDateTime::fromString(created.mid(2), Qt::ISODate)
                                    : QDateTime();
        QList<QJsonObject> runs;
        for (const QJsonObject &run : repo.workflowRuns) {
            if (run.value(QLatin1String("workflow_id")).toInteger() != workflowId)
                continue;
            if (since.isValid()
                && QDateTime::fromString(run.value(QLatin1String("created_at")).toString(),
                                         Qt::ISODate)
                       < since)
                continue;
            runs << run;
        }
        std::sort(runs.begin(), runs.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("created_at")).toString()
                   > b.value(QLatin1String("created_at")).toString();
        });
        QJsonArray all;
        for (const QJsonObject &run : std::as_const(runs))
            all.append(run);
        return restPage(all, page, pageSize, base, request.query, request.header("If-None-Match"),
                        QStringLiteral("workflow_runs"));
    }
    return FakeResponse::fromFixture(QStringLiteral("github/replay/error-404"));
}
