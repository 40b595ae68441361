#pragma once
// HTTPS GET the way a sending MTA fetches an MTA-STS policy (RFC 8461 §3.3): HTTP/1.1 over
// QSslSocket (OpenSSL), the certificate checked against the host name, redirects reported and
// never followed, the body capped, a deadline for the whole fetch, and cancel from any thread.
// Addresses come from the DnsSession (NetTarget); every connection is written to the
// ConnectionLog. get() blocks with a local event loop: call it from a worker thread (or the CLI).

#include "HttpsResponse.h"
#include "NetOptions.h"

#include <QMutex>
#include <QPointer>
#include <atomic>

class ConnectionLog;
class DnsSession;
class QEventLoop;

class HttpsFetcher {
public:
    HttpsFetcher(DnsSession& session, NetOptions options, ConnectionLog* log);
    HttpsResponse get(const QString& host, const QString& path, quint16 port = 443);
    // Thread-safe: the fetch in progress ends as Cancelled, later ones at once.
    void cancel();

private:
    HttpsResponse fetchFrom(const QString& host, quint16 port, const QString& path, const QString& address,
                            quint16 toPort, const QString& via, int timeoutMs);

    DnsSession& m_session;
    NetOptions m_options;
    ConnectionLog* m_log;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    QPointer<QEventLoop> m_loop;
};
