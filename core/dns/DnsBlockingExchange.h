#pragma once
// One DNS question exchanged with one server over our own blocking sockets, UDP or TCP, within a
// time limit: a timeout (nothing came back), a network error (ICMP refused, unreachable, a closed
// connection) and a reply stay apart, which ldns 1.8.3's resolver reports as one status. UDP
// drops datagrams that do not answer the question (another id or question, RFC 5452 §9.1) and
// waits on for the real reply. Used by LdnsResolver's blocking path and its slow steps (TCP after
// truncation, following a CNAME chain); the usual UDP question goes through DnsUdpExchanger.

#include "LdnsResolver.h"

#include <QByteArray>
#include <QString>

#include <sys/socket.h>

class DnsBlockingExchange {
public:
    enum class Transport { Reply, Timeout, NetworkError };
    struct Result {
        Transport transport = Transport::NetworkError;
        QByteArray reply; // without TCP's length prefix
        QString error;
    };

    static Result udp(const ServerAddress& server, const QByteArray& query, int timeoutMs);
    static Result tcp(const ServerAddress& server, const QByteArray& query, int timeoutMs);
    // The server's address as a sockaddr; false for a host that is not an IP literal.
    static bool socketAddress(const ServerAddress& server, sockaddr_storage* address, socklen_t* length);
};
