// SmtpSubmitter against a real MTA (postfix_fixture.py: Postfix with SMTP AUTH through the Dovecot
// fixture's auth service, delivery over LMTP into the seed mailboxes): STARTTLS and implicit TLS,
// the message in the seed's INBOX with the receiver's dmarc=pass, a dmarcfail@ sender filed into
// the spam folder by Sieve (seed1's Junk with SPECIAL-USE, seed2's Spam without), a wrong password
// (535, the password in no error nor log, nothing delivered) and refused recipients.

#include "net/ConnectionLog.h"
#include "seed/SeedTestMessage.h"
#include "seed/SmtpSubmitter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using E = SmtpSubmitResult::Error;

class TestPostfixSubmission : public QObject {
    Q_OBJECT
    QString m_dir;
    QString m_mail;
    QJsonObject m_ports;
    QList<QSslCertificate> m_ca;

    SeedSubmissionServer server(const QString& name, SeedTlsMode tls, const QString& from) const {
        SeedSubmissionServer s;
        s.host = u"submission.seed.test"_s;
        s.port = quint16(m_ports.value(name).toInt());
        s.tls = tls;
        s.user = m_ports.value(u"user"_s).toString();
        s.password = m_ports.value(u"password"_s).toString();
        s.from = from;
        s.extraCa = m_ca;
        return s;
    }
    NetOptions net(const SeedSubmissionServer& s) const {
        NetOptions o;
        o.connectTo << *ConnectToRule::parse(u"submission.seed.test:%1:127.0.0.1:%1"_s.arg(s.port));
        o.totalTimeoutMs = 15000;
        return o;
    }
    // The delivered copy holding the token, and the Maildir folder it is in ("" for INBOX, ".Junk").
    std::pair<QByteArray, QString> delivered(const QString& user, const QByteArray& token, int waitMs) const {
        const QDeadlineTimer deadline(waitMs);
        do {
            // Maildir++ folders are hidden directories (.Junk): QDir::Hidden, or they are skipped.
            QDirIterator it(m_mail + u"/"_s + user + u"/Maildir"_s, QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString dir = QFileInfo(path).dir().dirName();
                if (dir != u"new"_s && dir != u"cur"_s)
                    continue;
                QFile f(path);
                if (f.open(QIODevice::ReadOnly)) {
                    const QByteArray data = f.readAll();
                    if (data.contains("X-Mailsight-Token: " + token)) {
                        const QString folder = QFileInfo(path).dir().absolutePath();
                        const QString name = QFileInfo(folder).dir().dirName();
                        return {data, name == u"Maildir"_s ? QString() : name};
                    }
                }
            }
            QThread::msleep(100);
        } while (!deadline.hasExpired());
        return {};
    }
    QByteArray maillog() const {
        QFile f(m_ports.value(u"maillog"_s).toString());
        return f.open(QIODevice::ReadOnly) ? f.readAll().right(3000) : QByteArray("(no maillog)");
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir = qEnvironmentVariable("MAILSIGHT_POSTFIX_DIR");
        QFile ports(m_dir + u"/ports.json"_s);
        QVERIFY2(ports.open(QIODevice::ReadOnly), "the Postfix fixture is not running");
        m_ports = QJsonDocument::fromJson(ports.readAll()).object();
        QCOMPARE(m_ports.value(u"mta"_s).toString(), u"postfix"_s);
        QFile ca(m_dir + u"/ca.pem"_s);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        m_ca = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
        QCOMPARE(m_ca.size(), 1);
        m_mail = qEnvironmentVariable("MAILSIGHT_DOVECOT_DIR") + u"/mail"_s;
        QVERIFY2(QDir(m_mail + u"/seed1/Maildir"_s).exists(), "the Dovecot fixture's mail is not there");
    }

