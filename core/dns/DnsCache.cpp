#include "DnsCache.h"

size_t qHash(const DnsCache::Key& key, size_t seed) noexcept {
    return qHashMulti(seed, key.name, static_cast<quint16>(key.type));
}

bool DnsCache::join(const Key& key, Waiter waiter, bool* started, DnsAnswer* known) {
    QMutexLocker lock(&m_mutex);
    *started = false;
    if (const auto it = m_done.constFind(key); it != m_done.constEnd()) {
        *known = *it;
        return false;
    }
    auto it = m_flying.find(key);
    if (it == m_flying.end()) {
        it = m_flying.insert(key, Flight{});
        *started = true;
    }
    it->waiters.append(std::move(waiter));
    return true;
}

void DnsCache::finish(const Key& key, const DnsAnswer& answer) {
    QList<Waiter> waiters;
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_flying.find(key); it != m_flying.end()) {
            waiters = std::move(it->waiters);
            m_flying.erase(it);
        }
        if (answer.outcome != DnsOutcome::Cancelled)
            m_done.insert(key, answer);
    }
    for (const Waiter& w : waiters)
        w(answer);
}

bool DnsCache::wanted(const Key& key) const {
    QMutexLocker lock(&m_mutex);
    return m_flying.contains(key);
}

void DnsCache::clear() {
    QMutexLocker lock(&m_mutex);
    m_done.clear();
}

int DnsCache::size() const {
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_done.size());
}
