// The drift engine without DNS: RRset comparison rules (names case-insensitive and without the
// trailing dot, TXT joined, TTL ignored), the three kinds of drift, unanswered questions, and the
// sources (zone text, Terraform state; a plan refused).

#include "monitor/ZoneDriftChecker.h"
#include "monitor/ZoneDriftReport.h"
#include "monitor/ZoneDriftSource.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<DnsRecord> zone(const QByteArray& text) {
    auto source = ZoneDriftSource::fromZoneText(text, u"example.com"_s, u"test"_s);
    return source ? source->records : QList<DnsRecord>{};
}

ZoneDriftReport::LiveRRset live(const QByteArray& text) {
    return {zone(text), true, {}};
}

QStringList kinds(const ZoneDriftReport& r) {
    QStringList out;
    for (const ZoneDriftEntry& e : r.entries())
        out << ZoneDriftEntry::kindName(e.kind) + QLatin1Char(' ') + e.name + QLatin1Char(' ') + e.type;
    return out;
}

} // namespace

class TestZoneDrift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void equalDespiteSpelling() {
        const QList<DnsRecord> source = zone("WWW.Example.COM. 300 IN A 192.0.2.1\n"
                                             "example.com. 300 IN TXT \"v=spf1 \" \"-all\"\n"
                                             "example.com. 300 IN MX 10 MAIL.example.com.\n");
        QMap<ZoneDriftReport::Key, ZoneDriftReport::LiveRRset> l;
        l.insert(ZoneDriftReport::keyOf(u"www.example.com."_s, u"A"_s), live("www 3600 IN A 192.0.2.1"));
        l.insert(ZoneDriftReport::keyOf(u"example.com"_s, u"TXT"_s), live("@ 60 IN TXT \"v=spf1 -all\""));
        l.insert(ZoneDriftReport::keyOf(u"example.com"_s, u"MX"_s), live("@ 60 IN MX 10 mail"));
        const ZoneDriftReport r = ZoneDriftReport::compare(u"example.com."_s, u"test"_s, source, l);
        QVERIFY(kinds(r).isEmpty());
        QVERIFY(!r.hasDrift());
        QCOMPARE(r.checked(), 3);
        QCOMPARE(r.toJson().value(u"result"_s).toString(), u"in-sync"_s);
    }

    void eachKind() {
        const QList<DnsRecord> source = zone("www 300 IN A 192.0.2.1\n"
                                             "_dmarc 300 IN TXT \"v=DMARC1; p=reject\"\n"
                                             "@ 300 IN MX 10 mail\n"
                                             "@ 300 IN MX 20 backup\n");
        QMap<ZoneDriftReport::Key, ZoneDriftReport::LiveRRset> l;
        l.insert(ZoneDriftReport::keyOf(u"www.example.com"_s, u"A"_s), {});
        l.insert(ZoneDriftReport::keyOf(u"_dmarc.example.com"_s, u"TXT"_s),
                 live("_dmarc IN TXT \"v=DMARC1; p=none\""));
        l.insert(ZoneDriftReport::keyOf(u"example.com"_s, u"MX"_s), live("@ IN MX 10 mail"));
        l.insert(ZoneDriftReport::keyOf(u"_smtp._tls.example.com"_s, u"TXT"_s),
                 live("_smtp._tls IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com\""));
        l.insert(ZoneDriftReport::keyOf(u"_mta-sts.example.com"_s, u"TXT"_s), {}); // absent on both: no entry
        l.insert(ZoneDriftReport::keyOf(u"s1._domainkey.example.com"_s, u"TXT"_s), {{}, false, u"timeout"_s});
        const ZoneDriftReport r = ZoneDriftReport::compare(u"example.com"_s, u"test"_s, source, l);
        QCOMPARE(
            kinds(r),
            (QStringList{u"different _dmarc.example.com TXT"_s, u"live-only _smtp._tls.example.com TXT"_s,
                         u"different example.com MX"_s, u"unanswered s1._domainkey.example.com TXT"_s,
                         u"source-only www.example.com A"_s}));
        QVERIFY(r.hasDrift());
        QVERIFY(r.hasUnanswered());
        const ZoneDriftEntry mx = r.entries().at(2);
        QCOMPARE(mx.source, (QStringList{u"10 mail.example.com."_s, u"20 backup.example.com."_s}));
        QCOMPARE(mx.live, QStringList{u"10 mail.example.com."_s});
        QCOMPARE(r.entries().at(3).detail, u"timeout"_s);
        QVERIFY(r.toText().contains(u"NOT LIVE"_s));
    }

    void onlyUnansweredIsNotDrift() {
        const QList<DnsRecord> source = zone("www 300 IN A 192.0.2.1\n");
        QMap<ZoneDriftReport::Key, ZoneDriftReport::LiveRRset> l;
        l.insert(ZoneDriftReport::keyOf(u"www.example.com"_s, u"A"_s), {{}, false, u"servfail"_s});
        const ZoneDriftReport r = ZoneDriftReport::compare(u"example.com"_s, u"test"_s, source, l);
        QVERIFY(!r.hasDrift());
        QVERIFY(r.hasUnanswered());
        QCOMPARE(r.toJson().value(u"result"_s).toString(), u"incomplete"_s);
    }

    void sourceLeavesSignerRecordsOut() {
        const QList<DnsRecord> records =
            zone("@ 300 IN SOA ns1 host 1 2 3 4 5\n@ 300 IN NS ns1\nns1 IN A 192.0.2.53\n");
        QCOMPARE(records.size(), 2);
        for (const DnsRecord& r : records)
            QVERIFY(r.type != DnsRecordType::SOA);
        QVERIFY(
            !ZoneDriftSource::fromZoneText("@ 300 IN SOA ns1 host 1 2 3 4 5\n", u"example.com"_s, u"t"_s));
        QVERIFY(!ZoneDriftSource::fromZoneText("@ IN A not-an-address\n", u"example.com"_s, u"t"_s));
    }

    void terraformState() {
        QFile f(QStringLiteral(MAILSIGHT_COMPARE_DATA) + u"/drift/prod.test.tfstate.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto source = ZoneDriftSource::fromTerraformState(f.readAll(), u"prod.test"_s, u"state"_s);
        QVERIFY2(source, source ? "" : qPrintable(source.error()));
        QStringList names;
        for (const DnsRecord& r : source->records)
            names << r.name + QLatin1Char(' ') + dnsRecordTypeName(r.type);
        names.sort();
        // Every provider's resource, the child module's too; the data source and random_id not.
        QCOMPARE(names, (QStringList{u"_dmarc.prod.test TXT"_s, u"_smtp._tls.prod.test TXT"_s,
                                     u"mail.prod.test A"_s, u"prod.test MX"_s, u"prod.test TXT"_s,
                                     u"s1._domainkey.prod.test TXT"_s, u"www.prod.test A"_s}));
    }

    void terraformRefusals_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("plan") << QByteArray(R"({"planned_values":{"root_module":{}}})") << u"not a state"_s;
        QTest::newRow("not json") << QByteArray("values = 1") << u"not the JSON"_s;
        QTest::newRow("no records") << QByteArray(R"({"values":{"root_module":{"resources":[]}}})")
                                    << u"no DNS record"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not the JSON"_s;
    }
    void terraformRefusals() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto source = ZoneDriftSource::fromTerraformState(json, u"example.com"_s, u"state.json"_s);
        QVERIFY(!source);
        QVERIFY2(source.error().contains(message), qPrintable(source.error()));
        QVERIFY(source.error().startsWith(u"state.json: "_s));
    }

    void mailNames() {
        const auto keys = ZoneDriftChecker::mailKeys(u"Example.com."_s, {u"s1"_s});
        QVERIFY(keys.contains(ZoneDriftReport::Key(u"_dmarc.example.com"_s, u"TXT"_s)));
        QVERIFY(keys.contains(ZoneDriftReport::Key(u"example.com"_s, u"MX"_s)));
        QVERIFY(keys.contains(ZoneDriftReport::Key(u"s1._domainkey.example.com"_s, u"TXT"_s)));
        QVERIFY(keys.contains(ZoneDriftReport::Key(u"_smtp._tls.example.com"_s, u"TXT"_s)));
        QVERIFY(keys.contains(ZoneDriftReport::Key(u"_mta-sts.example.com"_s, u"TXT"_s)));
    }
};

QTEST_GUILESS_MAIN(TestZoneDrift)
#include "tst_zonedrift.moc"
