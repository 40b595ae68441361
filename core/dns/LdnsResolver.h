#pragma once
// Asks real DNS servers. ldns builds and parses the packets; sending is our own socket code so
// that a timeout (nothing came back), a network error (ICMP refused, unreachable) and a truncated
// reply (retried over TCP) are told apart, which ldns 1.8.3's resolver reports as one status.
// Thread-safe: every call uses its own sockets and packets, nothing is shared between threads.

#include "Resolver.h"

#include <QStringList>

#include <memory>

class DnsRateLimiter;
#include <expected>

struct ServerAddress {
    QString host; // IPv4 or IPv6 literal
    quint16 port = 53;
    QString toString() const; // "192.0.2.1:53", "[2001:db8::1]:53"
    // "127.0.0.1", "127.0.0.1:5353", "::1", "[::1]:5353"
    static std::expected<ServerAddress, QString> parse(const QString& text);
};

struct LdnsResolverOptions {
    QList<ServerAddress> servers; // empty: the nameservers of /etc/resolv.conf
    int timeoutMs = 2000;         // per attempt
    int retries = 1;              // further UDP attempts per server after a timeout
    bool dnssecOk = true;         // set the DO bit
    quint16 ednsBufferSize = 1232;
    bool recursionDesired = true;
    // Caps the questions sent (--max-qps, --max-qps-per-server): a token is taken before every
    // UDP exchange, keyed by the server's address. With a cap the questions are sent by
    // resolve() on the asking thread (resolveAsync() declines), so that the wait blocks no I/O thread.
    std::shared_ptr<DnsRateLimiter> rateLimiter;
};

class LdnsResolver : public Resolver {
public:
    explicit LdnsResolver(LdnsResolverOptions options = {});

    DnsAnswer resolve(const QString& name, DnsRecordType type) override;
    // The same for a CNAME target being followed: chain holds the names before it (lower case),
    // so that a loop or an over-long chain spread over several replies ends as CnameChain.
    DnsAnswer resolve(const QString& name, DnsRecordType type, const QStringList& chain);
    // Through DnsUdpExchanger: no thread waits while the question is on the wire.
    bool resolveAsync(const QString& name, DnsRecordType type, bool background,
                      std::function<void(DnsAnswer)> done) override;
    QString describe() const override;
    const QList<ServerAddress>& servers() const { return m_options.servers; }

    // What one reply packet says about the question (name, type), as resolve() reads it, without
    // retrying over TCP (a truncated reply is marked) or following a CNAME to another server.
    // The reply's id is taken as the question's. For tests and the fuzz harness: replies come
    // from the network, i.e. from anyone.
    static DnsAnswer answerFromReply(const QString& name, DnsRecordType type, const QByteArray& reply);

    // The nameservers listed in a resolv.conf file (read with ldns).
    static QList<ServerAddress> systemServers(const QString& resolvConf = QStringLiteral("/etc/resolv.conf"));

private:
    struct AsyncQuestion;
    LdnsResolverOptions m_options;
};
