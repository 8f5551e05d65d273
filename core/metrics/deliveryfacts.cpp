// DeliveryMetricsQuery::prepare: what counts as a deployment in each repository, and each
// deployment's facts by the history's ancestry (deliverymetrics.cpp aggregates them per filter).
#include "core/metrics/deliverymetrics.h"

#include "core/metrics/metricssql.h"
#include "core/storage/deliverysources.h"
#include "core/storage/rowreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string_view>
#include <vector>

namespace DeliveryMetricsQuery {
namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

struct Deployment
{
    QString environment;
    QString sha;
    qint64 created = 0;
    QString status;
    qint64 statusAt = 0;
};

/// A deployment to production as the metrics see it, whatever its source.
struct Event
{
    qint64 at = 0;
    QString sha;
    bool succeeded = false; ///< else it failed
};

/// A repository's commits as a graph of indices: each sha is hashed once when read, not at
/// every step of every deployment's walk (1M commits: the walk went from seconds to a fraction).
struct CommitGraph
{
    QHash<QByteArray, int> indexOf;
    std::vector<qint64> committed;
    std::vector<char> parentsKnown;
    std::vector<int> parentsBegin{0}; ///< commit i's parents: parents[begin[i] .. begin[i+1])
    std::vector<int> parents;         ///< indices; parents not cached are left out
    // While reading: each commit's parents as text, resolved once every commit is known.
    QByteArray parentText;
    std::vector<int> parentTextEnd;
    /// What the revert commits revert: a commit index, and when it was reverted.
    QMultiHash<int, qint64> revertedAt;
    QList<QPair<qint64, QByteArray>> reverts; ///< while reading: when, and the sha (or prefix)

    int find(const QByteArray &sha) const { return indexOf.value(sha, -1); }
    void add(std::string_view sha, qint64 at, bool known, std::string_view parentShas)
    {
        indexOf.insert(QByteArray(sha.data(), qsizetype(sha.size())), int(committed.size()));
        committed.push_back(at);
        parentsKnown.push_back(known ? 1 : 0);
        parentText.append(parentShas.data(), qsizetype(parentShas.size()));
        parentText.append(' ');
        parentTextEnd.push_back(int(parentText.size()));
    }
    /// Once every commit is read: parents and reverted commits as indices.
    void resolve()
    {
        int from = 0;
        for (const int end : parentTextEnd) {
            for (const QByteArray &sha : parentText.mid(from, end - from).split(' ')) {
                if (const int index = sha.isEmpty() ? -1 : find(sha); index >= 0)
                    parents.push_back(index);
            }
            parentsBegin.push_back(int(parents.size()));
            from = end;
        }
        parentText.clear();
        parentTextEnd.clear();
        for (const auto &[when, sha] : std::as_const(reverts)) {
            if (const int index = find(sha); index >= 0) {
                revertedAt.insert(index, when);
                continue;
            }
            for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) { // an abbreviated sha
                if (it.key().startsWith(sha))
                    revertedAt.insert(it.value(), when);
            }
        }
        reverts.clear();
    }
};

struct RepoData
{
    QString name;
    QList<Deployment> deployments;
    /// Finished runs (success or failure) of each workflow read, by the workflow's name.
    QHash<QString, QList<Event>> workflowRuns;
    QSet<QString> deliveringWorkflows; ///< the names that look like delivery
    QList<Event> releases;             ///< published, not drafts or pre-releases
    QList<qint64> hotfixes;            ///< when releases named hotfix were published
    QList<Event> tags;
    QList<QPair<QString, Event>> namedTags; ///< the same with their names
    QList<qint64> incidents;                ///< when issues labelled IncidentLabel were opened
    CommitGraph commits;
};

bool isProductionName(const QString &environment)
{
    const QString name = environment.toLower();
    return name == QLatin1String("production") || name == QLatin1String("prod")
           || name == QLatin1String("live");
}

