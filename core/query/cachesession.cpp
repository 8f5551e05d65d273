#include "core/query/cachesession.h"

#include "core/accounts/providerdirectory.h"
#include "core/export/dashboardtables.h"
#include "core/storage/cacheaddress.h"
#include "core/storage/cachedatabase.h"

#include <QTimer>

CacheSession::CacheSession(const QString &cacheAddress, QObject *parent)
    : QObject(parent)
    , m_address(cacheAddress)
    , m_connection(std::make_unique<CacheConnection>(cacheAddress, QStringLiteral("gui")))
{}

CacheSession::~CacheSession() = default;

bool CacheSession::ensureOpen()
{
    if (m_connection->ensureOpen()) {
        if (m_reconnectTimer) {
            m_reconnectTimer->deleteLater();
            m_reconnectTimer = nullptr;
            emit reachableAgain();
        }
        return true;
    }
    emit unreachable(m_connection->error());
    if (CacheAddress::isPostgreSql(m_address) && !m_reconnectTimer) {
        // Until it answers again (a server restart, the network gone and back).
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setInterval(ReconnectIntervalMs);
        connect(m_reconnectTimer, &QTimer::timeout, this, &CacheSession::ensureOpen);
        m_reconnectTimer->start();
    }
    return false;
}

Error CacheSession::error() const
{
    return m_connection->error();
}

Result<CacheOverviewSnapshot> CacheSession::overview(int runs)
{
    QSqlDatabase &db = m_connection->database();
    Result<CacheCounts> counts = CacheOverview::counts(db);
    if (!counts)
        return counts.error();
    Result<QList<AccountSummary>> accounts = CacheOverview::accounts(db);
    if (!accounts)
        return accounts.error();
    Result<QList<SyncRun>> recent = SyncHistory(db).recentRuns(runs);
    if (!recent)
        return recent.error();
    CacheOverviewSnapshot snapshot{counts.value(), accounts.value(), recent.value(), {}};
    // The repository filter's list; the window does without it rather than fail.
    if (const Result<QList<QPair<qint64, QString>>> repos = CacheOverview::repositoriesWithData(db);
        repos)
        snapshot.repositoriesWithData = repos.value();
    return snapshot;
}

Result<QList<AccountSummary>> CacheSession::accounts()
{
    return CacheOverview::accounts(m_connection->database());
}

Result<AccountSummary> CacheSession::account(qint64 accountId)
{
    return AccountStore(m_connection->database()).find(accountId);
}

Result<AccountDataCounts> CacheSession::dataCounts(qint64 accountId)
{
    return AccountStore(m_connection->database()).countData(accountId);
}

QStringList CacheSession::accountNamesForReports()
{
    QStringList names;
    if (const Result<QList<AccountSummary>> all = accounts(); all) {
        for (const AccountSummary &summary : all.value())
            names << DashboardTables::accountName(
                ProviderDirectory::info(summary.account.provider).displayName,
                summary.account.displayName, summary.account.login);
    }
    return names;
}

Result<QList<SelectableRepo>> CacheSession::knownRepositories(qint64 accountId)
{
    return RepoSelection(m_connection->database()).repos(accountId);
}

Result<RepositoryChoiceData> CacheSession::repositoryChoice(qint64 accountId)
{
    QSqlDatabase &db = m_connection->database();
    Result<AccountSummary> found = AccountStore(db).find(accountId);
    if (!found)
        return found.error();
    RepoSelection selection(db);
    Result<QList<SelectableOrg>> orgs = selection.orgs(accountId);
    if (!orgs)
        return orgs.error();
    Result<QList<RepoOverview>> repos = selection.overview(accountId);
    if (!repos)
        return repos.error();
    return RepositoryChoiceData{found.value(), orgs.value(), repos.value()};
}

Result<void> CacheSession::saveRepositoryChoice(qint64 accountId, const QSet<qint64> &selectedOrgs,
                                                const QSet<qint64> &selectedRepos)
{
    return RepoSelection(m_connection->database()).save(accountId, selectedOrgs, selectedRepos);
}
