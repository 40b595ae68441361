#include "BlocklistRateLimiter.h"

#include <QThread>
#include <algorithm>
#include <cmath>

BlocklistRateLimiter::BlocklistRateLimiter(double rate, int burst)
    : m_rate(rate > 0 ? rate : defaultRate)
    , m_burst(std::max(1, burst)) {
    m_clock.start();
}

bool BlocklistRateLimiter::acquire(const QString& zone, const std::function<bool()>& cancelled) {
    for (;;) {
        qint64 waitMs = 0;
        {
            QMutexLocker lock(&m_mutex);
            const qint64 now = m_clock.nsecsElapsed();
            auto it = m_buckets.find(zone);
            if (it == m_buckets.end())
                it = m_buckets.insert(zone, Bucket{double(m_burst), now});
            it->tokens = std::min(double(m_burst), it->tokens + double(now - it->updatedNs) * m_rate / 1e9);
            it->updatedNs = now;
            if (it->tokens >= 1.0) {
                it->tokens -= 1.0;
                return true;
            }
            waitMs = qint64(std::ceil((1.0 - it->tokens) * 1000.0 / m_rate));
        }
        if (cancelled && cancelled())
            return false;
        QThread::msleep(std::clamp<qint64>(waitMs, 1, 50));
        if (cancelled && cancelled())
            return false;
    }
}
