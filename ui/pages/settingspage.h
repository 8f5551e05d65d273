#pragma once

#include "storage/cachedatabase.h"

#include <QWidget>

/// Where DevPulse keeps its data and how to open that folder. GUI thread.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &dataDir, const CacheOpenReport &cache, QWidget *parent = nullptr);
};
