#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class SyncManager;
struct SyncProgress;
struct SyncRun;

/// The status bar's sync corner: what the running sync does (or when the last one ran), a
/// bar of repositories done of total, and Cancel. It follows SyncManager's signals on its own;
/// the window tells it the last runs after each reload. GUI thread.
class SyncStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusBar)

public:
    explicit SyncStatusBar(SyncManager *syncManager, QWidget *parent = nullptr);

    /// While no sync runs: "Idle · last sync …", "Last sync failed · …" or "never synced",
    /// from the newest of `runs` (newest first).
    void showLastRun(const QList<SyncRun> &runs);

private:
    void showProgress(const SyncProgress &progress);
    void syncEnded();

    SyncManager *m_syncManager;
    QLabel *m_label = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
};
