// DnsQueryWire against ldns's own encoding of the same question (what LdnsResolver sent before).
#include "dns/DnsQueryWire.h"
#include "dns/LdnsRecordConverter.h"

#include <ldns/ldns.h>

#include <QCoreApplication>
#include <QTest>

namespace {
QByteArray viaLdns(const QString& name, DnsRecordType type, quint16 id, const DnsQueryWire::Options& o) {
    // As LdnsResolver built it before: the presentation form (non-ASCII bytes escaped), then ldns.
    QString bare = name;
    if (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    const QByteArray presentation = LdnsRecordConverter::presentationName(bare);
    ldns_rdf* qname = ldns_dname_new_frm_str(presentation.constData());
    if (!qname)
        return {};
    ldns_pkt* q = ldns_pkt_query_new(qname, static_cast<ldns_rr_type>(type), LDNS_RR_CLASS_IN,
                                     o.recursionDesired ? LDNS_RD : 0);
    ldns_pkt_set_id(q, id);
    ldns_pkt_set_edns_udp_size(q, o.ednsBufferSize);
    ldns_pkt_set_edns_do(q, o.dnssecOk);
    uint8_t* wire = nullptr;
    size_t size = 0;
    QByteArray out;
    if (ldns_pkt2wire(&wire, q, &size) == LDNS_STATUS_OK)
        out = QByteArray(reinterpret_cast<const char*>(wire), static_cast<qsizetype>(size));
    free(wire);
    ldns_pkt_free(q);
    return out;
}
} // namespace

class TestDnsQueryWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameBytesAsLdns_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("rd");
        QTest::addColumn<int>("udp");
        QTest::addColumn<bool>("dnssecOk");
        QTest::newRow("txt") << "example.com" << int(DnsRecordType::TXT) << true << 1232 << true;
        QTest::newRow("final dot") << "example.com." << int(DnsRecordType::MX) << true << 1232 << true;
        QTest::newRow("dkim") << "selector1._domainkey.org000.test" << int(DnsRecordType::TXT) << false
                              << 4096 << false;
        QTest::newRow("punycode") << "xn--bcher-kva.example" << int(DnsRecordType::A) << true << 1232 << true;
        QTest::newRow("no edns") << "a.test" << int(DnsRecordType::AAAA) << true << 0 << false;
        QTest::newRow("63-byte label") << QString(63, QLatin1Char('a')) + QStringLiteral(".test")
                                       << int(DnsRecordType::TLSA) << true << 1232 << true;
        QTest::newRow("root") << "." << int(DnsRecordType::SOA) << true << 1232 << true;
        QTest::newRow("UTF-8 label") << QStringLiteral("b\u00fccher.example") << int(DnsRecordType::TXT)
                                     << true << 1232 << true;
    }
    void sameBytesAsLdns() {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(bool, rd);
        QFETCH(int, udp);
        QFETCH(bool, dnssecOk);
        const DnsQueryWire::Options o{rd, static_cast<quint16>(udp), dnssecOk};
        for (const quint16 id : {quint16(1), quint16(0xbeef), quint16(65535)}) {
            const auto mine = DnsQueryWire::build(name, static_cast<DnsRecordType>(type), id, o);
            QVERIFY(mine.has_value());
            QCOMPARE(mine->toHex(' '), viaLdns(name, static_cast<DnsRecordType>(type), id, o).toHex(' '));
        }
    }

    void rejectsInvalidNames_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty label") << "a..test";
        QTest::newRow("leading dot") << ".a.test";
        QTest::newRow("64-byte label") << QString(64, QLatin1Char('a')) + QStringLiteral(".test");
        QString longName;
        for (int i = 0; i < 5; ++i)
            longName += QString(60, QLatin1Char('b')) + QLatin1Char('.');
        QTest::newRow("over 255 bytes") << longName + QStringLiteral("test");
    }
    void rejectsInvalidNames() {
        QFETCH(QString, name);
        QVERIFY(!DnsQueryWire::build(name, DnsRecordType::TXT, 1, {}).has_value());
    }
};

// isReplyTo: what a UDP datagram must carry to count as the reply (RFC 5452 §9.1).
class TestDnsReplyMatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matches_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("accepted");
        const QByteArray query =
            *DnsQueryWire::build(QStringLiteral("mail.example.com"), DnsRecordType::TXT, 0xbeef, {});
        // The reply: the query's header with QR set, its question, then anything.
        QByteArray reply = query;
        reply[2] = static_cast<char>(reply[2] | 0x80);
        QTest::newRow("the reply") << query << reply << true;
        QByteArray upper = reply;
        for (qsizetype i = 12; i < upper.size() && upper[i] != 0; ++i)
            if (upper[i] >= 'a' && upper[i] <= 'z')
                upper[i] = static_cast<char>(upper[i] - 32);
        QTest::newRow("question in upper case") << query << upper << true;
        QByteArray id = reply;
        id[1] = static_cast<char>(id[1] ^ 1);
        QTest::newRow("another id") << query << id << false;
        QTest::newRow("QR clear") << query << query << false;
        QByteArray noQuestion = reply;
        noQuestion[5] = 0;
        QTest::newRow("no question") << query << noQuestion << false;
        QByteArray twoQuestions = reply;
        twoQuestions[5] = 2;
        QTest::newRow("two questions") << query << twoQuestions << false;
        QByteArray otherName = reply;
        otherName[13] = 'n'; // "nail.example.com"
        QTest::newRow("another name") << query << otherName << false;
        const qsizetype type = 12 + 18; // after the 18-byte name
        QByteArray otherType = reply;
        otherType[type + 1] = 1; // A
        QTest::newRow("another type") << query << otherType << false;
        QByteArray otherClass = reply;
        otherClass[type + 3] = 3; // CH
        QTest::newRow("another class") << query << otherClass << false;
        QTest::newRow("cut in the question") << query << reply.left(20) << false;
        QTest::newRow("header only") << query << reply.left(12) << false;
        QTest::newRow("empty") << query << QByteArray() << false;
        // Case folding stops at the name: type 65 (0x41, 'A') is not type 97 (0x61, 'a').
        const QByteArray query65 =
            *DnsQueryWire::build(QStringLiteral("example.com"), DnsRecordType(65), 7, {});
        QByteArray reply97 = query65;
        reply97[2] = static_cast<char>(reply97[2] | 0x80);
        reply97[12 + 13 + 1] = 0x61;
        QTest::newRow("type 97 for type 65") << query65 << reply97 << false;
    }
    void matches() {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, reply);
        QFETCH(bool, accepted);
        QCOMPARE(DnsQueryWire::isReplyTo(reply.constData(), reply.size(), query), accepted);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestDnsQueryWire t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        TestDnsReplyMatch t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}
#include "test_dnsquerywire.moc"
