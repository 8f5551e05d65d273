#pragma once

#include "core/sync/syncstatus.h"

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

/// DevPulse in the system tray: an icon per sync state (idle, syncing, error, rate-limited,
/// offline: the app icon with a distinct badge), a tooltip with the last sync and what it
/// brought, a menu (Open DevPulse, Sync now, Pause/Resume automatic sync, Quit) and a
/// notification when a sync fails. Does nothing where the desktop has no tray. GUI thread.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(SyncStatus *status, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    /// The icon the tray shows in `state` (also for tests and the About box).
    static QIcon iconFor(SyncStatus::State state);

    void setPaused(bool paused);
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    bool isVisible() const;

signals:
    void openRequested();
    void syncRequested();
    void pauseRequested(bool paused);
    void quitRequested();

private:
    void update();

    SyncStatus *m_status = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_pause = nullptr;
    bool m_paused = false;
};
