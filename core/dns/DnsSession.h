#pragma once
// One audit's view of DNS: the resolver stack, a (possibly shared) cache, the query log, and
// cancellation. lookup() never blocks: independent questions run in parallel on a bounded pool
// and a dependent chain waits only on its own futures. Checks that want to block on answers run
// on checkPool(), never on the DNS pool.

#include "DnsCache.h"
#include "QueryLog.h"
#include "Resolver.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

class DnsSession : public QObject {
    Q_OBJECT
public:
    explicit DnsSession(std::shared_ptr<Resolver> resolver, std::shared_ptr<DnsCache> cache = {},
                        QObject* parent = nullptr);
    ~DnsSession() override;

    // Normal lookups leave the DNS pool's queue before Background ones: bulk probes that nothing
    // else waits on (DKIM selector discovery, a hundred names a domain) must not hold up the
    // dependent chains (SPF includes, DMARC) queued behind them.
    enum class Priority { Normal, Background };

    // Names are checked with DnsName::fromWire first; an invalid one answers InvalidName at once.
    QFuture<DnsAnswer> lookup(const QString& name, DnsRecordType type, Priority priority = Priority::Normal);
    // Blocking convenience for check code on checkPool() threads and for the CLI.
    DnsAnswer lookupNow(const QString& name, DnsRecordType type) { return lookup(name, type).result(); }

    // True when lookup(name, type) would be answered by the cache (stored or already being asked)
    // rather than a new question to the resolver: rate limits count only the questions sent.
    bool answersFromCache(const QString& name, DnsRecordType type) const;

    QueryLog* log() const { return m_log; }
    std::shared_ptr<Resolver> resolver() const { return m_resolver; }
    std::shared_ptr<DnsCache> cache() const { return m_cache; }
    QString resolverDescription() const;

    // Stops the session promptly: pending and later lookups answer Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Pools shared by every session. The DNS pool runs blocking resolver calls only, one thread per
    // question in flight (I/O-bound: sized for hundreds at once), for resolvers without an
    // asynchronous path (LdnsResolver has one: DnsUdpExchanger); the check pool runs check code
    // that may wait on lookups (a batch audit has a few waiting threads per domain).
    static QThreadPool* dnsPool();
    static QThreadPool* checkPool();
    static void setMaxInFlight(int queries);

private:
    struct Pending;
    struct PendingList;
    std::shared_ptr<Resolver> m_resolver;
    std::shared_ptr<DnsCache> m_cache;
    QueryLog* m_log;
    std::atomic_bool m_cancelled{false};
    std::shared_ptr<PendingList> m_pending;
};
