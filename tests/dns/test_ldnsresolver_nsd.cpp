#include "TestSupport.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "dns/ZoneResolver.h"

#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

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

private Q_SLOTS:
    void initTestCase() {
        m_port = TestSupport::nsdPort();
        QVERIFY2(m_port != 0, "the NSD fixture did not start (MAILSIGHT_NSD_PORT_FILE)");
    }
    // Each case runs against NSD and against the same zone file through ZoneResolver.
    void cases_data() {
        QTest::addColumn<bool>("viaNsd");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("firstText");
        for (bool viaNsd : {true, false}) {
            const char* via = viaNsd ? "nsd" : "zone";
#define row(tag) QTest::addRow("%s %s", via, tag)
            row("answer") << viaNsd << u"dns.test"_s << u"TXT"_s << u"answer"_s << 1
                          << u"v=spf1 ip4:192.0.2.0/24 -all"_s;
            row("nodata") << viaNsd << u"dns.test"_s << u"SPF"_s << u"nodata"_s << 0 << QString();
            row("nxdomain") << viaNsd << u"nope.dns.test"_s << u"TXT"_s << u"nxdomain"_s << 0 << QString();
            row("cname") << viaNsd << u"alias.dns.test"_s << u"TXT"_s << u"answer"_s << 1 << u"the target"_s;
            row("cname chain") << viaNsd << u"chain1.dns.test"_s << u"TXT"_s << u"answer"_s << 1
                               << u"the target"_s;
            row("dangling cname") << viaNsd << u"dangling.dns.test"_s << u"A"_s << u"nxdomain"_s << 0
                                  << QString();
            row("multi-string") << viaNsd << u"multi.dns.test"_s << u"TXT"_s << u"answer"_s << 1
                                << u"v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/24 -all"_s;
            row("wildcard") << viaNsd << u"any.wild.dns.test"_s << u"TXT"_s << u"answer"_s << 1
                            << u"wildcard answer"_s;
            row("empty non-terminal")
                << viaNsd << u"b.ent.dns.test"_s << u"TXT"_s << u"nodata"_s << 0 << QString();
            row("mx") << viaNsd << u"dns.test"_s << u"MX"_s << u"answer"_s << 2 << QString();
            row("aaaa") << viaNsd << u"dns.test"_s << u"AAAA"_s << u"answer"_s << 1 << QString();
            row("ptr") << viaNsd << u"ptr.dns.test"_s << u"PTR"_s << u"answer"_s << 1 << QString();
            row("tlsa") << viaNsd << u"_25._tcp.mx1.dns.test"_s << u"TLSA"_s << u"answer"_s << 1 << QString();
#undef row
        }
    }
    void cases() {
        QFETCH(bool, viaNsd);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, outcome);
        QFETCH(int, records);
        QFETCH(QString, firstText);
        auto resolver = viaNsd ? nsd() : zoneFile();
        const DnsAnswer a = resolver->resolve(name, *dnsRecordTypeFromName(type));
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
    void largeTxtForcesTcp() {
        const DnsAnswer a = nsd()->resolve(u"big.dns.test"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::Answer);
        QVERIFY(a.truncated);
        QVERIFY(a.overTcp);
        QCOMPARE(a.records.size(), 1);
        QCOMPARE(a.records.first().strings.size(), 8);
        QVERIFY(a.records.first().joined().size() > 1232);
    }
    void refusedForUnservedZone() {
        const DnsAnswer a = nsd()->resolve(u"example.org"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::Refused);
    }
    void timeoutFromSilentServer() {
        TestSupport::SilentUdpServer silent;
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, silent.port()}};
        o.timeoutMs = 300;
        o.retries = 1;
        QElapsedTimer t;
        t.start();
        const DnsAnswer a = LdnsResolver(o).resolve(u"dns.test"_s, DnsRecordType::TXT);
        QCOMPARE(dnsOutcomeName(a.outcome), u"timeout"_s);
        QVERIFY(t.elapsed() >= 550); // two attempts of 300 ms
        QVERIFY(a.error.contains(u"did not answer"_s));
    }
    void networkErrorFromClosedPort() {
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, TestSupport::closedUdpPort()}};
        o.timeoutMs = 2000;
        QElapsedTimer t;
        t.start();
        const DnsAnswer a = LdnsResolver(o).resolve(u"dns.test"_s, DnsRecordType::TXT);
        QCOMPARE(dnsOutcomeName(a.outcome), u"network-error"_s);
        QVERIFY(t.elapsed() < 1000); // refused at once, not after the timeout
        QVERIFY(a.error.contains(u"refused"_s));
    }
    void secondServerAfterFailure() {
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, TestSupport::closedUdpPort()},
                     ServerAddress{u"127.0.0.1"_s, m_port}};
        const DnsAnswer a = LdnsResolver(o).resolve(u"dns.test"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::Answer);
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
