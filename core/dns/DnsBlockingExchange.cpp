#include "DnsBlockingExchange.h"

#include "DnsQueryWire.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <unistd.h>

namespace {
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

} // namespace

bool DnsBlockingExchange::socketAddress(const ServerAddress& server, sockaddr_storage* ss, socklen_t* len) {
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

DnsBlockingExchange::Result DnsBlockingExchange::udp(const ServerAddress& server, const QByteArray& query,
                                                     int timeoutMs) {
    Result ex;
    int ignored = 0;
    sockaddr_storage ss;
    socklen_t len = 0;
    if (!socketAddress(server, &ss, &len)) {
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
    // On the stack: a 64 KB heap block per question made glibc consolidate its free lists
    // each time (malloc_consolidate was 3% of a batch audit's CPU).
    char buffer[65535];
    for (;;) {
        int pollError = 0;
        if (!waitFor(sock.fd(), POLLIN, clock, timeoutMs, &pollError)) {
            ex.transport = Transport::Timeout;
            ex.error = QStringLiteral("%1 did not answer within %2 ms").arg(server.toString()).arg(timeoutMs);
            if (ignored > 0)
                ex.error += QStringLiteral(" (%1 packet(s) that did not answer the question were ignored)")
                                .arg(ignored);
            return ex;
        }
        const ssize_t n = ::recv(sock.fd(), buffer, sizeof(buffer), 0);
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
        // Drop datagrams that do not answer this question (another id or question: spoofing,
        // late replies); the real reply or the timeout decides (RFC 5452 §9.1).
        if (DnsQueryWire::isReplyTo(buffer, n, query)) {
            ex.transport = Transport::Reply;
            ex.reply = QByteArray(buffer, n);
            return ex;
        }
        ++ignored;
    }
}

DnsBlockingExchange::Result DnsBlockingExchange::tcp(const ServerAddress& server, const QByteArray& query,
                                                     int timeoutMs) {
    Result ex;
    sockaddr_storage ss;
    socklen_t len = 0;
    if (!socketAddress(server, &ss, &len)) {
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
