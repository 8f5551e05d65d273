#include "app/cli/cliinterrupt.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
// A signal handler may only do async-signal-safe things: it writes the signal's number to a
// pipe that the event loop watches.
int g_pipe[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

void install(void (*handler)(int), int flags)
{
    struct sigaction action
    {
    };
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
} // namespace

CliInterrupt::CliInterrupt(std::function<void(int signal)> onInterrupt, QObject *parent)
    : QObject(parent)
    , m_onInterrupt(std::move(onInterrupt))
{
    if (::pipe(g_pipe) != 0)
        return; // without the pipe, signals keep their default effect
    ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) != 1 || m_signal != 0)
            return;
        m_signal = byte;
        m_onInterrupt(m_signal);
    });
    // SA_RESETHAND: after the first, the next signal ends the process as usual.
    install(onSignal, SA_RESETHAND);
}

CliInterrupt::~CliInterrupt()
{
    install(SIG_DFL, 0);
    delete m_notifier;
    for (int &end : g_pipe) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}

#else

CliInterrupt::CliInterrupt(std::function<void(int signal)> onInterrupt, QObject *parent)
    : QObject(parent)
    , m_onInterrupt(std::move(onInterrupt))
{}

CliInterrupt::~CliInterrupt() = default;

#endif
