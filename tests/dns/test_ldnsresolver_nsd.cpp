#include "TestSupport.h"
#include "dns/DnsSession.h"
#include "dns/DnsUdpExchanger.h"
#include "dns/LdnsResolver.h"
#include "dns/ZoneResolver.h"

#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>

#include <future>

using namespace Qt::StringLiterals;

namespace {
// resolve() or the asynchronous path (DnsUdpExchanger), waited for: both must answer alike.
DnsAnswer ask(Resolver& resolver, const QString& name, DnsRecordType type, bool async,
              bool background = false) {
    if (!async)
        return resolver.resolve(name, type);
    auto promise = std::make_shared<std::promise<DnsAnswer>>();
    auto future = promise->get_future();
    auto calls = std::make_shared<std::atomic_int>(0);
    if (!resolver.resolveAsync(name, type, background, [promise, calls](DnsAnswer a) {
            if (calls->fetch_add(1) == 0)
                promise->set_value(std::move(a));
        }))
        qFatal("no asynchronous path");
    DnsAnswer a = future.get();
    QTest::qWait(20);
    if (calls->load() != 1)
        qFatal("the callback ran %d times", calls->load());
    return a;
}
} // namespace

class TestLdnsResolverNsd : public QObject {
    Q_OBJECT
private:
    quint16 m_port = 0;
    std::shared_ptr<Resolver> nsd(int timeoutMs = 2000) {
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, m_port}};
        o.timeoutMs = timeoutMs;
        return std::make_shared<LdnsResolver>(o);
    }
    std::shared_ptr<Resolver> zoneFile() {
        auto z = ZoneResolver::load({TestSupport::sourceDir() + u"/tests/zones/dns.test.zone"_s});
        if (!z)
            qFatal("%s", qPrintable(z.error()));
        return *z;
    }

    static void modes() {
        QTest::addColumn<bool>("async");
        QTest::newRow("resolve") << false;
        QTest::newRow("async") << true;
    }

