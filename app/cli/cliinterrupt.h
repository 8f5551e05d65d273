#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancel of what a command is doing, so that it
/// can stop cleanly (record the run as cancelled, release its locks) instead of dying
/// mid-write. The first signal calls `onInterrupt` on the event loop's thread; a second one
/// ends the process at once, as without this. Unix only (elsewhere it does nothing). One at a
/// time, on the main thread.
class CliInterrupt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliInterrupt)

public:
    explicit CliInterrupt(std::function<void(int signal)> onInterrupt, QObject *parent = nullptr);
    ~CliInterrupt() override;

    /// The signal received (SIGINT, SIGTERM), or 0.
    int signal() const { return m_signal; }
    /// The exit code a shell expects after `signal()`: 128 + its number (130, 143).
    int exitCode() const { return 128 + m_signal; }

private:
    std::function<void(int)> m_onInterrupt;
    QSocketNotifier *m_notifier = nullptr;
    int m_signal = 0;
};
