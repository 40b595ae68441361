// `mailsight-cli dnssec` and the DNSSEC part of `mailsight-cli audit` end to end, against the
// signed test tree of dnssec-fixture.sh (NSD) with its root key as --trust-anchor: exit codes,
// the JSON fields (names[] with name/type/status/reason/ad, findings, queries), --zone files.
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDnssecCli : public QObject {
    Q_OBJECT
private:
    QString m_dir;
    quint16 m_port = 0;

    QStringList base() const {
        return {u"--resolver"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--timeout"_s, u"3000"_s};
    }
    QJsonObject json(const QStringList& args, int* exitCode) const {
        const auto r = TestSupport::runCli(base() + args + QStringList{u"--format"_s, u"json"_s});
        *exitCode = r.exitCode;
        if (!r.err.isEmpty())
            qWarning("mailsight-cli %s: %s", qPrintable(args.join(u' ')), r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    static QStringList codes(const QJsonObject& o) {
        QStringList out;
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            out << f.toObject().value(u"code"_s).toString();
        out.sort();
        return out;
    }
    static QJsonObject name(const QJsonObject& o, const QString& n, const QString& type) {
        for (const QJsonValue& v : o.value(u"names"_s).toArray())
            if (v.toObject().value(u"name"_s).toString() == n &&
                v.toObject().value(u"type"_s).toString() == type)
                return v.toObject();
        return {};
    }
    QString anchor() const { return m_dir + u"/root.key"_s; }

private Q_SLOTS:
    void initTestCase() {
        m_dir = qEnvironmentVariable("MAILSIGHT_DNSSEC_DIR");
        QFile port(m_dir + u"/nsd/port"_s);
        QVERIFY2(port.open(QIODevice::ReadOnly), "the dnssec fixture is not running");
        m_port = quint16(port.readAll().trimmed().toUInt());
    }

    void secureDomain() {
        int code = -1;
        const QJsonObject o = json(
            {u"dnssec"_s, u"secure.test"_s, u"--trust-anchor"_s, anchor(), u"--selector"_s, u"sel"_s}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(o.value(u"status"_s).toString(), u"secure"_s);
        QCOMPARE(codes(o), QStringList{});
        for (const auto& [n, t] :
             {std::pair{u"secure.test"_s, u"TXT"_s}, std::pair{u"secure.test"_s, u"MX"_s},
              std::pair{u"_dmarc.secure.test"_s, u"TXT"_s}, std::pair{u"_mta-sts.secure.test"_s, u"TXT"_s},
              std::pair{u"sel._domainkey.secure.test"_s, u"TXT"_s}, std::pair{u"mail.secure.test"_s, u"A"_s},
              std::pair{u"_smtp._tls.secure.test"_s, u"TXT"_s}}) {
            const QJsonObject e = name(o, n, t);
            QVERIFY2(!e.isEmpty(), qPrintable(n + u' ' + t));
            QCOMPARE(e.value(u"status"_s).toString(), u"secure"_s);
            QVERIFY(!e.value(u"reason"_s).toString().isEmpty());
            QVERIFY(e.contains(u"ad"_s));
            QCOMPARE(e.value(u"chain"_s).toArray().size(), 3);
        }
        QVERIFY(name(o, u"_smtp._tls.secure.test"_s, u"TXT"_s)
                    .value(u"reason"_s)
                    .toString()
                    .contains(u"NXDOMAIN"_s));
        // The evidence: every question asked, DS and DNSKEY included.
        QStringList asked;
        for (const QJsonValue& q : o.value(u"queries"_s).toArray())
            asked << q.toObject().value(u"answer"_s).toObject().value(u"type"_s).toString() +
                         q.toObject().value(u"type"_s).toString();
        QVERIFY2(asked.join(u' ').contains(u"DS"_s) && asked.join(u' ').contains(u"DNSKEY"_s),
                 qPrintable(asked.join(u' ')));
        QCOMPARE(o.value(u"trustAnchor"_s).toObject().value(u"source"_s).toString(), anchor());
    }

    void bogusAndOthers_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << u"expired.test"_s << 1 << u"bogus"_s << QStringList{u"DNSSEC-BOGUS"_s}
                                 << u"expired on 2020-02-01"_s;
        QTest::newRow("bad ds") << u"badds.test"_s << 1 << u"bogus"_s << QStringList{u"DNSSEC-BOGUS"_s}
                                << u"the DS matches no DNSKEY"_s;
        QTest::newRow("insecure") << u"insecure.test"_s << 0 << u"insecure"_s
                                  << QStringList{u"DNSSEC-UNSIGNED"_s}
                                  << u"no DS at test for insecure.test"_s;
        QTest::newRow("rsasha1") << u"rsasha1.test"_s << 0 << u"secure"_s
                                 << QStringList{u"DNSSEC-ALGORITHM-DEPRECATED"_s}
                                 << u"signed by rsasha1.test"_s;
        QTest::newRow("iterations") << u"iter.test"_s << 0 << u"secure"_s
                                    << QStringList{u"DNSSEC-NSEC3-ITERATIONS"_s} << u"signed by iter.test"_s;
        QTest::newRow("expiring") << u"expiring.test"_s << 0 << u"secure"_s
                                  << QStringList{u"DNSSEC-RRSIG-EXPIRING"_s} << u"signed by expiring.test"_s;
    }
    void bogusAndOthers() {
        QFETCH(QString, domain);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QFETCH(QStringList, findings);
        QFETCH(QString, reason);
        int code = -1;
        const QJsonObject o = json({u"dnssec"_s, domain, u"--trust-anchor"_s, anchor()}, &code);
        QCOMPARE(code, exitCode);
        QCOMPARE(o.value(u"status"_s).toString(), status);
        QCOMPARE(codes(o), findings);
        const QJsonObject txt = name(o, domain, u"TXT"_s);
        QVERIFY2(txt.value(u"reason"_s).toString().contains(reason),
                 qPrintable(txt.value(u"reason"_s).toString()));
        if (status == u"insecure"_s)
            QCOMPARE(txt.value(u"chainEnd"_s).toString(), u"insecure.test"_s);
        for (const QJsonValue& f : o.value(u"findings"_s).toArray()) {
            QVERIFY(!f.toObject().value(u"rfc"_s).toString().isEmpty());
            QVERIFY(!f.toObject().value(u"fix"_s).toString().isEmpty());
            QCOMPARE(f.toObject().value(u"area"_s).toString(), u"dnssec"_s);
        }
    }

    void text() {
        const auto r = TestSupport::runCli(
            base() + QStringList{u"dnssec"_s, u"badds.test"_s, u"--trust-anchor"_s, anchor()});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"badds.test TXT  BOGUS"_s), qPrintable(out));
        QVERIFY(out.contains(u"chain: . (secure) → test (secure) → badds.test (bogus)"_s));
        QVERIFY(out.contains(u"[ERROR] DNSSEC-BOGUS"_s));
    }

    void usageErrors() {
        auto r = TestSupport::runCli(
            base() + QStringList{u"dnssec"_s, u"secure.test"_s, u"--trust-anchor"_s, m_dir + u"/nope.key"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot open trust anchor file"), r.err.constData());
        r = TestSupport::runCli(base() + QStringList{u"dnssec"_s, u"secure.test"_s, u"--trust-anchor"_s,
                                                     m_dir + u"/zones/secure.test.zone"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a trust anchor"), r.err.constData());
        r = TestSupport::runCli(base() + QStringList{u"dnssec"_s});
        QCOMPARE(r.exitCode, 2);
        r = TestSupport::runCli(base() + QStringList{u"dnssec"_s, u"192.0.2.1"_s});
        QCOMPARE(r.exitCode, 2);
        r = TestSupport::runCli(base() + QStringList{u"dnssec"_s, u"secure.test"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void dnsFailure() {
        TestSupport::SilentUdpServer silent;
        const auto r = TestSupport::runCli({u"--resolver"_s, u"127.0.0.1:%1"_s.arg(silent.port()),
                                            u"--timeout"_s, u"300"_s, u"dnssec"_s, u"secure.test"_s,
                                            u"--trust-anchor"_s, anchor(), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"status"_s).toString(), u"indeterminate"_s);
        QVERIFY(name(o, u"secure.test"_s, u"TXT"_s).value(u"reason"_s).toString().contains(u"timeout"_s));
    }

    void zoneFiles() {
        int code = -1;
        QJsonObject o = json({u"--offline"_s, u"--zone"_s, m_dir + u"/zonefiles/secure.test.zone"_s,
                              u"dnssec"_s, u"secure.test"_s, u"--selector"_s, u"sel"_s},
                             &code);
        QCOMPARE(code, 0);
        QCOMPARE(o.value(u"status"_s).toString(), u"secure"_s);
        QVERIFY(o.value(u"trustAnchor"_s).toObject().value(u"source"_s).toString().contains(u"zone file"_s));
        o = json({u"--offline"_s, u"--zone"_s, m_dir + u"/zonefiles/plain.test.zone"_s, u"dnssec"_s,
                  u"plain.test"_s},
                 &code);
        QCOMPARE(code, 0);
        QCOMPARE(o.value(u"status"_s).toString(), u"insecure"_s);
        QCOMPARE(codes(o), QStringList{u"DNSSEC-UNSIGNED"_s});
        QVERIFY(
            name(o, u"plain.test"_s, u"TXT"_s).value(u"reason"_s).toString().contains(u"is not signed"_s));
    }

    void daneWithSecureTlsa();
    void audit() {
        int code = -1;
        const QJsonObject o = [&] {
            const auto r = TestSupport::runCli(
                base() + QStringList{u"audit"_s, u"badds.test"_s, u"--trust-anchor"_s, anchor(),
                                     u"--no-history"_s, u"--no-transport"_s, u"--format"_s, u"json"_s});
            code = r.exitCode;
            return QJsonDocument::fromJson(r.out).array().first().toObject();
        }();
        QCOMPARE(code, 1);
        const QJsonObject d = o.value(u"dnssec"_s).toObject();
        QCOMPARE(d.value(u"status"_s).toString(), u"bogus"_s);
        QVERIFY(!name(d, u"badds.test"_s, u"TXT"_s).isEmpty());
        QVERIFY(!name(d, u"_dmarc.badds.test"_s, u"TXT"_s).isEmpty());
        // DKIM selector guesses that found nothing are not validated.
        for (const QJsonValue& v : d.value(u"names"_s).toArray())
            QVERIFY2(!v.toObject().value(u"name"_s).toString().contains(u"._domainkey."_s) ||
                         v.toObject().value(u"outcome"_s).toString() == u"answer"_s,
                     qPrintable(v.toObject().value(u"name"_s).toString()));
        QStringList all;
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            all << f.toObject().value(u"code"_s).toString();
        QVERIFY2(all.contains(u"DNSSEC-BOGUS"_s), qPrintable(all.join(u' ')));
        // A missing trust anchor file is a usage error before anything is asked.
        const auto bad =
            TestSupport::runCli(base() + QStringList{u"audit"_s, u"secure.test"_s, u"--trust-anchor"_s,
                                                     m_dir + u"/nope.key"_s, u"--no-history"_s});
        QCOMPARE(bad.exitCode, 2);
    }
};

// DANE end to end with a secure TLSA set: dane.test is signed under the test root, its
// _25._tcp.mx TLSA records name the smtp fixture's current and next keys, and the probe meets the
// real STARTTLS server presenting the current one. Secure + matching + a rollover record: no
// DANE finding at all. The same TLSA set, asked with another anchor, is not secure: a finding.
void TestDnssecCli::daneWithSecureTlsa() {
    const QString smtpDir = qEnvironmentVariable("MAILSIGHT_SMTP_DIR");
    QFile ports(smtpDir + u"/ports.json"_s);
    QVERIFY2(ports.open(QIODevice::ReadOnly), "the smtp fixture is not running");
    const int good = QJsonDocument::fromJson(ports.readAll()).object().value(u"good"_s).toInt();
    QVERIFY(good > 0);
    const QStringList connect{u"--connect-to"_s, u"mx.dane.test:25:127.0.0.1:%1"_s.arg(good), u"--ca-file"_s,
                              smtpDir + u"/ca.pem"_s};
    int code = -1;
    const QJsonObject o = json(connect + QStringList{u"transport"_s, u"dane.test"_s, u"--probe-smtp"_s,
                                                     u"--trust-anchor"_s, anchor()},
                               &code);
    const QJsonArray mx = o.value(u"mx"_s).toArray();
    QCOMPARE(mx.size(), 1);
    const QJsonObject dane = mx.at(0).toObject().value(u"dane"_s).toObject();
    const QJsonObject dnssec = dane.value(u"dnssec"_s).toObject();
    QVERIFY2(dnssec.value(u"status"_s).toString() == u"secure"_s,
             qPrintable(dnssec.value(u"reason"_s).toString()));
    QCOMPARE(dane.value(u"matches"_s), QJsonValue(true));
    QCOMPARE(dane.value(u"tlsa"_s).toArray().size(), 2);
    QStringList daneCodes;
    for (const QString& c : codes(o))
        if (c.startsWith(u"DANE-"_s))
            daneCodes << c;
    QCOMPARE(daneCodes, QStringList{});

    // The same records when the chain cannot be validated (the default anchor, the real root key,
    // does not sign this private root): senders ignore them, and the report says so.
    const QJsonObject other =
        json(connect + QStringList{u"transport"_s, u"dane.test"_s, u"--probe-smtp"_s}, &code);
    const QJsonObject otherDane = other.value(u"mx"_s).toArray().at(0).toObject().value(u"dane"_s).toObject();
    QVERIFY(otherDane.value(u"dnssec"_s).toObject().value(u"status"_s).toString() != u"secure"_s);
    QVERIFY2(codes(other).contains(u"DANE-TLSA-INSECURE"_s), qPrintable(codes(other).join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestDnssecCli)
#include "tst_dnsseccli.moc"
