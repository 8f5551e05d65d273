// GitHubSync, continued: which repositories (the account's and its organisations' lists,
// and the one-request-per-100 check of which changed since they were last read).
#include "core/providers/github/githubsync.h"

#include "core/common/logging.h"
#include "core/providers/github/githubmapper.h"
#include "core/providers/github/githubsyncsupport.h"
#include "core/storage/cachewriter.h"
#include "core/storage/reposelection.h"
#include "core/storage/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

using namespace GitHubSyncSupport;

Result<void> GitHubSync::storeRepoList(const QString &firstUrl,
                                       const std::function<bool(RepoRecord &)> &accept)
{
    QString next = firstUrl;
    while (!next.isEmpty()) {
        const Result<ApiPage> page = m_api.get(next);
        if (!page)
            return page.error();
        if (page.value().status != 200 && !page.value().notModified) {
            return Error{
                QCoreApplication::translate("GitHubSync", "GitHub did not list the repositories "
                                                          "(HTTP %1).")
                    .arg(page.value().status),
                QStringLiteral("%1: %2").arg(next).arg(page.value().status), ErrorKind::Network};
        }
        int written = 0;
        if (!page.value().notModified) { // unchanged upstream: nothing to write
            const QJsonArray items = page.value().json.array();
            const Result<void> stored = storePage([&](CacheWriter &writer) -> Result<void> {
                for (const QJsonValue &item : items) {
                    RepoRecord repo = GitHubMapper::repoFromRest(item.toObject(), m_accountId);
                    if (repo.fullName.isEmpty() || !accept(repo))
                        continue;
                    if (const Result<qint64> id = writer.upsertRepo(repo); !id)
                        return id.error();
                    ++written;
                }
                return {};
            });
            if (!stored)
                return stored;
        }
        countItems(ReposKind, written);
        next = page.value().nextUrl.toString();
    }
    return {};
}

Result<void> GitHubSync::listRepositories()
{
    if (const Result<void> user = syncUser(); !user)
        return user;
    return listRepos(false);
}

Result<void> GitHubSync::listRepos(bool onlyTickedOrgs)
{
    // The user's own repositories: synced by default, forks only when ticked.
    Result<void> listed
        = storeRepoList(QStringLiteral("/user/repos?affiliation=owner&sort=full_name&per_page=100"),
                        [this](RepoRecord &repo) {
                            if (repo.owner.compare(m_login, Qt::CaseInsensitive) != 0)
                                return false;
                            repo.selectedByDefault = !repo.isFork;
                            return true;
                        });
    if (!listed)
        return listed;

    // Organisations, and their repositories (never synced unless ticked).
    QString nextOrgs = QStringLiteral("/user/orgs?per_page=100");
    while (!nextOrgs.isEmpty()) {
        const Result<ApiPage> orgs = m_api.get(nextOrgs);
        if (!orgs)
            return orgs.error();
        if (orgs.value().status != 200 && !orgs.value().notModified)
            break; // a token without read:org: the organisations known stay as they are
        // Unchanged upstream (304): nothing to write.
        const QJsonArray items
            = orgs.value().notModified ? QJsonArray() : orgs.value().json.array();
        const Result<void> stored = storePage([&](CacheWriter &writer) -> Result<void> {
            for (const QJsonValue &item : items) {
                const QJsonObject org = item.toObject();
                const Result<qint64> id
                    = writer.upsertOrg({m_accountId, org.value(QLatin1String("login")).toString(),
                                        org.value(QLatin1String("description")).toString()});
                if (!id)
                    return id.error();
            }
            return {};
        });
        if (!stored)
            return stored;
        nextOrgs = orgs.value().nextUrl.toString();
    }
    const Result<QList<SelectableOrg>> knownOrgs = RepoSelection(m_db).orgs(m_accountId);
    if (!knownOrgs)
        return knownOrgs.error();
    for (const SelectableOrg &org : knownOrgs.value()) {
        if (onlyTickedOrgs && !org.selected)
            continue;
        listed = storeRepoList(QStringLiteral("/orgs/%1/repos?per_page=100")
                                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(org.login))),
                               [](RepoRecord &repo) {
                                   repo.selectedByDefault = false;
                                   return true;
                               });
        if (!listed)
            return listed;
    }
    return {};
}

