#pragma once
// The STARTTLS probe of an MX host (opt-in: many networks block port 25): connect to port 25, read
// the greeting, EHLO, STARTTLS, complete the TLS handshake, record the TLS version, cipher and the
// certificate chain, then QUIT. The certificate is checked against the MX host name and the trust
// anchors, but a bad certificate does not stop the handshake: the point is to see it. A refused or
// silent port is reported as such, never as "no TLS". Addresses come from the DnsSession
// (NetTarget, --connect-to); every connection goes to the ConnectionLog. probe() blocks with a
// local event loop; cancel() works from any thread.

#include "NetOptions.h"
#include "SmtpProbeResult.h"

#include <QMutex>
#include <QPointer>
#include <atomic>

class ConnectionLog;
class DnsSession;
class QEventLoop;

class SmtpProber {
public:
    SmtpProber(DnsSession& session, NetOptions options, ConnectionLog* log);
    SmtpProbeResult probe(const QString& host, quint16 port = 25);
    void cancel();

    static constexpr qsizetype maxReplyBytes = 64 * 1024;

private:
    SmtpProbeResult probeAddress(const QString& host, quint16 port, const QString& address, quint16 toPort,
                                 const QString& via, int timeoutMs);

    DnsSession& m_session;
    NetOptions m_options;
    ConnectionLog* m_log;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    QPointer<QEventLoop> m_loop;
};
