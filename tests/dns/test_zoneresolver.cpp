#include "dns/ZoneResolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kZone = R"($ORIGIN zr.test.
$TTL 300
@        IN SOA ns.zr.test. h.zr.test. 1 3600 600 86400 300
@        IN TXT "v=spf1 -all"
multi    IN TXT "part one " "part two"
alias    IN CNAME target.zr.test.
target   IN TXT "target text"
chain    IN CNAME alias.zr.test.
out      IN CNAME elsewhere.example.
*.wild   IN TXT "wild"
real.wild IN A 192.0.2.1
a.b.ent  IN TXT "deep"
@        IN MX 10 mx.zr.test.
mx       IN A 192.0.2.25
)";

// Counts questions that reach it; answers every name with one A record.
class CountingResolver : public Resolver {
public:
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        ++calls;
        DnsAnswer a;
        a.name = name;
        a.type = type;
        a.outcome = DnsOutcome::Answer;
        DnsRecord r;
        r.name = name;
        r.type = type;
        r.address = u"198.51.100.1"_s;
        r.rdata = r.address;
        a.records << r;
        return a;
    }
    QString describe() const override { return u"counting"_s; }
    int calls = 0;
};
} // namespace

class TestZoneResolver : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<ZoneResolver> make(std::shared_ptr<Resolver> fallback = {}) {
        auto zone = ZoneResolver::parseZone(kZone, u"zr.test"_s, u"inline"_s);
        if (!zone)
            qFatal("%s", qPrintable(zone.error()));
        return std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*zone}, fallback);
    }

