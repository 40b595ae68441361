#pragma once
// Answers shared between sessions (a batch audit asks for _spf.provider.example once), with
// in-flight de-duplication: a second asker of a question still on the wire waits for the first.
// Cancelled answers are never stored.

#include "DnsAnswer.h"

#include <QFuture>
#include <QHash>
#include <QMutex>

class DnsCache {
public:
    struct Key {
        QString name;
        DnsRecordType type;
        bool operator==(const Key&) const = default;
    };

    std::optional<DnsAnswer> completed(const Key& key) const;
    std::optional<QFuture<DnsAnswer>> inFlight(const Key& key) const;
    // Registers a question as in flight; returns false if someone else registered it first
    // (then *existing holds their future).
    bool beginFlight(const Key& key, const QFuture<DnsAnswer>& future, QFuture<DnsAnswer>* existing);
    void finishFlight(const Key& key, const DnsAnswer& answer);
    void abandonFlight(const Key& key);
    void clear();
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<Key, DnsAnswer> m_done;
    QHash<Key, QFuture<DnsAnswer>> m_flying;
};

size_t qHash(const DnsCache::Key& key, size_t seed = 0) noexcept;
