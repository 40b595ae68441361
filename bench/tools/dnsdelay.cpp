// dnsdelay: a DNS forwarding proxy that adds a fixed delay to every reply (the benchmarks' stand-in
// for the network). The same options, log and delay semantics as dnsdelay.py beside it, in one
// thread with epoll: ~5 µs of CPU a query against ~90 µs for the Python proxy, which on a 2-core
// machine took half the CPU of a 200-domain batch audit away from the program being measured.
//
//   dnsdelay --upstream-port P --port Q [--port Q2 ...] --delay-ms D [--log FILE]
//            [--upstream 127.0.0.1] [--timeout S] [--no-tcp] [--pidfile F] [--workers N]
//
// Each query is logged when it arrives: "<ms since start>\tudp|tcp\t<port>\t<qname>\t<qtype>".
// UDP: one upstream socket per listening port, message IDs rewritten, the reply leaves --delay-ms
// after the upstream answer arrived (a FIFO: the delay is the same for all). TCP: a thread per
// connection, one question at a time, the same delay. --workers is accepted for dnsdelay.py's
// command line and ignored (one thread is enough here). SIGTERM/SIGINT stop it and print totals.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

volatile sig_atomic_t g_stop = 0;

double nowMs() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

const char* typeName(unsigned t, char* buf, size_t n) {
    static const std::map<unsigned, const char*> names = {
        {1, "A"},     {2, "NS"},     {5, "CNAME"}, {6, "SOA"},   {12, "PTR"},   {15, "MX"},     {16, "TXT"},
        {28, "AAAA"}, {33, "SRV"},   {41, "OPT"},  {43, "DS"},   {46, "RRSIG"}, {48, "DNSKEY"}, {52, "TLSA"},
        {64, "SVCB"}, {65, "HTTPS"}, {99, "SPF"},  {255, "ANY"}, {257, "CAA"}};
    const auto it = names.find(t);
    if (it != names.end())
        return it->second;
    snprintf(buf, n, "TYPE%u", t);
    return buf;
}

// The first question's name (lower case, with the final dot) and type, or "?" and "?".
void parseQuestion(const unsigned char* m, size_t len, std::string& name, std::string& type) {
    name = "?";
    type = "?";
    if (len < 12 || ((m[4] << 8) | m[5]) < 1)
        return;
    std::string out;
    size_t pos = 12;
    while (true) {
        if (pos >= len)
            return;
        const unsigned n = m[pos];
        if (n == 0) {
            ++pos;
            break;
        }
        if (n & 0xC0) {
            pos += 2;
            out += "<ptr>.";
            break;
        }
        if (pos + 1 + n > len)
            return;
        for (unsigned i = 0; i < n; ++i) {
            const unsigned char c = m[pos + 1 + i];
            out += (c >= 'A' && c <= 'Z') ? char(c + 32) : (c >= 0x20 && c < 0x7f ? char(c) : '?');
        }
        out += '.';
        pos += 1 + n;
    }
    if (pos + 2 > len)
        return;
    char buf[16];
    name = out.empty() ? "." : out;
    type = typeName((m[pos] << 8) | m[pos + 1], buf, sizeof buf);
}

struct Options {
    std::vector<int> ports;
    std::string upstream = "127.0.0.1";
    int upstreamPort = 0;
    double delayMs = 0;
    double timeoutS = 5;
    std::string log;
    std::string pidfile;
    bool tcp = true;
};

