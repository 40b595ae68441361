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
