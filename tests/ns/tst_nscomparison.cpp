// The per-server comparison (NsComparison) and the whole check (NsCheck) over made-up servers:
// each "server" is a zone held in memory, answered with the AA flag, so that every case (stale
// copy, lame, referral, IPv6 addresses, --connect-to routes) is exact and needs no network.

#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "nscheck/NsCheck.h"
#include "nscheck/NsComparison.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
DnsRecord rec(const QString& name, DnsRecordType type, const QString& rdata) {
    DnsRecord r;
    r.name = name;
    r.type = type;
    r.rdata = rdata;
    if (type == DnsRecordType::NS || type == DnsRecordType::CNAME || type == DnsRecordType::MX)
        r.target = rdata.section(u' ', -1);
    if (type == DnsRecordType::A || type == DnsRecordType::AAAA)
        r.address = rdata;
    return r;
}

NsServer srv(const QString& name, const QString& address) {
    NsServer s;
    s.name = name;
    s.address = address;
    return s;
}

DnsAnswer answer(const QString& name, DnsRecordType type, DnsOutcome outcome, QList<DnsRecord> records = {},
                 bool aa = true) {
    DnsAnswer a;
    a.name = name;
    a.type = type;
    a.outcome = outcome;
    a.records = std::move(records);
    a.authoritativeAnswer = aa;
    return a;
}

// One authoritative server: its zones in memory, answered with AA; REFUSED outside them.
class FakeServer : public Resolver {
public:
    explicit FakeServer(const QList<QByteArray>& zones, QString* asked = nullptr) {
        QList<ZoneResolver::Zone> parsed;
        for (const QByteArray& z : zones) {
            const QString origin =
                QString::fromLatin1(z.mid(z.indexOf("$ORIGIN ") + 8).split('\n').first()).chopped(1);
            auto zone = ZoneResolver::parseZone(z, origin, origin);
            Q_ASSERT(zone);
            parsed << *zone;
        }
        m_zones = std::make_shared<ZoneResolver>(parsed);
        Q_UNUSED(asked)
    }
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        DnsAnswer a = m_zones->resolve(name, type);
        a.source = DnsSource::Network;
        a.authoritativeAnswer = a.outcome != DnsOutcome::Refused;
        return a;
    }
    QString describe() const override { return u"fake"_s; }

private:
    std::shared_ptr<ZoneResolver> m_zones;
};

// A server that never answers, or refuses the connection.
class DeadServer : public Resolver {
public:
    explicit DeadServer(DnsOutcome outcome)
        : m_outcome(outcome) {}
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        return answer(name, type, m_outcome, {}, false);
    }
    QString describe() const override { return u"dead"_s; }

private:
    DnsOutcome m_outcome;
};

// A "recursive resolver" that knows the current copies and the parent, for the zone cut.
const QByteArray Parent = "$ORIGIN example.\n"
                          "@ 300 IN SOA ns.example. h.example. 1 3600 600 86400 300\n"
                          "@ 300 IN NS ns.example.\n"
                          "ns 300 IN A 192.0.2.1\n"
                          "nsa 300 IN A 192.0.2.53\n"
                          "nsa 300 IN AAAA 2001:db8:1::53\n"
                          "nsb 300 IN A 198.51.100.53\n"
                          "nsb 300 IN AAAA 2001:db8:2::53\n"
                          "nsc 300 IN A 203.0.113.53\n"
                          "shop 300 IN NS nsa.example.\n"
                          "shop 300 IN NS nsb.example.\n"
                          "shop 300 IN NS nsc.example.\n";

QByteArray shop(quint32 serial, const QByteArray& spf, const QByteArray& extra = {}) {
    return "$ORIGIN shop.example.\n"
           "@ 300 IN SOA nsa.example. h.shop.example. " +
           QByteArray::number(serial) +
           " 3600 600 86400 300\n"
           "@ 300 IN NS nsa.example.\n"
           "@ 300 IN NS nsb.example.\n"
           "@ 300 IN NS nsc.example.\n"
           "@ 300 IN MX 10 mail.shop.example.\n"
           "@ 300 IN TXT \"" +
           spf + "\"\n" + "_dmarc 300 IN TXT \"v=DMARC1; p=reject\"\n" + extra;
}
} // namespace

class TestNsComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordSetIgnoresOrderAndTtl() {
        DnsAnswer a = answer(u"x.test"_s, DnsRecordType::MX, DnsOutcome::Answer,
                             {rec(u"x.test"_s, DnsRecordType::MX, u"10 MX1.x.test."_s),
                              rec(u"x.test"_s, DnsRecordType::MX, u"20 mx2.x.test."_s)});
        DnsAnswer b = a;
        std::reverse(b.records.begin(), b.records.end());
        b.records[0].ttl = 60;
        QCOMPARE(NsComparison::recordSet(a), NsComparison::recordSet(b));
        QCOMPARE(NsComparison::recordSet(a), (QStringList{u"10 mx1.x.test."_s, u"20 mx2.x.test."_s}));
        // TXT is compared as served: case matters there.
        DnsAnswer t1 = answer(u"x.test"_s, DnsRecordType::TXT, DnsOutcome::Answer,
                              {rec(u"x.test"_s, DnsRecordType::TXT, u"\"v=spf1 -all\""_s)});
        DnsAnswer t2 = t1;
        t2.records[0].rdata = u"\"v=spf1 -ALL\""_s;
        QVERIFY(NsComparison::recordSet(t1) != NsComparison::recordSet(t2));
    }

    void comparableNeedsAuthority() {
        QVERIFY(NsComparison::comparable(answer(u"x.test"_s, DnsRecordType::TXT, DnsOutcome::NxDomain)));
        QVERIFY(!NsComparison::comparable(
            answer(u"x.test"_s, DnsRecordType::TXT, DnsOutcome::NoData, {}, false)));
        QVERIFY(!NsComparison::comparable(answer(u"x.test"_s, DnsRecordType::TXT, DnsOutcome::ServFail)));
        DnsAnswer alias = answer(u"s1._domainkey.x.test"_s, DnsRecordType::TXT, DnsOutcome::Refused);
        alias.cnames << rec(u"s1._domainkey.x.test"_s, DnsRecordType::CNAME, u"s1.provider.test."_s);
        QVERIFY(NsComparison::comparable(alias)); // the alias is what the server holds
        QCOMPARE(NsComparison::recordSet(alias), QStringList{u"CNAME s1.provider.test"_s});
    }

    void lameReasonsAreNamed_data() {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("aa");
        QTest::addColumn<bool>("withSoa");
        QTest::addColumn<QString>("reason");
        QTest::newRow("timeout") << int(DnsOutcome::Timeout) << false << false << u"timeout: no answer"_s;
        QTest::newRow("refused") << int(DnsOutcome::Refused) << false << false << u"REFUSED"_s;
        QTest::newRow("servfail") << int(DnsOutcome::ServFail) << false << false << u"SERVFAIL"_s;
        QTest::newRow("referral") << int(DnsOutcome::NoData) << false << false
                                  << u"not authoritative (AA flag clear)"_s;
        QTest::newRow("aa clear with soa")
            << int(DnsOutcome::Answer) << false << true << u"not authoritative (AA flag clear)"_s;
        QTest::newRow("nxdomain") << int(DnsOutcome::NxDomain) << true << false
                                  << u"answers that x.test does not exist (NXDOMAIN)"_s;
        QTest::newRow("no soa") << int(DnsOutcome::NoData) << true << false
                                << u"answers without the SOA of x.test"_s;
        QTest::newRow("serves") << int(DnsOutcome::Answer) << true << true << QString();
    }
    void lameReasonsAreNamed() {
        QFETCH(int, outcome);
        QFETCH(bool, aa);
        QFETCH(bool, withSoa);
        QFETCH(QString, reason);
        QList<DnsRecord> soa;
        if (withSoa)
            soa << rec(u"x.test"_s, DnsRecordType::SOA,
                       u"ns.x.test. h.x.test. 2026120501 3600 600 86400 300"_s);
        const DnsAnswer a = answer(u"x.test"_s, DnsRecordType::SOA, DnsOutcome(outcome), soa, aa);
        QCOMPARE(NsComparison::lameReason(a, u"x.test"_s), reason);
        if (withSoa)
            QCOMPARE(NsComparison::serial(a, u"x.test"_s), std::optional<quint32>(2026120501));
    }

    void sameNetwork() {
        QVERIFY(NsComparison::sameNetwork({u"192.0.2.1"_s, u"192.0.2.200"_s}));
        QVERIFY(!NsComparison::sameNetwork({u"192.0.2.1"_s, u"198.51.100.1"_s}));
        QVERIFY(!NsComparison::sameNetwork({u"192.0.2.1"_s})); // one address: NS-TOO-FEW's case
        QVERIFY(!NsComparison::sameNetwork({u"192.0.2.1"_s, u"192.0.2.1"_s}));
        QVERIFY(NsComparison::sameNetwork({u"2001:db8:1::1"_s, u"2001:db8:1:ffff::2"_s}));
        QVERIFY(!NsComparison::sameNetwork({u"2001:db8:1::1"_s, u"2001:db8:2::1"_s}));
        // One host with both families, and a second in the same /24 and /48: one network.
        QVERIFY(NsComparison::sameNetwork(
            {u"192.0.2.1"_s, u"2001:db8:1::1"_s, u"192.0.2.2"_s, u"2001:db8:1::2"_s}));
        QVERIFY(!NsComparison::sameNetwork(
            {u"192.0.2.1"_s, u"2001:db8:1::1"_s, u"198.51.100.2"_s, u"2001:db8:1::2"_s}));
    }

    void differencesNameServersAndVersions() {
        NsServer a = srv(u"nsa.example"_s, u"192.0.2.53"_s);
        NsServer b = srv(u"nsb.example"_s, u"198.51.100.53"_s);
        NsServer c = srv(u"nsc.example"_s, u"203.0.113.53"_s);
        c.error = u"REFUSED"_s;
        const QString n = u"shop.example"_s;
        QHash<QString, QList<DnsAnswer>> answers;
        answers[a.address] << answer(n, DnsRecordType::TXT, DnsOutcome::Answer,
                                     {rec(n, DnsRecordType::TXT,
                                          u"\"v=spf1 ip4:192.0.2.10 ip4:192.0.2.20 -all\""_s)})
                           << answer(u"_dmarc."_s + n, DnsRecordType::TXT, DnsOutcome::NoData);
        answers[b.address] << answer(n, DnsRecordType::TXT, DnsOutcome::Answer,
                                     {rec(n, DnsRecordType::TXT, u"\"v=spf1 ip4:192.0.2.10 -all\""_s)})
                           << answer(u"_dmarc."_s + n, DnsRecordType::TXT, DnsOutcome::NxDomain);
        answers[c.address] << answer(n, DnsRecordType::TXT, DnsOutcome::Answer,
                                     {rec(n, DnsRecordType::TXT, u"\"v=spf1 +all\""_s)});
        const QList<NsDifference> diffs = NsComparison::differences(
            {a, b, c}, answers,
            {{n, DnsRecordType::TXT}, {u"_dmarc."_s + n, DnsRecordType::TXT}, {n, DnsRecordType::MX}});
        QCOMPARE(diffs.size(), 2); // TXT, and NODATA vs NXDOMAIN; the lame server is left out
        QCOMPARE(diffs.at(0).values.size(), 2);
        QCOMPARE(diffs.at(0).values.value(b.address), QStringList{u"\"v=spf1 ip4:192.0.2.10 -all\""_s});
        QCOMPARE(diffs.at(1).outcomes.value(a.address), u"nodata"_s);
        QCOMPARE(diffs.at(1).outcomes.value(b.address), u"nxdomain"_s);
        const QJsonObject json = diffs.at(0).toJson();
        QCOMPARE(json.value(u"type"_s).toString(), u"TXT"_s);
        QCOMPARE(json.value(u"values"_s).toObject().value(a.address).toArray().first().toString(),
                 u"\"v=spf1 ip4:192.0.2.10 ip4:192.0.2.20 -all\""_s);
    }

    void findingsFromAResult() {
        NsResult r;
        r.domain = r.zone = u"shop.example"_s;
        r.delegation.parentZone = u"example"_s;
        r.delegation.parentSet = {u"nsa.example"_s, u"nsb.example"_s};
        r.delegation.zoneSet = {u"nsa.example"_s, u"nsb.example"_s};
        NsServer a = srv(u"nsa.example"_s, u"192.0.2.53"_s);
        a.serial = 5;
        NsServer b = srv(u"nsb.example"_s, u"198.51.100.53"_s);
        b.serial = 5;
        r.servers = {a, b};
        QVERIFY(NsComparison::findings(r).isEmpty());

        r.servers[1].serial = 4;
        r.delegation.zoneSet = {u"nsa.example"_s, u"nsb.example"_s, u"nsd.example"_s};
        auto codes = [](const QList<Finding>& list) {
            QStringList out;
            for (const Finding& f : list)
                out << f.code;
            return out;
        };
        QCOMPARE(codes(NsComparison::findings(r)),
                 (QStringList{u"NS-SERIAL-MISMATCH"_s, u"NS-DELEGATION-MISMATCH"_s}));
        const Finding del = NsComparison::findings(r).at(1);
        QVERIFY2(del.detail.contains(u"only in the zone: nsd.example"_s), qPrintable(del.detail));
        QCOMPARE(del.area, u"ns"_s);

        // Every server lame: an error.
        r.servers[0].error = u"timeout: no answer"_s;
        r.servers[1].error = u"REFUSED"_s;
        const QList<Finding> lame = NsComparison::findings(r);
        QCOMPARE(lame.at(0).code, u"NS-LAME"_s);
        QCOMPARE(lame.at(0).severity, Severity::Error);

        // One name, two addresses in one /24: too few is not claimed, the same network is.
        NsResult one;
        one.domain = one.zone = u"tiny.example"_s;
        one.delegation.parentSet = one.delegation.zoneSet = {u"ns.tiny.example"_s};
        one.servers = {srv(u"ns.tiny.example"_s, u"192.0.2.1"_s)};
        QCOMPARE(codes(NsComparison::findings(one)), QStringList{u"NS-TOO-FEW"_s});
        one.delegation.parentSet = one.delegation.zoneSet = {u"ns1.tiny.example"_s, u"ns2.tiny.example"_s};
        one.servers = {srv(u"ns1.tiny.example"_s, u"192.0.2.1"_s),
                       srv(u"ns2.tiny.example"_s, u"192.0.2.1"_s)};
        QCOMPARE(codes(NsComparison::findings(one)), QStringList{u"NS-TOO-FEW"_s}); // one address
        one.servers[1].address = u"192.0.2.2"_s;
        QCOMPARE(codes(NsComparison::findings(one)), QStringList{u"NS-SAME-NETWORK"_s});
    }

    void routeFollowsConnectTo() {
        const auto rule = [](const QString& text) { return *ConnectToRule::parse(text); };
        QCOMPARE(NsCheck::route(u"ns1.x.test"_s, u"192.0.2.1"_s, {})->toString(), u"192.0.2.1:53"_s);
        QCOMPARE(NsCheck::route(u"ns1.x.test"_s, u"192.0.2.1"_s, {rule(u":53::40053"_s)})->toString(),
                 u"192.0.2.1:40053"_s);
        QCOMPARE(NsCheck::route(u"ns1.x.test"_s, u"2001:db8::1"_s, {rule(u":53::40053"_s)})->toString(),
                 u"[2001:db8::1]:40053"_s);
        // By name, then by address; the first matching rule wins; port 443 rules do not apply.
        const QList<ConnectToRule> rules{rule(u"ns2.x.test:53:127.0.0.9:5300"_s),
                                         rule(u"192.0.2.1:53:127.0.0.8:5301"_s), rule(u":443::8443"_s)};
        QCOMPARE(NsCheck::route(u"ns2.x.test"_s, u"192.0.2.1"_s, rules)->toString(), u"127.0.0.9:5300"_s);
        QCOMPARE(NsCheck::route(u"ns1.x.test"_s, u"192.0.2.1"_s, rules)->toString(), u"127.0.0.8:5301"_s);
        QCOMPARE(NsCheck::route(u"ns1.x.test"_s, u"192.0.2.2"_s, rules)->toString(), u"192.0.2.2:53"_s);
        const auto byName =
            NsCheck::route(u"ns1.x.test"_s, u"192.0.2.1"_s, {rule(u":53:elsewhere.test:53"_s)});
        QVERIFY(!byName);
        QVERIFY(byName.error().contains(u"need an address"_s));
    }

    // The whole check over fakes: the parent's referral, three servers (two with IPv6 too), one
    // stale, one lame; each address asked; each question in `queries`.
    void wholeCheckOverFakes() {
        auto recursive =
            std::make_shared<FakeServer>(QList<QByteArray>{Parent, shop(2, "v=spf1 ip4:192.0.2.10 -all")});
        DnsSession session(recursive);
        const QByteArray current =
            shop(2, "v=spf1 ip4:192.0.2.10 -all", "s1._domainkey 300 IN TXT \"v=DKIM1; p=new\"\n");
        const QByteArray stale = shop(1, "v=spf1 ip4:192.0.2.99 -all");
        QStringList asked;
        QMutex mutex;
        NsCheck::ServerResolverFactory factory = [&](const ServerAddress& at) -> std::shared_ptr<Resolver> {
            {
                QMutexLocker lock(&mutex);
                asked << at.toString();
            }
            if (at.host == u"192.0.2.1"_s)
                return std::make_shared<FakeServer>(QList<QByteArray>{Parent});
            if (at.host == u"192.0.2.53"_s || at.host == u"2001:db8:1::53"_s)
                return std::make_shared<FakeServer>(QList<QByteArray>{current});
            if (at.host == u"198.51.100.53"_s || at.host == u"2001:db8:2::53"_s)
                return std::make_shared<FakeServer>(QList<QByteArray>{stale});
            return std::make_shared<DeadServer>(DnsOutcome::Timeout);
        };
        NsCheck check(session, {}, factory);
        check.addQuestion(u"s1._domainkey.shop.example"_s, DnsRecordType::TXT);
        check.addQuestion(u"outside.test"_s, DnsRecordType::TXT); // not in the zone: not asked
        const NsResult r = check.run(u"shop.example"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.zone, u"shop.example"_s);
        QCOMPARE(r.delegation.parentZone, u"example"_s);
        QCOMPARE(r.delegation.parentSet, (QStringList{u"nsa.example"_s, u"nsb.example"_s, u"nsc.example"_s}));
        QCOMPARE(r.servers.size(), 5); // nsa and nsb with IPv4 and IPv6, nsc IPv4 only
        QVERIFY(asked.contains(u"[2001:db8:1::53]:53"_s));
        QVERIFY(asked.contains(u"[2001:db8:2::53]:53"_s));
        QStringList lame;
        for (const NsServer& s : r.servers)
            if (s.lame())
                lame << s.name + u' ' + s.error;
        QCOMPARE(lame, QStringList{u"nsc.example timeout: no answer"_s});
        for (const NsResult::Question& q : r.names)
            QVERIFY(q.name.endsWith(u"shop.example"_s));
        QStringList diffs;
        for (const NsDifference& d : r.differences)
            diffs << d.name + u' ' + dnsRecordTypeName(d.type) + u' ' + QString::number(d.values.size());
        QCOMPARE(diffs, (QStringList{u"shop.example TXT 4"_s, u"s1._domainkey.shop.example TXT 4"_s}));
        const NsDifference& spf = r.differences.first();
        QCOMPARE(spf.values.value(u"2001:db8:2::53"_s), QStringList{u"\"v=spf1 ip4:192.0.2.99 -all\""_s});
        QStringList codes;
        for (const Finding& f : r.findings)
            codes << f.code;
        QCOMPARE(codes, (QStringList{u"NS-LAME"_s, u"NS-SERIAL-MISMATCH"_s, u"NS-RECORD-MISMATCH"_s,
                                     u"NS-RECORD-MISMATCH"_s}));
        // Evidence: one referral question, SOA of every address, then the rest of the lame-free ones.
        const int perServer = 1 + int(r.names.size());
        QCOMPARE(r.queries.size(), 1 + 4 * perServer + 1);
        for (const QJsonValue& q : r.queries) {
            QVERIFY(q.toObject().value(u"direct"_s).toBool());
            QVERIFY(!q.toObject().value(u"rd"_s).toBool());
        }
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"status"_s).toString(), u"checked"_s);
        QCOMPARE(json.value(u"servers"_s).toArray().size(), 5);
    }

    // An audit past its time bound cancels the session: servers not asked are not called lame.
    void cancelledReportsNoLameServers() {
        auto recursive = std::make_shared<FakeServer>(QList<QByteArray>{Parent, shop(2, "v=spf1 -all")});
        DnsSession session(recursive);
        NsCheck check(session, {}, [&](const ServerAddress& at) -> std::shared_ptr<Resolver> {
            if (at.host == u"192.0.2.1"_s)
                return std::make_shared<FakeServer>(QList<QByteArray>{Parent});
            session.cancel();
            return std::make_shared<DeadServer>(DnsOutcome::Timeout);
        });
        const NsResult r = check.run(u"shop.example"_s);
        QVERIFY2(r.error.contains(u"cancelled"_s), qPrintable(r.error));
        QVERIFY(r.findings.isEmpty());
        QVERIFY(r.toJson().value(u"status"_s).toString().startsWith(u"failed: "_s));
    }

    void offlineAndZoneFilesAskNobody() {
        auto zones = std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{
            *ZoneResolver::parseZone(shop(1, "v=spf1 -all"), u"shop.example"_s, u"shop.zone"_s)});
        DnsSession session(zones);
        QCOMPARE(NsCheck::notCheckedReason(session, u"shop.example"_s, true), u"offline"_s);
        QCOMPARE(NsCheck::notCheckedReason(session, u"shop.example"_s, false), u"zone file"_s);
        QCOMPARE(NsCheck::notCheckedReason(session, u"other.example"_s, false), QString());
        const QJsonObject json = NsResult::notCheckedBecause(u"shop.example"_s, u"offline"_s).toJson();
        QCOMPARE(json.value(u"status"_s).toString(), u"not checked: offline"_s);
        QCOMPARE(json.value(u"checked"_s).toBool(), false);
        QVERIFY(json.value(u"servers"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNsComparison)
#include "tst_nscomparison.moc"