    void deliveredToTheInbox_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tls");
        QTest::newRow("STARTTLS") << u"starttls"_s << int(SeedTlsMode::StartTls);
        QTest::newRow("implicit TLS") << u"implicit"_s << int(SeedTlsMode::Implicit);
    }
    void deliveredToTheInbox() {
        QFETCH(QString, name);
        QFETCH(int, tls);
        const SeedSubmissionServer s = server(name, SeedTlsMode(tls), u"audit@example.com"_s);
        ConnectionLog log;
        SmtpSubmitter submitter(net(s), &log);
        const QByteArray token = SeedTestMessage::newToken();
        QByteArray message = SeedTestMessage::build(s.from, {u"seed1@seed.test"_s}, token);
        message += ".a line that starts with a dot\r\n";
        const SmtpSubmitResult r = submitter.submit(s, {u"seed1@seed.test"_s}, message);
        QVERIFY2(r.ok(), qPrintable(r.errorText + u"\n"_s + QString::fromUtf8(maillog())));
        QVERIFY2(r.queueId.contains(u"queued as"_s), qPrintable(r.queueId));
        const auto [copy, folder] = delivered(u"seed1"_s, token, 20000);
        QVERIFY2(!copy.isEmpty(), maillog().constData());
        QCOMPARE(folder, QString());
        QVERIFY2(copy.contains("Authentication-Results: mx.seed.test; dmarc=pass header.from=example.com"),
                 copy.constData());
        QVERIFY(copy.contains("\n.a line that starts with a dot")); // the stuffed dot removed
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.entries().first().outcome, u"ok"_s);
        QVERIFY(log.entries().first().tlsVersion.startsWith(u"TLS"_s));
        QVERIFY(!QJsonDocument(log.toJson()).toJson().contains(s.password.toUtf8()));
    }

    void dmarcFailFiledAsSpam_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("folder");
        QTest::newRow("seed1: Junk, SPECIAL-USE") << u"seed1"_s << u".Junk"_s;
        QTest::newRow("seed2: Spam, no flag") << u"seed2"_s << u".Spam"_s;
    }
    void dmarcFailFiledAsSpam() {
        QFETCH(QString, user);
        QFETCH(QString, folder);
        const SeedSubmissionServer s =
            server(u"starttls"_s, SeedTlsMode::StartTls, u"dmarcfail@example.com"_s);
        SmtpSubmitter submitter(net(s));
        const QString to = user + u"@seed.test"_s;
        const QByteArray token = SeedTestMessage::newToken();
        const SmtpSubmitResult r = submitter.submit(s, {to}, SeedTestMessage::build(s.from, {to}, token));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        const auto [copy, where] = delivered(user, token, 20000);
        QVERIFY2(!copy.isEmpty(), maillog().constData());
        QCOMPARE(where, folder);
        QVERIFY(copy.contains("Authentication-Results: mx.seed.test; dmarc=fail header.from=example.com"));
    }

    void wrongPassword_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tls");
        QTest::newRow("STARTTLS") << u"starttls"_s << int(SeedTlsMode::StartTls);
        QTest::newRow("implicit TLS") << u"implicit"_s << int(SeedTlsMode::Implicit);
    }
    void wrongPassword() {
        QFETCH(QString, name);
        QFETCH(int, tls);
        SeedSubmissionServer s = server(name, SeedTlsMode(tls), u"audit@example.com"_s);
        s.password = u"Wrong-Secret-42"_s;
        ConnectionLog log;
        SmtpSubmitter submitter(net(s), &log);
        const QByteArray token = SeedTestMessage::newToken();
        const SmtpSubmitResult r = submitter.submit(
            s, {u"seed1@seed.test"_s}, SeedTestMessage::build(s.from, {u"seed1@seed.test"_s}, token));
        QCOMPARE(r.error, E::AuthRefused);
        QVERIFY2(r.serverReply.startsWith(u"535"_s), qPrintable(r.serverReply));
        QVERIFY2(r.errorText.contains(u"submitter"_s) && r.errorText.contains(u"535"_s),
                 qPrintable(r.errorText));
        const QString everything =
            r.errorText + r.serverReply + QString::fromUtf8(QJsonDocument(log.toJson()).toJson());
        QVERIFY(!everything.contains(s.password));
        QVERIFY(!everything.contains(QString::fromLatin1(s.password.toUtf8().toBase64())));
        QVERIFY(!everything.contains(m_ports.value(u"password"_s).toString()));
        QVERIFY(delivered(u"seed1"_s, token, 1500).first.isEmpty());
    }

    void recipientsRefused_data() {
        QTest::addColumn<QString>("refused");
        QTest::newRow("refused by the rule") << u"refuse-me@seed.test"_s;
        QTest::newRow("unknown seed user") << u"nobody@seed.test"_s;
        QTest::newRow("outside seed.test") << u"someone@example.net"_s;
    }
    void recipientsRefused() {
        QFETCH(QString, refused);
        const SeedSubmissionServer s = server(u"starttls"_s, SeedTlsMode::StartTls, u"audit@example.com"_s);
        SmtpSubmitter submitter(net(s));
        const QByteArray token = SeedTestMessage::newToken();
        const QStringList to{u"seed1@seed.test"_s, refused};
        const SmtpSubmitResult r = submitter.submit(s, to, SeedTestMessage::build(s.from, to, token));
        QCOMPARE(r.error, E::RecipientRefused);
        QCOMPARE(r.refusedRecipients, QStringList{refused});
        QVERIFY2(r.errorText.contains(u"550"_s), qPrintable(r.errorText));
        QVERIFY(delivered(u"seed1"_s, token, 1500).first.isEmpty());
    }

    void refusedPort() {
        const SeedSubmissionServer s = server(u"refused"_s, SeedTlsMode::StartTls, u"audit@example.com"_s);
        SmtpSubmitter submitter(net(s));
        QCOMPARE(submitter.submit(s, {u"seed1@seed.test"_s}, "Subject: x\r\n\r\nx\r\n").error, E::Refused);
    }
};

QTEST_GUILESS_MAIN(TestPostfixSubmission)
#include "tst_postfixsubmission.moc"
