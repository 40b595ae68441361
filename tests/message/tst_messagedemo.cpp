// The demo world's received messages (resources/demo/messages, listed by DemoWorld::messages()):
// each is rebuilt here from its story with the demo keys (tests/data/message/keys) and must match
// the stored file byte for byte, so the files cannot drift from the zones; then the analyzer and
// `mailsight-cli --demo message` must tell each story. MAILSIGHT_REGENERATE_DEMO_MESSAGES=1 writes
// the rebuilt files into resources/demo/messages instead of comparing.

#include "MessageTestKit.h"
#include "demo/DemoWorld.h"
#include "message/MessageAnalyzer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace MessageTestKit;

namespace {
const QByteArray receiverAr = "mx.mailbox.test;\r\n\t";

MailMessage signedBy(const MailMessage& m, const QString& domain, const QString& selector,
                     const QString& keyName, qint64 timestamp) {
    DkimSignOptions o;
    o.domain = domain;
    o.selector = selector;
    o.timestamp = timestamp;
    const EvpPkeyPtr k = key(keyName);
    return *DkimSigner::signedMessage(m, k.get(), o);
}

MailMessage received(const MailMessage& m, const QByteArray& value) {
    return prepend(m, "Received", value);
}

MailMessage newsletter(const QByteArray& date = "Tue, 10 Nov 2026 08:00:00 +0000",
                       const QByteArray& messageId = "<nov-2026.news@example.com>") {
    return MailMessage::parse("From: Example News <news@example.com>\r\nTo: Dana <dana@mailbox.test>\r\n"
                              "Subject: Your November update\r\nDate: " +
                              date + "\r\nMessage-ID: " + messageId +
                              "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                              "Hello Dana,\r\n\r\nthis month: new regions, a faster dashboard and the winter "
                              "schedule.\r\n\r\nThe Example team\r\n");
}

MailMessage fromExampleServer(const MailMessage& m, const QByteArray& date) {
    return received(m,
                    "from app1.example.com (app1.example.com [10.0.0.8])\r\n\tby mail.example.com (Postfix) "
                    "with ESMTP id 4R2AB1\r\n\tfor <dana@mailbox.test>; " +
                        date);
}

MailMessage atMailbox(MailMessage m, const QByteArray& helo, const QByteArray& ip,
                      const QByteArray& returnPath, const QByteArray& results, const QByteArray& date) {
    m = prepend(m, "Authentication-Results", receiverAr + results);
    m = prepend(
        m, "Received",
        "from " + helo + " (" + helo + " [" + ip +
            "])\r\n\tby mx.mailbox.test (Postfix) with ESMTPS id 4R2XY9\r\n\tfor <dana@mailbox.test>; " +
            date);
    m = prepend(m, "Received",
                "from mx.mailbox.test (mx.mailbox.test [10.1.0.2])\r\n\tby imap.mailbox.test with LMTP id "
                "kq7;\r\n\t" +
                    date);
    return prepend(m, "Return-Path", returnPath);
}

QHash<QString, QByteArray> buildAll(DnsSession& demo) {
    QHash<QString, QByteArray> out;
    // 1. Straight from example.com's server.
    {
        const MailMessage m = fromExampleServer(
            signedBy(newsletter(), u"example.com"_s, u"msg2026"_s, u"demo-example.com-msg2026"_s, 1794297600),
            "Tue, 10 Nov 2026 08:00:01 +0000");
        out.insert(
            u"example.com-newsletter.eml"_s,
            bytes(atMailbox(
                m, "mail.example.com", "192.0.2.25", "<bounces@example.com>",
                "spf=pass smtp.mailfrom=bounces@example.com;\r\n\tdkim=pass header.d=example.com "
                "header.s=msg2026 header.b=\"" +
                    DkimTagList::compact(
                        DkimSignature::parse(QString::fromLatin1(m.headers.at(1).value())).tags.value(u"b"_s))
                        .left(8)
                        .toLatin1() +
                    "\";\r\n\tdmarc=pass (p=reject) header.from=example.com",
                "Tue, 10 Nov 2026 08:00:03 +0000")));
    }
    // 2. Through the provider's announce list: subject tag, footer, re-signed, sealed.
    {
        MailMessage atList =
            received(fromExampleServer(signedBy(newsletter(), u"example.com"_s, u"msg2026"_s,
                                                u"demo-example.com-msg2026"_s, 1794297600),
                                       "Tue, 10 Nov 2026 08:00:01 +0000"),
                     "from mail.example.com (mail.example.com [192.0.2.25])\r\n\tby lists.provider.test "
                     "(Postfix) with ESMTPS "
                     "id 7LQ2\r\n\tfor <announce@lists.provider.test>; Tue, 10 Nov 2026 08:00:02 +0000");
        const ArcChainResult before = ArcChainVerifier::verify(atList, demo);
        atList = replaceHeader(atList, "Subject", "[announce] Your November update");
        atList = replaceHeader(atList, "To", "announce@lists.provider.test");
        atList.body +=
            "\r\n-- \r\nannounce mailing list - unsubscribe: https://lists.provider.test/announce\r\n";
        atList = prepend(atList, "List-Id", "<announce.lists.provider.test>");
        atList = signedBy(atList, u"lists.provider.test"_s, u"arc2026"_s,
                          u"demo-lists.provider.test-arc2026"_s, 1794297602);
        ArcSealOptions o;
        o.domain = u"lists.provider.test"_s;
        o.selector = u"arc2026"_s;
        o.authServId = u"lists.provider.test"_s;
        o.authResults =
            u"spf=pass smtp.mailfrom=bounces@example.com;\r\n\tdkim=pass header.d=example.com "
            u"header.s=msg2026;\r\n\tdmarc=pass header.from=example.com;\r\n\tarc=%1"_s.arg(before.chain);
        o.chainValidation = before.chain;
        o.timestamp = 1794297602;
        const EvpPkeyPtr k = key(u"demo-lists.provider.test-arc2026"_s);
        const MailMessage sealed = *ArcSigner::seal(atList, k.get(), o);
        out.insert(u"example.com-via-list.eml"_s,
                   bytes(atMailbox(
                       sealed, "lists.provider.test", "192.0.2.60", "<announce-bounces@lists.provider.test>",
                       "spf=pass smtp.mailfrom=announce-bounces@lists.provider.test;\r\n\tdkim=fail "
                       "(body hash did not verify) header.d=example.com header.s=msg2026;\r\n\tdkim=pass "
                       "header.d=lists.provider.test header.s=arc2026;\r\n\tdmarc=fail (p=reject) "
                       "header.from=example.com;\r\n\tarc=pass (i=1 spf=pass dkim=pass dmarc=pass)",
                       "Tue, 10 Nov 2026 08:00:04 +0000")));
    }
    // 3. A spoof of monitor.test from an outside server.
    {
        const MailMessage m = MailMessage::parse(
            "From: Billing <billing@monitor.test>\r\nTo: dana@mailbox.test\r\nSubject: Overdue invoice "
            "4471\r\n"
            "Date: Tue, 10 Nov 2026 11:42:00 +0000\r\nMessage-ID: <4471@bulk.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nYour invoice is overdue. Pay today to avoid "
            "suspension.\r\n");
        out.insert(u"monitor.test-spoof.eml"_s,
                   bytes(atMailbox(
                       m, "smtp.bulk.test", "192.0.2.200", "<billing@monitor.test>",
                       "spf=softfail smtp.mailfrom=billing@monitor.test;\r\n\tdkim=none;\r\n\tdmarc=fail "
                       "(p=none) header.from=monitor.test",
                       "Tue, 10 Nov 2026 11:42:03 +0000")));
    }
    // 4. A June message signed with a selector withdrawn since.
    {
        const MailMessage m = fromExampleServer(
            signedBy(newsletter("Mon, 01 Jun 2026 08:00:00 +0000", "<jun-2026.news@example.com>"),
                     u"example.com"_s, u"msg2025"_s, u"demo-example.com-msg2026"_s, 1780300800),
            "Mon, 01 Jun 2026 08:00:01 +0000");
        out.insert(
            u"example.com-rotated-key.eml"_s,
            bytes(atMailbox(m, "mail.example.com", "192.0.2.25", "<bounces@example.com>",
                            "spf=pass smtp.mailfrom=bounces@example.com;\r\n\tdkim=pass header.d=example.com "
                            "header.s=msg2025;\r\n\tdmarc=pass (p=reject) header.from=example.com",
                            "Mon, 01 Jun 2026 08:00:02 +0000")));
    }
    return out;
}
} // namespace

