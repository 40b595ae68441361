// `mailsight-cli transport --probe-smtp` against real SMTP servers (aiosmtpd, smtp_fixture.py):
// STARTTLS with a good, an expiring, an expired, a self-signed and a wrong-name certificate, one
// stuck at TLS 1.1, a
// server without STARTTLS, a silent port and a refused one, each MX host sent to its own port with
// --connect-to. NSD serves smtp.transport.test.
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStarttlsCli : public QObject {
    Q_OBJECT
private:
    QStringList m_args;
    QJsonObject m_result;
    int m_exit = -1;

    QStringList findingsFor(const QString& host) const {
        QStringList out;
        for (const QJsonValue& v : m_result.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"code"_s).toString().startsWith(u"STARTTLS-"_s) &&
                f.value(u"detail"_s).toString().contains(host + u" ("_s))
                out << f.value(u"code"_s).toString();
        }
        out.sort();
        return out;
    }
    QJsonObject probe(const QString& name) const {
        return m_result.value(u"starttls"_s)
            .toObject()
            .value(u"mx-%1.smtp.transport.test"_s.arg(name))
            .toObject();
    }

private Q_SLOTS:
    void initTestCase() {
        const quint16 nsd = TestSupport::nsdPort();
        QVERIFY2(nsd, "the NSD fixture is not running");
        const QString dir = qEnvironmentVariable("MAILSIGHT_SMTP_DIR");
        QFile file(dir + u"/ports.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the smtp fixture is not running");
        const QJsonObject ports = QJsonDocument::fromJson(file.readAll()).object();
        m_args = QStringList{u"--resolver"_s, u"127.0.0.1:%1"_s.arg(nsd), u"--ca-file"_s, dir + u"/ca.pem"_s};
        for (auto it = ports.begin(); it != ports.end(); ++it)
            m_args << u"--connect-to"_s
                   << u"mx-%1.smtp.transport.test:25:127.0.0.1:%2"_s.arg(it.key()).arg(it.value().toInt());
        const auto r = TestSupport::runCli(m_args + QStringList{u"transport"_s, u"smtp.transport.test"_s,
                                                                u"--probe-smtp"_s, u"--format"_s, u"json"_s});
        m_exit = r.exitCode;
        m_result = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!m_result.isEmpty(), r.err.constData());
    }

    void exitCodeCountsTheErrors() { QCOMPARE(m_exit, 1); } // STARTTLS-NOT-OFFERED is an error

    void perHost_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("good") << u"good"_s << u"tls"_s << QStringList{};
        QTest::newRow("expiring") << u"expiring"_s << u"tls"_s << QStringList{u"STARTTLS-CERT-EXPIRING"_s};
        QTest::newRow("expired") << u"expired"_s << u"tls"_s << QStringList{u"STARTTLS-CERT-INVALID"_s};
        QTest::newRow("selfsigned") << u"selfsigned"_s << u"tls"_s << QStringList{u"STARTTLS-CERT-INVALID"_s};
        QTest::newRow("wrongname") << u"wrongname"_s << u"tls"_s << QStringList{u"STARTTLS-CERT-NAME"_s};
        QTest::newRow("oldtls") << u"oldtls"_s << u"tls"_s << QStringList{u"STARTTLS-OLD-TLS"_s};
        QTest::newRow("plain") << u"plain"_s << u"not-offered"_s << QStringList{u"STARTTLS-NOT-OFFERED"_s};
        QTest::newRow("silent") << u"silent"_s << u"timeout"_s << QStringList{u"STARTTLS-UNREACHABLE"_s};
        QTest::newRow("refused") << u"refused"_s << u"refused"_s << QStringList{u"STARTTLS-UNREACHABLE"_s};
    }
    void perHost() {
        QFETCH(QString, name);
        QFETCH(QString, outcome);
        QFETCH(QStringList, codes);
        const QJsonObject p = probe(name);
        QCOMPARE(p.value(u"outcome"_s).toString(), outcome);
        QCOMPARE(findingsFor(u"mx-%1.smtp.transport.test"_s.arg(name)), codes);
        if (outcome == u"tls"_s) {
            QCOMPARE(p.value(u"offered"_s).toBool(), true);
            QVERIFY(p.value(u"tlsVersion"_s).toString().startsWith(u"TLSv1."_s));
            QVERIFY(!p.value(u"cipher"_s).toString().isEmpty());
            const QJsonObject cert = p.value(u"certificate"_s).toObject();
            QVERIFY(!cert.value(u"subject"_s).toString().isEmpty());
            QCOMPARE(cert.value(u"chainValid"_s).toBool(), name != u"expired"_s && name != u"selfsigned"_s);
            QCOMPARE(cert.value(u"nameMatches"_s).toBool(), name != u"wrongname"_s);
        } else if (outcome == u"not-offered"_s) {
            QCOMPARE(p.value(u"offered"_s).toBool(true), false);
        } else {
            // A silent or refused port says nothing about TLS: "offered" is unknown, not false.
            QVERIFY(p.value(u"offered"_s).isNull());
            QVERIFY(!p.value(u"error"_s).toString().isEmpty());
        }
    }

    void evidenceHasEveryConnection() {
        const QJsonArray connections = m_result.value(u"connections"_s).toArray();
        QCOMPARE(connections.size(), 9);
        int tls = 0;
        for (const QJsonValue& v : connections) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(u"protocol"_s).toString(), u"smtp"_s);
            QCOMPARE(c.value(u"port"_s).toInt(), 25);
            QCOMPARE(c.value(u"address"_s).toString(), u"127.0.0.1"_s);
            if (c.value(u"outcome"_s).toString() == u"tls"_s) {
                ++tls;
                QVERIFY(!c.value(u"chain"_s).toArray().isEmpty());
            }
        }
        QCOMPARE(tls, 6);
        QCOMPARE(probe(u"oldtls"_s).value(u"tlsVersion"_s).toString(), u"TLSv1.1"_s);
        const QJsonObject expired = probe(u"expired"_s).value(u"certificate"_s).toObject();
        QVERIFY(expired.value(u"notAfter"_s).toString().startsWith(u"2020-02-01"_s));
    }

    void noProbeWithoutTheOption() {
        const auto r = TestSupport::runCli(
            m_args + QStringList{u"transport"_s, u"smtp.transport.test"_s, u"--format"_s, u"json"_s});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!o.contains(u"starttls"_s));
        QCOMPARE(o.value(u"connections"_s).toArray().size(), 0);
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestStarttlsCli)
#include "tst_starttlscli.moc"
