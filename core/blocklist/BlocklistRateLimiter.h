#pragma once
// A token bucket per list: at most `rate` queries a second to one list, with bursts of up to
// `burst` queries, shared by every domain of a batch audit (lists ban resolvers that ask too fast).
// acquire() waits on the calling thread (a check thread, never the DNS pool) in short slices so that
// a cancelled audit stops waiting at once. Thread-safe.

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>

class BlocklistRateLimiter {
public:
    static constexpr double defaultRate = 10.0; // queries a second per list
    explicit BlocklistRateLimiter(double rate = defaultRate, int burst = 10);

    // Takes one token from `zone`'s bucket, waiting for it; false when `cancelled` said stop first.
    bool acquire(const QString& zone, const std::function<bool()>& cancelled = {});
    double rate() const { return m_rate; }
    int burst() const { return m_burst; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedNs = 0;
    };
    const double m_rate;
    const int m_burst;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};