private Q_SLOTS:
    void initTestCase() {
        m_port = TestSupport::nsdPort();
        QVERIFY2(m_port != 0, "the NSD fixture did not start (MAILSIGHT_NSD_PORT_FILE)");
    }
    // Each case runs against NSD and against the same zone file through ZoneResolver.
    void cases_data() {
        QTest::addColumn<bool>("viaNsd");
        QTest::addColumn<bool>("async");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("firstText");
        for (int mode = 0; mode < 3; ++mode) {
            const bool viaNsd = mode < 2;
            const bool async = mode == 1;
            const char* via = mode == 0 ? "nsd" : mode == 1 ? "nsd async" : "zone";
#define row(tag) QTest::addRow("%s %s", via, tag) << viaNsd << async
            row("answer") << u"dns.test"_s << u"TXT"_s << u"answer"_s << 1
                          << u"v=spf1 ip4:192.0.2.0/24 -all"_s;
            row("nodata") << u"dns.test"_s << u"SPF"_s << u"nodata"_s << 0 << QString();
            row("nxdomain") << u"nope.dns.test"_s << u"TXT"_s << u"nxdomain"_s << 0 << QString();
            row("cname") << u"alias.dns.test"_s << u"TXT"_s << u"answer"_s << 1 << u"the target"_s;
            row("cname chain") << u"chain1.dns.test"_s << u"TXT"_s << u"answer"_s << 1 << u"the target"_s;
            row("dangling cname") << u"dangling.dns.test"_s << u"A"_s << u"nxdomain"_s << 0 << QString();
            row("multi-string") << u"multi.dns.test"_s << u"TXT"_s << u"answer"_s << 1
                                << u"v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/24 -all"_s;
            row("wildcard") << u"any.wild.dns.test"_s << u"TXT"_s << u"answer"_s << 1 << u"wildcard answer"_s;
            row("empty non-terminal") << u"b.ent.dns.test"_s << u"TXT"_s << u"nodata"_s << 0 << QString();
            row("mx") << u"dns.test"_s << u"MX"_s << u"answer"_s << 2 << QString();
            row("aaaa") << u"dns.test"_s << u"AAAA"_s << u"answer"_s << 1 << QString();
            row("ptr") << u"ptr.dns.test"_s << u"PTR"_s << u"answer"_s << 1 << QString();
            row("tlsa") << u"_25._tcp.mx1.dns.test"_s << u"TLSA"_s << u"answer"_s << 1 << QString();
#undef row
        }
    }
    void cases() {
        QFETCH(bool, viaNsd);
        QFETCH(bool, async);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, outcome);
        QFETCH(int, records);
        QFETCH(QString, firstText);
        auto resolver = viaNsd ? nsd() : zoneFile();
        const DnsAnswer a = ask(*resolver, name, *dnsRecordTypeFromName(type), async);
        QCOMPARE(dnsOutcomeName(a.outcome), outcome);
        QCOMPARE(a.records.size(), records);
        if (!firstText.isEmpty())
            QCOMPARE(a.records.first().text(), firstText);
        QCOMPARE(a.source, viaNsd ? DnsSource::Network : DnsSource::ZoneFile);
    }
    void recordFields() {
        for (auto resolver : {nsd(), zoneFile()}) {
            const DnsAnswer mx = resolver->resolve(u"dns.test"_s, DnsRecordType::MX);
            QCOMPARE(mx.records.size(), 2);
            QSet<QString> targets;
            for (const DnsRecord& r : mx.records)
                targets << u"%1 %2"_s.arg(r.preference).arg(r.target);
            QCOMPARE(targets, (QSet<QString>{u"10 mx1.dns.test"_s, u"20 mx2.dns.test"_s}));
            const DnsAnswer multi = resolver->resolve(u"multi.dns.test"_s, DnsRecordType::TXT);
            QCOMPARE(multi.records.first().strings.size(), 3);
            const DnsAnswer aaaa = resolver->resolve(u"dns.test"_s, DnsRecordType::AAAA);
            QCOMPARE(aaaa.records.first().address, u"2001:db8::10"_s);
            const DnsAnswer alias = resolver->resolve(u"alias.dns.test"_s, DnsRecordType::TXT);
            QCOMPARE(alias.cnames.first().target, u"target.dns.test"_s);
            QCOMPARE(alias.finalName(), u"target.dns.test"_s);
        }
    }
    void largeTxtForcesTcp_data() {
        modes();
    }
    void largeTxtForcesTcp() {
        QFETCH(bool, async);
        const DnsAnswer a = ask(*nsd(), u"big.dns.test"_s, DnsRecordType::TXT, async);
        QCOMPARE(a.outcome, DnsOutcome::Answer);
        QVERIFY(a.truncated);
        QVERIFY(a.overTcp);
        QCOMPARE(a.records.size(), 1);
        QCOMPARE(a.records.first().strings.size(), 8);
        QVERIFY(a.records.first().joined().size() > 1232);
    }
    void refusedForUnservedZone_data() {
        modes();
    }
    void refusedForUnservedZone() {
        QFETCH(bool, async);
        const DnsAnswer a = ask(*nsd(), u"example.org"_s, DnsRecordType::TXT, async);
        QCOMPARE(a.outcome, DnsOutcome::Refused);
    }
    void timeoutFromSilentServer_data() {
        modes();
    }
    void timeoutFromSilentServer() {
        QFETCH(bool, async);
        TestSupport::SilentUdpServer silent;
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, silent.port()}};
        o.timeoutMs = 300;
        o.retries = 1;
        QElapsedTimer t;
        t.start();
        LdnsResolver resolver(o);
        const DnsAnswer a = ask(resolver, u"dns.test"_s, DnsRecordType::TXT, async);
        QCOMPARE(dnsOutcomeName(a.outcome), u"timeout"_s);
        QVERIFY(t.elapsed() >= 550); // two attempts of 300 ms
        QVERIFY(a.error.contains(u"did not answer"_s));
    }
    void networkErrorFromClosedPort_data() {
        modes();
    }
    void networkErrorFromClosedPort() {
        QFETCH(bool, async);
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, TestSupport::closedUdpPort()}};
        o.timeoutMs = 2000;
        QElapsedTimer t;
        t.start();
        LdnsResolver resolver(o);
        const DnsAnswer a = ask(resolver, u"dns.test"_s, DnsRecordType::TXT, async);
        QCOMPARE(dnsOutcomeName(a.outcome), u"network-error"_s);
        QVERIFY(t.elapsed() < 1000); // refused at once, not after the timeout
        QVERIFY(a.error.contains(u"refused"_s));
    }
    void secondServerAfterFailure_data() {
        modes();
    }
    void secondServerAfterFailure() {
        QFETCH(bool, async);
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, TestSupport::closedUdpPort()},
                     ServerAddress{u"127.0.0.1"_s, m_port}};
        LdnsResolver resolver(o);
        const DnsAnswer a = ask(resolver, u"dns.test"_s, DnsRecordType::TXT, async);
        QCOMPARE(a.outcome, DnsOutcome::Answer);
        QCOMPARE(a.server, u"127.0.0.1:%1"_s.arg(m_port));
    }
    void invalidNameAnsweredAtOnce_data() {
        modes();
    }
    void invalidNameAnsweredAtOnce() {
        QFETCH(bool, async);
        const DnsAnswer a = ask(*nsd(), QString(64, u'a') + u".dns.test"_s, DnsRecordType::TXT, async);
        QCOMPARE(a.outcome, DnsOutcome::InvalidName);
        QVERIFY(a.error.contains(u"not a valid DNS name"_s));
    }
    // Past the in-flight limit questions wait, Normal ones before Background ones.
    void exchangerQueuesNormalBeforeBackground() {
        DnsUdpExchanger& x = DnsUdpExchanger::instance();
        const int before = x.maxInFlight();
        x.setMaxInFlight(1);
        TestSupport::SilentUdpServer silent;
        LdnsResolverOptions so;
        so.servers = {ServerAddress{u"127.0.0.1"_s, silent.port()}};
        so.timeoutMs = 300;
        so.retries = 0;
        LdnsResolver slow(so);
        auto fast = nsd();
        QMutex mutex;
        QStringList order;
        std::atomic_int answered = 0;
        auto note = [&](const QString& tag) {
            return [&mutex, &order, &answered, tag](DnsAnswer) {
                QMutexLocker lock(&mutex);
                order << tag;
                ++answered;
            };
        };
        QVERIFY(slow.resolveAsync(u"dns.test"_s, DnsRecordType::TXT, false, note(u"silent"_s)));
        QTest::qWait(50); // the silent question holds the only slot
        QVERIFY(fast->resolveAsync(u"dns.test"_s, DnsRecordType::MX, true, note(u"background"_s)));
        QVERIFY(fast->resolveAsync(u"dns.test"_s, DnsRecordType::TXT, false, note(u"normal"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(answered.load(), 3, 5000);
        x.setMaxInFlight(before);
        QCOMPARE(order, (QStringList{u"silent"_s, u"normal"_s, u"background"_s}));
    }
    // A session over the network resolver asks through the exchanger: many at once, one thread.
    void sessionManyQuestionsAtOnce() {
        DnsSession session(nsd());
        QList<QFuture<DnsAnswer>> futures;
        for (int i = 0; i < 300; ++i)
            futures << session.lookup(u"n%1.dns.test"_s.arg(i), DnsRecordType::TXT,
                                      i % 2 ? DnsSession::Priority::Background
                                            : DnsSession::Priority::Normal);
        futures << session.lookup(u"dns.test"_s, DnsRecordType::TXT);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(futures[i].result().outcome, DnsOutcome::NxDomain);
        QCOMPARE(futures.last().result().outcome, DnsOutcome::Answer);
        QCOMPARE(session.log()->size(), 301);
    }
    void overlayOverNsd() {
        // A staged copy of dns.test with a changed record, over live NSD.
        auto staged = ZoneResolver::parseZone(
            "$ORIGIN dns.test.\n@ 300 IN SOA a b 2 2 3 4 5\n@ 300 IN TXT \"v=spf1 -all\"\n", u"dns.test"_s,
            u"staged.zone"_s);
        QVERIFY(staged.has_value());
        auto overlay = std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*staged}, nsd());
        overlay->setStaged(true);
        DnsSession session(overlay);
        const DnsAnswer inside = session.lookupNow(u"dns.test"_s, DnsRecordType::TXT);
        QCOMPARE(inside.records.first().text(), u"v=spf1 -all"_s);
        QVERIFY(inside.staged);
        const DnsAnswer outside = session.lookupNow(u"example.org"_s, DnsRecordType::TXT);
        QCOMPARE(outside.outcome, DnsOutcome::Refused);
        QCOMPARE(outside.source, DnsSource::Network);
        QVERIFY(!outside.staged);
    }
    void systemServersFromResolvConf() {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("# test\nnameserver 192.0.2.53\nnameserver 2001:db8::53\nsearch example.com\n");
        f.flush();
        const auto servers = LdnsResolver::systemServers(f.fileName());
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers[0].toString(), u"192.0.2.53:53"_s);
        QCOMPARE(servers[1].toString(), u"[2001:db8::53]:53"_s);
    }
    void serverAddressParsing() {
        QCOMPARE(ServerAddress::parse(u"127.0.0.1:5353"_s)->port, 5353);
        QCOMPARE(ServerAddress::parse(u"[::1]:5353"_s)->host, u"::1"_s);
        QCOMPARE(ServerAddress::parse(u"::1"_s)->port, 53);
        QVERIFY(!ServerAddress::parse(u"dns.example:53"_s).has_value());
        QVERIFY(!ServerAddress::parse(u"127.0.0.1:99999"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLdnsResolverNsd)
#include "test_ldnsresolver_nsd.moc"
