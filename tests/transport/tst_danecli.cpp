// `mailsight-cli transport --probe-smtp` with DANE against real servers: NSD serves the MX hosts
// of dane.transport.test, the smtp fixture's servers present their certificates, and the TLSA
// records are made here, at test time, from those certificates (digests by the openssl tool) and
// overlaid on NSD as staged zone files (--zone): mx-ee has a single matching 3 1 1 record, mx-stale
// a 3 1 1 record for another key, mx-ta a 2 0 1 record for the test CA its server sends above its
// certificate, mx-none nothing.
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray openssl(const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(u"openssl"_s, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QString spkiSha256(const QString& pem) {
    const QByteArray key = openssl({u"x509"_s, u"-in"_s, pem, u"-noout"_s, u"-pubkey"_s});
    const QByteArray spki = openssl({u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s}, key);
    return QString::fromLatin1(openssl({u"dgst"_s, u"-sha256"_s, u"-binary"_s}, spki).toHex());
}

QString certSha256(const QString& pem) {
    const QByteArray der = openssl({u"x509"_s, u"-in"_s, pem, u"-outform"_s, u"DER"_s});
    return QString::fromLatin1(openssl({u"dgst"_s, u"-sha256"_s, u"-binary"_s}, der).toHex());
}
} // namespace

class TestDaneCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_args;
    QString m_goodKey, m_expiringKey, m_caCert;
    QJsonObject m_result;
    QByteArray m_text;

    QString writeZone(const QString& host, const QStringList& rdatas) {
        const QString name = u"_25._tcp.%1.dane.transport.test"_s.arg(host);
        QString text = u"$ORIGIN %1.\n$TTL 300\n"_s.arg(name);
        for (const QString& r : rdatas)
            text += u"@ IN TLSA %1\n"_s.arg(r);
        const QString path = m_dir.filePath(name + u".zone"_s); // the origin is the file name
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }
    QJsonObject mx(const QString& host) const {
        for (const QJsonValue& v : m_result.value(u"mx"_s).toArray())
            if (v.toObject().value(u"host"_s).toString() == host + u".dane.transport.test"_s)
                return v.toObject();
        return {};
    }
    QStringList daneCodes(const QJsonObject& result, const QString& host) const {
        QStringList out;
        for (const QJsonValue& v : result.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"code"_s).toString().startsWith(u"DANE-"_s) &&
                f.value(u"detail"_s).toString().contains(host + u".dane.transport.test"_s))
                out << f.value(u"code"_s).toString();
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        const quint16 nsd = TestSupport::nsdPort();
        QVERIFY2(nsd, "the NSD fixture is not running");
        const QString dir = qEnvironmentVariable("MAILSIGHT_SMTP_DIR");
        QFile file(dir + u"/ports.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the smtp fixture is not running");
        const QJsonObject ports = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(ports.contains(u"danechain"_s), "the smtp fixture has no danechain server");
        m_goodKey = spkiSha256(dir + u"/pki/good.pem"_s);
        m_expiringKey = spkiSha256(dir + u"/pki/expiring.pem"_s);
        m_caCert = certSha256(dir + u"/ca.pem"_s);
        QCOMPARE(m_goodKey.size(), 64);
        QCOMPARE(m_caCert.size(), 64);
        QVERIFY(m_goodKey != m_expiringKey);
        const quint16 good = quint16(ports.value(u"good"_s).toInt());
        const quint16 chain = quint16(ports.value(u"danechain"_s).toInt());
        m_args = QStringList{u"--resolver"_s,   u"127.0.0.1:%1"_s.arg(nsd),
                             u"--ca-file"_s,    dir + u"/ca.pem"_s,
                             u"--connect-to"_s, u"mx-ee.dane.transport.test:25:127.0.0.1:%1"_s.arg(good),
                             u"--connect-to"_s, u"mx-stale.dane.transport.test:25:127.0.0.1:%1"_s.arg(good),
                             u"--connect-to"_s, u"mx-ta.dane.transport.test:25:127.0.0.1:%1"_s.arg(chain),
                             u"--connect-to"_s, u"mx-none.dane.transport.test:25:127.0.0.1:%1"_s.arg(good),
                             u"--zone"_s,       writeZone(u"mx-ee"_s, {u"3 1 1 "_s + m_goodKey}),
                             u"--zone"_s,       writeZone(u"mx-stale"_s, {u"3 1 1 "_s + m_expiringKey}),
                             u"--zone"_s,       writeZone(u"mx-ta"_s, {u"2 0 1 "_s + m_caCert})};
        const auto r = TestSupport::runCli(m_args + QStringList{u"transport"_s, u"dane.transport.test"_s,
                                                                u"--probe-smtp"_s, u"--format"_s, u"json"_s});
        m_result = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!m_result.isEmpty(), r.err.constData());
        QCOMPARE(r.exitCode, 1); // DANE-TLSA-MISMATCH is an error
        const auto text = TestSupport::runCli(
            m_args + QStringList{u"transport"_s, u"dane.transport.test"_s, u"--probe-smtp"_s});
        m_text = text.out;
    }

    void singleMatchingEndEntity() {
        const QJsonObject d = mx(u"mx-ee"_s).value(u"dane"_s).toObject();
        QCOMPARE(d.value(u"name"_s).toString(), u"_25._tcp.mx-ee.dane.transport.test"_s);
        QCOMPARE(d.value(u"matches"_s), QJsonValue(true));
        QCOMPARE(d.value(u"state"_s).toString(), u"matches"_s);
        const QJsonArray tlsa = d.value(u"tlsa"_s).toArray();
        QCOMPARE(tlsa.size(), 1);
        const QJsonObject r = tlsa.at(0).toObject();
        QCOMPARE(r.value(u"usage"_s).toInt(), 3);
        QCOMPARE(r.value(u"selector"_s).toInt(), 1);
        QCOMPARE(r.value(u"matchingType"_s).toInt(), 1);
        QCOMPARE(r.value(u"data"_s).toString(), m_goodKey);
        QCOMPARE(r.value(u"matches"_s), QJsonValue(true));
        QVERIFY(r.value(u"meaning"_s).toString().contains(u"this exact server key"_s));
        // The validator starts from the root key, which this test server cannot serve (it refuses
        // `.`): the status names the failure instead of guessing.
        const QJsonObject dnssec = d.value(u"dnssec"_s).toObject();
        QCOMPARE(dnssec.value(u"status"_s).toString(), u"indeterminate"_s);
        QVERIFY2(!dnssec.value(u"reason"_s).toString().isEmpty(), "no reason given");
        QCOMPARE(daneCodes(m_result, u"mx-ee"_s), QStringList{u"DANE-SINGLE-RECORD"_s});
    }

    void staleKeyMismatches() {
        const QJsonObject d = mx(u"mx-stale"_s).value(u"dane"_s).toObject();
        QCOMPARE(d.value(u"matches"_s), QJsonValue(false));
        QCOMPARE(d.value(u"tlsa"_s).toArray().at(0).toObject().value(u"matches"_s), QJsonValue(false));
        QCOMPARE(daneCodes(m_result, u"mx-stale"_s), QStringList{u"DANE-TLSA-MISMATCH"_s});
        for (const QJsonValue& v : m_result.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"code"_s).toString() != u"DANE-TLSA-MISMATCH"_s)
                continue;
            QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
            QVERIFY2(f.value(u"detail"_s).toString().contains(m_expiringKey.left(40)),
                     qPrintable(f.value(u"detail"_s).toString()));
        }
    }

    void trustAnchorInTheChain() {
        const QJsonObject d = mx(u"mx-ta"_s).value(u"dane"_s).toObject();
        QCOMPARE(d.value(u"matches"_s), QJsonValue(true));
        const QJsonObject r = d.value(u"tlsa"_s).toArray().at(0).toObject();
        QCOMPARE(r.value(u"usage"_s).toInt(), 2);
        QCOMPARE(r.value(u"matchedCertificate"_s).toInt(), 1); // the CA, above the server's own
        QCOMPARE(daneCodes(m_result, u"mx-ta"_s), QStringList{});
    }

    void noRecords() {
        const QJsonObject d = mx(u"mx-none"_s).value(u"dane"_s).toObject();
        QCOMPARE(d.value(u"state"_s).toString(), u"none"_s);
        QCOMPARE(d.value(u"tlsa"_s).toArray().size(), 0);
        QVERIFY(d.value(u"matches"_s).isNull());
        QCOMPARE(daneCodes(m_result, u"mx-none"_s), QStringList{});
    }

    void tlsaQuestionsAreInTheEvidence() {
        QStringList asked;
        for (const QJsonValue& v : m_result.value(u"queries"_s).toArray()) {
            const QJsonObject q = v.toObject();
            if (q.value(u"type"_s).toString() == u"TLSA"_s)
                asked << q.value(u"name"_s).toString();
        }
        asked.sort();
        asked.removeDuplicates(); // the validator asks the TLSA set again (a cache hit, logged)
        QCOMPARE(asked, (QStringList{u"_25._tcp.mx-ee.dane.transport.test"_s,
                                     u"_25._tcp.mx-none.dane.transport.test"_s,
                                     u"_25._tcp.mx-stale.dane.transport.test"_s,
                                     u"_25._tcp.mx-ta.dane.transport.test"_s}));
    }

    void textShowsDane() {
        const QString text = QString::fromUtf8(m_text);
        QVERIFY2(text.contains(u"DANE: the presented certificate matches"_s), m_text.constData());
        QVERIFY(text.contains(u"DANE: NO record matches the presented certificate"_s));
        QVERIFY(text.contains(u"DANE: no TLSA records at _25._tcp.mx-none.dane.transport.test"_s));
        QVERIFY(text.contains(u"TLSA 3 1 1 "_s + m_goodKey));
        QVERIFY(text.contains(u"DANE-TA(2)"_s));
    }

    void notProbedMeansUnknown() {
        const auto r = TestSupport::runCli(
            m_args + QStringList{u"transport"_s, u"dane.transport.test"_s, u"--format"_s, u"json"_s});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QJsonObject stale;
        for (const QJsonValue& v : o.value(u"mx"_s).toArray())
            if (v.toObject().value(u"host"_s).toString() == u"mx-stale.dane.transport.test"_s)
                stale = v.toObject().value(u"dane"_s).toObject();
        QCOMPARE(stale.value(u"tlsa"_s).toArray().size(), 1);
        QVERIFY(stale.value(u"matches"_s).isNull());
        QCOMPARE(stale.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(daneCodes(o, u"mx-stale"_s), QStringList{u"DANE-SINGLE-RECORD"_s});
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDaneCli)
#include "tst_danecli.moc"
