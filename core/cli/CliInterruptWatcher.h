#pragma once
// SIGINT and SIGTERM while a long command runs: the first one calls onInterrupt (on a thread of
// its own, never in the signal handler: the handler only writes a byte to a pipe), so that a batch
// audit cancels, closes its output and exits; a second one ends the process at once (the default
// action). The previous handlers come back when the watcher is destroyed. One watcher at a time.

#include <atomic>
#include <functional>
#include <thread>

class CliInterruptWatcher {
public:
    explicit CliInterruptWatcher(std::function<void(int signal)> onInterrupt);
    ~CliInterruptWatcher();
    CliInterruptWatcher(const CliInterruptWatcher&) = delete;
    CliInterruptWatcher& operator=(const CliInterruptWatcher&) = delete;

    // The signal that interrupted the run (SIGINT, SIGTERM), 0 when none did.
    int signal() const { return m_signal.load(); }

private:
    std::function<void(int)> m_onInterrupt;
    std::atomic_int m_signal{0};
    std::thread m_thread;
    bool m_installed = false;
};