class TestMessageDemo : public QObject {
    Q_OBJECT
    std::shared_ptr<DnsSession> m_demo;
    QString m_folder;

    MessageAnalysis analyzeFile(const QString& name) {
        QFile f(m_folder + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("%s", qPrintable(f.fileName()));
        MessageAnalyzer::Request r;
        r.message = MessageAnalyzer::readInput(f.readAll(), name, false).first();
        return MessageAnalyzer(m_demo).analyze(r);
    }

private Q_SLOTS:
    void initTestCase() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY2(zones.has_value(), zones ? "" : qPrintable(zones.error()));
        m_demo = std::make_shared<DnsSession>(*zones);
        m_folder = qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + u"/resources/demo/messages/"_s;
    }

    void filesMatchTheirStories() {
        const QHash<QString, QByteArray> built = buildAll(*m_demo);
        QCOMPARE(built.size(), DemoWorld::messages().size());
        const bool regenerate = qEnvironmentVariableIsSet("MAILSIGHT_REGENERATE_DEMO_MESSAGES");
        for (const DemoWorld::Message& demo : DemoWorld::messages()) {
            const QString name = demo.file.section(u'/', -1);
            QVERIFY2(built.contains(name), qPrintable(name));
            QFile onDisk(m_folder + name);
            if (regenerate) {
                QDir().mkpath(m_folder);
                QVERIFY(onDisk.open(QIODevice::WriteOnly));
                onDisk.write(built.value(name));
                continue;
            }
            QVERIFY2(onDisk.open(QIODevice::ReadOnly), qPrintable(onDisk.fileName()));
            QVERIFY2(
                onDisk.readAll() == built.value(name),
                qPrintable(name +
                           u" differs from its story: MAILSIGHT_REGENERATE_DEMO_MESSAGES=1 rewrites it"_s));
            // Compiled in for the GUI and the installed CLI.
            QFile resource(demo.file);
            QVERIFY2(resource.open(QIODevice::ReadOnly), qPrintable(demo.file));
            QCOMPARE(resource.readAll(), built.value(name));
        }
    }