DeliverySource chooseSource(const RepoData &repo)
{
    DeliverySource source;
    if (!repo.deployments.isEmpty()) {
        QHash<QString, int> perEnvironment;
        for (const Deployment &deployment : repo.deployments)
            ++perEnvironment[deployment.environment];
        QString chosen;
        for (auto it = perEnvironment.cbegin(); it != perEnvironment.cend(); ++it) {
            const bool better
                = chosen.isEmpty() || (isProductionName(it.key()) && !isProductionName(chosen))
                  || (isProductionName(it.key()) == isProductionName(chosen)
                      && (it.value() > perEnvironment.value(chosen)
                          || (it.value() == perEnvironment.value(chosen) && it.key() < chosen)));
            if (better)
                chosen = it.key();
        }
        source.kind = DeliverySource::Kind::Environment;
        source.environment = chosen;
        return source;
    }
    // The delivering workflow with the most successful runs (then the first by name).
    int mostSuccesses = 0;
    for (auto it = repo.workflowRuns.cbegin(); it != repo.workflowRuns.cend(); ++it) {
        if (!repo.deliveringWorkflows.contains(it.key()))
            continue;
        const int successes = int(std::count_if(it->cbegin(), it->cend(),
                                                [](const Event &run) { return run.succeeded; }));
        if (successes > mostSuccesses
            || (successes == mostSuccesses && successes > 0 && it.key() < source.workflow)) {
            mostSuccesses = successes;
            source.kind = DeliverySource::Kind::Workflow;
            source.workflow = it.key();
        }
    }
    if (source.kind != DeliverySource::Kind::None) {
        return source;
    } else if (!repo.releases.isEmpty()) {
        source.kind = DeliverySource::Kind::Releases;
    } else if (!repo.tags.isEmpty()) {
        source.kind = DeliverySource::Kind::Tags;
    }
    return source;
}

QList<Event> eventsOf(const RepoData &repo, const DeliverySource &source)
{
    QList<Event> events;
    switch (source.kind) {
    case DeliverySource::Kind::Environment:
        for (const Deployment &deployment : repo.deployments) {
            if (deployment.environment != source.environment)
                continue;
            // INACTIVE: a successful deployment a newer one replaced.
            const bool succeeded = deployment.status == QLatin1String("SUCCESS")
                                   || deployment.status == QLatin1String("INACTIVE");
            const bool failed = deployment.status == QLatin1String("FAILURE")
                                || deployment.status == QLatin1String("ERROR");
            if (succeeded || failed)
                events << Event{deployment.statusAt ? deployment.statusAt : deployment.created,
                                deployment.sha, succeeded};
        }
        break;
    case DeliverySource::Kind::Workflow: events = repo.workflowRuns.value(source.workflow); break;
    case DeliverySource::Kind::Releases: events = repo.releases; break;
    case DeliverySource::Kind::Tags:
        if (source.tagPattern.isEmpty()) {
            events = repo.tags;
        } else {
            const QRegularExpression pattern(
                QRegularExpression::wildcardToRegularExpression(source.tagPattern));
            for (const auto &[tag, event] : repo.namedTags) {
                if (pattern.match(tag).hasMatch())
                    events << event;
            }
        }
        break;
    case DeliverySource::Kind::None: break;
    }
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.at < b.at; });
    return events;
}

} // namespace

