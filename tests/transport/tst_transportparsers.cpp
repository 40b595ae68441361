// The pure parts of the transport checks: the _mta-sts record, the MTA-STS policy file and its mx
// patterns (RFC 8461), the TLS-RPT record (RFC 8460) and --connect-to rules.
#include "net/ConnectToRule.h"
#include "transport/MtaStsPolicy.h"
#include "transport/MtaStsRecord.h"
#include "transport/TlsRptRecord.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTransportParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mtaStsRecord_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << u"v=STSv1; id=20160831085700Z;"_s << true << u"20160831085700Z"_s;
        QTest::newRow("no trailing ;") << u"v=STSv1;id=abc"_s << true << u"abc"_s;
        QTest::newRow("extension") << u"v=STSv1; id=1; ext=value"_s << true << u"1"_s;
        QTest::newRow("no id") << u"v=STSv1;"_s << false << QString();
        QTest::newRow("id with dash") << u"v=STSv1; id=2026-12-04"_s << false << QString();
        QTest::newRow("id too long") << u"v=STSv1; id=%1"_s.arg(QString(33, u'a')) << false << QString();
        QTest::newRow("id twice") << u"v=STSv1; id=1; id=2"_s << false << u"2"_s;
        QTest::newRow("version case") << u"v=stsv1; id=1"_s << false << QString();
        QTest::newRow("version not first") << u"id=1; v=STSv1"_s << false << QString();
        QTest::newRow("empty field") << u"v=STSv1;; id=1"_s << false << u"1"_s;
        QTest::newRow("bad extension") << u"v=STSv1; id=1; x"_s << false << u"1"_s;
    }
    void mtaStsRecord() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, id);
        const MtaStsRecord r = MtaStsRecord::parse(text);
        QCOMPARE(r.isValid(), valid);
        QCOMPARE(r.id, id);
        QVERIFY(valid || !r.errors.first().isEmpty());
    }
    void mtaStsCandidates() {
        const QStringList txt{u"v=spf1 -all"_s, u"v=STSv1; id=1"_s, u"google-site-verification=x"_s};
        QCOMPARE(MtaStsRecord::candidates(txt), QStringList{u"v=STSv1; id=1"_s});
    }

    void policyValidCrlfAndLf() {
        for (const QByteArray& sep : {QByteArray("\r\n"), QByteArray("\n")}) {
            const QByteArray body = "version: STSv1" + sep + "mode: enforce" + sep + "mx: mail.example.com" +
                                    sep + "mx: *.example.net" + sep + "max_age:604800" + sep;
            const MtaStsPolicy p = MtaStsPolicy::parse(body);
            QVERIFY2(p.isValid(), qPrintable(p.errors.join(u"; "_s)));
            QCOMPARE(*p.mode, MtaStsPolicy::Mode::Enforce);
            QCOMPARE(*p.maxAge, 604800);
            QCOMPARE(p.mx, (QStringList{u"mail.example.com"_s, u"*.example.net"_s}));
        }
    }
    void policyInvalid_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("no version") << QByteArray("mode: none\nmax_age: 86400\n")
                                    << u"version field is missing"_s;
        QTest::newRow("wrong version")
            << QByteArray("version: STSv2\nmode: none\nmax_age: 1\n") << u"STSv1"_s;
        QTest::newRow("bad mode") << QByteArray("version: STSv1\nmode: Enforce\nmx: a.example\nmax_age: 1\n")
                                  << u"mode must be"_s;
        QTest::newRow("max_age too big")
            << QByteArray("version: STSv1\nmode: none\nmax_age: 31557601\n") << u"max_age"_s;
        QTest::newRow("max_age negative")
            << QByteArray("version: STSv1\nmode: none\nmax_age: -1\n") << u"max_age"_s;
        QTest::newRow("enforce without mx")
            << QByteArray("version: STSv1\nmode: enforce\nmax_age: 86400\n") << u"no mx pattern"_s;
        QTest::newRow("bad pattern") << QByteArray(
                                            "version: STSv1\nmode: testing\nmx: mx_1.example\nmax_age: 1\n")
                                     << u"not a host name"_s;
        QTest::newRow("inner wildcard")
            << QByteArray("version: STSv1\nmode: testing\nmx: mx.*.example\nmax_age: 1\n")
            << u"not a host name"_s;
        QTest::newRow("not key value")
            << QByteArray("version: STSv1\nmode none\nmax_age: 1\n") << u"key: value"_s;
        QTest::newRow("bare CR") << QByteArray("version: STSv1\rmode: none\nmax_age: 1\n")
                                 << u"carriage return"_s;
        QTest::newRow("mode twice")
            << QByteArray("version: STSv1\nmode: none\nmode: enforce\nmx: a.example\nmax_age: 1\n")
            << u"more than once"_s;
    }
    void policyInvalid() {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const MtaStsPolicy p = MtaStsPolicy::parse(body);
        QVERIFY(!p.isValid());
        QVERIFY2(p.errors.join(u"; "_s).contains(error), qPrintable(p.errors.join(u"; "_s)));
    }
    void policyModeNoneNeedsNoMx() {
        QVERIFY(MtaStsPolicy::parse("version: STSv1\nmode: none\nmax_age: 86400\n").isValid());
        // Unknown extension fields are ignored (RFC 8461 §3.2).
        QVERIFY(MtaStsPolicy::parse("version: STSv1\nmode: none\nmax_age: 86400\nx-note: hello\n").isValid());
    }
    void patternMatching_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact") << u"mail.example.com"_s << u"mail.example.com"_s << true;
        QTest::newRow("case and dot") << u"Mail.Example.com"_s << u"mail.example.com."_s << true;
        QTest::newRow("other") << u"mail.example.com"_s << u"mx.example.com"_s << false;
        QTest::newRow("wildcard one label") << u"*.example.com"_s << u"mx1.example.com"_s << true;
        QTest::newRow("wildcard two labels") << u"*.example.com"_s << u"a.b.example.com"_s << false;
        QTest::newRow("wildcard not apex") << u"*.example.com"_s << u"example.com"_s << false;
        QTest::newRow("suffix trick") << u"*.example.com"_s << u"mx.badexample.com"_s << false;
    }
    void patternMatching() {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, match);
        QCOMPARE(MtaStsPolicy::patternMatches(pattern, host), match);
    }

    void tlsRpt_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("ruaCount");
        QTest::newRow("mailto") << u"v=TLSRPTv1; rua=mailto:tls@example.com"_s << true << 1;
        QTest::newRow("two URIs") << u"v=TLSRPTv1;rua=mailto:a@example.com, https://r.example.com/x;"_s
                                  << true << 2;
        QTest::newRow("no rua") << u"v=TLSRPTv1;"_s << false << 0;
        QTest::newRow("ftp") << u"v=TLSRPTv1; rua=ftp://example.com/"_s << false << 0;
        QTest::newRow("mailto without mailbox") << u"v=TLSRPTv1; rua=mailto:example.com"_s << false << 0;
        QTest::newRow("https without host") << u"v=TLSRPTv1; rua=https:///x"_s << false << 0;
        QTest::newRow("wrong version") << u"v=TLSRPTv2; rua=mailto:a@example.com"_s << false << 0;
        QTest::newRow("rua twice") << u"v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com"_s
                                   << false << 2;
    }
    void tlsRpt() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, ruaCount);
        const TlsRptRecord r = TlsRptRecord::parse(text);
        QVERIFY2(r.isValid() == valid, qPrintable(r.errors.join(u"; "_s)));
        QCOMPARE(r.rua.size(), ruaCount);
    }

    void connectTo_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("toHost");
        QTest::addColumn<int>("toPort");
        QTest::newRow("full") << u"mta-sts.example.com:443:192.0.2.1:8443"_s << true
                              << u"mta-sts.example.com"_s << 443 << u"192.0.2.1"_s << 8443;
        QTest::newRow("any host") << u":443::8443"_s << true << QString() << 443 << QString() << 8443;
        QTest::newRow("ipv6") << u"mx.example.com:25:[2001:db8::25]:2525"_s << true << u"mx.example.com"_s
                              << 25 << u"2001:db8::25"_s << 2525;
        QTest::newRow("three fields")
            << u"a.example:443:192.0.2.1"_s << false << QString() << 0 << QString() << 0;
        QTest::newRow("bad port") << u"a.example:99999:192.0.2.1:1"_s << false << QString() << 0 << QString()
                                  << 0;
        QTest::newRow("bad bracket") << u"a.example:443:[192.0.2.1:1"_s << false << QString() << 0
                                     << QString() << 0;
    }
    void connectTo() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto r = ConnectToRule::parse(text);
        QCOMPARE(r.has_value(), valid);
        if (!valid) {
            QVERIFY(r.error().contains(text));
            return;
        }
        QTEST(r->host, "host");
        QTEST(int(r->port), "port");
        QTEST(r->toHost, "toHost");
        QTEST(int(r->toPort), "toPort");
        QVERIFY(r->matches(r->host.isEmpty() ? u"any.example"_s : r->host.toUpper(), r->port));
        QVERIFY(!r->matches(u"other.example"_s, r->port) || r->host.isEmpty());
        QVERIFY(!r->matches(r->host, quint16(r->port + 1)));
    }
};

QTEST_APPLESS_MAIN(TestTransportParsers)
#include "tst_transportparsers.moc"
