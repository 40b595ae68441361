#pragma once
// Caps the questions a run sends: a token bucket for the whole run (--max-qps) and one per server
// address (--max-qps-per-server: each recursive resolver address, each authoritative server the
// per-server check asks directly). LdnsResolver takes a token before every UDP exchange; the wait
// is on the asking thread, in short slices, so that cancel() ends every wait at once. Bursts are
// a fifth of a second's worth (at least one question). Thread-safe.

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>

class DnsRateLimiter {
public:
    // 0: no cap of that kind.
    DnsRateLimiter(double maxQps, double maxQpsPerServer);

    // Takes a token from the run's bucket and from `server`'s, waiting for them; false once
    // cancel() was called (the question is then not sent).
    bool acquire(const QString& server);
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled.load(); }
    double maxQps() const { return m_total.rate; }
    double maxQpsPerServer() const { return m_perServerRate; }
    bool isActive() const { return m_total.rate > 0 || m_perServerRate > 0; }
    // Per-server buckets held (for tests): idle ones are dropped once there are maxServerBuckets.
    int serverBuckets() const;
    static constexpr qsizetype maxServerBuckets = 1024;

private:
    struct Bucket {
        double rate = 0;
        double burst = 1;
        double tokens = 0;
        qint64 updatedNs = 0;
        bool started = false;
        // Refills to now; the milliseconds until one token is there (0: there is one).
        qint64 refill(qint64 now);
    };
    void pruneIdle(qint64 now);

    double m_perServerRate;
    Bucket m_total;
    QHash<QString, Bucket> m_servers;
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    std::atomic_bool m_cancelled{false};
};
