#include "core/sync/syncstatus.h"

#include "core/common/syncprogress.h"

#include <QCoreApplication>
#include <QStringList>

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{}

SyncStatus::State SyncStatus::state() const
{
    if (!m_online)
        return State::Offline;
    if (!m_rateLimited.isEmpty())
        return State::RateLimited;
    if (!m_running.isEmpty())
        return State::Syncing;
    if (m_errorUnseen)
        return State::Error;
    return State::Idle;
}

void SyncStatus::syncStarted(qint64 accountId)
{
    m_running.insert(accountId);
    emit changed();
}

QString SyncStatus::progressSentence(const QDateTime &now) const
{
    QStringList lines;
    for (qint64 accountId : m_running) {
        const auto progress = m_progress.constFind(accountId);
        if (progress != m_progress.cend())
            lines << describeSyncProgress(*progress, now);
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

void SyncStatus::progressChanged(qint64 accountId, const SyncProgress &progress)
{
    m_progress.insert(accountId, progress);
    if (progress.rateLimitedUntil.isValid()) {
        m_rateLimited.insert(accountId);
        m_rateLimitedUntil = progress.rateLimitedUntil;
    } else {
        m_rateLimited.remove(accountId);
    }
    emit changed(); // the tray's tooltip follows the progress
}

void SyncStatus::syncFinished(qint64 accountId, const SyncRun &run)
{
    m_running.remove(accountId);
    m_progress.remove(accountId);
    m_rateLimited.remove(accountId);
    m_lastSyncAt = run.finishedAt.isValid() ? run.finishedAt : QDateTime::currentDateTimeUtc();
    if (run.status == SyncRunStatus::Succeeded) {
        // The window's and the command line's sentence ("5 commits, 1 branch"), not raw kinds.
        const QString items = describeSyncItems(run.itemsByKind);
        m_lastSummary
            = items.isEmpty() ? QCoreApplication::translate("SyncStatus", "nothing new") : items;
    } else if (run.status == SyncRunStatus::Failed) {
        m_lastError = run.error;
        m_errorUnseen = true;
        emit failed(run.error);
    }
    emit changed();
}

void SyncStatus::syncFailedToStart(qint64 accountId, const Error &error)
{
    m_running.remove(accountId);
    m_progress.remove(accountId);
    m_lastError = error.userMessage;
    m_errorUnseen = true;
    emit failed(error.userMessage);
    emit changed();
}

void SyncStatus::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit changed();
}

void SyncStatus::acknowledgeError()
{
    if (!m_errorUnseen)
        return;
    m_errorUnseen = false;
    emit changed();
}
