// SmtpSubmitter against real submission servers (submission_fixture.py, aiosmtpd): STARTTLS with
// AUTH PLAIN, implicit TLS with AUTH LOGIN, dot-stuffing, a wrong password (535, the password in
// no error), a refused recipient, a self-signed certificate, a server without TLS (no AUTH over
// plaintext) and a port where nothing listens.

#include "net/ConnectionLog.h"
#include "seed/SeedTestMessage.h"
#include "seed/SmtpSubmitter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using E = SmtpSubmitResult::Error;

class TestSmtpSubmitter : public QObject {
    Q_OBJECT
    QString m_dir;
    QJsonObject m_ports;
    QList<QSslCertificate> m_ca;

    SeedSubmissionServer server(const QString& name, SeedTlsMode tls) const {
        SeedSubmissionServer s;
        s.host = u"submission.seed.test"_s;
        s.port = quint16(m_ports.value(name).toInt());
        s.tls = tls;
        s.user = m_ports.value(u"user"_s).toString();
        s.password = m_ports.value(u"password"_s).toString();
        s.from = u"audit@example.com"_s;
        s.extraCa = m_ca;
        return s;
    }
    NetOptions net(const SeedSubmissionServer& s) const {
        NetOptions o;
        o.connectTo << *ConnectToRule::parse(u"submission.seed.test:%1:127.0.0.1:%1"_s.arg(s.port));
        o.totalTimeoutMs = 8000;
        return o;
    }
    QByteArray lastSaved(int expectedCount) const {
        QDir dir(m_dir + u"/messages"_s);
        const QStringList files = dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
        if (files.size() != expectedCount)
            return {};
        QFile f(dir.filePath(files.last()));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    int savedCount() const {
        return int(QDir(m_dir + u"/messages"_s).entryList({u"*.eml"_s}, QDir::Files).size());
    }
    QJsonObject lastEnvelope() const {
        QDir dir(m_dir + u"/messages"_s);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QFile f(dir.filePath(files.value(files.size() - 1)));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir = qEnvironmentVariable("MAILSIGHT_SUBMISSION_DIR");
        QFile ports(m_dir + u"/ports.json"_s);
        QVERIFY2(ports.open(QIODevice::ReadOnly), "the submission fixture is not running");
        m_ports = QJsonDocument::fromJson(ports.readAll()).object();
        QFile ca(m_dir + u"/ca.pem"_s);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        m_ca = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
        QCOMPARE(m_ca.size(), 1);
    }

    void dotStuffing() {
        QCOMPARE(SmtpSubmitter::dotStuffed("a\n.b\r\n..c\n"), QByteArray("a\r\n..b\r\n...c\r\n.\r\n"));
        QCOMPARE(SmtpSubmitter::dotStuffed("x"), QByteArray("x\r\n.\r\n"));
    }

    void startTlsAuthPlain() {
        const SeedSubmissionServer s = server(u"starttls"_s, SeedTlsMode::StartTls);
        ConnectionLog log;
        SmtpSubmitter submitter(net(s), &log);
        const int before = savedCount();
        const QByteArray token = SeedTestMessage::newToken();
        QByteArray message =
            SeedTestMessage::build(s.from, {u"seed1@example.com"_s, u"seed2@corp.test"_s}, token);
        message += ".a line that starts with a dot\r\n";
        const SmtpSubmitResult r =
            submitter.submit(s, {u"seed1@example.com"_s, u"seed2@corp.test"_s}, message);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QVERIFY2(r.queueId.contains(u"queued as"_s), qPrintable(r.queueId));
        const QByteArray saved = lastSaved(before + 1);
        QVERIFY(saved.contains("X-Mailsight-Token: " + token));
        QVERIFY(saved.contains("\n.a line that starts with a dot")); // the server removed the stuffed dot
        const QJsonObject envelope = lastEnvelope();
        QCOMPARE(envelope.value(u"mail_from"_s).toString(), u"audit@example.com"_s);
        QCOMPARE(envelope.value(u"rcpt_tos"_s).toArray().size(), 2);
        QCOMPARE(envelope.value(u"user"_s).toString(), u"submitter"_s);
        QCOMPARE(log.size(), 1);
        const ConnectionLogEntry e = log.entries().first();
        QCOMPARE(e.outcome, u"ok"_s);
        QVERIFY(e.tlsVersion.startsWith(u"TLS"_s));
        QVERIFY(!QJsonDocument(log.toJson()).toJson().contains(s.password.toUtf8()));
    }

    void implicitTlsAuthLogin() {
        const SeedSubmissionServer s = server(u"implicit"_s, SeedTlsMode::Implicit);
        SmtpSubmitter submitter(net(s));
        const int before = savedCount();
        const SmtpSubmitResult r =
            submitter.submit(s, {u"seed1@example.com"_s},
                             SeedTestMessage::build(s.from, {u"seed1@example.com"_s}, "ms-implicit-1"));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QVERIFY(lastSaved(before + 1).contains("X-Mailsight-Token: ms-implicit-1"));
    }

    void wrongPassword_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tls");
        QTest::newRow("PLAIN over STARTTLS") << u"starttls"_s << int(SeedTlsMode::StartTls);
        QTest::newRow("LOGIN over implicit TLS") << u"implicit"_s << int(SeedTlsMode::Implicit);
    }
    void wrongPassword() {
        QFETCH(QString, name);
        QFETCH(int, tls);
        SeedSubmissionServer s = server(name, SeedTlsMode(tls));
        s.password = u"Wrong-Secret-42"_s;
        ConnectionLog log;
        SmtpSubmitter submitter(net(s), &log);
        const int before = savedCount();
        const SmtpSubmitResult r = submitter.submit(s, {u"seed1@example.com"_s}, "Subject: x\r\n\r\nx\r\n");
        QCOMPARE(r.error, E::AuthRefused);
        QCOMPARE(SmtpSubmitResult::errorName(r.error), u"auth-refused"_s);
        QVERIFY2(r.serverReply.startsWith(u"535"_s), qPrintable(r.serverReply));
        QVERIFY2(r.errorText.contains(u"submitter"_s) && r.errorText.contains(u"535"_s),
                 qPrintable(r.errorText));
        const QString everything =
            r.errorText + r.serverReply + QString::fromUtf8(QJsonDocument(log.toJson()).toJson());
        QVERIFY(!everything.contains(s.password));
        QVERIFY(!everything.contains(QString::fromLatin1(s.password.toUtf8().toBase64())));
        QVERIFY(
            !everything.contains(QString::fromLatin1(("\0submitter\0"_ba + s.password.toUtf8()).toBase64())));
        QCOMPARE(savedCount(), before);
    }

