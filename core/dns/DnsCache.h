#pragma once
// Answers shared between sessions (a batch audit asks for _spf.provider.example once), with
// in-flight de-duplication: a second asker of a question still on the wire joins the first
// flight and is called back with its answer. Cancelled answers are never stored.

#include "DnsAnswer.h"

#include <QHash>
#include <QMutex>

#include <deque>
#include <functional>
#include <memory>

class DnsCache {
public:
    struct Key {
        QString name;
        DnsRecordType type;
        bool operator==(const Key&) const = default;
    };
    using Waiter = std::function<void(const DnsAnswer&)>;
    // Returns true when the waiter is attached to a flight (and will be called once); false when
    // the answer is already known (then *known holds it). *started tells whether the caller
    // must ask the resolver (first asker).
    bool join(const Key& key, Waiter waiter, bool* started, DnsAnswer* known);
    // Delivers the answer to every waiter of the flight and stores it (unless cancelled).
    void finish(const Key& key, const DnsAnswer& answer);
    // True while some waiter of the flight may still want the answer.
    bool wanted(const Key& key) const;
    // True when a lookup of key now would not reach the resolver: the answer is stored, or a
    // flight for it is under way (the lookup joins it).
    bool answersWithoutAsking(const Key& key) const;
    void clear();
    int size() const;
    // At most this many answers are kept (0: no bound, the default); past it the oldest stored
    // answer goes first. A batch of thousands of domains sets one so that its memory does not grow
    // with the list: an answer evicted is asked again when a later domain needs it.
    void setMaxEntries(int entries);

private:
    struct Flight {
        QList<Waiter> waiters;
    };
    mutable QMutex m_mutex;
    QHash<Key, DnsAnswer> m_done;
    std::deque<Key> m_order; // stored keys, oldest first (only with a bound)
    int m_maxEntries = 0;
    QHash<Key, Flight> m_flying;
};

size_t qHash(const DnsCache::Key& key, size_t seed = 0) noexcept;
