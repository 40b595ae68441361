// DnsRateLimiter's per-server buckets: a batch meets a new authoritative server with almost
// every domain, so the table must not keep one bucket per server the list ever named (issue 20:
// memory independent of the list's length). Idle buckets (full again, the same as a new one) are
// dropped once there are maxServerBuckets; buckets still refilling are kept, so the cap holds.
#include "dns/DnsRateLimiter.h"

#include <QTest>
#include <QThread>

class TestDnsRateLimiter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idleServerBucketsAreDropped() {
        // One question every two seconds per server: a burst of one, refilled in 2 s.
        DnsRateLimiter limiter(0, 0.5);
        const int many = int(DnsRateLimiter::maxServerBuckets);
        for (int i = 0; i < many; ++i)
            QVERIFY(limiter.acquire(QStringLiteral("192.0.2.%1:%2").arg(i % 250).arg(53 + i / 250)));
        QCOMPARE(limiter.serverBuckets(), many);
        // Every bucket just spent its token: none is idle, none is dropped.
        QVERIFY(limiter.acquire(QStringLiteral("198.51.100.1:53")));
        QCOMPARE(limiter.serverBuckets(), many + 1);
        // Once they are full again, the next new server drops them all.
        QThread::msleep(2200);
        QVERIFY(limiter.acquire(QStringLiteral("198.51.100.2:53")));
        QCOMPARE(limiter.serverBuckets(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDnsRateLimiter)
#include "test_dnsratelimiter.moc"
