#pragma once

#include <QString>

class QWidget;

/// Help → About DevPulse: the version, the Qt it was built with and runs on, and the data
/// folder in use (what a bug report needs).
void showAboutBox(QWidget *parent, const QString &dataDir);