    void recipientRefused() {
        const SeedSubmissionServer s = server(u"starttls"_s, SeedTlsMode::StartTls);
        SmtpSubmitter submitter(net(s));
        const int before = savedCount();
        const SmtpSubmitResult r = submitter.submit(s, {u"seed1@example.com"_s, u"refuse-me@example.com"_s},
                                                    "Subject: x\r\n\r\nx\r\n");
        QCOMPARE(r.error, E::RecipientRefused);
        QCOMPARE(r.refusedRecipients, QStringList{u"refuse-me@example.com"_s});
        QVERIFY2(r.errorText.contains(u"550"_s), qPrintable(r.errorText));
        QCOMPARE(savedCount(), before);
    }

    void selfSignedRefused() {
        SeedSubmissionServer s = server(u"selfsigned"_s, SeedTlsMode::Implicit);
        SmtpSubmitter submitter(net(s));
        const SmtpSubmitResult r = submitter.submit(s, {u"seed1@example.com"_s}, "Subject: x\r\n\r\nx\r\n");
        QCOMPARE(r.error, E::TlsCertificate);
        QVERIFY2(r.errorText.contains(u"certificate"_s), qPrintable(r.errorText));
    }

    void noTlsNoPassword() {
        const SeedSubmissionServer s = server(u"plain"_s, SeedTlsMode::StartTls);
        SmtpSubmitter submitter(net(s));
        const SmtpSubmitResult r = submitter.submit(s, {u"seed1@example.com"_s}, "Subject: x\r\n\r\nx\r\n");
        QCOMPARE(r.error, E::TlsHandshake);
        QVERIFY2(r.errorText.contains(u"does not offer STARTTLS"_s), qPrintable(r.errorText));
    }

    void refusedPort() {
        const SeedSubmissionServer s = server(u"refused"_s, SeedTlsMode::StartTls);
        SmtpSubmitter submitter(net(s));
        const SmtpSubmitResult r = submitter.submit(s, {u"seed1@example.com"_s}, "Subject: x\r\n\r\nx\r\n");
        QCOMPARE(r.error, E::Refused);
        QVERIFY2(r.errorText.contains(u"refused"_s), qPrintable(r.errorText));
    }

    void offline() {
        const SeedSubmissionServer s = server(u"starttls"_s, SeedTlsMode::StartTls);
        NetOptions o = net(s);
        o.offline = true;
        SmtpSubmitter submitter(o);
        const int before = savedCount();
        const SmtpSubmitResult r = submitter.submit(s, {u"seed1@example.com"_s}, "Subject: x\r\n\r\nx\r\n");
        QCOMPARE(r.error, E::Refused);
        QVERIFY(r.errorText.startsWith(u"offline"_s));
        QCOMPARE(savedCount(), before);
    }

    void cancelBeforeStart() {
        const SeedSubmissionServer s = server(u"starttls"_s, SeedTlsMode::StartTls);
        SmtpSubmitter submitter(net(s));
        submitter.cancel();
        QCOMPARE(submitter.submit(s, {u"seed1@example.com"_s}, "x").error, E::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSmtpSubmitter)
#include "tst_smtpsubmitter.moc"
