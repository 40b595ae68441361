#include "DnsCache.h"

size_t qHash(const DnsCache::Key& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.name, static_cast<quint16>(key.type));
}

std::optional<DnsAnswer> DnsCache::completed(const Key& key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_done.constFind(key);
    if (it == m_done.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QFuture<DnsAnswer>> DnsCache::inFlight(const Key& key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_flying.constFind(key);
    if (it == m_flying.constEnd())
        return std::nullopt;
    return *it;
}

bool DnsCache::beginFlight(const Key& key, const QFuture<DnsAnswer>& future, QFuture<DnsAnswer>* existing)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_flying.constFind(key);
    if (it != m_flying.constEnd()) {
        *existing = *it;
        return false;
    }
    m_flying.insert(key, future);
    return true;
}

void DnsCache::finishFlight(const Key& key, const DnsAnswer& answer)
{
    QMutexLocker lock(&m_mutex);
    m_flying.remove(key);
    if (answer.outcome != DnsOutcome::Cancelled)
        m_done.insert(key, answer);
}

void DnsCache::abandonFlight(const Key& key)
{
    QMutexLocker lock(&m_mutex);
    m_flying.remove(key);
}

void DnsCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_done.clear();
}

int DnsCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_done.size());
}
