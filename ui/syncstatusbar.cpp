#include "ui/syncstatusbar.h"

#include "core/common/syncprogress.h"
#include "core/sync/syncmanager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

SyncStatusBar::SyncStatusBar(SyncManager *syncManager, QWidget *parent)
    : QWidget(parent)
    , m_syncManager(syncManager)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_progressBar->setAccessibleName(tr("Sync progress (repositories)"));
    m_progressBar->setFormat(tr("%v of %m"));
    m_progressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progressBar->setVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelButton->setText(tr("Cancel sync"));
    m_cancelButton->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);

    connect(m_cancelButton, &QToolButton::clicked, m_syncManager, &SyncManager::cancelAll);
    connect(m_syncManager, &SyncManager::syncStarted, this, [this] {
        m_label->setText(tr("Syncing…"));
        m_cancelButton->setVisible(true);
    });
    connect(m_syncManager, &SyncManager::progressChanged, this,
            [this](qint64, const SyncProgress &progress) { showProgress(progress); });
    connect(m_syncManager, &SyncManager::syncFinished, this, &SyncStatusBar::syncEnded);
    connect(m_syncManager, &SyncManager::syncFailedToStart, this, &SyncStatusBar::syncEnded);
}

void SyncStatusBar::showProgress(const SyncProgress &progress)
{
    m_label->setText(describeSyncProgress(progress, QDateTime::currentDateTimeUtc()));
    // Repositories done of total; a busy bar while the total is not known yet.
    m_progressBar->setRange(0, progress.reposTotal);
    m_progressBar->setValue(qMin(progress.reposDone, progress.reposTotal));
    m_progressBar->setVisible(true);
}

void SyncStatusBar::syncEnded()
{
    m_cancelButton->setVisible(m_syncManager->isAnySyncRunning());
    m_progressBar->setVisible(m_syncManager->isAnySyncRunning());
}

void SyncStatusBar::showLastRun(const QList<SyncRun> &runs)
{
    if (m_syncManager->isAnySyncRunning())
        return; // the running sync's progress owns the label
    if (runs.isEmpty()) {
        m_label->setText(tr("Idle · never synced"));
        return;
    }
    const SyncRun &last = runs.constFirst();
    const QString when = QLocale().toString(last.startedAt.toLocalTime(), QLocale::ShortFormat);
    m_label->setText(last.status == SyncRunStatus::Running  ? tr("Syncing %1…").arg(last.provider)
                     : last.status == SyncRunStatus::Failed ? tr("Last sync failed · %1").arg(when)
                                                            : tr("Idle · last sync %1").arg(when));
}