Result<QList<GitHubSync::RepoTarget>> GitHubSync::syncRepos()
{
    // A sync lists only the ticked organisations' repositories: the others cost requests for
    // nothing it reads (listRepositories lists them for the picker).
    if (const Result<void> listed = listRepos(true); !listed)
        return listed.error();
    const Result<QList<SelectableRepo>> selected = RepoSelection(m_db).reposToSync(m_accountId);
    if (!selected)
        return selected.error();
    QList<RepoTarget> targets;
    for (const SelectableRepo &repo : selected.value())
        targets << RepoTarget{repo.id, repo.owner, repo.fullName.section(QLatin1Char('/'), 1),
                              repo.nodeId};
    return targets;
}

bool GitHubSync::sameRepoState(const QString &stored, const QString &now, bool countingRuns)
{
    if (countingRuns)
        return stored == now;
    const auto withoutRuns = [](const QString &state) {
        const qsizetype runs = state.lastIndexOf(QLatin1String("|runs="));
        return runs < 0 ? state : state.left(runs);
    };
    return withoutRuns(stored) == withoutRuns(now);
}

Result<GitHubSync::RepoStates> GitHubSync::repoStates(const QList<RepoTarget> &repos)
{
    RepoStates checked;
    QHash<qint64, QString> &states = checked.states;
    QList<RepoTarget> known;
    for (const RepoTarget &repo : repos) {
        if (!repo.nodeId.isEmpty())
            known << repo;
    }
    // Where delivery counts workflow runs, a run on an unchanged head (a deploy started by
    // hand, workflow_dispatch) changes nothing else the check sees: the head commit's number
    // of check suites (one per workflow run) counts for those repositories. Elsewhere it is
    // not compared, so that scheduled CI runs do not make a repository read again.
    Result<QSet<qint64>> countingRuns
        = SyncState(m_db).reposWithCursor(m_accountId, WorkflowRunsKind + QLatin1Char(':'));
    if (!countingRuns)
        return countingRuns.error();
    checked.countingRuns = countingRuns.value();
    constexpr int Batch = 100; // GitHub's limit for nodes(ids:)
    for (qsizetype start = 0; start < known.size(); start += Batch) {
        const QList<RepoTarget> batch = known.mid(start, Batch);
        QJsonArray ids;
        QHash<QString, qint64> idByNode;
        for (const RepoTarget &repo : batch) {
            ids.append(repo.nodeId);
            idByNode.insert(repo.nodeId, repo.id);
        }
        const Result<QJsonObject> data
            = m_api.graphql(RepoStatesQuery, QJsonObject{{QStringLiteral("ids"), ids}});
        if (!data) {
            // Only an optimisation: a check GitHub will not answer reads everything, as before.
            if (data.error().kind == ErrorKind::Cancelled
                || data.error().kind == ErrorKind::AuthenticationRequired
                || data.error().kind == ErrorKind::RateLimited)
                return data.error();
            qCWarning(lcSync).noquote()
                << "Could not check which repositories changed; reading them all:"
                << data.error().toLogString();
            return RepoStates();
        }
        for (const QJsonValue &value : data.value().value(QLatin1String("nodes")).toArray()) {
            const QJsonObject node = value.toObject();
            const auto repoId = idByNode.constFind(node.value(QLatin1String("id")).toString());
            if (repoId == idByNode.cend())
                continue; // null: gone, or not readable with this token
            auto newest = [&node](const char *connection) {
                return node.value(QLatin1String(connection))
                    .toObject()
                    .value(QLatin1String("nodes"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("updatedAt"))
                    .toString();
            };
            auto count = [&node](const char *connection) {
                return node.value(QLatin1String(connection))
                    .toObject()
                    .value(QLatin1String("totalCount"))
                    .toInteger();
            };
            const QJsonObject target = node.value(QLatin1String("defaultBranchRef"))
                                           .toObject()
                                           .value(QLatin1String("target"))
                                           .toObject();
            QStringList state{target.value(QLatin1String("oid")).toString(),
                              node.value(QLatin1String("pushedAt")).toString(),
                              newest("pullRequests"),
                              newest("issues"),
                              newest("deployments"),
                              newest("releases"),
                              QString::number(count("branches")),
                              QString::number(count("tags"))};
            // A token that may not read checks gets null here (a field error): -1.
            state << QStringLiteral("runs=%1").arg(target.value(QLatin1String("checkSuites"))
                                                       .toObject()
                                                       .value(QLatin1String("totalCount"))
                                                       .toInteger(-1));
            // Opaque: only compared with the state stored after the last full read.
            states.insert(repoId.value(), state.join(QLatin1Char('|')));
        }
    }
    return checked;
}
