// LdnsResolver::answerFromReply on the fuzz harness's seed replies (tests/fuzz/corpus/
// fuzz_dnsreply: the first byte picks the question's type, see fuzz_dnsreply.cpp).
#include "TestSupport.h"
#include "dns/LdnsResolver.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDnsReply : public QObject {
    Q_OBJECT
private:
    static DnsAnswer seed(const QString& file, DnsRecordType type) {
        QFile f(TestSupport::sourceDir() + u"/tests/fuzz/corpus/fuzz_dnsreply/"_s + file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        return LdnsResolver::answerFromReply(u"example.com"_s, type, f.readAll().mid(1));
    }

private Q_SLOTS:
    void seeds() {
        DnsAnswer a = seed(u"txt-answer"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::Answer);
        QCOMPARE(a.texts(), QStringList{u"v=spf1 ip4:192.0.2.0/24 -all"_s});
        a = seed(u"txt-multi"_s, DnsRecordType::TXT);
        QCOMPARE(a.records.size(), 2);
        QCOMPARE(a.records.first().text(), u"v=spf1 -all"_s);
        const DnsAnswer nx = seed(u"nxdomain"_s, DnsRecordType::TXT);
        QCOMPARE(nx.outcome, DnsOutcome::NxDomain);
        // The authority section is kept for DNSSEC denial and per-server checks: the SOA here.
        QCOMPARE(nx.authority.size(), 1);
        QCOMPARE(nx.authority.first().type, DnsRecordType::SOA);
        QCOMPARE(nx.authority.first().name, u"example.com"_s);
        QVERIFY(nx.signatures.isEmpty());
        QCOMPARE(seed(u"nodata"_s, DnsRecordType::A).outcome, DnsOutcome::NoData);
        QCOMPARE(seed(u"servfail"_s, DnsRecordType::TXT).outcome, DnsOutcome::ServFail);
        a = seed(u"cname-chain"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::Answer);
        QCOMPARE(a.finalName(), u"alias.example.net"_s);
        QVERIFY(seed(u"truncated"_s, DnsRecordType::TXT).truncated);
        a = seed(u"mx"_s, DnsRecordType::MX);
        QCOMPARE(a.records.first().preference, 10);
        QCOMPARE(a.records.first().target, u"mx1.example.com"_s);
        a = seed(u"wrong-question"_s, DnsRecordType::TXT);
        QCOMPARE(a.outcome, DnsOutcome::FormatError);
        QVERIFY(a.error.contains(u"different question"_s));
    }
    // The hostile server's replies (tests/dns/hostile/hostile_dns.py seeds): refused, named.
    void hostileSeeds_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("error");
        QTest::newRow("compression loop") << u"hostile-ptrloop"_s << u"format-error"_s << u"malformed"_s;
        QTest::newRow("label over 63") << u"hostile-longlabel"_s << u"format-error"_s << u"malformed"_s;
        QTest::newRow("name over 255") << u"hostile-longname"_s << u"format-error"_s << u"malformed"_s;
        QTest::newRow("counts past the end") << u"hostile-counts"_s << u"format-error"_s << u"malformed"_s;
        QTest::newRow("garbage after question")
            << u"hostile-garbled"_s << u"format-error"_s << u"malformed"_s;
        QTest::newRow("wrong id") << u"hostile-wrongid"_s << u"answer"_s << QString();
        QTest::newRow("question upper case") << u"hostile-upcase"_s << u"answer"_s << QString();
        QTest::newRow("loop in one reply")
            << u"hostile-loop-in-reply"_s << u"cname-chain"_s << u"CNAME loop"_s;
        QTest::newRow("20 aliases in one reply")
            << u"hostile-chain-in-reply"_s << u"cname-chain"_s << u"past 16 aliases"_s;
        QTest::newRow("2,000 records") << u"hostile-manytxt"_s << u"answer"_s << QString();
    }
    void hostileSeeds() {
        QFETCH(QString, file);
        QFETCH(QString, outcome);
        QFETCH(QString, error);
        const DnsAnswer a = seed(file, DnsRecordType::TXT);
        QCOMPARE(dnsOutcomeName(a.outcome), outcome);
        QVERIFY2(a.error.contains(error), qPrintable(a.error));
    }
    void garbage() {
        for (const QByteArray& bytes :
             {QByteArray(), QByteArray(1, 'x'), QByteArray(11, '\0'), QByteArray(512, '\xff')}) {
            const DnsAnswer a = LdnsResolver::answerFromReply(u"example.com"_s, DnsRecordType::TXT, bytes);
            QVERIFY(a.outcome == DnsOutcome::FormatError);
        }
    }
};

QTEST_GUILESS_MAIN(TestDnsReply)
#include "test_dnsreply.moc"
