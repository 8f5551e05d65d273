#pragma once

#include "core/common/result.h"
#include "core/query/cachesession.h"

#include <QHash>
#include <QObject>

class QWidget;
class SyncManager;

/// How an account's repositories get chosen in the window: the picker on what the cache
/// knows; the list read from the service first when the cache has none or the user asks to
/// read it again; and, right after a sign-in, the organisations offered before the first sync
/// starts. A listing runs as SyncManager::listRepositories (a run of its own); what follows it
/// waits for that run's syncFinished. GUI thread.
class RepositoryChoice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryChoice)

public:
    /// `window` parents the picker; `cache` is the window's session with the cache.
    RepositoryChoice(QWidget *window, CacheSession *cache, SyncManager *syncManager);

    /// Choose repositories… for the account.
    void choose(qint64 accountId);
    /// Right after an account is connected: lists its repositories, offers its organisations'
    /// in the picker when it has any, then starts its first sync (cancellable as any sync).
    void beginFirstSync(qint64 accountId);
    /// Whether the account's running sync is a listing this started.
    bool isListing(qint64 accountId) const;
signals:
    void statusMessage(const QString &text, int timeoutMs = 0);
    void cacheError(const Error &error);

private:
    /// SyncManager::syncFinished: what follows a listing this started. Connected when this
    /// is made, so after the window's own receiver, which asks isListing() first.
    void syncFinished(qint64 accountId, const SyncRun &run);

    enum class AfterListing { Pick, FirstSync };

    /// `listIfEmpty` false opens the picker even on an empty list (it was just read).
    void openPicker(qint64 accountId, bool listIfEmpty);
    void startListing(const AccountSummary &account, AfterListing next);
    /// The picker on what the cache knows (offering to read the list again when
    /// `canReadAgain`). Returns QDialog::Accepted once the ticks are saved,
    /// RepositoryPickerDialog::ReadListAgain, or QDialog::Rejected.
    int pickRepositories(qint64 accountId, const QString &intro = QString(),
                         bool canReadAgain = false);

    QWidget *m_window;
    CacheSession *m_cache;
    SyncManager *m_syncManager;
    QHash<qint64, AfterListing> m_afterListing;
};