private Q_SLOTS:
    // A record that leaves its owner out before any record names one is refused with its line (as
    // BIND's named-checkzone does; ldns would give it the origin); after a named owner a blank owner
    // repeats it, also in a record's parentheses.
    void ownerlessRecordRefused() {
        const auto bad = ZoneResolver::parseZone(
            "; comment\n$TTL 300\n SOA 1 e 2 3 0 0 0\n SOA 1 3 0 6 3 0 0\n", u"fuzz.test"_s, u"inline"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().startsWith(u"inline:3: a record without an owner name"_s),
                 qPrintable(bad.error()));
        const auto good = ZoneResolver::parseZone("$ORIGIN ok.test.\n@ 300 IN SOA a b (\n  1 2 3\n  4 5 )\n"
                                                  "    300 IN TXT \"v=spf1 -all\"\n",
                                                  u"ok.test"_s, u"inline"_s);
        QVERIFY2(good.has_value(), good ? "" : qPrintable(good.error()));
        ZoneResolver resolver(QList<ZoneResolver::Zone>{*good});
        QCOMPARE(resolver.resolve(u"ok.test"_s, DnsRecordType::TXT).outcome, DnsOutcome::Answer);
    }

    // A second SOA is refused with its line, whatever follows it: ldns 1.8.3 frees it and then
    // reads it as the previous record of the next one without a TTL (a use after free found by
    // fuzz_zonefile). A record's own TTL, $TTL and $ORIGIN do not change which line is named.
    void secondSoaRefused_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("fuzzer's input")
            << QByteArray("$ SOA n H 1 0 9 0 3\n@ SOA 0 6 8 3 9 6 0\n SOA s s 1 0 0 8 3\n")
            << u"inline:2: a second SOA record"_s;
        QTest::newRow("at the end") << QByteArray("@ 300 IN SOA a b 1 2 3 4 5\nwww 300 IN A 192.0.2.1\n"
                                                  "@ 300 IN SOA a b 2 2 3 4 5\n")
                                    << u"inline:3: a second SOA record"_s;
        QTest::newRow("other origin") << QByteArray("$TTL 60\n@ SOA a b 1 2 3 4 5\n$ORIGIN sub.ok.test.\n"
                                                    "; a comment\n\n@ SOA a b ( 1 2\n 3 4 5 )\n TXT x\n")
                                      << u"inline:7: a second SOA record"_s;
    }
    void secondSoaRefused() {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto zone = ZoneResolver::parseZone(text, u"ok.test"_s, u"inline"_s);
        QVERIFY(!zone);
        QVERIFY2(zone.error().startsWith(error), qPrintable(zone.error()));
        const QByteArray one = "@ 300 IN SOA a b 1 2 3 4 5\n TXT x\n TXT y\nwww A 192.0.2.1\n";
        QVERIFY(ZoneResolver::parseZone(one, u"ok.test"_s, u"inline"_s).has_value());
    }

    void signaturesFromASignedZone() {
        // A signed zone file's RRSIG over the asked type comes with the answer; the others do not.
        auto zone = ZoneResolver::parseZone("$ORIGIN sig.test.\n@ 300 IN SOA a b 1 2 3 4 5\n"
                                            "@ 300 IN TXT \"v=spf1 -all\"\n"
                                            "@ 300 IN RRSIG TXT 13 2 300 20270101000000 20261201000000 "
                                            "12345 sig.test. AAAA\n"
                                            "@ 300 IN RRSIG SOA 13 2 300 20270101000000 20261201000000 "
                                            "12345 sig.test. AAAA\n",
                                            u"sig.test"_s, u"inline"_s);
        QVERIFY2(zone.has_value(), zone ? "" : qPrintable(zone.error()));
        ZoneResolver resolver(QList<ZoneResolver::Zone>{*zone});
        const DnsAnswer a = resolver.resolve(u"sig.test"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::Answer);
        QCOMPARE(a.signatures.size(), 1);
        QVERIFY(a.signatures.first().rdata.startsWith(u"TXT 13 2 300"_s));
        QVERIFY(resolver.resolve(u"sig.test"_s, DnsRecordType::A).signatures.isEmpty());
    }

    void outcomes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("cnames");
        QTest::newRow("answer") << u"zr.test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::Answer) << 1
                                << 0;
        QTest::newRow("nodata") << u"zr.test"_s << int(DnsRecordType::AAAA) << int(DnsOutcome::NoData) << 0
                                << 0;
        QTest::newRow("nxdomain") << u"none.zr.test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::NxDomain)
                                  << 0 << 0;
        QTest::newRow("cname") << u"alias.zr.test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::Answer)
                               << 1 << 1;
        QTest::newRow("cname chain") << u"chain.zr.test"_s << int(DnsRecordType::TXT)
                                     << int(DnsOutcome::Answer) << 1 << 2;
        QTest::newRow("cname itself")
            << u"alias.zr.test"_s << int(DnsRecordType::CNAME) << int(DnsOutcome::Answer) << 1 << 0;
        QTest::newRow("wildcard") << u"x.wild.zr.test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::Answer)
                                  << 1 << 0;
        QTest::newRow("wildcard deeper")
            << u"y.x.wild.zr.test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::Answer) << 1 << 0;
        QTest::newRow("wildcard blocked by existing name")
            << u"real.wild.zr.test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::NoData) << 0 << 0;
        QTest::newRow("wildcard owner nodata")
            << u"x.wild.zr.test"_s << int(DnsRecordType::A) << int(DnsOutcome::NoData) << 0 << 0;
        QTest::newRow("empty non-terminal")
            << u"b.ent.zr.test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::NoData) << 0 << 0;
        QTest::newRow("case") << u"ALIAS.Zr.Test"_s << int(DnsRecordType::TXT) << int(DnsOutcome::Answer) << 1
                              << 1;
        QTest::newRow("outside offline")
            << u"example.org"_s << int(DnsRecordType::TXT) << int(DnsOutcome::Refused) << 0 << 0;
        QTest::newRow("cname out of zone offline")
            << u"out.zr.test"_s << int(DnsRecordType::A) << int(DnsOutcome::Refused) << 0 << 1;
    }
    void outcomes() {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(int, outcome);
        QFETCH(int, records);
        QFETCH(int, cnames);
        const DnsAnswer a = make()->resolve(name, static_cast<DnsRecordType>(type));
        QCOMPARE(dnsOutcomeName(a.outcome), dnsOutcomeName(static_cast<DnsOutcome>(outcome)));
        QCOMPARE(a.records.size(), records);
        QCOMPARE(a.cnames.size(), cnames);
        QCOMPARE(a.source, DnsSource::ZoneFile);
    }
    void multiStringTxtKeepsSplit() {
        const DnsAnswer a = make()->resolve(u"multi.zr.test"_s, DnsRecordType::TXT);
        QCOMPARE(a.records.size(), 1);
        QCOMPARE(a.records[0].strings.size(), 2);
        QCOMPARE(a.records[0].text(), u"part one part two"_s);
    }
    void wildcardAnswerCarriesQueriedName() {
        const DnsAnswer a = make()->resolve(u"x.wild.zr.test"_s, DnsRecordType::TXT);
        QCOMPARE(a.records[0].name, u"x.wild.zr.test"_s);
    }
    void overlayPassesOutsideNamesOn() {
        auto lower = std::make_shared<CountingResolver>();
        auto overlay = make(lower);
        overlay->setStaged(true);
        const DnsAnswer inside = overlay->resolve(u"zr.test"_s, DnsRecordType::TXT);
        QCOMPARE(lower->calls, 0);
        QVERIFY(inside.staged);
        const DnsAnswer outside = overlay->resolve(u"example.org"_s, DnsRecordType::A);
        QCOMPARE(lower->calls, 1);
        QCOMPARE(outside.outcome, DnsOutcome::Answer);
        QVERIFY(!outside.staged);
        const DnsAnswer viaCname = overlay->resolve(u"out.zr.test"_s, DnsRecordType::A);
        QCOMPARE(lower->calls, 2);
        QCOMPARE(viaCname.outcome, DnsOutcome::Answer);
        QCOMPARE(viaCname.cnames.size(), 1);
    }
    void rootZoneMakesEverythingElseNxdomain() {
        auto root = ZoneResolver::parseZone(". 300 IN SOA a.root. b.root. 1 2 3 4 5\n", QString(), u"root"_s);
        QVERIFY2(root.has_value(), root ? "" : qPrintable(root.error()));
        auto zr = ZoneResolver::parseZone(kZone, u"zr.test"_s, u"inline"_s);
        ZoneResolver r({*root, *zr});
        QCOMPARE(r.resolve(u"example.org"_s, DnsRecordType::TXT).outcome, DnsOutcome::NxDomain);
        QCOMPARE(r.resolve(u"zr.test"_s, DnsRecordType::TXT).outcome, DnsOutcome::Answer);
    }
    void badZoneNamesFileAndLine() {
        const auto z =
            ZoneResolver::parseZone("$ORIGIN bad.test.\n@ IN SOA a b 1 2 3 4 5\nx IN A not-an-address\n",
                                    u"bad.test"_s, u"bad.zone"_s);
        QVERIFY(!z.has_value());
        QVERIFY2(z.error().startsWith(u"bad.zone:3"_s), qPrintable(z.error()));
    }
    void missingFileIsAnError() {
        const auto r = ZoneResolver::load({u"/nonexistent/x.zone"_s});
        QVERIFY(!r.has_value());
        QVERIFY(r.error().contains(u"/nonexistent/x.zone"_s));
    }
};

QTEST_APPLESS_MAIN(TestZoneResolver)
#include "test_zoneresolver.moc"
