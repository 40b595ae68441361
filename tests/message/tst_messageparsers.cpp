// The header readers of the message analyzer, without DNS: ARC-Authentication-Results, the ARC
// signature tags, Received fields as Postfix, Sendmail, Exim, Gmail and Exchange write them, the
// delivery path (hops, delays, the border hop of the receiving system), the envelope read from the
// receiver's fields, and the From addresses.

#include "message/ArcChainVerifier.h"
#include "message/ArcHeaderParser.h"
#include "message/DeliveryPath.h"
#include "message/MessageAnalyzer.h"
#include "message/MessageEnvelope.h"
#include "message/ReceivedHeaderParser.h"
#include "message/ReceiverVerdict.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestMessageParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void arcAuthenticationResults_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("instance");
        QTest::addColumn<QString>("authServId");
        QTest::addColumn<int>("results");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"i=1; lists.example.org; spf=pass smtp.mfrom=a@d1.example; dkim=pass"_s
                               << 1 << u"lists.example.org"_s << 2 << true;
        QTest::newRow("spaces and comment")
            << u" i = 12 (hop) ; mx.test; arc=pass"_s << 12 << u"mx.test"_s << 1 << true;
        QTest::newRow("none") << u"i=2; mx.test; none"_s << 2 << u"mx.test"_s << 0 << true;
        QTest::newRow("no instance") << u"lists.example.org; spf=pass"_s << 0 << QString() << 0 << false;
        QTest::newRow("instance 0") << u"i=0; mx.test; spf=pass"_s << 0 << u"mx.test"_s << 1 << false;
        QTest::newRow("instance 51") << u"i=51; mx.test; spf=pass"_s << 0 << u"mx.test"_s << 1 << false;
        QTest::newRow("no authserv-id") << u"i=1;"_s << 1 << QString() << 0 << false;
        QTest::newRow("not a number") << u"i=one; mx.test"_s << 0 << u"mx.test"_s << 0 << false;
    }
    void arcAuthenticationResults() {
        QFETCH(QString, value);
        QFETCH(int, instance);
        QFETCH(QString, authServId);
        QFETCH(int, results);
        QFETCH(bool, valid);
        const ArcAuthenticationResults aar = ArcHeaderParser::parseAuthenticationResults(value);
        QCOMPARE(aar.instance, instance);
        QCOMPARE(aar.isValid(), valid);
        if (!authServId.isEmpty())
            QCOMPARE(aar.results.authServId, authServId);
        QCOMPARE(aar.results.results.size(), results);
    }

    void arcSignatureTags_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("seal");
        QTest::addColumn<int>("instance");
        QTest::addColumn<QString>("error"); // a part of the first error, "" for valid
        const QString ams = u"i=1; a=rsa-sha256; d=example.org; s=sel; h=from:to; bh=AAAA; b=AAAA"_s;
        const QString as = u"i=2; a=rsa-sha256; cv=pass; d=example.org; s=sel; b=AAAA"_s;
        QTest::newRow("ams") << ams << false << 1 << QString();
        QTest::newRow("ams v= ignored") << ams + u"; v=2"_s << false << 1 << QString();
        QTest::newRow("ams without From")
            << QString(ams).replace(u"from:to"_s, u"to"_s) << false << 1 << QString();
        QTest::newRow("ams signs the seal")
            << u"i=1; a=rsa-sha256; d=example.org; s=sel; h=from:arc-seal; bh=AAAA; b=AAAA"_s << false << 1
            << u"ARC-Seal"_s;
        QTest::newRow("ams without i=")
            << u"a=rsa-sha256; d=example.org; s=sel; h=from; bh=AAAA; b=AAAA"_s << false << 0 << u"i="_s;
        QTest::newRow("ams i=60") << u"i=60; a=rsa-sha256; d=example.org; s=sel; h=from; bh=AAAA; b=AAAA"_s
                                  << false << 0 << u"i=60"_s;
        QTest::newRow("seal") << as << true << 2 << QString();
        QTest::newRow("seal cv=maybe")
            << u"i=2; a=rsa-sha256; cv=maybe; d=example.org; s=sel; b=AAAA"_s << true << 2 << u"cv=maybe"_s;
        QTest::newRow("seal without cv")
            << u"i=2; a=rsa-sha256; d=example.org; s=sel; b=AAAA"_s << true << 2 << u"cv="_s;
        QTest::newRow("seal with h=") << as + u"; h=from"_s << true << 2 << u"h="_s;
    }
    void arcSignatureTags() {
        QFETCH(QString, value);
        QFETCH(bool, seal);
        QFETCH(int, instance);
        QFETCH(QString, error);
        const DkimSignature s =
            seal ? ArcHeaderParser::parseSeal(value) : ArcHeaderParser::parseMessageSignature(value);
        QCOMPARE(s.instance, instance);
        if (error.isEmpty())
            QVERIFY2(s.isValid(), qPrintable(s.errors.join(u"; "_s)));
        else
            QVERIFY2(!s.isValid() && s.errors.join(u"; "_s).contains(error),
                     qPrintable(s.errors.join(u"; "_s)));
        if (seal)
            QCOMPARE(s.headerCanonicalization, DkimCanonicalization::Relaxed);
    }

    void keysUnreachable() {
        // Without any key answer (DNS failed), a chain fails and says the failure may be temporary.
        const MailMessage m = MailMessage::parse(
            "ARC-Seal: i=1; a=rsa-sha256; cv=none; d=relay.test; s=s; b=AAAA\r\n"
            "ARC-Message-Signature: i=1; a=rsa-sha256; d=relay.test; s=s; h=from; bh=AAAA; b=AAAA\r\n"
            "ARC-Authentication-Results: i=1; relay.test; spf=pass\r\n"
            "From: a@example.com\r\n\r\nbody\r\n");
        const ArcChainResult r = ArcChainVerifier::evaluate(m, {});
        QCOMPARE(r.chain, u"fail"_s);
        QVERIFY(r.temporary);
        QCOMPARE(r.findings.first().code, u"ARC-DNS-ERROR"_s);
        QCOMPARE(ArcChainVerifier::keyNames(m), QStringList{u"s._domainkey.relay.test"_s});
    }

    void received_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("reverseName");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("with");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("forAddress");
        QTest::addColumn<QString>("date"); // ISO UTC, "" when none
        QTest::newRow("postfix")
            << u"from mail.arc.test (mail.arc.test [192.0.2.10]) by mx.receiver.test (Postfix) with ESMTPS "
               u"id "
               u"4Q1x2y3z4 for <bob@receiver.test>; Tue, 10 Nov 2026 09:00:05 +0000 (UTC)"_s
            << u"mail.arc.test"_s << u"mail.arc.test"_s << u"192.0.2.10"_s << u"mx.receiver.test"_s
            << u"ESMTPS"_s << u"4Q1x2y3z4"_s << u"bob@receiver.test"_s << u"2026-11-10T09:00:05Z"_s;
        QTest::newRow("postfix unknown rdns")
            << u"from helo.example.com (unknown [192.0.2.99]) by mx.receiver.test (Postfix) with ESMTP id "
               u"ABC; "
               u"Tue, 10 Nov 2026 10:00:00 +0100"_s
            << u"helo.example.com"_s << QString() << u"192.0.2.99"_s << u"mx.receiver.test"_s << u"ESMTP"_s
            << u"ABC"_s << QString() << u"2026-11-10T09:00:00Z"_s;
        QTest::newRow("exim")
            << u"from mail.arc.test ([192.0.2.10] helo=smtp.arc.test) by mx.receiver.test with esmtps "
               u"(TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <alice@arc.test>) id "
               u"1rABCD-000123-4E "
               u"for bob@receiver.test; Tue, 10 Nov 2026 09:00:05 -0000"_s
            << u"smtp.arc.test"_s << u"mail.arc.test"_s << u"192.0.2.10"_s << u"mx.receiver.test"_s
            << u"esmtps"_s << u"1rABCD-000123-4E"_s << u"bob@receiver.test"_s << u"2026-11-10T09:00:05Z"_s;
        QTest::newRow("exim literal") << u"from [192.0.2.10] (port=41234 helo=laptop) by mx.receiver.test "
                                         u"with esmtpsa; Tue, 10 Nov 2026 "
                                         u"09:00:05 +0000"_s
                                      << u"laptop"_s << QString() << u"192.0.2.10"_s << u"mx.receiver.test"_s
                                      << u"esmtpsa"_s << QString() << QString() << u"2026-11-10T09:00:05Z"_s;
        QTest::newRow("gmail") << u"from mail-sor-f41.example.com (mail-sor-f41.example.com. [2001:db8::41]) "
                                  u"by mx.example.com with "
                                  u"SMTPS id a640c23a62f3a-7b2 for <bob@example.com> (Google Transport "
                                  u"Security); Tue, 10 Nov 2026 "
                                  u"01:00:05 -0800 (PST)"_s
                               << u"mail-sor-f41.example.com"_s << u"mail-sor-f41.example.com"_s
                               << u"2001:db8::41"_s << u"mx.example.com"_s << u"SMTPS"_s
                               << u"a640c23a62f3a-7b2"_s << u"bob@example.com"_s << u"2026-11-10T09:00:05Z"_s;
        QTest::newRow("exchange bare ipv6")
            << u"from AM0PR01MB1234.example.com (2001:db8:10a6:20b::17) by AM0PR01MB5678.example.com "
               u"(2001:db8:10a6:208::22) with Microsoft SMTP Server (version=TLS1_2) id 15.20.7; Tue, 10 Nov "
               u"2026 "
               u"09:00:05 +0000"_s
            << u"AM0PR01MB1234.example.com"_s << QString() << u"2001:db8:10a6:20b::17"_s
            << u"AM0PR01MB5678.example.com"_s << u"Microsoft"_s << u"15.20.7"_s << QString()
            << u"2026-11-10T09:00:05Z"_s;
        QTest::newRow("sendmail ipv6 literal")
            << u"from client.arc.test (client.arc.test [IPv6:2001:db8::25] (may be forged)) by "
               u"mx.receiver.test "
               u"(8.17.1/8.17.1) with ESMTP id 2AA9; Tue, 10 Nov 2026 09:00:05 +0000"_s
            << u"client.arc.test"_s << u"client.arc.test"_s << u"2001:db8::25"_s << u"mx.receiver.test"_s
            << u"ESMTP"_s << u"2AA9"_s << QString() << u"2026-11-10T09:00:05Z"_s;
        QTest::newRow("local, no from")
            << u"by mail.arc.test (Postfix, from userid 1000) id 4Q1; Tue, 10 Nov 2026 "
               u"08:59:59 +0000"_s
            << QString() << QString() << QString() << u"mail.arc.test"_s << QString() << u"4Q1"_s << QString()
            << u"2026-11-10T08:59:59Z"_s;
        QTest::newRow("no weekday, obsolete zone")
            << u"from a.test ([192.0.2.5]) by b.test; 9 Nov 26 23:00:00 EST"_s << u"a.test"_s << QString()
            << u"192.0.2.5"_s << u"b.test"_s << QString() << QString() << QString()
            << u"2026-11-10T04:00:00Z"_s;
    }
    void received() {
        QFETCH(QString, value);
        const ReceivedHop hop = ReceivedHeaderParser::parse(value);
        QVERIFY2(hop.error.isEmpty(), qPrintable(hop.error));
        QTEST(hop.helo, "helo");
        QTEST(hop.reverseName, "reverseName");
        QTEST(hop.ip, "ip");
        QTEST(hop.by, "by");
        QTEST(hop.with, "with");
        QTEST(hop.id, "id");
        QTEST(hop.forAddress, "forAddress");
        QFETCH(QString, date);
        QCOMPARE(hop.date.isValid() ? hop.date.toUTC().toString(Qt::ISODate) : QString(), date);
    }

    void receivedNonsense_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"hello world"_s;
        QTest::newRow("bad date") << u"from a by b; yesterday"_s;
        QTest::newRow("unbalanced") << u"from (a (b [192.0.2.1] by c; ((("_s;
    }
    void receivedNonsense() {
        QFETCH(QString, value);
        const ReceivedHop hop = ReceivedHeaderParser::parse(value);
        QVERIFY(!hop.error.isEmpty());
    }

    void addresses() {
        QCOMPARE(ReceivedHeaderParser::addressIn(u"[192.0.2.1]"_s), u"192.0.2.1"_s);
        QCOMPARE(ReceivedHeaderParser::addressIn(u"IPv6:2001:DB8::1"_s), u"2001:db8::1"_s);
        QCOMPARE(ReceivedHeaderParser::addressIn(u"beef"_s), QString());
        QCOMPARE(ReceivedHeaderParser::addressIn(u"2"_s), QString());
        QCOMPARE(ReceivedHeaderParser::addressIn(u"mail.test"_s), QString());
        QVERIFY(DeliveryPath::isInternalAddress(u"10.1.2.3"_s));
        QVERIFY(DeliveryPath::isInternalAddress(u"127.0.0.1"_s));
        QVERIFY(DeliveryPath::isInternalAddress(u"fd00::1"_s));
        QVERIFY(!DeliveryPath::isInternalAddress(u"192.0.2.1"_s));
        QVERIFY(!DeliveryPath::isInternalAddress(u"2001:db8::1"_s));
    }

    // The receiver takes the message at its border MX, scans it on loopback and hands it to the
    // mailbox server over a private address: the border hop is the one from outside.
    void deliveryPath() {
        const MailMessage m = MailMessage::parse(
            "Return-Path: <alice@arc.test>\r\n"
            "Received: from mx1.receiver.test (mx1.receiver.test [10.0.0.5]) by imap.receiver.test with LMTP "
            "id 77;"
            " Tue, 10 Nov 2026 09:00:09 +0000\r\n"
            "Received: from localhost (localhost [127.0.0.1]) by mx1.receiver.test (amavis) with ESMTP id 66;"
            " Tue, 10 Nov 2026 09:00:08 +0000\r\n"
            "Authentication-Results: mx1.receiver.test; spf=pass smtp.mailfrom=arc.test;\r\n"
            "  dkim=pass header.d=arc.test header.s=mail; dmarc=pass header.from=arc.test\r\n"
            "Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.10; helo=mail.arc.test;"
            " envelope-from=alice@arc.test; receiver=mx1.receiver.test\r\n"
            "Received: from mail.arc.test (mail.arc.test [192.0.2.10]) by mx1.receiver.test (Postfix) with "
            "ESMTPS id"
            " 55; Tue, 10 Nov 2026 09:00:05 +0000\r\n"
            "Authentication-Results: mail.arc.test; dkim=fail header.d=forged.test\r\n"
            "Received: from laptop ([192.0.2.77]) by mail.arc.test with ESMTPSA id 44; Tue, 10 Nov 2026 "
            "07:30:00 "
            "+0000\r\n"
            "From: Alice <alice@arc.test>\r\n\r\nbody\r\n");
        const QString receiver = ReceiverVerdict::topAuthServId(m);
        QCOMPARE(receiver, u"mx1.receiver.test"_s);
        const DeliveryPath path = DeliveryPath::read(m, receiver);
        QCOMPARE(path.hops.size(), 4);
        QCOMPARE(path.hops.first().by, u"mail.arc.test"_s);
        QCOMPARE(path.hops.first().hop, 1);
        QCOMPARE(path.borderHop, 1);
        QCOMPARE(path.connectingIp, u"192.0.2.10"_s);
        QCOMPARE(path.helo, u"mail.arc.test"_s);
        QVERIFY(!path.hops.first().delaySeconds.has_value());
        QCOMPARE(*path.hops.at(1).delaySeconds, qint64(5405));
        QCOMPARE(*path.hops.at(3).delaySeconds, qint64(1));
        QVERIFY(!path.hops.at(0).receivingSystem);
        QVERIFY(path.hops.at(1).receivingSystem && path.hops.at(3).receivingSystem);

        // Only the receiver's own Authentication-Results count, not the sender's further down.
        const ReceiverVerdict v = ReceiverVerdict::read(m, path);
        QCOMPARE(v.headers.size(), 1);
        QCOMPARE(v.dkim.size(), 1);
        QCOMPARE(v.dkim.first().properties.value(u"header.d"_s), u"arc.test"_s);
        QVERIFY(v.receivedSpf.has_value());

        const MessageEnvelope e = MessageEnvelope::read(m, path, v, {}, {}, {});
        QCOMPARE(e.ip, u"192.0.2.10"_s);
        QCOMPARE(e.ipSource, u"Received-SPF client-ip"_s);
        QCOMPARE(e.helo, u"mail.arc.test"_s);
        QCOMPARE(e.mailFrom, u"alice@arc.test"_s);
        QCOMPARE(e.mailFromSource, u"Return-Path"_s);
        QCOMPARE(e.mailFromDomain(), u"arc.test"_s);

        const MessageEnvelope given =
            MessageEnvelope::read(m, path, v, u"192.0.2.99"_s, u"other.test"_s, u"<>"_s);
        QCOMPARE(given.ipSource, u"--ip"_s);
        QCOMPARE(given.helo, u"other.test"_s);
        QVERIFY(given.nullSender);
        QCOMPARE(given.mailFromDomain(), QString());
    }

    void deliveryPathWithoutReceiverFields() {
        // Gmail writes its Received-SPF and Authentication-Results just below its border Received.
        const MailMessage m = MailMessage::parse(
            "Received: by 2002:a05:6520:1234 with SMTP id x; Tue, 10 Nov 2026 09:00:06 -0800\r\n"
            "Return-Path: <bounce@list.test>\r\n"
            "Received: from mail.list.test (mail.list.test. [192.0.2.20]) by mx.example.com with ESMTPS id y "
            "for "
            "<bob@example.com>; Tue, 10 Nov 2026 09:00:05 -0800 (PST)\r\n"
            "Received-SPF: pass (example.com: domain of bounce@list.test designates 192.0.2.20 as permitted "
            "sender)"
            " client-ip=192.0.2.20;\r\n"
            "Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=bounce@list.test; arc=pass\r\n"
            "Received: from mail.arc.test (mail.arc.test [192.0.2.10]) by mail.list.test with ESMTP id z; "
            "Tue, 10 "
            "Nov 2026 17:00:04 +0000\r\n"
            "From: alice@arc.test\r\n\r\nx\r\n");
        const DeliveryPath path = DeliveryPath::read(m, ReceiverVerdict::topAuthServId(m));
        QCOMPARE(path.borderHop, 1);
        QCOMPARE(path.connectingIp, u"192.0.2.20"_s);
        const ReceiverVerdict v = ReceiverVerdict::read(m, path);
        QVERIFY(v.spf && v.arc);
        QCOMPARE(v.arc->result, u"pass"_s);
        QVERIFY(v.receivedSpf.has_value());
        const MessageEnvelope e = MessageEnvelope::read(m, path, v, {}, {}, {});
        QCOMPARE(e.mailFrom, u"bounce@list.test"_s);
        QCOMPARE(e.helo, u"mail.list.test"_s);
    }

    void forgedVerdictBelowTheBorder() {
        // A spoofer writes an Authentication-Results with the receiver's authserv-id into its own
        // header: below the receiver's fields, it is not the receiver's verdict.
        const MailMessage m = MailMessage::parse(
            "Received: from bulk.example.com (bulk.example.com [192.0.2.99]) by mx.receiver.test with ESMTP "
            "id 1;"
            " Tue, 10 Nov 2026 09:00:05 +0000\r\n"
            "Authentication-Results: mx.receiver.test; spf=fail smtp.mailfrom=arc.test; dmarc=fail\r\n"
            "From: alice@arc.test\r\n"
            "Authentication-Results: mx.receiver.test; spf=pass; dkim=pass header.d=arc.test; dmarc=pass\r\n"
            "Subject: x\r\n\r\nx\r\n");
        const DeliveryPath path = DeliveryPath::read(m, ReceiverVerdict::topAuthServId(m));
        QCOMPARE(path.borderHop, 0);
        QCOMPARE(path.trustedFieldLimit(m), 2);
        const ReceiverVerdict v = ReceiverVerdict::read(m, path);
        QCOMPARE(v.headers.size(), 1);
        QCOMPARE(v.spf->result, u"fail"_s);
        QVERIFY(v.dkim.isEmpty());
    }

    void fromAddresses_data() {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QStringList>("addresses");
        QTest::newRow("name and address")
            << QByteArray("From: \"Doe, Jane\" <jane@example.com>\r\n") << QStringList{u"jane@example.com"_s};
        QTest::newRow("bare") << QByteArray("From: jane@example.com (Jane)\r\n")
                              << QStringList{u"jane@example.com"_s};
        QTest::newRow("two addresses") << QByteArray("From: a@example.com, B <b@list.test>\r\n")
                                       << QStringList{u"a@example.com"_s, u"b@list.test"_s};
        QTest::newRow("two fields") << QByteArray("From: a@example.com\r\nFrom: b@arc.test\r\n")
                                    << QStringList{u"a@example.com"_s, u"b@arc.test"_s};
        QTest::newRow("at in name") << QByteArray("From: \"a@evil.test\" <a@example.com>\r\n")
                                    << QStringList{u"a@example.com"_s};
        QTest::newRow("none") << QByteArray("From: undisclosed-recipients:;\r\n") << QStringList{};
    }
    void fromAddresses() {
        QFETCH(QByteArray, headers);
        QFETCH(QStringList, addresses);
        QCOMPARE(MessageAnalyzer::fromAddresses(MailMessage::parse(headers + "\r\nx\r\n")), addresses);
    }

    void pastedInput() {
        const QList<MailMessage> m =
            MessageAnalyzer::readInput("\n\n   From: a@example.com\nSubject: x\n", u"(paste)"_s, true);
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().headers.size(), 2);
        QVERIFY(!m.first().hasHeaderBodySeparator);
    }
};

QTEST_APPLESS_MAIN(TestMessageParsers)
#include "tst_messageparsers.moc"
