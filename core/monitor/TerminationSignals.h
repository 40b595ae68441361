#pragma once
// Turns SIGTERM and SIGINT into a Qt signal on the thread that created the object (a self-pipe
// watched by a QSocketNotifier: the handler only writes one byte, which is async-signal-safe), so
// that a long-running command (`metrics --listen`) stops its event loop and exits cleanly.
// The previous handlers come back when the object is destroyed. One instance at a time.

#include <QObject>

#include <signal.h>

class QSocketNotifier;

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    static void handle(int signalNumber);
    void readPipe();

    static int s_writeFd;
    int m_fds[2] = {-1, -1};
    QSocketNotifier* m_notifier = nullptr;
    struct sigaction m_oldTerm {};
    struct sigaction m_oldInt {};
};
