// `mailsight-cli transport` end to end: NSD serves tests/zones/transport.test.zone (and the reverse
// zones), nginx (https-fixture.sh) serves the MTA-STS policies with a test CA made at test time,
// reached with --connect-to and trusted with --ca-file.
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTransportCli : public QObject {
    Q_OBJECT
private:
    quint16 m_nsd = 0;
    quint16 m_https = 0;
    QString m_ca;

    QStringList base(bool withCa = true) const {
        QStringList a{u"--resolver"_s,   u"127.0.0.1:%1"_s.arg(m_nsd), u"--timeout"_s, u"3000"_s,
                      u"--connect-to"_s, u":443::%1"_s.arg(m_https)};
        if (withCa)
            a << u"--ca-file"_s << m_ca;
        return a;
    }
    QJsonObject json(const QString& domain, int* exitCode = nullptr, bool withCa = true) const {
        const auto r =
            TestSupport::runCli(base(withCa) + QStringList{u"transport"_s, domain, u"--format"_s, u"json"_s});
        if (exitCode)
            *exitCode = r.exitCode;
        if (!r.err.isEmpty()) // a sanitizer's report, a warning: in the test log, not lost
            qWarning("mailsight-cli transport %s: %s", qPrintable(domain), r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    static QStringList codes(const QJsonObject& o) {
        QStringList out;
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            out << f.toObject().value(u"code"_s).toString();
        out.sort();
        return out;
    }
    static QJsonObject finding(const QJsonObject& o, const QString& code) {
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            if (f.toObject().value(u"code"_s).toString() == code)
                return f.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        m_nsd = TestSupport::nsdPort();
        QVERIFY2(m_nsd, "the NSD fixture is not running");
        const QString dir = qEnvironmentVariable("MAILSIGHT_HTTPS_DIR");
        QFile port(dir + u"/port"_s);
        QVERIFY2(port.open(QIODevice::ReadOnly), "the https fixture (nginx) is not running");
        m_https = quint16(port.readAll().trimmed().toUInt());
        m_ca = dir + u"/ca.pem"_s;
        QVERIFY(QFile::exists(m_ca));
    }

    void findingsPerCase_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("exitCode");
        auto row = [](const char* d, QStringList c, int exit) {
            c.sort();
            QTest::newRow(d) << u"%1.transport.test"_s.arg(QLatin1String(d)) << c << exit;
        };
        row("good", {}, 0);
        row("testing", {u"MTA-STS-TESTING"_s, u"MTA-STS-MAX-AGE-SHORT"_s, u"MTA-STS-MX-NOT-COVERED"_s}, 0);
        row("uncovered", {u"MTA-STS-MX-NOT-COVERED"_s}, 1);
        row("ctype", {u"MTA-STS-POLICY-INVALID"_s, u"TLSRPT-MISSING"_s}, 1);
        row("redirect", {u"MTA-STS-REDIRECT"_s, u"TLSRPT-MISSING"_s}, 1);
        row("notfound", {u"MTA-STS-POLICY-UNREACHABLE"_s, u"TLSRPT-MISSING"_s}, 1);
        row("big", {u"MTA-STS-POLICY-INVALID"_s, u"TLSRPT-MISSING"_s}, 1);
        row("badpolicy", {u"MTA-STS-POLICY-INVALID"_s, u"TLSRPT-MISSING"_s}, 1);
        row("expired", {u"MTA-STS-CERT-INVALID"_s, u"TLSRPT-MISSING"_s}, 1);
        row("wrongname", {u"MTA-STS-CERT-INVALID"_s, u"TLSRPT-MISSING"_s}, 1);
        row("down", {u"MTA-STS-POLICY-UNREACHABLE"_s, u"TLSRPT-MISSING"_s}, 1);
        row("badrecords", {u"MTA-STS-RECORD-INVALID"_s, u"TLSRPT-INVALID"_s}, 1);
        row("tworecords", {u"MTA-STS-RECORD-INVALID"_s, u"TLSRPT-MISSING"_s}, 1);
        row("nullmx", {u"MX-NULL"_s}, 0);
        row("nullmix", {u"MX-NULL-WITH-OTHERS"_s, u"MTA-STS-MISSING"_s, u"TLSRPT-MISSING"_s}, 1);
        row("nomx", {u"MX-MISSING"_s, u"MTA-STS-MISSING"_s, u"TLSRPT-MISSING"_s}, 0);
        row("cname", {u"MX-CNAME"_s, u"MTA-STS-MISSING"_s, u"TLSRPT-MISSING"_s}, 0);
        row("literal", {u"MX-IP-LITERAL"_s, u"MTA-STS-MISSING"_s, u"TLSRPT-MISSING"_s}, 1);
        row("noaddr", {u"MX-NO-ADDRESS"_s, u"MTA-STS-MISSING"_s, u"TLSRPT-MISSING"_s}, 0);
        row("allnoaddr", {u"MX-NO-ADDRESS"_s, u"MTA-STS-MISSING"_s, u"TLSRPT-MISSING"_s}, 1);
        row("noptr", {u"MX-NO-FCRDNS"_s, u"MX-NO-FCRDNS"_s, u"MTA-STS-MISSING"_s, u"TLSRPT-MISSING"_s}, 0);
    }
    void findingsPerCase() {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        QFETCH(int, exitCode);
        int code = -1;
        const QJsonObject o = json(domain, &code);
        QCOMPARE(o.value(u"domain"_s).toString(), domain);
        QCOMPARE(codes(o), expected);
        QCOMPARE(code, exitCode);
        for (const QJsonValue& f : o.value(u"findings"_s).toArray()) {
            const QJsonObject x = f.toObject();
            QVERIFY(!x.value(u"evidence"_s).toArray().isEmpty());
            QVERIFY(x.value(u"rfc"_s).toString().startsWith(u"RFC "_s));
            QCOMPARE(x.value(u"domain"_s).toString(), domain);
        }
    }

    void goodDomainJson() {
        const QJsonObject o = json(u"good.transport.test"_s);
        const QJsonArray mx = o.value(u"mx"_s).toArray();
        QCOMPARE(mx.size(), 2);
        QCOMPARE(mx[0].toObject().value(u"host"_s).toString(), u"mx1.good.transport.test"_s);
        QCOMPARE(mx[0].toObject().value(u"preference"_s).toInt(), 10);
        QCOMPARE(mx[1].toObject().value(u"preference"_s).toInt(), 20);
        QCOMPARE(mx[1].toObject().value(u"addresses"_s).toArray(),
                 (QJsonArray{u"192.0.2.11"_s, u"2001:db8::11"_s}));
        const QJsonArray fcrdns = mx[1].toObject().value(u"fcrdns"_s).toArray();
        QCOMPARE(fcrdns.size(), 2);
        for (const QJsonValue& r : fcrdns)
            QVERIFY(r.toObject().value(u"confirmed"_s).toBool());
        QCOMPARE(o.value(u"nullMx"_s).toBool(true), false);

        const QJsonObject sts = o.value(u"mtaSts"_s).toObject();
        QCOMPARE(sts.value(u"id"_s).toString(), u"20261204T000000"_s);
        const QJsonObject policy = sts.value(u"policy"_s).toObject();
        QCOMPARE(policy.value(u"mode"_s).toString(), u"enforce"_s);
        QCOMPARE(policy.value(u"maxAge"_s).toInt(), 604800);
        QCOMPARE(policy.value(u"mx"_s).toArray(),
                 (QJsonArray{u"mx1.good.transport.test"_s, u"*.good.transport.test"_s}));
        const QJsonObject fetch = sts.value(u"fetch"_s).toObject();
        QCOMPARE(fetch.value(u"url"_s).toString(),
                 u"https://mta-sts.good.transport.test/.well-known/mta-sts.txt"_s);
        QCOMPARE(fetch.value(u"httpStatus"_s).toInt(), 200);
        QCOMPARE(fetch.value(u"contentType"_s).toString(), u"text/plain"_s);
        QCOMPARE(fetch.value(u"certificateValid"_s).toBool(), true);
        QCOMPARE(fetch.value(u"error"_s).toString(), QString());
        const QJsonObject covered = sts.value(u"covered"_s).toObject();
        QCOMPARE(covered.value(u"mx1.good.transport.test"_s).toBool(), true);
        QCOMPARE(covered.value(u"mx2.good.transport.test"_s).toBool(), true);

        const QJsonObject rpt = o.value(u"tlsRpt"_s).toObject();
        QCOMPARE(rpt.value(u"rua"_s).toArray().size(), 2);

        // Evidence: the DNS queries and the one HTTPS connection, to 127.0.0.1 from the zone's A record.
        QVERIFY(o.value(u"queries"_s).toArray().size() >= 8);
        const QJsonArray connections = o.value(u"connections"_s).toArray();
        QCOMPARE(connections.size(), 1);
        const QJsonObject c = connections[0].toObject();
        QCOMPARE(c.value(u"protocol"_s).toString(), u"https"_s);
        QCOMPARE(c.value(u"host"_s).toString(), u"mta-sts.good.transport.test"_s);
        QCOMPARE(c.value(u"port"_s).toInt(), 443);
        QCOMPARE(c.value(u"address"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(c.value(u"connectedPort"_s).toInt(), int(m_https));
        QCOMPARE(c.value(u"outcome"_s).toString(), u"ok"_s);
        QVERIFY(c.value(u"tlsVersion"_s).toString().startsWith(u"TLSv1."_s));
        QVERIFY(!c.value(u"cipher"_s).toString().isEmpty());
        const QJsonArray chain = c.value(u"chain"_s).toArray();
        QVERIFY(!chain.isEmpty());
        QVERIFY(chain[0].toObject().value(u"sans"_s).toArray().contains(u"mta-sts.good.transport.test"_s));
        QCOMPARE(chain[0].toObject().value(u"issuer"_s).toString(), u"Mailsight Test CA"_s);
    }

    void expiredCertificateEvidence() {
        const QJsonObject o = json(u"expired.transport.test"_s);
        const QJsonObject fetch = o.value(u"mtaSts"_s).toObject().value(u"fetch"_s).toObject();
        QCOMPARE(fetch.value(u"certificateValid"_s).toBool(true), false);
        QVERIFY(o.value(u"mtaSts"_s).toObject().value(u"policy"_s).isNull());
        const QJsonObject c = o.value(u"connections"_s).toArray().first().toObject();
        QCOMPARE(c.value(u"outcome"_s).toString(), u"certificate-invalid"_s);
        QVERIFY(!c.value(u"certificateErrors"_s).toArray().isEmpty());
        QVERIFY(c.value(u"chain"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"notAfter"_s)
                    .toString()
                    .startsWith(u"2020-02-01"_s));
        const QJsonObject f = finding(o, u"MTA-STS-CERT-INVALID"_s);
        QVERIFY(f.value(u"detail"_s).toString().contains(u"cached"_s));
    }

    void redirectNotFollowed() {
        const QJsonObject o = json(u"redirect.transport.test"_s);
        QCOMPARE(o.value(u"connections"_s).toArray().size(), 1);
        const QJsonObject fetch = o.value(u"mtaSts"_s).toObject().value(u"fetch"_s).toObject();
        QCOMPARE(fetch.value(u"httpStatus"_s).toInt(), 301);
        QCOMPARE(fetch.value(u"location"_s).toString(), u"https://www.example.com/.well-known/mta-sts.txt"_s);
    }

    void oversizedBodyStopped() {
        const QJsonObject o = json(u"big.transport.test"_s);
        const QJsonObject c = o.value(u"connections"_s).toArray().first().toObject();
        QCOMPARE(c.value(u"outcome"_s).toString(), u"too-large"_s);
        QVERIFY(finding(o, u"MTA-STS-POLICY-INVALID"_s).value(u"detail"_s).toString().contains(u"64 KiB"_s));
    }

    void enforceConsequenceNamesTheHost() {
        const QJsonObject o = json(u"uncovered.transport.test"_s);
        const QJsonObject f = finding(o, u"MTA-STS-MX-NOT-COVERED"_s);
        QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
        QVERIFY(f.value(u"detail"_s)
                    .toString()
                    .contains(u"will refuse to deliver to mx3.uncovered.transport.test"_s));
        QCOMPARE(o.value(u"mtaSts"_s)
                     .toObject()
                     .value(u"covered"_s)
                     .toObject()
                     .value(u"mx3.uncovered.transport.test"_s)
                     .toBool(true),
                 false);
    }

    void withoutTheTestCaTheCertificateFails() {
        const QJsonObject o = json(u"good.transport.test"_s, nullptr, false);
        QCOMPARE(codes(o), QStringList{u"MTA-STS-CERT-INVALID"_s});
    }

    void connectToExactHost() {
        const auto r = TestSupport::runCli({u"--resolver"_s, u"127.0.0.1:%1"_s.arg(m_nsd), u"--ca-file"_s,
                                            m_ca, u"--connect-to"_s,
                                            u"mta-sts.good.transport.test:443:127.0.0.1:%1"_s.arg(m_https),
                                            u"transport"_s, u"good.transport.test"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("with MTA-STS enforced"));
        QVERIFY(r.out.contains("mx2.good.transport.test  MTA-STS: covered"));
        QVERIFY(r.out.contains("(confirmed)"));
    }

    // --offline: answers from the zone file only, and no connection at all, not even to fetch the policy.
    void offlineMakesNoConnection() {
        const QString zone = TestSupport::sourceDir() + u"/tests/zones/transport.test.zone"_s;
        const auto r = TestSupport::runCli({u"--offline"_s, u"--zone"_s, zone, u"transport"_s,
                                            u"good.transport.test"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"connections"_s).toArray().size(), 0);
        QVERIFY(codes(o).isEmpty());
        const QJsonObject sts = o.value(u"mtaSts"_s).toObject();
        QCOMPARE(sts.value(u"id"_s).toString(), u"20261204T000000"_s);
        QVERIFY(sts.value(u"policy"_s).isNull());
        QVERIFY(sts.value(u"fetch"_s).toObject().value(u"error"_s).toString().contains(u"offline"_s));
        QCOMPARE(o.value(u"mx"_s).toArray().size(), 2);
        const auto probe = TestSupport::runCli(
            {u"--offline"_s, u"--zone"_s, zone, u"transport"_s, u"good.transport.test"_s, u"--probe-smtp"_s});
        QCOMPARE(probe.exitCode, 2);
        QVERIFY(probe.err.contains("--probe-smtp"));
    }

    void usageErrors() {
        auto r = TestSupport::runCli(
            {u"--connect-to"_s, u"a.example:443:192.0.2.1"_s, u"transport"_s, u"example.com"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--connect-to"));
        r = TestSupport::runCli({u"--ca-file"_s, u"/nonexistent/ca.pem"_s, u"transport"_s, u"example.com"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("/nonexistent/ca.pem"));
        r = TestSupport::runCli({u"transport"_s});
        QCOMPARE(r.exitCode, 2);
        r = TestSupport::runCli({u"transport"_s, u"bad..name"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void dnsFailureIsNotMissingMx() {
        TestSupport::SilentUdpServer silent;
        const auto r = TestSupport::runCli({u"--resolver"_s, u"127.0.0.1:%1"_s.arg(silent.port()),
                                            u"--timeout"_s, u"200"_s, u"--retries"_s, u"0"_s, u"transport"_s,
                                            u"good.transport.test"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(codes(o), QStringList{u"MX-DNS-FAILURE"_s});
    }
};

QTEST_GUILESS_MAIN(TestTransportCli)
#include "tst_transportcli.moc"
