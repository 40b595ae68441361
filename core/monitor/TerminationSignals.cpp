#include "TerminationSignals.h"

#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>

int TerminationSignals::s_writeFd = -1;

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent) {
    if (s_writeFd >= 0 || ::pipe2(m_fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    s_writeFd = m_fds[1];
    m_notifier = new QSocketNotifier(m_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readPipe);
    struct sigaction action {};
    action.sa_handler = &TerminationSignals::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, &m_oldTerm);
    ::sigaction(SIGINT, &action, &m_oldInt);
}

TerminationSignals::~TerminationSignals() {
    if (!m_notifier)
        return;
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    s_writeFd = -1;
    delete m_notifier;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
}

void TerminationSignals::handle(int signalNumber) {
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    if (s_writeFd >= 0) {
        // Nothing to do when the pipe is full: a byte is already waiting to be read.
        [[maybe_unused]] const ssize_t written = ::write(s_writeFd, &byte, 1);
    }
}

void TerminationSignals::readPipe() {
    unsigned char byte = 0;
    while (::read(m_fds[0], &byte, 1) == 1)
        Q_EMIT received(int(byte));
}
