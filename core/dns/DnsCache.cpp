#include "DnsCache.h"

#include <algorithm>

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
        if (answer.outcome != DnsOutcome::Cancelled) {
            const bool fresh = !m_done.contains(key);
            m_done.insert(key, answer);
            if (m_maxEntries > 0 && fresh) {
                m_order.push_back(key);
                while (m_order.size() > size_t(m_maxEntries)) {
                    m_done.remove(m_order.front());
                    m_order.pop_front();
                }
            }
        }
    }
    for (const Waiter& w : waiters)
        w(answer);
}

bool DnsCache::wanted(const Key& key) const {
    QMutexLocker lock(&m_mutex);
    return m_flying.contains(key);
}

bool DnsCache::answersWithoutAsking(const Key& key) const {
    QMutexLocker lock(&m_mutex);
    return m_done.contains(key) || m_flying.contains(key);
}

void DnsCache::clear() {
    QMutexLocker lock(&m_mutex);
    m_done.clear();
    m_order.clear();
}

void DnsCache::setMaxEntries(int entries) {
    QMutexLocker lock(&m_mutex);
    m_maxEntries = std::max(0, entries);
    if (m_maxEntries == 0) {
        m_order.clear();
        return;
    }
    // Answers stored before the bound are evicted first, in no particular order.
    std::deque<Key> order;
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it)
        if (std::find(m_order.cbegin(), m_order.cend(), it.key()) == m_order.cend())
            order.push_back(it.key());
    order.insert(order.end(), m_order.cbegin(), m_order.cend());
    m_order = std::move(order);
    while (m_order.size() > size_t(m_maxEntries)) {
        m_done.remove(m_order.front());
        m_order.pop_front();
    }
}

int DnsCache::size() const {
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_done.size());
}
