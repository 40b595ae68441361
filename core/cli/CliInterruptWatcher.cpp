#include "CliInterruptWatcher.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
int g_pipe[2] = {-1, -1};
struct sigaction g_oldInt;
struct sigaction g_oldTerm;

void onSignal(int signo) {
    const int saved = errno;
    // The next one of either kind is not caught: a user who presses Ctrl-C twice means it.
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    const unsigned char byte = static_cast<unsigned char>(signo);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}
} // namespace

CliInterruptWatcher::CliInterruptWatcher(std::function<void(int)> onInterrupt)
    : m_onInterrupt(std::move(onInterrupt)) {
    if (g_pipe[0] >= 0 || ::pipe(g_pipe) != 0)
        return; // another watcher is active, or no pipe: the default actions stay
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    m_thread = std::thread([this] {
        unsigned char byte = 0;
        for (;;) {
            const ssize_t n = ::read(g_pipe[0], &byte, 1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n != 1 || byte == 0)
                return; // the destructor's byte, or the pipe failed
            m_signal = byte;
            if (m_onInterrupt)
                m_onInterrupt(byte);
        }
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_oldInt);
    ::sigaction(SIGTERM, &action, &g_oldTerm);
    m_installed = true;
}

CliInterruptWatcher::~CliInterruptWatcher() {
    if (!m_installed)
        return;
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
    const unsigned char stop = 0;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &stop, 1);
    m_thread.join();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}
