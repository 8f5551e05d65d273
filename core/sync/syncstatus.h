#pragma once

#include "core/common/syncprogress.h"
#include "core/storage/synchistory.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

/// The one sentence of state the tray icon (and anything else) shows: idle, syncing, failed,
/// rate-limited or offline, with the last sync's time and what it brought. Fed by the
/// SyncManager's signals and the network's reachability; a pure state machine, GUI thread.
class SyncStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)

public:
    enum class State { Idle, Syncing, Error, RateLimited, Offline };
    Q_ENUM(State)

    explicit SyncStatus(QObject *parent = nullptr);

    State state() const;
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    /// "1,234 commits, 12 pull requests" for the last successful run, or "nothing new".
    QString lastSummary() const { return m_lastSummary; }
    QString lastError() const { return m_lastError; }
    QDateTime rateLimitedUntil() const { return m_rateLimitedUntil; }
    bool isOnline() const { return m_online; }
    /// The running syncs' progress as describeSyncProgress says it (one line per account),
    /// "" when none runs.
    QString progressSentence(const QDateTime &now) const;

public slots:
    void syncStarted(qint64 accountId);
    void progressChanged(qint64 accountId, const SyncProgress &progress);
    void syncFinished(qint64 accountId, const SyncRun &run);
    void syncFailedToStart(qint64 accountId, const Error &error);
    void setOnline(bool online);
    /// The user looked at the error (opened the window): back to idle once nothing runs.
    void acknowledgeError();

signals:
    void changed();
    /// A sync failed, with a sentence worth a notification.
    void failed(const QString &message);

private:
    QSet<qint64> m_running;
    QHash<qint64, SyncProgress> m_progress;
    QSet<qint64> m_rateLimited;
    QDateTime m_lastSyncAt;
    QString m_lastSummary;
    QString m_lastError;
    QDateTime m_rateLimitedUntil;
    bool m_online = true;
    bool m_errorUnseen = false;
};
