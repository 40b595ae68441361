#pragma once
// Where a connection for HOST:PORT actually goes: --connect-to applied, then the host's addresses
// from Mailsight's own resolver (DnsSession: the configured servers or the zone files), never from
// the system's getaddrinfo.

#include "NetOptions.h"

#include <QStringList>
#include <expected>

class DnsSession;

struct NetTarget {
    QString address;
    quint16 port = 0;
    QString via; // the --connect-to rule used, or empty

    // A addresses first, then AAAA. The error says why there is none (NXDOMAIN, timeout, ...).
    static std::expected<QList<NetTarget>, QString> resolve(DnsSession& session, const NetOptions& options,
                                                            const QString& host, quint16 port);
};
