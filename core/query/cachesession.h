#pragma once

#include "core/common/result.h"
#include "core/storage/accountstore.h"
#include "core/storage/cacheoverview.h"
#include "core/storage/reposelection.h"
#include "core/storage/synchistory.h"

#include <QObject>
#include <QPair>
#include <QSet>

#include <memory>

class CacheConnection;
class QTimer;

/// What the window shows besides the charts, read in one go.
struct CacheOverviewSnapshot
{
    CacheCounts counts;
    QList<AccountSummary> accounts;
    QList<SyncRun> runs;                                ///< newest first
    QList<QPair<qint64, QString>> repositoriesWithData; ///< id, "owner/name"
};

/// An account's repository choice as the picker shows it.
struct RepositoryChoiceData
{
    AccountSummary account;
    QList<SelectableOrg> orgs;
    QList<RepoOverview> repos;
};

/// The window's session with the cache: one connection of the GUI thread and the reads (and
/// the few small writes) the window makes on it, so that ui/ holds no connection and runs no
/// SQL. A team database that stops answering is retried every 30 s until it answers again;
/// reachableAgain() then asks the window to reload. GUI thread; app/AppController owns one.
class CacheSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheSession)

public:
    explicit CacheSession(const QString &cacheAddress, QObject *parent = nullptr);
    ~CacheSession() override;

    /// The connection, reopened when a team database came back. False (and unreachable()
    /// emitted) while it cannot be reached; a team database is then retried on a timer.
    bool ensureOpen();
    /// Why the last ensureOpen() failed (empty when it did not).
    Error error() const;

    Result<CacheOverviewSnapshot> overview(int runs = 200);
    Result<QList<AccountSummary>> accounts();
    Result<AccountSummary> account(qint64 accountId);
    Result<AccountDataCounts> dataCounts(qint64 accountId);
    /// The connected accounts as a report's first page names them ("GitHub: Mona").
    QStringList accountNamesForReports();

    Result<QList<SelectableRepo>> knownRepositories(qint64 accountId);
    Result<RepositoryChoiceData> repositoryChoice(qint64 accountId);
    Result<void> saveRepositoryChoice(qint64 accountId, const QSet<qint64> &selectedOrgs,
                                      const QSet<qint64> &selectedRepos);

    /// How often a lost team database is tried again.
    static constexpr int ReconnectIntervalMs = 30'000;

signals:
    /// The cache could not be reached (a team database's server gone, a broken file).
    void unreachable(const Error &error);
    /// A team database that could not be reached answers again (the retry timer's doing).
    void reachableAgain();

private:
    void retry();

    QString m_address;
    std::unique_ptr<CacheConnection> m_connection;
    QTimer *m_reconnectTimer = nullptr;
};
