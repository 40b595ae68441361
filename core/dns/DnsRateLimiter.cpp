#include "DnsRateLimiter.h"

#include <QThread>

#include <algorithm>
#include <cmath>

namespace {
double burstFor(double rate) {
    return std::max(1.0, std::floor(rate / 5.0));
}
} // namespace

DnsRateLimiter::DnsRateLimiter(double maxQps, double maxQpsPerServer)
    : m_perServerRate(std::max(0.0, maxQpsPerServer)) {
    m_total.rate = std::max(0.0, maxQps);
    m_total.burst = burstFor(m_total.rate);
    m_clock.start();
}

qint64 DnsRateLimiter::Bucket::refill(qint64 now) {
    if (rate <= 0)
        return 0;
    if (!started) {
        started = true;
        tokens = burst;
        updatedNs = now;
    }
    tokens = std::min(burst, tokens + double(now - updatedNs) * rate / 1e9);
    updatedNs = now;
    if (tokens >= 1.0)
        return 0;
    return std::max<qint64>(1, qint64(std::ceil((1.0 - tokens) * 1000.0 / rate)));
}

bool DnsRateLimiter::acquire(const QString& server) {
    for (;;) {
        if (m_cancelled)
            return false;
        qint64 waitMs = 0;
        {
            QMutexLocker lock(&m_mutex);
            const qint64 now = m_clock.nsecsElapsed();
            Bucket* perServer = nullptr;
            if (m_perServerRate > 0) {
                auto it = m_servers.find(server);
                if (it == m_servers.end()) {
                    pruneIdle(now);
                    Bucket b;
                    b.rate = m_perServerRate;
                    b.burst = burstFor(m_perServerRate);
                    it = m_servers.insert(server, b);
                }
                perServer = &*it;
            }
            // Both buckets must have a token: neither is taken from until both do.
            waitMs = std::max(m_total.refill(now), perServer ? perServer->refill(now) : 0);
            if (waitMs == 0) {
                if (m_total.rate > 0)
                    m_total.tokens -= 1.0;
                if (perServer)
                    perServer->tokens -= 1.0;
                return true;
            }
        }
        QThread::msleep(std::clamp<qint64>(waitMs, 1, 50));
    }
}

void DnsRateLimiter::pruneIdle(qint64 now) {
    // A batch meets a new authoritative server with almost every domain: the buckets of servers
    // not asked for a while are full again, the same as a new one, and are dropped, so the table
    // stays the size of the servers asked lately, not of every server the list ever named.
    if (m_servers.size() < maxServerBuckets)
        return;
    for (auto it = m_servers.begin(); it != m_servers.end();)
        if (it->refill(now) == 0 && it->tokens >= it->burst)
            it = m_servers.erase(it);
        else
            ++it;
}

int DnsRateLimiter::serverBuckets() const {
    QMutexLocker lock(&m_mutex);
    return int(m_servers.size());
}
