#include "DnsUdpExchanger.h"

#include "DnsQueryWire.h"

#include <QElapsedTimer>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace {
QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

struct Flight {
    DnsUdpExchanger::Request request;
    int fd = -1;
    int attemptsLeft = 0;
    int ignored = 0; // datagrams that did not answer the question
    std::multimap<qint64, Flight*>::iterator deadline;
};
} // namespace

struct DnsUdpExchanger::Private {
    std::mutex mutex;
    std::deque<Flight*> normal;     // waiting to be sent (under mutex)
    std::deque<Flight*> background; // the same, sent after every Normal one
    int maxInFlight = 512;          // under mutex; 512 sockets stay below the usual 1,024 file limit
    int wake = -1;                  // eventfd: new requests
    int epoll = -1;

    // I/O thread only:
    int inFlight = 0;
    std::multimap<qint64, Flight*> deadlines;
    QElapsedTimer clock;

    void run();
    void startWaiting();
    bool send(Flight* f, QString* error);
    void finish(Flight* f, Outcome outcome);
    void readable(Flight* f);
    void expire();
};

DnsUdpExchanger& DnsUdpExchanger::instance() {
    static DnsUdpExchanger* exchanger = new DnsUdpExchanger;
    return *exchanger;
}

DnsUdpExchanger::DnsUdpExchanger()
    : d(new Private) {
    d->clock.start();
    d->wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    d->epoll = ::epoll_create1(EPOLL_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr; // the wake-up eventfd
    ::epoll_ctl(d->epoll, EPOLL_CTL_ADD, d->wake, &ev);
    std::thread([p = d] { p->run(); }).detach();
}

void DnsUdpExchanger::setMaxInFlight(int questions) {
    {
        const std::lock_guard lock(d->mutex);
        d->maxInFlight = std::max(1, questions);
    }
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(d->wake, &one, sizeof one);
}

int DnsUdpExchanger::maxInFlight() const {
    const std::lock_guard lock(d->mutex);
    return d->maxInFlight;
}

void DnsUdpExchanger::exchange(Request request) {
    auto* f = new Flight;
    f->attemptsLeft = std::max(1, request.attempts);
    const bool background = request.background;
    f->request = std::move(request);
    {
        const std::lock_guard lock(d->mutex);
        (background ? d->background : d->normal).push_back(f);
    }
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(d->wake, &one, sizeof one);
}

bool DnsUdpExchanger::Private::send(Flight* f, QString* error) {
    const Request& r = f->request;
    f->fd = ::socket(r.address.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (f->fd < 0) {
        *error = QStringLiteral("cannot open a UDP socket: %1").arg(errnoText(errno));
        return false;
    }
    // connect() so that an ICMP port-unreachable comes back as ECONNREFUSED.
    if (::connect(f->fd, reinterpret_cast<const sockaddr*>(&r.address), r.addressLength) != 0 ||
        ::send(f->fd, r.query.constData(), static_cast<size_t>(r.query.size()), 0) < 0) {
        *error = QStringLiteral("cannot send to %1: %2").arg(r.server, errnoText(errno));
        ::close(f->fd);
        f->fd = -1;
        return false;
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = f;
    ::epoll_ctl(epoll, EPOLL_CTL_ADD, f->fd, &ev);
    f->deadline = deadlines.emplace(clock.elapsed() + r.timeoutMs, f);
    return true;
}

void DnsUdpExchanger::Private::finish(Flight* f, Outcome outcome) {
    if (f->fd >= 0) {
        ::close(f->fd); // also leaves the epoll set
        f->fd = -1;
        deadlines.erase(f->deadline);
        --inFlight;
    }
    Callback done = std::move(f->request.done);
    delete f;
    if (done)
        done(std::move(outcome));
}

void DnsUdpExchanger::Private::startWaiting() {
    for (;;) {
        Flight* f = nullptr;
        {
            const std::lock_guard lock(mutex);
            if (inFlight >= maxInFlight)
                return;
            std::deque<Flight*>& queue = normal.empty() ? background : normal;
            if (queue.empty())
                return;
            f = queue.front();
            queue.pop_front();
        }
        QString error;
        if (send(f, &error)) {
            ++inFlight;
        } else {
            Outcome o;
            o.error = error;
            finish(f, std::move(o));
        }
    }
}

void DnsUdpExchanger::Private::readable(Flight* f) {
    char buffer[65535];
    // A bounded number per wake-up (epoll is level-triggered): a flood on one socket must not
    // starve the others or the deadlines.
    for (int read = 0; read < 64; ++read) {
        const ssize_t n = ::recv(f->fd, buffer, sizeof buffer, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            const int e = errno;
            Outcome o;
            o.error = e == ECONNREFUSED
                          ? QStringLiteral("%1 refused the connection (nothing listens on that port)")
                                .arg(f->request.server)
                          : QStringLiteral("%1: %2").arg(f->request.server, errnoText(e));
            finish(f, std::move(o));
            return;
        }
        // Drop datagrams that do not answer this question (another id or question: spoofing,
        // late replies); the real reply or the timeout decides (RFC 5452 §9.1).
        if (DnsQueryWire::isReplyTo(buffer, n, f->request.query)) {
            Outcome o;
            o.result = Result::Reply;
            o.reply = QByteArray(buffer, n);
            finish(f, std::move(o));
            return;
        }
        ++f->ignored;
    }
}

void DnsUdpExchanger::Private::expire() {
    const qint64 now = clock.elapsed();
    while (!deadlines.empty() && deadlines.begin()->first <= now) {
        Flight* f = deadlines.begin()->second;
        ::close(f->fd);
        f->fd = -1;
        deadlines.erase(deadlines.begin());
        --inFlight;
        if (--f->attemptsLeft > 0) {
            // Retry with a new socket (a new source port), as the blocking exchange did.
            QString error;
            if (send(f, &error)) {
                ++inFlight;
                continue;
            }
            Outcome o;
            o.error = error;
            finish(f, std::move(o));
            continue;
        }
        Outcome o;
        o.result = Result::Timeout;
        o.error =
            QStringLiteral("%1 did not answer within %2 ms").arg(f->request.server).arg(f->request.timeoutMs);
        if (f->ignored > 0)
            o.error += QStringLiteral(" (%1 packet(s) that did not answer the question were ignored)")
                           .arg(f->ignored);
        finish(f, std::move(o));
    }
}

void DnsUdpExchanger::Private::run() {
    std::vector<epoll_event> events(256);
    for (;;) {
        int timeout = -1;
        if (!deadlines.empty())
            timeout = static_cast<int>(std::max<qint64>(0, deadlines.begin()->first - clock.elapsed()));
        const int n = ::epoll_wait(epoll, events.data(), static_cast<int>(events.size()), timeout);
        if (n < 0 && errno != EINTR)
            return;
        for (int i = 0; i < n; ++i) {
            if (!events[i].data.ptr) {
                quint64 count = 0;
                [[maybe_unused]] const ssize_t r = ::read(wake, &count, sizeof count);
                continue;
            }
            readable(static_cast<Flight*>(events[i].data.ptr));
        }
        expire();
        startWaiting();
    }
}