Result<DeliveryFacts> prepare(QSqlDatabase &db, const QList<qint64> &repoIds)
{
    const QString during = QStringLiteral("computing delivery metrics");
    QHash<qint64, RepoData> repos;
    // `sql` with the asked repositories on `column` for its %1 (`values` bound before them).
    auto read = [&](const QString &sql, auto &&visit,
                    const QString &column = QStringLiteral("repo_id"), QVariantList values = {}) {
        const QString condition = MetricsSql::idsCondition(column, repoIds, values);
        return readRows(db, sql.arg(condition), values, during, visit);
    };
    if (Result<void> done = read(
            QStringLiteral("SELECT id, full_name FROM repos WHERE %1"),
            [&](auto &row) { repos[row.integer(0)].name = text(row.text(1)); },
            QStringLiteral("id"));
        !done)
        return done.error();
    Result<void> done = read(
        QStringLiteral("SELECT repo_id, environment, commit_sha, created_at, status, status_at "
                       "FROM deployments WHERE %1"),
        [&](auto &row) {
            repos[row.integer(0)].deployments
                << Deployment{text(row.text(1)), text(row.text(2)), row.integer(3),
                              text(row.text(4)), row.isNull(5) ? 0 : row.integer(5)};
        });
    if (done)
        done = read(QStringLiteral("SELECT repo_id, tag_name, name, published_at, commit_sha FROM "
                                   "releases WHERE is_draft = 0 AND is_prerelease = 0 AND "
                                   "published_at IS NOT NULL AND %1"),
                    [&](auto &row) {
                        RepoData &repo = repos[row.integer(0)];
                        repo.releases << Event{row.integer(3), text(row.text(4)), true};
                        if ((text(row.text(1)) + text(row.text(2)))
                                .contains(QLatin1String("hotfix"), Qt::CaseInsensitive))
                            repo.hotfixes << row.integer(3);
                    });
    if (done)
        done = read(QStringLiteral("SELECT repo_id, sha, tagged_at, name FROM tags WHERE sha "
                                   "IS NOT NULL AND tagged_at IS NOT NULL AND %1"),
                    [&](auto &row) {
                        RepoData &repo = repos[row.integer(0)];
                        repo.tags << Event{row.integer(2), text(row.text(1)), true};
                        repo.namedTags << qMakePair(text(row.text(3)), repo.tags.constLast());
                    });
    if (done)
        done = read(
            QStringLiteral("SELECT r.repo_id, w.name, w.path, r.head_sha, r.conclusion, "
                           "r.created_at, r.completed_at FROM workflow_runs r JOIN workflows w "
                           "ON w.repo_id = r.repo_id AND w.remote_id = r.workflow_id WHERE %1"),
            [&](auto &row) {
                // Cancelled, skipped and neutral runs neither delivered nor failed.
                const QString conclusion = text(row.text(4));
                const bool succeeded = conclusion == QLatin1String("success");
                const bool failed = conclusion == QLatin1String("failure")
                                    || conclusion == QLatin1String("timed_out")
                                    || conclusion == QLatin1String("startup_failure");
                if (!succeeded && !failed)
                    return;
                RepoData &repo = repos[row.integer(0)];
                const QString name = text(row.text(1));
                repo.workflowRuns[name] << Event{row.isNull(6) ? row.integer(5) : row.integer(6),
                                                 text(row.text(3)), succeeded};
                if (DeliverySources::isDeliveryWorkflow(name, text(row.text(2))))
                    repo.deliveringWorkflows.insert(name);
            },
            QStringLiteral("r.repo_id"));
    DeliveryFacts facts;
    if (Result<DeliverySettings> settings = DeliverySources(db).settings(); settings)
        facts.settings = settings.value();
    else
        return settings.error();
    // Labels are stored comma-separated: a LIKE narrows the rows, the split decides.
    if (done)
        done = read(
            QStringLiteral("SELECT repo_id, labels, created_at FROM issues WHERE "
                           "lower(labels) LIKE ? AND %1"),
            [&](auto &row) {
                const QStringList labels = text(row.text(1)).split(QLatin1Char(','));
                for (const QString &label : labels) {
                    if (label.trimmed().compare(facts.settings.incidentLabel, Qt::CaseInsensitive)
                        == 0) {
                        repos[row.integer(0)].incidents << row.integer(2);
                        break;
                    }
                }
            },
            QStringLiteral("repo_id"),
            {QStringLiteral("%") + facts.settings.incidentLabel.toLower() + QStringLiteral("%")});
    if (!done)
        return done.error();
    const Result<QHash<qint64, DeliveryChoice>> choices = DeliverySources(db).all();
    if (!choices)
        return choices.error();
    // What counts in each repository; only the commits of repositories with deployments to
    // count are read (a filter change on a large cache without any must not read them all).
    QHash<qint64, DeliverySource> sources;
    QHash<qint64, QList<Event>> eventsByRepo;
    QList<qint64> withEvents;
    for (auto it = repos.cbegin(); it != repos.cend(); ++it) {
        DeliverySource source = chooseSource(it.value());
        if (const auto choice = choices.value().constFind(it.key());
            choice != choices.value().cend()) {
            source = DeliverySource();
            source.chosen = true;
            switch (choice->kind) {
            case DeliveryChoice::Kind::Environment:
                source.kind = DeliverySource::Kind::Environment;
                source.environment = choice->value;
                break;
            case DeliveryChoice::Kind::Releases:
                source.kind = DeliverySource::Kind::Releases;
                break;
            case DeliveryChoice::Kind::Tags:
                source.kind = DeliverySource::Kind::Tags;
                source.tagPattern = choice->value;
                break;
            case DeliveryChoice::Kind::Workflow:
                source.kind = DeliverySource::Kind::Workflow;
                source.workflow = choice->value;
                break;
            }
        }
        sources.insert(it.key(), source);
        const QList<Event> &events = *eventsByRepo.insert(it.key(), eventsOf(it.value(), source));
        if (!events.isEmpty())
            withEvents << it.key(); // (a single one has no lead time, but may be reverted)
    }
    const QRegularExpression reverts(QStringLiteral("This reverts commit ([0-9a-f]{7,40})"));
    // Half the repositories or more: one scan of the table is twice as fast as looking up
    // each repository's commits by index (1M commits: 0.3 s against 0.7 s).
    const bool scanAll = withEvents.size() * 2 >= repos.size();
    const QSet<qint64> deploying(withEvents.cbegin(), withEvents.cend());
    QVariantList commitValues;
    const QString commitRepos = MetricsSql::idsCondition(
        QStringLiteral("repo_id"), scanAll ? QList<qint64>() : withEvents, commitValues);
    if (!withEvents.isEmpty())
        done = readRows(
            db,
            QStringLiteral("SELECT repo_id, sha, committed_at, parent_shas, work_kind, "
                           "CASE WHEN work_kind = 'revert' THEN message END "
                           "FROM commits WHERE committed_at IS NOT NULL AND %1")
                .arg(commitRepos),
            commitValues, during, [&](auto &row) {
                const auto repo = repos.find(row.integer(0));
                if (repo == repos.end() || (scanAll && !deploying.contains(row.integer(0))))
                    return;
                CommitGraph &graph = repo->commits;
                const bool parentsKnown = !row.isNull(3);
                graph.add(row.text(1), row.integer(2), parentsKnown,
                          parentsKnown ? row.text(3) : std::string_view());
                if (!row.isNull(5)) {
                    const QRegularExpressionMatch match = reverts.match(text(row.text(5)));
                    if (match.hasMatch())
                        graph.reverts << qMakePair(row.integer(2), match.captured(1).toLatin1());
                }
            });
    if (!done)
        return done.error();
    for (RepoData &repo : repos)
        repo.commits.resolve();

    // Each deployment's facts, whatever the range: the commits it brought (by ancestry), and
    // the failure that followed it.
    const qint64 failureWindow = qint64(facts.settings.failureWindowDays) * 24 * 3600;
    for (auto it = repos.begin(); it != repos.end(); ++it) {
        RepoData &repo = it.value();
        RepoFacts row;
        row.repoId = it.key();
        row.name = repo.name;
        row.source = sources.value(it.key());
        if (row.source.kind == DeliverySource::Kind::None)
            continue;
        const QList<Event> events = eventsByRepo.value(it.key());
        const CommitGraph &graph = repo.commits;
        // Every commit a successful deployment contained so far.
        std::vector<char> deployed(graph.committed.size(), 0);
        std::vector<int> contained;
        std::vector<int> stack;
        bool counting = false; // after the repository's first successful deployment
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events.at(i);
            auto nextSuccessAfter = [&](qint64 moment) -> qint64 {
                for (qsizetype j = i + 1; j < events.size(); ++j) {
                    if (events.at(j).succeeded && events.at(j).at >= moment)
                        return events.at(j).at;
                }
                return -1;
            };
            EventFacts fact;
            fact.at = event.at;
            fact.succeeded = event.succeeded;
            if (event.succeeded) {
                // The commits this deployment brings: its history, less what was deployed.
                // (A parent not cached, on another branch or beyond the synced history, is not
                // in the graph.)
                contained.clear();
                const int head = graph.find(event.sha.toLatin1());
                bool historyKnown = head >= 0;
                if (head >= 0)
                    stack.push_back(head);
                while (!stack.empty()) {
                    const int commit = stack.back();
                    stack.pop_back();
                    if (deployed[size_t(commit)])
                        continue;
                    deployed[size_t(commit)] = 1;
                    contained.push_back(commit);
                    if (!graph.parentsKnown[size_t(commit)])
                        historyKnown = false;
                    for (int p = graph.parentsBegin[size_t(commit)];
                         p < graph.parentsBegin[size_t(commit) + 1]; ++p)
                        stack.push_back(graph.parents[size_t(p)]);
                    if (counting) // the first one is only the baseline
                        fact.leadHours
                            << double(qMax<qint64>(0, event.at - graph.committed[size_t(commit)]))
                                   / 3600.0;
                }
                fact.measured = counting;
                fact.historyKnown = historyKnown;
                counting = true;
                // Followed within the window by a sign of failure? The next attempt failing,
                // a revert of a commit it brought; a hotfix release or an incident before the
                // next successful deployment (that one is then what was running).
                const qint64 until = event.at + failureWindow;
                auto earliest = [&](qint64 candidate) {
                    if (candidate > event.at && candidate <= until
                        && (fact.failedAt < 0 || candidate < fact.failedAt))
                        fact.failedAt = candidate;
                };
                if (i + 1 < events.size() && !events.at(i + 1).succeeded)
                    earliest(events.at(i + 1).at);
                if (!graph.revertedAt.isEmpty()) {
                    for (const int commit : contained) {
                        for (auto revert = graph.revertedAt.constFind(commit);
                             revert != graph.revertedAt.cend() && revert.key() == commit; ++revert)
                            earliest(revert.value());
                    }
                }
                const qint64 replaced = nextSuccessAfter(event.at + 1);
                for (const QList<qint64> *marks : {&repo.hotfixes, &repo.incidents}) {
                    for (const qint64 when : *marks) {
                        if (replaced < 0 || when < replaced)
                            earliest(when);
                    }
                }
                if (fact.failedAt >= 0)
                    fact.restoredAt = nextSuccessAfter(fact.failedAt);
            }
            row.events << fact;
        }
        facts.repos << row;
    }
    return facts;
}

} // namespace DeliveryMetricsQuery
