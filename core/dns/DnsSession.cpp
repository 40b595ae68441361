#include "DnsSession.h"

#include "DnsName.h"
#include "DnsUdpExchanger.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent>

struct DnsSession::Pending {
    QMutex mutex;
    QPromise<DnsAnswer> promise;
    bool done = false;
    DnsCache::Key key;
    QDateTime started;
    QElapsedTimer clock;

    // Delivers the answer exactly once, logging it first (so a caller that sees the result also
    // finds it in the log); returns false if the promise was already settled. Logging under the
    // same lock keeps an answer and a cancellation racing for one question from both being logged.
    bool settle(const DnsAnswer& answer, QueryLog* log = nullptr, bool deduplicated = false) {
        QMutexLocker lock(&mutex);
        if (done)
            return false;
        done = true;
        if (log) {
            QueryLogEntry e;
            e.startedAt = started;
            e.answer = answer;
            e.deduplicated = deduplicated;
            log->append(e);
        }
        promise.addResult(answer);
        promise.finish();
        return true;
    }
};

struct DnsSession::PendingList {
    QMutex mutex;
    QList<std::shared_ptr<Pending>> items;
};

namespace {
DnsAnswer immediate(const QString& name, DnsRecordType type, DnsOutcome outcome, const QString& error) {
    DnsAnswer a;
    a.name = name;
    a.type = type;
    a.outcome = outcome;
    a.error = error;
    a.source = DnsSource::Cache;
    return a;
}
} // namespace

DnsSession::DnsSession(std::shared_ptr<Resolver> resolver, std::shared_ptr<DnsCache> cache, QObject* parent)
    : QObject(parent)
    , m_resolver(std::move(resolver))
    , m_cache(cache ? std::move(cache) : std::make_shared<DnsCache>())
    , m_log(new QueryLog(this))
    , m_pending(std::make_shared<PendingList>()) {}

DnsSession::~DnsSession() {
    cancel();
}

QThreadPool* DnsSession::dnsPool() {
    static QThreadPool* pool = [] {
        // Resolvers without an asynchronous path (zone files, staged overlays, tests) run here, a
        // thread per question. A thread waits out one round trip each: 32 capped the questions
        // in flight at 32 (one domain's DKIM discovery, ~100 names, took four round trips). The
        // network resolver does not use it: DnsUdpExchanger keeps 512 questions in flight on one
        // thread (a thread each cost a 200-domain batch a quarter of its CPU in wake-ups).
        auto* p = new QThreadPool;
        p->setMaxThreadCount(256);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

QThreadPool* DnsSession::checkPool() {
    static QThreadPool* pool = [] {
        // Check code blocks on its lookups; an SPF tree holds a waiting thread per include level
        // and branch, three checks per domain. With 16 domains at once 64 threads run out, and a
        // waiter then runs its unstarted sibling branches itself, one after another.
        auto* p = new QThreadPool;
        p->setMaxThreadCount(256);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

void DnsSession::setMaxInFlight(int queries) {
    dnsPool()->setMaxThreadCount(std::max(1, queries));
    DnsUdpExchanger::instance().setMaxInFlight(queries);
}

QString DnsSession::resolverDescription() const {
    return m_resolver ? m_resolver->describe() : QString();
}

bool DnsSession::answersFromCache(const QString& rawName, DnsRecordType type) const {
    const auto checked = DnsName::fromWire(rawName);
    return checked && m_cache && m_cache->answersWithoutAsking(DnsCache::Key{checked->ace(), type});
}

QFuture<DnsAnswer> DnsSession::lookup(const QString& rawName, DnsRecordType type, Priority priority) {
    const auto checked = DnsName::fromWire(rawName);
    const QString name = checked ? checked->ace() : rawName;
    auto logImmediate = [this](const DnsAnswer& a) {
        QueryLogEntry e;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.answer = a;
        m_log->append(e);
        return QtFuture::makeReadyFuture(a);
    };
    if (!checked)
        return logImmediate(immediate(name, type, DnsOutcome::InvalidName, checked.error()));
    if (m_cancelled.load())
        return QtFuture::makeReadyFuture(immediate(name, type, DnsOutcome::Cancelled, tr("cancelled")));

    const DnsCache::Key key{name, type};
    auto pending = std::make_shared<Pending>();
    pending->key = key;
    pending->started = QDateTime::currentDateTimeUtc();
    pending->clock.start();
    pending->promise.start();
    QFuture<DnsAnswer> future = pending->promise.future();
    {
        QMutexLocker lock(&m_pending->mutex);
        m_pending->items.append(pending);
    }

    // Every asker waits on its own promise; the first asker of a question also asks the resolver,
    // later ones join its flight (in-flight de-duplication) and are logged as served from cache.
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QPointer<QueryLog> log = m_log;
    std::weak_ptr<PendingList> list = m_pending;
    auto first = std::make_shared<bool>(false);
    auto waiter = [pending, log, list, started, first](const DnsAnswer& answer) {
        DnsAnswer a = answer;
        if (!*first) {
            a.source = DnsSource::Cache;
            a.elapsedMs = 0;
        }
        if (!pending->settle(a, log.data(), !*first))
            return; // cancelled meanwhile
        if (auto l = list.lock()) {
            QMutexLocker lock(&l->mutex);
            l->items.removeOne(pending);
        }
    };
    bool startFlight = false;
    DnsAnswer known;
    if (!m_cache->join(key, waiter, &startFlight, &known)) {
        {
            QMutexLocker lock(&m_pending->mutex);
            m_pending->items.removeOne(pending);
        }
        known.source = DnsSource::Cache;
        known.elapsedMs = 0;
        pending->settle(known);
        logImmediate(known);
        return future;
    }
    if (!startFlight)
        return future;
    *first = true;

    std::shared_ptr<Resolver> resolver = m_resolver;
    std::shared_ptr<DnsCache> cache = m_cache;
    // Network questions go to the resolver's asynchronous path when it has one (no thread waits
    // out the round trip); the others run resolve() on the DNS pool.
    if (resolver &&
        resolver->resolveAsync(key.name, key.type, priority == Priority::Background,
                               [cache, key](const DnsAnswer& answer) { cache->finish(key, answer); }))
        return future;
    dnsPool()->start(
        [resolver, cache, key] {
            DnsAnswer answer;
            if (resolver)
                answer = resolver->resolve(key.name, key.type);
            else
                answer = immediate(key.name, key.type, DnsOutcome::NetworkError,
                                   QStringLiteral("no resolver configured"));
            cache->finish(key, answer);
        },
        priority == Priority::Background ? 0 : 1);
    return future;
}

void DnsSession::cancel() {
    m_cancelled.store(true);
    QList<std::shared_ptr<Pending>> pending;
    {
        QMutexLocker lock(&m_pending->mutex);
        pending.swap(m_pending->items);
    }
    for (const auto& p : pending) {
        DnsAnswer answer = immediate(p->key.name, p->key.type, DnsOutcome::Cancelled, tr("cancelled"));
        answer.elapsedMs = p->clock.elapsed();
        // A question cut short is evidence too: the log shows it was asked and never answered.
        p->settle(answer, m_log);
    }
}
