#include "DnsSession.h"

#include "DnsName.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent>

struct DnsSession::Pending {
    QMutex mutex;
    QPromise<DnsAnswer> promise;
    bool done = false;
    DnsCache::Key key;

    // Delivers the answer exactly once; returns false if the promise was already settled.
    bool settle(const DnsAnswer& answer)
    {
        QMutexLocker lock(&mutex);
        if (done)
            return false;
        done = true;
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
DnsAnswer immediate(const QString& name, DnsRecordType type, DnsOutcome outcome, const QString& error)
{
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
    , m_pending(std::make_shared<PendingList>())
{
}

DnsSession::~DnsSession()
{
    cancel();
}

QThreadPool* DnsSession::dnsPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(32);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

QThreadPool* DnsSession::checkPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(64);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

void DnsSession::setMaxInFlight(int queries)
{
    dnsPool()->setMaxThreadCount(std::max(1, queries));
}

QString DnsSession::resolverDescription() const
{
    return m_resolver ? m_resolver->describe() : QString();
}

QFuture<DnsAnswer> DnsSession::lookup(const QString& rawName, DnsRecordType type)
{
    const auto checked = DnsName::fromWire(rawName);
    const QString name = checked ? checked->ace() : rawName;
    auto logImmediate = [this](const DnsAnswer& a, bool dedup) {
        QueryLogEntry e;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.answer = a;
        e.deduplicated = dedup;
        m_log->append(e);
        return QtFuture::makeReadyFuture(a);
    };
    if (!checked)
        return logImmediate(immediate(name, type, DnsOutcome::InvalidName, checked.error()), false);
    if (m_cancelled.load())
        return QtFuture::makeReadyFuture(immediate(name, type, DnsOutcome::Cancelled, tr("cancelled")));

    const DnsCache::Key key{name, type};
    if (auto done = m_cache->completed(key)) {
        DnsAnswer a = *done;
        a.source = DnsSource::Cache;
        a.elapsedMs = 0;
        return logImmediate(a, false);
    }

    auto pending = std::make_shared<Pending>();
    pending->key = key;
    pending->promise.start();
    QFuture<DnsAnswer> future = pending->promise.future();
    QFuture<DnsAnswer> existing;
    if (!m_cache->beginFlight(key, future, &existing)) {
        // Someone already asks this question: share their answer, log it when it arrives.
        QPointer<QueryLog> log = m_log;
        const QDateTime started = QDateTime::currentDateTimeUtc();
        return existing.then(checkPool(), [log, started](DnsAnswer a) {
            a.source = DnsSource::Cache;
            if (log) {
                QueryLogEntry e;
                e.startedAt = started;
                e.answer = a;
                e.deduplicated = true;
                log->append(e);
            }
            return a;
        });
    }
    {
        QMutexLocker lock(&m_pending->mutex);
        m_pending->items.append(pending);
    }

    std::shared_ptr<Resolver> resolver = m_resolver;
    std::shared_ptr<DnsCache> cache = m_cache;
    QPointer<QueryLog> log = m_log;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QThreadPool* pool = dnsPool();
    pool->start([pending, resolver, cache, log, started, name, type] {
        DnsAnswer answer;
        {
            QMutexLocker lock(&pending->mutex);
            if (pending->done) { // cancelled before it ran
                cache->abandonFlight(pending->key);
                return;
            }
        }
        if (resolver) {
            answer = resolver->resolve(name, type);
        } else {
            answer = immediate(name, type, DnsOutcome::NetworkError, QStringLiteral("no resolver configured"));
        }
        cache->finishFlight(pending->key, answer);
        // Log before settling: a caller that reads the log right after future.result() must find
        // the entry there (the dkim command printed an empty "queries" array otherwise).
        bool open = false;
        {
            QMutexLocker lock(&pending->mutex);
            open = !pending->done;
        }
        if (open && log) {
            QueryLogEntry e;
            e.startedAt = started;
            e.answer = answer;
            log->append(e);
        }
        pending->settle(answer);
    });
    // Drop bookkeeping once settled, so long audits do not accumulate promises.
    std::weak_ptr<PendingList> list = m_pending;
    future.then(checkPool(), [list, pending](const DnsAnswer&) {
        if (auto l = list.lock()) {
            QMutexLocker lock(&l->mutex);
            l->items.removeOne(pending);
        }
    });
    return future;
}

void DnsSession::cancel()
{
    m_cancelled.store(true);
    QList<std::shared_ptr<Pending>> pending;
    {
        QMutexLocker lock(&m_pending->mutex);
        pending.swap(m_pending->items);
    }
    for (const auto& p : pending) {
        m_cache->abandonFlight(p->key);
        p->settle(immediate(p->key.name, p->key.type, DnsOutcome::Cancelled, tr("cancelled")));
    }
}
