#pragma once

#include <QWidget>

/// What the dashboard shows while the cache is empty: a welcome and the first steps (connect
/// GitHub, add an API key, import a CSV file, add a local repository), each a command link
/// with a sentence on what it brings. GUI thread.
class FirstStepsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStepsView)

public:
    explicit FirstStepsView(QWidget *parent = nullptr);

signals:
    /// The user picked a first step; `providerId` names the provider to set up.
    void stepChosen(const QString &providerId);
};
