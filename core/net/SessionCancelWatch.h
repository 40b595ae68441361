#pragma once
// Ends a connection's local event loop when its DNS session is cancelled (an audit's Cancel or
// time bound), so that HttpsFetcher and SmtpProber stop with the audit, not at their own timeout.
// Lives on the connection's thread, for the length of one loop.

#include "dns/DnsSession.h"

#include <QEventLoop>
#include <QTimer>

#include <atomic>

class SessionCancelWatch {
public:
    // Sets `cancelled` and quits `loop` once the session is cancelled; checks every 100 ms.
    SessionCancelWatch(const DnsSession& session, std::atomic_bool& cancelled, QEventLoop& loop) {
        QObject::connect(&m_timer, &QTimer::timeout, &loop, [&session, &cancelled, &loop] {
            if (session.isCancelled()) {
                cancelled = true;
                loop.quit();
            }
        });
        if (session.isCancelled())
            cancelled = true;
    }
    void start() { m_timer.start(intervalMs); }

    static constexpr int intervalMs = 100;

private:
    QTimer m_timer;
};
