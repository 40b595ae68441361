#include "audit/AuditReport.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
// Answers after a delay and counts the questions that reach it.
class SlowResolver : public Resolver {
public:
    explicit SlowResolver(int delayMs)
        : m_delay(delayMs) {}
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        calls.fetch_add(1);
        QThread::msleep(static_cast<unsigned long>(m_delay));
        DnsAnswer a;
        a.name = name;
        a.type = type;
        a.outcome = name.startsWith(u"missing"_s) ? DnsOutcome::NxDomain : DnsOutcome::Answer;
        a.elapsedMs = m_delay;
        return a;
    }
    QString describe() const override { return u"slow"_s; }
    std::atomic_int calls{0};

private:
    int m_delay;
};
// Blocks every question on a gate and records the order in which questions reach it.
class GatedResolver : public Resolver {
public:
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        {
            QMutexLocker lock(&mutex);
            order << name;
            while (!open)
                opened.wait(&mutex);
        }
        DnsAnswer a;
        a.name = name;
        a.type = type;
        a.outcome = DnsOutcome::Answer;
        return a;
    }
    QString describe() const override { return u"gated"_s; }
    void release() {
        QMutexLocker lock(&mutex);
        open = true;
        opened.wakeAll();
    }
    QMutex mutex;
    QWaitCondition opened;
    bool open = false;
    QStringList order;
};
} // namespace

class TestDnsSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void independentQueriesRunInParallel() {
        auto resolver = std::make_shared<SlowResolver>(150);
        DnsSession session(resolver);
        QElapsedTimer t;
        t.start();
        QList<QFuture<DnsAnswer>> futures;
        for (int i = 0; i < 20; ++i)
            futures << session.lookup(u"n%1.test"_s.arg(i), DnsRecordType::TXT);
        for (auto& f : futures)
            QCOMPARE(f.result().outcome, DnsOutcome::Answer);
        // 20 sequential queries would take 3 s; in parallel they take about one delay.
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(session.log()->size(), 20);
    }
    void normalLookupsOvertakeQueuedBackgroundOnes() {
        // One question in flight at a time, so the queue order is visible to the resolver.
        const int before = DnsSession::dnsPool()->maxThreadCount();
        DnsSession::setMaxInFlight(1);
        auto resolver = std::make_shared<GatedResolver>();
        DnsSession session(resolver);
        QList<QFuture<DnsAnswer>> futures;
        futures << session.lookup(u"first.test"_s, DnsRecordType::TXT); // holds the only thread
        QTRY_COMPARE(resolver->order.size(), 1);
        for (int i = 0; i < 3; ++i)
            futures << session.lookup(u"s%1._domainkey.a.test"_s.arg(i), DnsRecordType::TXT,
                                      DnsSession::Priority::Background);
        futures << session.lookup(u"_spf.a.test"_s, DnsRecordType::TXT);
        resolver->release();
        for (auto& f : futures)
            QCOMPARE(f.result().outcome, DnsOutcome::Answer);
        DnsSession::setMaxInFlight(before);
        QCOMPARE(resolver->order.size(), 5);
        QCOMPARE(resolver->order.at(1), u"_spf.a.test"_s);
    }
    void inFlightQuestionsAreAskedOnce() {
        auto resolver = std::make_shared<SlowResolver>(100);
        DnsSession session(resolver);
        QList<QFuture<DnsAnswer>> futures;
        for (int i = 0; i < 10; ++i)
            futures << session.lookup(u"same.test"_s, DnsRecordType::TXT);
        for (auto& f : futures)
            QCOMPARE(f.result().outcome, DnsOutcome::Answer);
        QCOMPARE(resolver->calls.load(), 1);
        // Later askers are served from the cache, and the log says so.
        const DnsAnswer again = session.lookupNow(u"SAME.test."_s, DnsRecordType::TXT);
        QCOMPARE(again.source, DnsSource::Cache);
        QCOMPARE(resolver->calls.load(), 1);
        int network = 0;
        for (const QueryLogEntry& e : session.log()->entries())
            network += e.answer.source == DnsSource::Network ? 1 : 0;
        QCOMPARE(network, 1);
    }
    // Served again from the cache, a zone file's answer is still the zone file's: how the asker got
    // it (source, for the cost of lookups) is not where it was read (origin). Whether an answer is
    // offline data (DANE's "not in the loaded zones", DNSSEC's denial from the zone's own chain,
    // the records' "zone") must not depend on which of two askers came first.
    void cachedAnswersKeepTheirOrigin() {
        const auto zone =
            ZoneResolver::parseZone("$ORIGIN origin.test.\n$TTL 300\n@ IN TXT \"v=spf1 -all\"\n",
                                    u"origin.test"_s, u"origin.test.zone"_s);
        QVERIFY2(zone.has_value(), qPrintable(zone ? QString() : zone.error()));
        DnsSession session(std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*zone}));
        for (const QString& name : {u"origin.test"_s, u"outside.test"_s}) {
            const DnsAnswer first = session.lookupNow(name, DnsRecordType::TXT);
            const DnsAnswer again = session.lookupNow(name, DnsRecordType::TXT);
            QCOMPARE(first.source, DnsSource::ZoneFile);
            QCOMPARE(again.source, DnsSource::Cache);
            QVERIFY(first.fromZoneFile());
            QVERIFY(again.fromZoneFile());
            QCOMPARE(again.outcome, name == u"outside.test"_s ? DnsOutcome::Refused : DnsOutcome::Answer);
        }
        const QList<QueryLogEntry> entries = session.log()->entries();
        QCOMPARE(entries.size(), 4);
        QList<QueryLogEntry> cachedFirst{entries.at(1), entries.at(0)};
        for (const auto& log : {entries, cachedFirst}) {
            const QList<AuditRecord> records = AuditReport::recordsFromQueries(log);
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().source, u"zone"_s);
        }
    }
    void sharedCacheAcrossSessions() {
        auto resolver = std::make_shared<SlowResolver>(10);
        auto cache = std::make_shared<DnsCache>();
        DnsSession a(resolver, cache);
        DnsSession b(resolver, cache);
        a.lookupNow(u"shared.test"_s, DnsRecordType::TXT);
        b.lookupNow(u"shared.test"_s, DnsRecordType::TXT);
        QCOMPARE(resolver->calls.load(), 1);
        QCOMPARE(b.log()->entries().first().answer.source, DnsSource::Cache);
    }
    void invalidNameIsNotAsked() {
        auto resolver = std::make_shared<SlowResolver>(10);
        DnsSession session(resolver);
        const DnsAnswer a = session.lookupNow(QString(64, u'a') + u".test"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::InvalidName);
        QVERIFY(a.error.contains(u"63"_s));
        QCOMPARE(resolver->calls.load(), 0);
    }
    void cancelIsPrompt() {
        auto resolver = std::make_shared<SlowResolver>(2000);
        DnsSession session(resolver);
        QList<QFuture<DnsAnswer>> futures;
        for (int i = 0; i < 5; ++i)
            futures << session.lookup(u"slow%1.test"_s.arg(i), DnsRecordType::TXT);
        QElapsedTimer t;
        t.start();
        session.cancel();
        for (auto& f : futures)
            QCOMPARE(f.result().outcome, DnsOutcome::Cancelled);
        QVERIFY(t.elapsed() < 500);
        QCOMPARE(session.lookupNow(u"later.test"_s, DnsRecordType::TXT).outcome, DnsOutcome::Cancelled);
        // Cancelled answers are not cached for the next audit.
        DnsSession next(resolver, session.cache());
        QCOMPARE(next.lookupNow(u"slow0.test"_s, DnsRecordType::TXT).outcome, DnsOutcome::Answer);
    }
    void failuresAreNotSuccesses() {
        QVERIFY(dnsOutcomeIsFailure(DnsOutcome::Timeout));
        QVERIFY(dnsOutcomeIsFailure(DnsOutcome::ServFail));
        QVERIFY(dnsOutcomeIsFailure(DnsOutcome::NetworkError));
        QVERIFY(!dnsOutcomeIsFailure(DnsOutcome::NxDomain));
        QVERIFY(!dnsOutcomeIsFailure(DnsOutcome::NoData));
        QVERIFY(dnsOutcomeName(DnsOutcome::Timeout) != dnsOutcomeName(DnsOutcome::NetworkError));
    }
};

QTEST_GUILESS_MAIN(TestDnsSession)
#include "test_dnssession.moc"