    void newsletterPasses() {
        const MessageAnalysis a = analyzeFile(u"example.com-newsletter.eml"_s);
        QCOMPARE(a.envelope.ip, u"192.0.2.25"_s);
        QCOMPARE(a.path.hops.size(), 3);
        QCOMPARE(a.path.borderHop, 1);
        QCOMPARE(a.spf.result, u"pass"_s);
        QCOMPARE(a.dkim.signatures.first().result, u"pass"_s);
        QCOMPARE(a.dmarc9989.result, u"pass"_s);
        QCOMPARE(a.dmarc7489.result, u"pass"_s);
        QVERIFY2(a.differences.isEmpty(),
                 qPrintable(a.differences.isEmpty() ? QString() : a.differences.first().explanation));
    }

    void listFailsDmarcKeepsArc() {
        const MessageAnalysis a = analyzeFile(u"example.com-via-list.eml"_s);
        QCOMPARE(a.arc.chain, u"pass"_s);
        QCOMPARE(a.arc.sealers, QStringList{u"lists.provider.test"_s});
        QCOMPARE(a.dmarc9989.result, u"fail"_s);
        QCOMPARE(a.dmarc9989.policy, u"reject"_s);
        QVERIFY(a.dmarc9989.arcOverridePlausible);
        QVERIFY2(a.differences.isEmpty(),
                 qPrintable(a.differences.isEmpty() ? QString() : a.differences.first().explanation));
    }

    void spoofFailsButPolicyNone() {
        const MessageAnalysis a = analyzeFile(u"monitor.test-spoof.eml"_s);
        QCOMPARE(a.spf.result, u"softfail"_s);
        QCOMPARE(a.dmarc9989.result, u"fail"_s);
        QCOMPARE(a.dmarc9989.policy, u"none"_s);
        QCOMPARE(a.dmarc9989.disposition, u"none"_s);
        QVERIFY(a.differences.isEmpty());
    }

    void rotatedKeyExplained() {
        const MessageAnalysis a = analyzeFile(u"example.com-rotated-key.eml"_s);
        QCOMPARE(a.dmarc9989.result, u"pass"_s);
        QCOMPARE(a.differences.size(), 1);
        QVERIFY(a.differences.first().explanation.contains(u"msg2025._domainkey.example.com"_s));
    }

    void cliDemo_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("dmarc");
        QTest::newRow("newsletter") << u":/demo/messages/example.com-newsletter.eml"_s << 0 << u"pass"_s;
        QTest::newRow("list (resource)") << u":/demo/messages/example.com-via-list.eml"_s << 1 << u"fail"_s;
        QTest::newRow("list (file)") << m_folder + u"example.com-via-list.eml"_s << 1 << u"fail"_s;
        QTest::newRow("spoof") << u":/demo/messages/monitor.test-spoof.eml"_s << 1 << u"fail"_s;
        QTest::newRow("rotated") << u":/demo/messages/example.com-rotated-key.eml"_s << 0 << u"pass"_s;
    }
    void cliDemo() {
        QFETCH(QString, file);
        QProcess p;
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"),
                {u"--demo"_s, u"--no-history"_s, u"message"_s, file, u"--format"_s, u"json"_s});
        QVERIFY(p.waitForFinished(120000));
        QTEST(p.exitCode(), "code");
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QTEST(o.value(u"dmarc"_s).toObject().value(u"rfc9989"_s).toObject().value(u"result"_s).toString(),
              "dmarc");
    }
};

QTEST_GUILESS_MAIN(TestMessageDemo)
#include "tst_messagedemo.moc"
