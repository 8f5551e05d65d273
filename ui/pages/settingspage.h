#pragma once

#include "core/storage/cachedatabase.h"

#include <QWidget>

class QComboBox;
class QLabel;

/// Where DevPulse keeps its data and how to open that folder. GUI thread.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &dataDir, const CacheOpenReport &cache, QWidget *parent = nullptr);

    /// QSettings keys the window reads too.
    static constexpr char SyncIntervalKey[] = "sync/intervalMinutes";
    static constexpr char CloseToTrayKey[] = "window/closeToTray";
    static constexpr int DefaultSyncIntervalMinutes = 60;

    /// A read-only team database: no sync runs here, so its schedule is off with `why`.
    void setSyncingUnavailable(const QString &why);

signals:
    /// Automatic sync every `minutes` (0: off).
    void syncIntervalChanged(int minutes);

private:
    /// The team database's address and read-only choice (both from the next start).
    /// `inUse`: the cache this window has open (shown when another way chose it).
    QWidget *buildTeamDatabaseGroup(const QString &inUse);

    QComboBox *m_syncInterval = nullptr;
    QLabel *m_syncUnavailableNote = nullptr;
};
