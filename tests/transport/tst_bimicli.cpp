// BIMI in `mailsight-cli transport`, end to end: NSD serves tests/zones/bimi.test.zone, nginx
// (https-fixture.sh) serves the logos of tests/data/bimi and Mark Certificates made at test time by
// openssl with an RFC 3709 logotype extension (bimi_logotype.py), trusted with --ca-file.
#include "../common/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBimiCli : public QObject {
    Q_OBJECT
private:
    quint16 m_nsd = 0;
    quint16 m_https = 0;
    QString m_ca;

    TestSupport::CliRun run(const QStringList& args) const {
        return TestSupport::runCli(QStringList{u"--resolver"_s, u"127.0.0.1:%1"_s.arg(m_nsd), u"--timeout"_s,
                                               u"3000"_s, u"--connect-to"_s, u":443::%1"_s.arg(m_https),
                                               u"--ca-file"_s, m_ca} +
                                   args);
    }
    QJsonObject json(const QString& domain) const {
        const auto r = run({u"transport"_s, domain, u"--format"_s, u"json"_s});
        return QJsonDocument::fromJson(r.out).object();
    }
    static QStringList bimiCodes(const QJsonObject& o) {
        QStringList out;
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            if (const QString c = f.toObject().value(u"code"_s).toString(); c.startsWith(u"BIMI-"_s))
                out << c;
        out.sort();
        return out;
    }
    static QJsonObject finding(const QJsonObject& o, const QString& code) {
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            if (f.toObject().value(u"code"_s).toString() == code)
                return f.toObject();
        return {};
    }
    static QString joined(const QJsonValue& array) {
        QStringList out;
        for (const QJsonValue& v : array.toArray())
            out << v.toString();
        return out.join(u" | "_s);
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
    }

    void findingsPerCase_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("mention"); // a phrase the finding's detail must hold
        auto row = [](const char* d, QStringList c, const QString& mention = {}) {
            c.sort();
            QTest::newRow(d) << u"%1.bimi.test"_s.arg(QLatin1String(d)) << c << mention;
        };
        row("good", {});
        row("declined", {});
        row("missing", {});
        row("noauth", {u"BIMI-NO-AUTHORITY"_s});
        row("badsyntax", {u"BIMI-INVALID"_s}, u"must use https:"_s);
        row("dmarcnone", {u"BIMI-DMARC-NOT-ENFORCED"_s, u"BIMI-NO-AUTHORITY"_s}, u"p=none"_s);
        row("pct50", {u"BIMI-DMARC-NOT-ENFORCED"_s, u"BIMI-NO-AUTHORITY"_s}, u"pct=50"_s);
        row("scripted", {u"BIMI-LOGO-INVALID"_s, u"BIMI-NO-AUTHORITY"_s}, u"<script>"_s);
        row("external", {u"BIMI-LOGO-INVALID"_s, u"BIMI-NO-AUTHORITY"_s}, u"external references"_s);
        row("nonsquare", {u"BIMI-LOGO-INVALID"_s, u"BIMI-NO-AUTHORITY"_s}, u"not square"_s);
        row("oversized", {u"BIMI-LOGO-INVALID"_s, u"BIMI-NO-AUTHORITY"_s}, u"32 KiB"_s);
        row("notfound", {u"BIMI-LOGO-INVALID"_s, u"BIMI-NO-AUTHORITY"_s}, u"HTTP 404"_s);
        row("wronghash", {u"BIMI-AUTHORITY-INVALID"_s}, u"does not match the embedded image"_s);
        row("expired", {u"BIMI-AUTHORITY-INVALID"_s}, u"expired"_s);
        row("wrongname", {u"BIMI-AUTHORITY-INVALID"_s}, u"no subjectAltName names wrongname.bimi.test"_s);
        row("mismatch", {u"BIMI-AUTHORITY-INVALID"_s}, u"is not the SVG embedded in the certificate"_s);
    }
    void findingsPerCase() {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        QFETCH(QString, mention);
        const QJsonObject o = json(domain);
        QCOMPARE(o.value(u"domain"_s).toString(), domain);
        QCOMPARE(bimiCodes(o), expected);
        QString details;
        for (const QJsonValue& f : o.value(u"findings"_s).toArray()) {
            const QJsonObject x = f.toObject();
            if (!x.value(u"code"_s).toString().startsWith(u"BIMI-"_s))
                continue;
            details += x.value(u"detail"_s).toString();
            QVERIFY(!x.value(u"evidence"_s).toArray().isEmpty());
            QVERIFY(!x.value(u"fix"_s).toString().isEmpty());
            QVERIFY(!x.value(u"rfc"_s).toString().isEmpty());
        }
        if (!mention.isEmpty())
            QVERIFY2(details.contains(mention), qPrintable(details));
    }

    void goodJson() {
        const QJsonObject b = json(u"good.bimi.test"_s).value(u"bimi"_s).toObject();
        QCOMPARE(b.value(u"name"_s).toString(), u"default._bimi.good.bimi.test"_s);
        QCOMPARE(b.value(u"record"_s).toString(),
                 u"v=BIMI1; l=https://logos.bimi.test/good.svg; a=https://logos.bimi.test/good.pem"_s);
        QCOMPARE(b.value(u"declined"_s).toBool(true), false);
        const QJsonObject dmarc = b.value(u"dmarc"_s).toObject();
        QCOMPARE(dmarc.value(u"enforced"_s).toBool(), true);
        QCOMPARE(dmarc.value(u"rfc9989"_s).toObject().value(u"policy"_s).toString(), u"reject"_s);
        QCOMPARE(dmarc.value(u"rfc7489"_s).toObject().value(u"policy"_s).toString(), u"reject"_s);
        const QJsonObject logo = b.value(u"logo"_s).toObject();
        QCOMPARE(logo.value(u"url"_s).toString(), u"https://logos.bimi.test/good.svg"_s);
        QCOMPARE(logo.value(u"valid"_s).toBool(), true);
        QCOMPARE(logo.value(u"errors"_s).toArray().size(), 0);
        QCOMPARE(logo.value(u"title"_s).toString(), u"Example Brand"_s);
        const QJsonObject a = b.value(u"authority"_s).toObject();
        QVERIFY2(a.value(u"valid"_s).toBool(), qPrintable(joined(a.value(u"errors"_s))));
        QCOMPARE(a.value(u"subject"_s).toString(), u"CN=Example Brand good"_s);
        QCOMPARE(a.value(u"issuer"_s).toString(), u"CN=Mailsight Test CA"_s);
        QCOMPARE(a.value(u"sans"_s).toArray(), QJsonArray{u"good.bimi.test"_s});
        QCOMPARE(a.value(u"chainValid"_s).toBool(), true);
        QCOMPARE(a.value(u"logoMatches"_s).toBool(), true);
        QFile svg(qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/bimi/good.svg"_s);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QCOMPARE(
            a.value(u"embeddedSvgSha256"_s).toString(),
            QString::fromLatin1(QCryptographicHash::hash(svg.readAll(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(QDateTime::fromString(a.value(u"notAfter"_s).toString(), Qt::ISODate) >
                QDateTime::currentDateTimeUtc());
    }

    void declinedAndMissingJson() {
        const QJsonObject d = json(u"declined.bimi.test"_s).value(u"bimi"_s).toObject();
        QCOMPARE(d.value(u"declined"_s).toBool(), true);
        QCOMPARE(d.value(u"dmarc"_s).toObject().value(u"checked"_s).toBool(true), false);
        QVERIFY(d.value(u"logo"_s).toObject().value(u"url"_s).isNull());
        const QJsonObject m = json(u"missing.bimi.test"_s);
        QVERIFY(m.value(u"bimi"_s).toObject().value(u"record"_s).isNull());
        // Without a record nothing is fetched and no DMARC record is asked for.
        QCOMPARE(m.value(u"connections"_s).toArray().size(), 0);
        for (const QJsonValue& q : m.value(u"queries"_s).toArray())
            QVERIFY(!q.toObject().value(u"name"_s).toString().startsWith(u"_dmarc."_s));
    }

    // §8.2 step 6: a subdomain without a record of its own gets its organizational domain's, and the
    // DMARC prerequisite is the organizational domain's policy applied to the subdomain.
    void organizationalDomainFallback() {
        const QJsonObject o = json(u"sub.bimiorg.test"_s);
        const QJsonObject b = o.value(u"bimi"_s).toObject();
        QCOMPARE(b.value(u"name"_s).toString(), u"default._bimi.bimiorg.test"_s);
        QCOMPARE(b.value(u"organizationalDomain"_s).toBool(), true);
        QCOMPARE(b.value(u"dmarc"_s).toObject().value(u"enforced"_s).toBool(), true);
        QCOMPARE(
            b.value(u"dmarc"_s).toObject().value(u"rfc7489"_s).toObject().value(u"recordDomain"_s).toString(),
            u"bimiorg.test"_s);
        QCOMPARE(b.value(u"logo"_s).toObject().value(u"valid"_s).toBool(), true);
        QCOMPARE(bimiCodes(o), QStringList{u"BIMI-NO-AUTHORITY"_s});
        const QJsonObject own = json(u"bimiorg.test"_s).value(u"bimi"_s).toObject();
        QCOMPARE(own.value(u"organizationalDomain"_s).toBool(true), false);
    }

    // Without the test CA the logo's HTTPS certificate fails: the logo is not usable.
    void untrustedServer() {
        const auto r = TestSupport::runCli({u"--resolver"_s, u"127.0.0.1:%1"_s.arg(m_nsd), u"--timeout"_s,
                                            u"3000"_s, u"--connect-to"_s, u":443::%1"_s.arg(m_https),
                                            u"transport"_s, u"noauth.bimi.test"_s, u"--format"_s, u"json"_s});
        const QJsonObject o = parse(r.out);
        QVERIFY(bimiCodes(o).contains(u"BIMI-LOGO-INVALID"_s));
        QVERIFY(finding(o, u"BIMI-LOGO-INVALID"_s).value(u"detail"_s).toString().contains(u"certificate"_s));
    }

    void textOutput() {
        const auto r = run({u"transport"_s, u"good.bimi.test"_s});
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"\nBIMI\n"_s), qPrintable(out));
        QVERIFY(out.contains(u"DMARC prerequisite: met"_s));
        QVERIFY(out.contains(u"SVG Tiny PS, "_s));
        QVERIFY(out.contains(u"subject: CN=Example Brand good"_s));
        const QString bad = QString::fromUtf8(run({u"transport"_s, u"scripted.bimi.test"_s}).out);
        QVERIFY(bad.contains(u"NOT valid"_s));
        QVERIFY(bad.contains(u"BIMI-LOGO-INVALID"_s));
    }

private:
    static QJsonObject parse(const QByteArray& out) { return QJsonDocument::fromJson(out).object(); }
};

QTEST_GUILESS_MAIN(TestBimiCli)
#include "tst_bimicli.moc"
