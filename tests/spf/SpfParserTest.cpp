// The parser's errors point at the term and character; macro expansion per RFC 7208 §7.4.

#include "spf/SpfMacroExpander.h"
#include "spf/SpfRecordParser.h"

#include <QtTest>

class SpfParserTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errors_data();
    void errors();
    void terms();
    void macros_data();
    void macros();
};

void SpfParserTest::errors_data() {
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("term");
    QTest::addColumn<int>("offset");
    QTest::newRow("bad ip4") << QStringLiteral("v=spf1 ip4:192.0.2.300 -all") << 1 << 11;
    QTest::newRow("unknown mechanism") << QStringLiteral("v=spf1 mx foo:bar -all") << 2 << 10;
    QTest::newRow("bad cidr") << QStringLiteral("v=spf1 a/33 -all") << 1 << 8;
    QTest::newRow("numeric toplabel") << QStringLiteral("v=spf1 a:foo.123 -all") << 1 << 13;
    QTest::newRow("bad macro") << QStringLiteral("v=spf1 exists:%{x}.example.com") << 1 << 16;
    QTest::newRow("two redirects") << QStringLiteral("v=spf1 redirect=a.example redirect=b.example") << 2
                                   << 26;
    QTest::newRow("all with argument") << QStringLiteral("v=spf1 -all:foo") << 1 << 11;
}

void SpfParserTest::errors() {
    QFETCH(QString, record);
    QFETCH(int, term);
    QFETCH(int, offset);
    const auto r = SpfRecordParser::parse(record);
    QVERIFY(!r);
    QCOMPARE(r.error().termIndex, term);
    QCOMPARE(r.error().offset, offset);
    QVERIFY(r.error().toString().contains(r.error().term));
}

void SpfParserTest::terms() {
    const auto r =
        SpfRecordParser::parse(QStringLiteral("v=spf1 ~a:mail.example.com/24//64 mx/30 ip6:2001:db8::/32 "
                                              "exp=explain.%{d} foo=bar ?all"));
    QVERIFY(r);
    QCOMPARE(r->terms.size(), 6);
    QCOMPARE(r->terms[0].kind, SpfTermKind::A);
    QCOMPARE(r->terms[0].qualifier, SpfQualifier::SoftFail);
    QCOMPARE(r->terms[0].domainSpec, QStringLiteral("mail.example.com"));
    QCOMPARE(r->terms[0].cidr4, 24);
    QCOMPARE(r->terms[0].cidr6, 64);
    QCOMPARE(r->terms[1].cidr4, 30);
    QCOMPARE(r->terms[2].network4or6Text(), QStringLiteral("2001:db8::/32"));
    QCOMPARE(r->terms[3].kind, SpfTermKind::Exp);
    QCOMPARE(r->terms[4].kind, SpfTermKind::UnknownModifier);
    QCOMPARE(r->terms[5].qualifier, SpfQualifier::Neutral);
    QVERIFY(SpfRecordParser::isSpfRecord("V=SPF1 -all"));
    QVERIFY(SpfRecordParser::isSpfRecord("v=spf1"));
    QVERIFY(!SpfRecordParser::isSpfRecord("v=spf10 -all"));
}

void SpfParserTest::macros_data() {
    // RFC 7208 §7.4, with sender strong-bad@email.example.com and IP 192.0.2.3 / 2001:db8::cb01.
    QTest::addColumn<QString>("macro");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expected");
    const QString v4 = QStringLiteral("192.0.2.3");
    QTest::newRow("s") << QStringLiteral("%{s}") << v4 << QStringLiteral("strong-bad@email.example.com");
    QTest::newRow("o") << QStringLiteral("%{o}") << v4 << QStringLiteral("email.example.com");
    QTest::newRow("d") << QStringLiteral("%{d}") << v4 << QStringLiteral("email.example.com");
    QTest::newRow("d4") << QStringLiteral("%{d4}") << v4 << QStringLiteral("email.example.com");
    QTest::newRow("d3") << QStringLiteral("%{d3}") << v4 << QStringLiteral("email.example.com");
    QTest::newRow("d2") << QStringLiteral("%{d2}") << v4 << QStringLiteral("example.com");
    QTest::newRow("d1") << QStringLiteral("%{d1}") << v4 << QStringLiteral("com");
    QTest::newRow("dr") << QStringLiteral("%{dr}") << v4 << QStringLiteral("com.example.email");
    QTest::newRow("d2r") << QStringLiteral("%{d2r}") << v4 << QStringLiteral("example.email");
    QTest::newRow("l") << QStringLiteral("%{l}") << v4 << QStringLiteral("strong-bad");
    QTest::newRow("l-") << QStringLiteral("%{l-}") << v4 << QStringLiteral("strong.bad");
    QTest::newRow("lr") << QStringLiteral("%{lr}") << v4 << QStringLiteral("strong-bad");
    QTest::newRow("lr-") << QStringLiteral("%{lr-}") << v4 << QStringLiteral("bad.strong");
    QTest::newRow("l1r-") << QStringLiteral("%{l1r-}") << v4 << QStringLiteral("strong");
    QTest::newRow("ir v4") << QStringLiteral("%{ir}.%{v}._spf.%{d2}") << v4
                           << QStringLiteral("3.2.0.192.in-addr._spf.example.com");
    QTest::newRow("lr- d") << QStringLiteral("%{lr-}.lp._spf.%{d2}") << v4
                           << QStringLiteral("bad.strong.lp._spf.example.com");
    QTest::newRow("ir v6") << QStringLiteral("%{ir}.%{v}._spf.%{d2}") << QStringLiteral("2001:db8::cb01")
                           << QStringLiteral(
                                  "1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf."
                                  "example.com");
    QTest::newRow("upper escapes") << QStringLiteral("%{L}%%%_%-") << v4 << QStringLiteral("strong-bad% %20");
}

void SpfParserTest::macros() {
    QFETCH(QString, macro);
    QFETCH(QString, ip);
    QFETCH(QString, expected);
    SpfMacroContext c;
    c.ip = QHostAddress(ip);
    c.localPart = QStringLiteral("strong-bad");
    c.senderDomain = QStringLiteral("email.example.com");
    c.domain = QStringLiteral("email.example.com");
    QVERIFY(!SpfMacroExpander::validate(macro, SpfMacroExpander::Mode::DomainSpec));
    QCOMPARE(SpfMacroExpander::expand(macro, c, SpfMacroExpander::Mode::DomainSpec), expected);
}

QTEST_GUILESS_MAIN(SpfParserTest)
#include "SpfParserTest.moc"