class Log {
public:
    explicit Log(const std::string& path, double t0)
        : m_t0(t0) {
        if (!path.empty())
            m_file = fopen(path.c_str(), "a");
    }
    ~Log() {
        if (m_file)
            fclose(m_file);
    }
    void note(const char* proto, int port, const unsigned char* m, size_t len) {
        std::string name, type;
        parseQuestion(m, len, name, type);
        const std::lock_guard lock(m_mutex);
        ++m_total;
        ++m_counts[type];
        if (m_file)
            fprintf(m_file, "%.1f\t%s\t%d\t%s\t%s\n", nowMs() - m_t0, proto, port, name.c_str(),
                    type.c_str());
    }
    void flush() {
        const std::lock_guard lock(m_mutex);
        if (m_file)
            fflush(m_file);
    }
    void totals(long errors) {
        const std::lock_guard lock(m_mutex);
        fprintf(stderr, "dnsdelay: %ld queries {", m_total);
        bool first = true;
        for (const auto& [t, n] : m_counts) {
            fprintf(stderr, "%s'%s': %ld", first ? "" : ", ", t.c_str(), n);
            first = false;
        }
        fprintf(stderr, "}, %ld upstream errors\n", errors);
    }

private:
    FILE* m_file = nullptr;
    double m_t0;
    std::mutex m_mutex;
    long m_total = 0;
    std::map<std::string, long> m_counts;
};

void bigBuffers(int fd) {
    // A batch audit fires hundreds of questions at once; a dropped datagram costs the client a
    // whole timeout. The kernel caps these at net.core.rmem_max / wmem_max.
    const int size = 4 << 20;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
}

sockaddr_in address(const std::string& host, int port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    if (inet_pton(AF_INET, host.c_str(), &a.sin_addr) != 1) {
        fprintf(stderr, "dnsdelay: bad address %s\n", host.c_str());
        exit(2);
    }
    return a;
}

bool readAll(int fd, unsigned char* p, size_t n) {
    while (n > 0) {
        const ssize_t r = read(fd, p, n);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            return false;
        }
        p += r;
        n -= size_t(r);
    }
    return true;
}

bool writeAll(int fd, const unsigned char* p, size_t n) {
    while (n > 0) {
        const ssize_t r = write(fd, p, n);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            return false;
        }
        p += r;
        n -= size_t(r);
    }
    return true;
}

