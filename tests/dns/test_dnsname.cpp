#include "dns/DnsName.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDnsName : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("ace");
        QTest::addColumn<QString>("unicode");
        QTest::newRow("plain") << u"Example.COM"_s << u"example.com"_s << u"example.com"_s;
        QTest::newRow("trailing dot") << u"example.com."_s << u"example.com"_s << u"example.com"_s;
        QTest::newRow("underscore") << u"_dmarc.example.com"_s << u"_dmarc.example.com"_s
                                    << u"_dmarc.example.com"_s;
        QTest::newRow("idn") << u"bücher.example"_s << u"xn--bcher-kva.example"_s << u"bücher.example"_s;
        // Digits are fine anywhere but in the top-level label.
        QTest::newRow("digits in labels")
            << u"192.0.2.1.example.com"_s << u"192.0.2.1.example.com"_s << u"192.0.2.1.example.com"_s;
        QTest::newRow("reverse name")
            << u"1.2.0.192.in-addr.arpa"_s << u"1.2.0.192.in-addr.arpa"_s << u"1.2.0.192.in-addr.arpa"_s;
        QTest::newRow("63 bytes") << (QString(63, u'a') + u".test"_s) << (QString(63, u'a') + u".test"_s)
                                  << (QString(63, u'a') + u".test"_s);
    }
    void valid() {
        QFETCH(QString, input);
        QFETCH(QString, ace);
        QFETCH(QString, unicode);
        const auto n = DnsName::fromUserInput(input);
        QVERIFY2(n.has_value(), n ? "" : qPrintable(n.error()));
        QCOMPARE(n->ace(), ace);
        QCOMPARE(n->unicode(), unicode);
    }
    void invalid_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("rule");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("empty label") << u"a..example.com"_s << u"empty label"_s;
        QTest::newRow("leading dot") << u".example.com"_s << u"empty label"_s;
        QTest::newRow("label 64") << (QString(64, u'a') + u".test"_s) << u"63 bytes"_s;
        QTest::newRow("name 254") << (QStringList(5, QString(50, u'a')).join(u'.') + u".test"_s)
                                  << u"253 bytes"_s;
        QTest::newRow("space") << u"exa mple.com"_s << u"white space"_s;
        QTest::newRow("slash") << u"example.com/x"_s << u"not allowed"_s;
        QTest::newRow("hyphen") << u"-bad.example.com"_s << u"hyphen"_s;
        // Issue 13, defect 4: an IP address (or an SMTP address literal) is not a domain name.
        QTest::newRow("literal") << u"[1.2.3.5]"_s << u"IP address"_s;
        QTest::newRow("IPv4") << u"192.0.2.1"_s << u"IP address"_s;
        QTest::newRow("IPv4, trailing dot") << u"192.0.2.1."_s << u"IP address"_s;
        QTest::newRow("IPv4, white space") << u" 192.0.2.1 "_s << u"IP address"_s;
        QTest::newRow("IPv4 reverse name hint") << u"192.0.2.1"_s << u"1.2.0.192.in-addr.arpa"_s;
        QTest::newRow("IPv6") << u"2001:db8::1"_s << u"IP address"_s;
        QTest::newRow("IPv6 bracketed") << u"[2001:db8::1]"_s << u"IP address"_s;
        QTest::newRow("IPv6 SMTP literal") << u"[IPv6:2001:db8::1]"_s << u"IP address"_s;
        QTest::newRow("IPv6 reverse name hint") << u"2001:db8::1"_s << u".8.b.d.0.1.0.0.2.ip6.arpa"_s;
        QTest::newRow("IPv4-mapped IPv6") << u"::ffff:192.0.2.1"_s << u"IP address"_s;
        QTest::newRow("bracketed, not an address") << u"[example.com]"_s << u"address literal"_s;
        QTest::newRow("short dotted number") << u"10.1"_s << u"IP address"_s;
        QTest::newRow("numeric top-level label") << u"example.123"_s << u"all digits"_s;
    }
    void invalid() {
        QFETCH(QString, input);
        QFETCH(QString, rule);
        const auto n = DnsName::fromUserInput(input);
        QVERIFY(!n.has_value());
        QVERIFY2(n.error().contains(rule), qPrintable(n.error()));
        QCOMPARE(DnsName::ipLiteralError(input).has_value(),
                 rule == u"IP address"_s || rule.endsWith(u".arpa"_s) || rule == u"address literal"_s ||
                     rule == u"all digits"_s);
    }
    void wireAllowsProtocolBytes() {
        QVERIFY(DnsName::fromWire(u"1.2.0.192.in-addr._spf.example.com"_s).has_value());
        QVERIFY(DnsName::fromWire(u"a b.example.com"_s).has_value()); // macros may expand to anything
        QVERIFY(!DnsName::fromWire(QString(64, u'x') + u".test"_s).has_value());
    }
};

QTEST_APPLESS_MAIN(TestDnsName)
#include "test_dnsname.moc"
