// Message verification: the RFC 8463 and dkimpy conformance messages verify as expected (LF files
// turned into CRLF), and each failure mode is told apart from the others.

#include "DkimTestZone.h"
#include "dkim/DkimKeyMatcher.h"
#include "dkim/DkimSigner.h"
#include "dkim/DkimVerifier.h"

#include <QtTest>

class TestDkimVerify : public QObject {
    Q_OBJECT

    static QString footballZone() {
        return txtLine(QStringLiteral("brisbane._domainkey.football.example.com"),
                       QStringLiteral("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")) +
               txtLine(QStringLiteral("test._domainkey.football.example.com"),
                       QString::fromLatin1(readData(QStringLiteral("dkim/dkimpy/data/test.txt")).trimmed()));
    }

    // A message signed now with the dkimpy 2048-bit test key, published at s2048._domainkey.example.com.
    static MailMessage plainMessage() {
        return MailMessage::parse(readData(QStringLiteral("dkim/dkimpy/data/test.message")));
    }
    static EvpPkeyPtr testKey() {
        QByteArray pem = readData(QStringLiteral("dkim/dkimpy/data/2048_testkey.key"));
        auto key = DkimKeyMatcher::readPrivateKey(pem);
        if (!key)
            qFatal("key: %s", qPrintable(key.error()));
        return std::move(*key);
    }
    static QString publicRecord() {
        return QString::fromLatin1(
            readData(QStringLiteral("dkim/dkimpy/data/2048_testkey_wo_markers.pub.txt")).trimmed());
    }
    static DkimSignOptions options() {
        DkimSignOptions o;
        o.domain = QStringLiteral("example.com");
        o.selector = QStringLiteral("s2048");
        o.timestamp = QDateTime::currentSecsSinceEpoch();
        return o;
    }
    static DkimVerification verifyWith(const MailMessage& m, const QString& records) {
        auto session = zoneSession(QStringLiteral("example.com"), records);
        return DkimVerifier::verify(m, *session);
    }

private Q_SLOTS:
    void conformance_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("results");
        QTest::newRow("rfc8463 appendix A (mailauth), relaxed")
            << QStringLiteral("dkim/rfc8463/signed.eml") << QStringLiteral("football.example.com")
            << footballZone() << QStringList{u"pass"_qs, u"pass"_qs};
        QTest::newRow("dkimpy rfc6376.signed.msg, simple")
            << QStringLiteral("dkim/dkimpy/data/rfc6376.signed.msg") << QStringLiteral("football.example.com")
            << footballZone() << QStringList{u"pass"_qs, u"pass"_qs};
        QTest::newRow("dkimpy rfc6376.signed.rsa.msg")
            << QStringLiteral("dkim/dkimpy/data/rfc6376.signed.rsa.msg")
            << QStringLiteral("football.example.com") << footballZone() << QStringList{u"pass"_qs};
        QTest::newRow("dkimpy ed25519test2.msg (exim, CRLF)")
            << QStringLiteral("dkim/dkimpy/data/ed25519test2.msg") << QStringLiteral("test.ex")
            << txtLine(
                   QStringLiteral("sed._domainkey.test.ex"),
                   QString::fromLatin1(readData(QStringLiteral("dkim/dkimpy/data/eximtest.dns")).trimmed()))
            << QStringList{u"pass"_qs};
        QTest::newRow("dkimpy test.message.baddomain")
            << QStringLiteral("dkim/dkimpy/data/test.message.baddomain") << QStringLiteral("example.com")
            << QString() << QStringList{u"permerror"_qs};
        QTest::newRow("dkimpy rfc6376.signed.msg, keys missing")
            << QStringLiteral("dkim/dkimpy/data/rfc6376.signed.msg") << QStringLiteral("football.example.com")
            << QString() << QStringList{u"permerror"_qs, u"permerror"_qs};
    }
    void conformance() {
        QFETCH(QString, file);
        QFETCH(QString, origin);
        QFETCH(QString, zone);
        QFETCH(QStringList, results);
        const MailMessage m = MailMessage::parse(readData(file));
        auto session = zoneSession(origin, zone);
        const DkimVerification v = DkimVerifier::verify(m, *session);
        QStringList got;
        for (const auto& s : v.signatures)
            got << s.result;
        if (got != results)
            for (const auto& s : v.signatures)
                qWarning() << s.result << s.reason;
        QCOMPARE(got, results);
    }

    void lineEndingsConverted() {
        const MailMessage lf = MailMessage::parse(readData(QStringLiteral("dkim/rfc8463/signed.eml")));
        QVERIFY(lf.convertedLineEndings);
        const MailMessage crlf =
            MailMessage::parse(readData(QStringLiteral("dkim/dkimpy/data/ed25519test2.msg")));
        QVERIFY(!crlf.convertedLineEndings);
    }

    void authenticationResultsAndAlignment() {
        const MailMessage m = MailMessage::parse(readData(QStringLiteral("dkim/rfc8463/signed.eml")));
        auto session = zoneSession(QStringLiteral("football.example.com"), footballZone());
        const DkimVerification v = DkimVerifier::verify(m, *session);
        QCOMPARE(v.fromDomain, QStringLiteral("football.example.com"));
        QVERIFY(v.dmarcAligned);
        QCOMPARE(v.signatures.at(0).alignment.summary(), QStringLiteral("strict"));
        // h= lists from twice, with one From: over-signed.
        QVERIFY(v.signatures.at(0).overSignedHeaders.contains(QStringLiteral("from")));

        const MailMessage withAr =
            MailMessage::parse(readData(QStringLiteral("dkim/dkimpy/data/test.message")));
        const DkimVerification w = DkimVerifier::assemble(withAr, {});
        QCOMPARE(w.authenticationResults.size(), 1);
        const auto& ar = w.authenticationResults.first();
        QCOMPARE(ar.authServId, QStringLiteral("lists.example.org"));
        QStringList methods;
        for (const auto& r : ar.results)
            methods << r.method + QLatin1Char('=') + r.result;
        QCOMPARE(methods, (QStringList{u"arc=none"_qs, u"spf=pass"_qs, u"dkim=pass"_qs, u"dmarc=pass"_qs}));
        QCOMPARE(ar.results.at(1).properties.value(QStringLiteral("smtp.mfrom")),
                 QStringLiteral("jqd@d1.example"));
        QVERIFY(w.findings.first().code == QStringLiteral("DKIM-SIG-NONE"));

        const auto spf = AuthenticationResultsHeader::parseReceivedSpf(QStringLiteral(
            "pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted "
            "sender) receiver=mybox.example.org; client-ip=192.0.2.1; "
            "envelope-from=\"myname@example.com\";"));
        QCOMPARE(spf.results.first().result, QStringLiteral("pass"));
        QCOMPARE(spf.results.first().properties.value(QStringLiteral("client-ip")),
                 QStringLiteral("192.0.2.1"));
        QCOMPARE(spf.results.first().properties.value(QStringLiteral("envelope-from")),
                 QStringLiteral("myname@example.com"));
    }

    void relaxedAlignment() {
        // Without a session RFC 9989 cannot walk the tree; RFC 7489 uses the Public Suffix List.
        const DmarcAlignment offline(nullptr);
        QCOMPARE(offline.align(u"example.co.uk"_qs, u"mail.example.co.uk"_qs, DmarcAlignmentMode::Relaxed)
                     .rfc7489.how(),
                 QStringLiteral("relaxed"));
        QCOMPARE(
            offline.align(u"other.co.uk"_qs, u"example.co.uk"_qs, DmarcAlignmentMode::Relaxed).rfc7489.how(),
            QStringLiteral("none"));
        QCOMPARE(offline.align(u"example.com"_qs, u"Example.com"_qs, DmarcAlignmentMode::Strict).summary(),
                 QStringLiteral("strict"));
    }

    void failureModes_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("code");
        QTest::newRow("pass") << u"pass"_qs << u"pass"_qs << QString();
        QTest::newRow("body changed") << u"body"_qs << u"fail"_qs << u"DKIM-SIG-BODY-HASH"_qs;
        QTest::newRow("header changed") << u"header"_qs << u"fail"_qs << u"DKIM-SIG-BAD-SIGNATURE"_qs;
        QTest::newRow("key missing") << u"missing"_qs << u"permerror"_qs << u"DKIM-SIG-KEY-MISSING"_qs;
        QTest::newRow("key revoked") << u"revoked"_qs << u"permerror"_qs << u"DKIM-KEY-REVOKED"_qs;
        // Verifies, but refused by policy: RFC 8601's "policy" (issue 13, defect 6).
        QTest::newRow("expired") << u"expired"_qs << u"policy"_qs << u"DKIM-SIG-EXPIRED"_qs;
        QTest::newRow("other key") << u"otherkey"_qs << u"fail"_qs << u"DKIM-SIG-BAD-SIGNATURE"_qs;
        QTest::newRow("rsa-sha1") << u"sha1"_qs << u"policy"_qs << u"DKIM-SHA1"_qs;
        QTest::newRow("l= then appended") << u"length"_qs << u"pass"_qs << u"DKIM-SIG-BODY-LENGTH"_qs;
        QTest::newRow("simple/simple") << u"simple"_qs << u"pass"_qs << QString();
    }
    void failureModes() {
        QFETCH(QString, mode);
        QFETCH(QString, result);
        QFETCH(QString, code);
        EvpPkeyPtr key = testKey();
        DkimSignOptions o = options();
        if (mode == QLatin1String("expired")) {
            o.timestamp = QDateTime::currentSecsSinceEpoch() - 7200;
            o.expiry = QDateTime::currentSecsSinceEpoch() - 3600;
        }
        if (mode == QLatin1String("sha1"))
            o.hash = QStringLiteral("sha1");
        if (mode == QLatin1String("length"))
            o.bodyLength = 10;
        if (mode == QLatin1String("simple")) {
            o.headerCanonicalization = DkimCanonicalization::Simple;
            o.bodyCanonicalization = DkimCanonicalization::Simple;
        }
        auto signedMessage = DkimSigner::signedMessage(plainMessage(), key.get(), o);
        if (!signedMessage)
            QFAIL(qPrintable(signedMessage.error()));
        MailMessage m = *signedMessage;
        QString records = txtLine(QStringLiteral("s2048._domainkey.example.com"), publicRecord());
        if (mode == QLatin1String("body") || mode == QLatin1String("length"))
            m.body += "Appended by a mailing list.\r\n";
        if (mode == QLatin1String("header"))
            for (MailHeader& h : m.headers)
                if (h.isNamed("Subject"))
                    h.raw = "Subject: [list] Testing\r\n";
        if (mode == QLatin1String("missing"))
            records.clear();
        if (mode == QLatin1String("revoked"))
            records =
                txtLine(QStringLiteral("s2048._domainkey.example.com"), QStringLiteral("v=DKIM1; k=rsa; p="));
        if (mode == QLatin1String("otherkey"))
            records =
                txtLine(QStringLiteral("s2048._domainkey.example.com"),
                        QString::fromLatin1(readData(QStringLiteral("dkim/dkimpy/data/test.txt")).trimmed()));
        const DkimVerification v = verifyWith(m, records);
        QCOMPARE(v.signatures.size(), 1);
        const auto& s = v.signatures.first();
        QVERIFY2(s.result == result, qPrintable(s.result + QStringLiteral(": ") + s.reason));
        QStringList codes;
        for (const Finding& f : s.findings)
            codes << f.code;
        if (!code.isEmpty())
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
        if (mode == QLatin1String("body"))
            QCOMPARE(s.bodyHashMatches, std::optional<bool>(false));
        if (mode == QLatin1String("header")) {
            QCOMPARE(s.bodyHashMatches, std::optional<bool>(true));
            QCOMPARE(s.signatureMatches, std::optional<bool>(false));
        }
        if (mode == QLatin1String("expired"))
            QVERIFY(s.expired);
        QVERIFY(!s.reason.isEmpty());
    }

    void dnsFailureIsTemperror() {
        EvpPkeyPtr key = testKey();
        auto m = DkimSigner::signedMessage(plainMessage(), key.get(), options());
        QVERIFY(m.has_value());
        DnsAnswer failed;
        failed.outcome = DnsOutcome::Timeout;
        const auto s = DkimVerifier::verifySignature(*m, 0, failed, QDateTime::currentDateTimeUtc());
        QCOMPARE(s.result, QStringLiteral("temperror"));
        QCOMPARE(s.findings.last().code, QStringLiteral("DKIM-DNS-ERROR"));
    }

    void mboxSplit() {
        const QByteArray mbox =
            "From a@example.com Mon Jan  1 00:00:00 2024\nFrom: a@example.com\nSubject: one\n\n"
            ">From the start\nbody\n\nFrom b@example.com Mon Jan  1 00:00:00 2024\n"
            "From: b@example.com\nSubject: two\n\nsecond\n";
        const auto parts = MailMessage::splitMbox(mbox);
        QCOMPARE(parts.size(), 2);
        const MailMessage one = MailMessage::parse(parts.at(0));
        QCOMPARE(one.firstValue("Subject"), QByteArray("one"));
        QCOMPARE(one.body, QByteArray("From the start\r\nbody\r\n"));
        QCOMPARE(MailMessage::parse(parts.at(1)).fromDomain(), QStringLiteral("example.com"));
        // dkimpy's message.mbox is one message without a From_ line.
        const auto single = MailMessage::splitMbox(readData(QStringLiteral("dkim/dkimpy/data/message.mbox")));
        QCOMPARE(single.size(), 1);
        QCOMPARE(MailMessage::parse(single.first()).indexesOf("DKIM-Signature").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDkimVerify)
#include "tst_dkimverify.moc"
