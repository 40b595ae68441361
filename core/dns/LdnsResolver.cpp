#include "LdnsResolver.h"

#include "LdnsRecordConverter.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDns, "mailsight.dns")

namespace {
struct PktDeleter {
    void operator()(ldns_pkt* p) const noexcept { ldns_pkt_free(p); }
};
struct RdfDeleter {
    void operator()(ldns_rdf* p) const noexcept { ldns_rdf_deep_free(p); }
};
struct RrListDeleter {
    void operator()(ldns_rr_list* p) const noexcept { ldns_rr_list_deep_free(p); }
};
struct ResolverDeleter {
    void operator()(ldns_resolver* p) const noexcept { ldns_resolver_deep_free(p); }
};
struct FreeDeleter {
    void operator()(uint8_t* p) const noexcept { free(p); }
};
using Pkt = std::unique_ptr<ldns_pkt, PktDeleter>;
using Rdf = std::unique_ptr<ldns_rdf, RdfDeleter>;

class Socket {
public:
    explicit Socket(int fd)
        : m_fd(fd) {}
    ~Socket() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

enum class Transport { Reply, Timeout, NetworkError };

struct Exchange {
    Transport transport = Transport::NetworkError;
    QByteArray reply;
    QString error;
};

bool makeSockaddr(const ServerAddress& server, sockaddr_storage* ss, socklen_t* len) {
    std::memset(ss, 0, sizeof(*ss));
    QHostAddress address(server.host);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* sin = reinterpret_cast<sockaddr_in*>(ss);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(server.port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        *len = sizeof(sockaddr_in);
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* sin6 = reinterpret_cast<sockaddr_in6*>(ss);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(server.port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, a.c, 16);
        *len = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// Waits for fd to become readable/writable until the deadline; false on timeout.
bool waitFor(int fd, short events, const QElapsedTimer& clock, int timeoutMs, int* error) {
    for (;;) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, static_cast<int>(left));
        if (rc > 0)
            return true;
        if (rc == 0)
            return false;
        if (errno != EINTR) {
            *error = errno;
            return true;
        }
    }
}

Exchange exchangeUdp(const ServerAddress& server, const QByteArray& query, quint16 id, int timeoutMs) {
    Exchange ex;
    sockaddr_storage ss;
    socklen_t len = 0;
    if (!makeSockaddr(server, &ss, &len)) {
        ex.error = QStringLiteral("invalid server address %1").arg(server.toString());
        return ex;
    }
    Socket sock(::socket(ss.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (sock.fd() < 0) {
        ex.error = QStringLiteral("cannot open a UDP socket: %1").arg(errnoText(errno));
        return ex;
    }
    // connect() so that an ICMP port-unreachable comes back as ECONNREFUSED.
    if (::connect(sock.fd(), reinterpret_cast<sockaddr*>(&ss), len) != 0 ||
        ::send(sock.fd(), query.constData(), static_cast<size_t>(query.size()), 0) < 0) {
        ex.error = QStringLiteral("cannot send to %1: %2").arg(server.toString(), errnoText(errno));
        return ex;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray buffer(65535, Qt::Uninitialized);
    for (;;) {
        int pollError = 0;
        if (!waitFor(sock.fd(), POLLIN, clock, timeoutMs, &pollError)) {
            ex.transport = Transport::Timeout;
            ex.error = QStringLiteral("%1 did not answer within %2 ms").arg(server.toString()).arg(timeoutMs);
            return ex;
        }
        const ssize_t n = ::recv(sock.fd(), buffer.data(), static_cast<size_t>(buffer.size()), 0);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            const int e = errno;
            ex.error = e == ECONNREFUSED
                           ? QStringLiteral("%1 refused the connection (nothing listens on that port)")
                                 .arg(server.toString())
                           : QStringLiteral("%1: %2").arg(server.toString(), errnoText(e));
            return ex;
        }
        // Ignore stray datagrams whose id does not match (spoofing, late replies).
        if (n >= 2 && ((static_cast<quint8>(buffer[0]) << 8) | static_cast<quint8>(buffer[1])) == id) {
            ex.transport = Transport::Reply;
            ex.reply = buffer.left(n);
            return ex;
        }
    }
}

Exchange exchangeTcp(const ServerAddress& server, const QByteArray& query, int timeoutMs) {
    Exchange ex;
    sockaddr_storage ss;
    socklen_t len = 0;
    if (!makeSockaddr(server, &ss, &len)) {
        ex.error = QStringLiteral("invalid server address %1").arg(server.toString());
        return ex;
    }
    Socket sock(::socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (sock.fd() < 0) {
        ex.error = QStringLiteral("cannot open a TCP socket: %1").arg(errnoText(errno));
        return ex;
    }
    QElapsedTimer clock;
    clock.start();
    if (::connect(sock.fd(), reinterpret_cast<sockaddr*>(&ss), len) != 0 && errno != EINPROGRESS) {
        ex.error =
            QStringLiteral("cannot connect to %1 over TCP: %2").arg(server.toString(), errnoText(errno));
        return ex;
    }
    int pollError = 0;
    if (!waitFor(sock.fd(), POLLOUT, clock, timeoutMs, &pollError)) {
        ex.transport = Transport::Timeout;
        ex.error = QStringLiteral("%1 did not accept a TCP connection within %2 ms")
                       .arg(server.toString())
                       .arg(timeoutMs);
        return ex;
    }
    int soError = 0;
    socklen_t soLen = sizeof(soError);
    ::getsockopt(sock.fd(), SOL_SOCKET, SO_ERROR, &soError, &soLen);
    if (soError != 0) {
        ex.error = soError == ECONNREFUSED
                       ? QStringLiteral("%1 refused the TCP connection (nothing listens on that port)")
                             .arg(server.toString())
                       : QStringLiteral("%1 over TCP: %2").arg(server.toString(), errnoText(soError));
        return ex;
    }
    QByteArray framed;
    framed.append(static_cast<char>((query.size() >> 8) & 0xff));
    framed.append(static_cast<char>(query.size() & 0xff));
    framed.append(query);
    qsizetype sent = 0;
    while (sent < framed.size()) {
        if (!waitFor(sock.fd(), POLLOUT, clock, timeoutMs, &pollError)) {
            ex.transport = Transport::Timeout;
            ex.error = QStringLiteral("%1 timed out over TCP").arg(server.toString());
            return ex;
        }
        const ssize_t n = ::send(sock.fd(), framed.constData() + sent,
                                 static_cast<size_t>(framed.size() - sent), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            ex.error =
                QStringLiteral("cannot send to %1 over TCP: %2").arg(server.toString(), errnoText(errno));
            return ex;
        }
        sent += n;
    }
    QByteArray in;
    qsizetype want = 2;
    bool haveLength = false;
    while (in.size() < want) {
        if (!waitFor(sock.fd(), POLLIN, clock, timeoutMs, &pollError)) {
            ex.transport = Transport::Timeout;
            ex.error = QStringLiteral("%1 did not answer over TCP within %2 ms")
                           .arg(server.toString())
                           .arg(timeoutMs);
            return ex;
        }
        char buf[8192];
        const ssize_t n = ::recv(sock.fd(), buf, sizeof(buf), 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            ex.error = QStringLiteral("%1 over TCP: %2").arg(server.toString(), errnoText(errno));
            return ex;
        }
        if (n == 0) {
            ex.error = QStringLiteral("%1 closed the TCP connection before answering").arg(server.toString());
            return ex;
        }
        in.append(buf, n);
        if (!haveLength && in.size() >= 2) {
            want = 2 + ((static_cast<quint8>(in[0]) << 8) | static_cast<quint8>(in[1]));
            haveLength = true;
        }
    }
    ex.transport = Transport::Reply;
    ex.reply = in.mid(2, want - 2);
    return ex;
}

DnsOutcome outcomeForRcode(ldns_pkt_rcode rcode) {
    switch (rcode) {
    case LDNS_RCODE_NOERROR:
        return DnsOutcome::NoData; // refined by the caller
    case LDNS_RCODE_NXDOMAIN:
        return DnsOutcome::NxDomain;
    case LDNS_RCODE_SERVFAIL:
        return DnsOutcome::ServFail;
    case LDNS_RCODE_REFUSED:
        return DnsOutcome::Refused;
    default:
        return DnsOutcome::FormatError;
    }
}

// Fills outcome, records and the CNAME chain from a reply packet. Returns the name the chain
// ended at when the reply only holds CNAMEs (an authoritative server outside its zones).
QString fillFromPacket(const ldns_pkt* pkt, DnsAnswer& a) {
    a.authenticated = ldns_pkt_ad(pkt);
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(pkt);
    a.outcome = outcomeForRcode(rcode);
    if (a.outcome == DnsOutcome::FormatError) {
        ldns_lookup_table* lt = ldns_lookup_by_id(ldns_rcodes, rcode);
        a.error = QStringLiteral("the server answered %1")
                      .arg(lt ? QString::fromLatin1(lt->name) : QString::number(rcode));
    }
    const ldns_rr_list* answer = ldns_pkt_answer(pkt);
    QList<DnsRecord> all;
    for (size_t i = 0; answer && i < ldns_rr_list_rr_count(answer); ++i)
        all << LdnsRecordConverter::convert(ldns_rr_list_rr(answer, i));
    QString current = a.name;
    for (int hops = 0; hops < 16 && a.type != DnsRecordType::CNAME; ++hops) {
        auto it = std::find_if(all.cbegin(), all.cend(), [&](const DnsRecord& r) {
            return r.type == DnsRecordType::CNAME && r.name == current;
        });
        if (it == all.cend())
            break;
        a.cnames << *it;
        current = it->target;
    }
    for (const DnsRecord& r : all)
        if (r.type == a.type && r.name == current)
            a.records << r;
    if (rcode == LDNS_RCODE_NOERROR)
        a.outcome = a.records.isEmpty() ? DnsOutcome::NoData : DnsOutcome::Answer;
    if (a.records.isEmpty() && !a.cnames.isEmpty() && rcode == LDNS_RCODE_NOERROR) {
        // Only the chain came back: was the target answered as NODATA, or left unresolved?
        const ldns_rr_list* authority = ldns_pkt_authority(pkt);
        bool soaForTarget = false;
        for (size_t i = 0; authority && i < ldns_rr_list_rr_count(authority); ++i)
            soaForTarget =
                soaForTarget || ldns_rr_get_type(ldns_rr_list_rr(authority, i)) == LDNS_RR_TYPE_SOA;
        if (!soaForTarget)
            return current;
    }
    return {};
}
} // namespace

QString ServerAddress::toString() const {
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

std::expected<ServerAddress, QString> ServerAddress::parse(const QString& input) {
    const QString text = input.trimmed();
    ServerAddress s;
    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::unexpected(QStringLiteral("invalid resolver address '%1': missing ']'").arg(text));
        host = text.mid(1, close - 1);
        const QString after = text.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return std::unexpected(QStringLiteral("invalid resolver address '%1'").arg(text));
            portText = after.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    }
    QHostAddress address;
    if (!address.setAddress(host))
        return std::unexpected(
            QStringLiteral(
                "invalid resolver address '%1': give an IPv4 or IPv6 address, optionally with :PORT")
                .arg(text));
    s.host = address.toString();
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::unexpected(QStringLiteral("invalid port in resolver address '%1'").arg(text));
        s.port = static_cast<quint16>(port);
    }
    return s;
}

LdnsResolver::LdnsResolver(LdnsResolverOptions options)
    : m_options(std::move(options)) {
    if (m_options.servers.isEmpty())
        m_options.servers = systemServers();
}

QList<ServerAddress> LdnsResolver::systemServers(const QString& resolvConf) {
    QList<ServerAddress> out;
    ldns_resolver* raw = nullptr;
    const QByteArray path = resolvConf.toLocal8Bit();
    if (ldns_resolver_new_frm_file(&raw, path.constData()) != LDNS_STATUS_OK || !raw)
        return out;
    std::unique_ptr<ldns_resolver, ResolverDeleter> res(raw);
    ldns_rdf** ns = ldns_resolver_nameservers(res.get());
    for (size_t i = 0; i < ldns_resolver_nameserver_count(res.get()); ++i) {
        char* s = ldns_rdf2str(ns[i]);
        if (!s)
            continue;
        if (auto server = ServerAddress::parse(QString::fromLatin1(s)))
            out << *server;
        free(s);
    }
    return out;
}

QString LdnsResolver::describe() const {
    QStringList parts;
    for (const ServerAddress& s : m_options.servers)
        parts << s.toString();
    return QStringLiteral("DNS %1 (timeout %2 ms)")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(m_options.timeoutMs);
}

DnsAnswer LdnsResolver::resolve(const QString& name, DnsRecordType type) {
    QElapsedTimer clock;
    clock.start();
    DnsAnswer a;
    a.name = name.toLower();
    a.type = type;
    a.source = DnsSource::Network;

    const QByteArray dname = LdnsRecordConverter::presentationName(a.name);
    Rdf qname(ldns_dname_new_frm_str(dname.constData()));
    if (!qname) {
        a.outcome = DnsOutcome::InvalidName;
        a.error = QStringLiteral("'%1' is not a valid DNS name").arg(name);
        return a;
    }
    Pkt query(ldns_pkt_query_new(ldns_rdf_clone(qname.get()), static_cast<ldns_rr_type>(type),
                                 LDNS_RR_CLASS_IN, m_options.recursionDesired ? LDNS_RD : 0));
    const quint16 id = static_cast<quint16>(QRandomGenerator::system()->bounded(1, 65536));
    ldns_pkt_set_id(query.get(), id);
    ldns_pkt_set_edns_udp_size(query.get(), m_options.ednsBufferSize);
    ldns_pkt_set_edns_do(query.get(), m_options.dnssecOk);
    uint8_t* wire = nullptr;
    size_t wireSize = 0;
    if (ldns_pkt2wire(&wire, query.get(), &wireSize) != LDNS_STATUS_OK) {
        a.outcome = DnsOutcome::InvalidName;
        a.error = QStringLiteral("cannot encode a query for '%1'").arg(name);
        return a;
    }
    std::unique_ptr<uint8_t, FreeDeleter> wireOwner(wire);
    const QByteArray queryBytes(reinterpret_cast<const char*>(wire), static_cast<qsizetype>(wireSize));

    if (m_options.servers.isEmpty()) {
        a.outcome = DnsOutcome::NetworkError;
        a.error = QStringLiteral("no DNS server configured");
        return a;
    }
    Exchange last;
    DnsOutcome failure = DnsOutcome::NetworkError;
    // Const access only: resolve() runs on many threads at once, and a non-const range-for would
    // detach the implicitly shared list from each of them (a data race).
    for (const ServerAddress& server : std::as_const(m_options.servers)) {
        a.server = server.toString();
        for (int attempt = 0; attempt <= m_options.retries; ++attempt) {
            last = exchangeUdp(server, queryBytes, id, m_options.timeoutMs);
            if (last.transport != Transport::Timeout)
                break;
        }
        if (last.transport != Transport::Reply) {
            failure = last.transport == Transport::Timeout ? DnsOutcome::Timeout : DnsOutcome::NetworkError;
            continue;
        }
        ldns_pkt* raw = nullptr;
        if (ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t*>(last.reply.constData()),
                          static_cast<size_t>(last.reply.size())) != LDNS_STATUS_OK) {
            last.error = QStringLiteral("%1 sent a malformed reply").arg(server.toString());
            failure = DnsOutcome::FormatError;
            continue;
        }
        Pkt reply(raw);
        if (ldns_pkt_tc(reply.get())) {
            a.truncated = true;
            last = exchangeTcp(server, queryBytes, m_options.timeoutMs);
            if (last.transport != Transport::Reply) {
                failure =
                    last.transport == Transport::Timeout ? DnsOutcome::Timeout : DnsOutcome::NetworkError;
                continue;
            }
            raw = nullptr;
            if (ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t*>(last.reply.constData()),
                              static_cast<size_t>(last.reply.size())) != LDNS_STATUS_OK) {
                last.error = QStringLiteral("%1 sent a malformed TCP reply").arg(server.toString());
                failure = DnsOutcome::FormatError;
                continue;
            }
            reply.reset(raw);
            a.overTcp = true;
        }
        const ldns_rr_list* question = ldns_pkt_question(reply.get());
        if (ldns_pkt_id(reply.get()) != id || !question || ldns_rr_list_rr_count(question) != 1 ||
            ldns_dname_compare(ldns_rr_owner(ldns_rr_list_rr(question, 0)), qname.get()) != 0 ||
            ldns_rr_get_type(ldns_rr_list_rr(question, 0)) != static_cast<ldns_rr_type>(type)) {
            a.outcome = DnsOutcome::FormatError;
            a.error = QStringLiteral("%1 answered a different question").arg(server.toString());
            a.elapsedMs = clock.elapsed();
            return a;
        }
        const QString unresolved = fillFromPacket(reply.get(), a);
        if (!unresolved.isEmpty() && a.cnames.size() < 16) {
            // An authoritative server gave only the CNAME: follow it ourselves.
            DnsAnswer rest = resolve(unresolved, type);
            a.cnames += rest.cnames;
            a.records = rest.records;
            a.outcome = rest.outcome;
            a.error = rest.error;
        }
        a.elapsedMs = clock.elapsed();
        return a;
    }
    a.outcome = failure;
    a.error = last.error;
    a.elapsedMs = clock.elapsed();
    qCDebug(lcDns) << "query failed" << name << dnsRecordTypeName(type) << a.error;
    return a;
}