// One TCP client: each message is forwarded over a fresh upstream connection, the reply held back
// --delay-ms and written back.
void tcpClient(int fd, int port, const Options& o, Log& log, std::atomic<long>& errors) {
    const sockaddr_in up = address(o.upstream, o.upstreamPort);
    timeval tv{long(o.timeoutS), 0};
    std::vector<unsigned char> msg;
    while (true) {
        unsigned char hdr[2];
        if (!readAll(fd, hdr, 2))
            break;
        msg.resize(size_t((hdr[0] << 8) | hdr[1]));
        if (!readAll(fd, msg.data(), msg.size()))
            break;
        log.note("tcp", port, msg.data(), msg.size());
        const int u = socket(AF_INET, SOCK_STREAM, 0);
        setsockopt(u, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(u, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        std::vector<unsigned char> reply;
        bool ok = connect(u, reinterpret_cast<const sockaddr*>(&up), sizeof up) == 0 && writeAll(u, hdr, 2) &&
                  writeAll(u, msg.data(), msg.size());
        unsigned char rh[2];
        if (ok && readAll(u, rh, 2)) {
            reply.resize(size_t((rh[0] << 8) | rh[1]));
            ok = readAll(u, reply.data(), reply.size());
            if (ok)
                reply.insert(reply.begin(), rh, rh + 2);
        } else {
            ok = false;
        }
        close(u);
        if (!ok) {
            ++errors;
            fprintf(stderr, "dnsdelay: upstream tcp error\n");
            continue;
        }
        if (o.delayMs > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(long(o.delayMs * 1000)));
        if (!writeAll(fd, reply.data(), reply.size()))
            break;
    }
    close(fd);
}

struct Pending {
    bool used = false;
    sockaddr_in client{};
    uint8_t clientId[2]{};
    int server = -1; // the listening socket the query came in on
    double deadline = 0;
};

struct Reply {
    double due;
    int server;
    sockaddr_in client;
    std::vector<unsigned char> bytes;
};

struct Listener {
    int port;
    int udp;
    int upstream;
    int tcp = -1;
    uint16_t next = 0;
    std::vector<Pending> pending = std::vector<Pending>(65536);
    long inFlight = 0;
};

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                fprintf(stderr, "dnsdelay: %s needs a value\n", a.c_str());
                exit(2);
            }
            return argv[++i];
        };
        if (a == "--port")
            o.ports.push_back(atoi(value().c_str()));
        else if (a == "--upstream")
            o.upstream = value();
        else if (a == "--upstream-port")
            o.upstreamPort = atoi(value().c_str());
        else if (a == "--delay-ms")
            o.delayMs = atof(value().c_str());
        else if (a == "--timeout")
            o.timeoutS = atof(value().c_str());
        else if (a == "--log")
            o.log = value();
        else if (a == "--pidfile")
            o.pidfile = value();
        else if (a == "--workers")
            value();
        else if (a == "--no-tcp")
            o.tcp = false;
        else {
            fprintf(stderr, "dnsdelay: unknown option %s\n", a.c_str());
            return 2;
        }
    }
    if (o.ports.empty() || o.upstreamPort <= 0) {
        fprintf(stderr, "usage: dnsdelay --upstream-port P --port Q [--delay-ms D] [--log FILE]\n");
        return 2;
    }
    const double t0 = nowMs();
    Log log(o.log, t0);
    std::atomic<long> errors = 0;

    struct sigaction sa {};
    sa.sa_handler = [](int) { g_stop = 1; };
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);

    const int ep = epoll_create1(0);
    const sockaddr_in up = address(o.upstream, o.upstreamPort);
    std::vector<Listener> listeners;
    listeners.reserve(o.ports.size());
    for (int port : o.ports) {
        Listener l{port, socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0),
                   socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0)};
        l.next = uint16_t(rand());
        const sockaddr_in local = address("127.0.0.1", port);
        const int one = 1;
        setsockopt(l.udp, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (bind(l.udp, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0) {
            fprintf(stderr, "dnsdelay: cannot bind udp 127.0.0.1:%d: %s\n", port, strerror(errno));
            return 1;
        }
        if (connect(l.upstream, reinterpret_cast<const sockaddr*>(&up), sizeof up) != 0) {
            fprintf(stderr, "dnsdelay: cannot reach the upstream: %s\n", strerror(errno));
            return 1;
        }
        bigBuffers(l.udp);
        bigBuffers(l.upstream);
        if (o.tcp) {
            l.tcp = socket(AF_INET, SOCK_STREAM, 0);
            setsockopt(l.tcp, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            if (bind(l.tcp, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0 ||
                listen(l.tcp, 64) != 0) {
                fprintf(stderr, "dnsdelay: cannot listen on tcp 127.0.0.1:%d: %s\n", port, strerror(errno));
                return 1;
            }
        }
        listeners.push_back(std::move(l));
    }
    // epoll data: index * 3 + (0 client udp, 1 upstream, 2 tcp listener)
    for (size_t i = 0; i < listeners.size(); ++i) {
        const int fds[3] = {listeners[i].udp, listeners[i].upstream, listeners[i].tcp};
        for (int k = 0; k < 3; ++k) {
            if (fds[k] < 0)
                continue;
            epoll_event ev{};
            ev.events = EPOLLIN;
            ev.data.u64 = i * 3 + size_t(k);
            epoll_ctl(ep, EPOLL_CTL_ADD, fds[k], &ev);
        }
    }
    if (!o.pidfile.empty()) {
        if (FILE* f = fopen(o.pidfile.c_str(), "w")) {
            fprintf(f, "%d\n", int(getpid()));
            fclose(f);
        }
    }
    fprintf(stderr, "dnsdelay: pid %d listening on 127.0.0.1:%d -> %s:%d, delay %g ms\n", int(getpid()),
            o.ports.front(), o.upstream.c_str(), o.upstreamPort, o.delayMs);

    std::deque<Reply> replies;
    std::array<unsigned char, 65536> buf{};
    double nextSweep = nowMs() + 1000;
    while (!g_stop) {
        int timeout = 1000;
        if (!replies.empty())
            timeout = std::max(0, int(replies.front().due - nowMs() + 0.999));
        epoll_event events[64];
        const int n = epoll_wait(ep, events, 64, timeout);
        if (n < 0 && errno != EINTR)
            break;
        for (int e = 0; e < n; ++e) {
            Listener& l = listeners[events[e].data.u64 / 3];
            const int kind = int(events[e].data.u64 % 3);
            if (kind == 0) { // queries from clients
                while (true) {
                    sockaddr_in from{};
                    socklen_t fl = sizeof from;
                    const ssize_t r =
                        recvfrom(l.udp, buf.data(), buf.size(), 0, reinterpret_cast<sockaddr*>(&from), &fl);
                    if (r < 0)
                        break;
                    log.note("udp", l.port, buf.data(), size_t(r));
                    if (r < 12)
                        continue;
                    if (l.inFlight >= 65536) {
                        ++errors;
                        continue;
                    }
                    uint16_t id = l.next;
                    while (l.pending[id].used)
                        ++id;
                    l.next = uint16_t(id + 1);
                    Pending& p = l.pending[id];
                    p.used = true;
                    p.client = from;
                    p.clientId[0] = buf[0];
                    p.clientId[1] = buf[1];
                    p.server = l.udp;
                    p.deadline = nowMs() + o.timeoutS * 1000;
                    ++l.inFlight;
                    buf[0] = uint8_t(id >> 8);
                    buf[1] = uint8_t(id & 0xff);
                    if (send(l.upstream, buf.data(), size_t(r), 0) < 0) {
                        ++errors;
                        p.used = false;
                        --l.inFlight;
                    }
                }
            } else if (kind == 1) { // answers from the upstream
                while (true) {
                    const ssize_t r = recv(l.upstream, buf.data(), buf.size(), 0);
                    if (r < 0)
                        break;
                    if (r < 2)
                        continue;
                    const uint16_t id = uint16_t((buf[0] << 8) | buf[1]);
                    Pending& p = l.pending[id];
                    if (!p.used)
                        continue; // late answer to a query already timed out
                    p.used = false;
                    --l.inFlight;
                    Reply reply{nowMs() + o.delayMs, p.server, p.client,
                                std::vector<unsigned char>(buf.begin(), buf.begin() + r)};
                    reply.bytes[0] = p.clientId[0];
                    reply.bytes[1] = p.clientId[1];
                    replies.push_back(std::move(reply));
                }
            } else { // a TCP client
                const int c = accept(l.tcp, nullptr, nullptr);
                if (c >= 0)
                    std::thread(tcpClient, c, l.port, std::cref(o), std::ref(log), std::ref(errors)).detach();
            }
        }
        const double now = nowMs();
        while (!replies.empty() && replies.front().due <= now) {
            const Reply& r = replies.front();
            if (sendto(r.server, r.bytes.data(), r.bytes.size(), 0,
                       reinterpret_cast<const sockaddr*>(&r.client), sizeof r.client) < 0)
                fprintf(stderr, "dnsdelay: udp send error: %s\n", strerror(errno));
            replies.pop_front();
        }
        if (n > 0 || now >= nextSweep)
            log.flush();
        if (now >= nextSweep) {
            for (Listener& l : listeners)
                for (Pending& p : l.pending)
                    if (p.used && p.deadline < now) {
                        p.used = false;
                        --l.inFlight;
                        ++errors;
                        fprintf(stderr, "dnsdelay: upstream udp timeout\n");
                    }
            nextSweep = now + 1000;
        }
    }
    log.flush();
    log.totals(errors.load());
    if (!o.pidfile.empty())
        unlink(o.pidfile.c_str());
    return 0;
}
