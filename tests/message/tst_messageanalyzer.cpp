// The message analyzer on messages built here and verified over DNS against the NSD fixture
// (tests/zones/arc.test.zone, list.test.zone): a direct aligned pass; a message forwarded through a
// mailing list that breaks the author's DKIM signature but carries a valid ARC chain (DMARC fails,
// an ARC override is plausible); a spoof; a key rotated since delivery; the readings differing on
// pct; strict alignment modes; pasted headers without a body; explicit envelope values; the null
// sender; a body changed after delivery.

#include "MessageTestKit.h"
#include "message/MessageAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace MessageTestKit;

namespace {
QStringList codes(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out << f.code;
    return out;
}

const DkimSignatureVerification* signature(const MessageAnalysis& a, const QString& domain) {
    for (const DkimSignatureVerification& s : a.dkim.signatures)
        if (s.signature.domain == domain)
            return &s;
    return nullptr;
}

const QByteArray listAr =
    "spf=pass smtp.mailfrom=list.test;\r\n\tdkim=fail header.d=arc.test header.s=mail;\r\n"
    "\tdkim=pass header.d=list.test header.s=arc2026;\r\n\tdmarc=fail header.from=arc.test;\r\n"
    "\tarc=pass";
} // namespace

class TestMessageAnalyzer : public QObject {
    Q_OBJECT
    std::shared_ptr<DnsSession> m_session;

    MessageAnalysis analyze(const MailMessage& m, std::optional<QString> ip = {},
                            std::optional<QString> helo = {}, std::optional<QString> mailFrom = {},
                            bool pasted = false) {
        MessageAnalyzer::Request r;
        r.message = m;
        r.ip = ip;
        r.helo = helo;
        r.mailFrom = mailFrom;
        r.pasted = pasted;
        return MessageAnalyzer(m_session).analyze(r);
    }

    MailMessage viaList() {
        MailMessage atList =
            prepend(authorMessage(), "Received",
                    "from mail.arc.test (mail.arc.test [192.0.2.10])\r\n\tby mail.list.test with "
                    "ESMTPS id L1; Tue, 10 Nov 2026 09:00:01 +0000");
        const MailMessage sealed =
            seal(atList, *m_session, u"list.test"_s, u"arc2026"_s, u"list.test-arc"_s,
                 u"spf=pass smtp.mailfrom=alice@arc.test; dkim=pass header.d=arc.test header.s=mail; "
                 u"dmarc=pass header.from=arc.test"_s,
                 &listRewrite);
        return deliver(sealed, "mail.list.test", "192.0.2.20", "<team-bounces@list.test>", listAr);
    }

private Q_SLOTS:
    void initTestCase() {
        const quint16 port = nsdPort();
        QVERIFY2(port > 0, "no NSD port file");
        m_session = nsdSession(port);
    }

    void directPass() {
        const MailMessage m = deliver(authorMessage(), "mail.arc.test", "192.0.2.10", "<alice@arc.test>",
                                      "spf=pass smtp.mailfrom=arc.test;\r\n\tdkim=pass header.d=arc.test "
                                      "header.s=mail;\r\n\tdmarc=pass header.from=arc.test");
        const MessageAnalysis a = analyze(m);
        QCOMPARE(a.fromAddress, u"alice@arc.test"_s);
        QCOMPARE(a.fromDomain, u"arc.test"_s);
        QCOMPARE(a.envelope.ip, u"192.0.2.10"_s);
        QCOMPARE(a.envelope.helo, u"mail.arc.test"_s);
        QCOMPARE(a.envelope.mailFrom, u"alice@arc.test"_s);
        QCOMPARE(a.spf.result, u"pass"_s);
        QCOMPARE(a.spf.domain, u"arc.test"_s);
        QVERIFY(a.dmarc9989.spf.aligned());
        QCOMPARE(a.dkim.signatures.size(), 1);
        QCOMPARE(a.dkim.signatures.first().result, u"pass"_s);
        QVERIFY(a.dmarc9989.dkim.first().aligned() && a.dmarc7489.dkim.first().aligned());
        QCOMPARE(a.dmarc9989.result, u"pass"_s);
        QCOMPARE(a.dmarc7489.result, u"pass"_s);
        QCOMPARE(a.dmarc9989.policy, u"reject"_s);
        QCOMPARE(a.arc.chain, u"none"_s);
        QVERIFY(!a.dmarcFails());
        QVERIFY2(a.differences.isEmpty(),
                 qPrintable(a.differences.isEmpty() ? QString() : a.differences.first().explanation));
        QCOMPARE(a.receiver.authServId, u"mx.receiver.test"_s);
        QCOMPARE(a.path.hops.size(), 1);
        QVERIFY(a.verdict.startsWith(u"DMARC passes"_s));
        QVERIFY(!codes(a.findings).contains(u"MSG-DMARC-FAIL"_s));
    }

    void mailingListKeepsArc() {
        const MessageAnalysis a = analyze(viaList());
        QCOMPARE(a.envelope.ip, u"192.0.2.20"_s);
        QCOMPARE(a.envelope.mailFrom, u"team-bounces@list.test"_s);
        QCOMPARE(a.path.hops.size(), 2);
        QCOMPARE(a.path.borderHop, 1);
        QCOMPARE(*a.path.hops.at(1).delaySeconds, qint64(4));
        // SPF passes, for the list's domain: not aligned with arc.test.
        QCOMPARE(a.spf.result, u"pass"_s);
        QCOMPARE(a.spf.domain, u"list.test"_s);
        QVERIFY(!a.dmarc9989.spf.aligned() && !a.dmarc7489.spf.aligned());
        // The author's signature broke (footer), the list's passes but is not aligned.
        QCOMPARE(signature(a, u"arc.test"_s)->result, u"fail"_s);
        QCOMPARE(*signature(a, u"arc.test"_s)->bodyHashMatches, false);
        QCOMPARE(signature(a, u"list.test"_s)->result, u"pass"_s);
        // The ARC chain is intact, sealed by the list.
        QCOMPARE(a.arc.chain, u"pass"_s);
        QCOMPARE(a.arc.sealers, QStringList{u"list.test"_s});
        // DMARC fails under both readings with p=reject, and an override is plausible.
        QCOMPARE(a.dmarc9989.result, u"fail"_s);
        QCOMPARE(a.dmarc7489.result, u"fail"_s);
        QCOMPARE(a.dmarc9989.policy, u"reject"_s);
        QCOMPARE(a.dmarc9989.disposition, u"reject"_s);
        QVERIFY2(a.dmarc9989.arcOverridePlausible, qPrintable(a.dmarc9989.arcOverride));
        QVERIFY(a.dmarc9989.arcOverride.contains(u"list.test"_s));
        QVERIFY(a.dmarcFails());
        const QStringList c = codes(a.findings);
        QCOMPARE(c.first(), u"MSG-DMARC-FAIL"_s);
        QVERIFY(c.contains(u"MSG-ARC-OVERRIDE"_s));
        QVERIFY(c.contains(u"DKIM-SIG-BODY-HASH"_s));
        QVERIFY(!c.contains(u"MSG-DMARC-READINGS-DIFFER"_s));
        // The receiver saw the same.
        QVERIFY2(a.differences.isEmpty(),
                 qPrintable(a.differences.isEmpty() ? QString() : a.differences.first().explanation));
        QVERIFY(a.verdict.contains(u"ARC"_s));
    }

    void spoof() {
        MailMessage m =
            MailMessage::parse("From: Alice <alice@arc.test>\r\nTo: bob@receiver.test\r\nSubject: "
                               "Invoice\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n\r\nPay now.\r\n");
        m = deliver(m, "bulk.example.com", "192.0.2.99", "<alice@arc.test>",
                    "spf=fail smtp.mailfrom=arc.test; dkim=none; dmarc=fail header.from=arc.test");
        const MessageAnalysis a = analyze(m);
        QCOMPARE(a.spf.result, u"fail"_s);
        QVERIFY(a.dkim.signatures.isEmpty());
        QCOMPARE(a.dmarc9989.result, u"fail"_s);
        QVERIFY(!a.dmarc9989.arcOverridePlausible);
        QVERIFY(a.dmarc9989.arcOverride.contains(u"no ARC chain"_s));
        // The HELO identity is checked too (example.com is not served here: a DNS error).
        QCOMPARE(a.spfHelo.domain, u"bulk.example.com"_s);
        QVERIFY(a.spfHelo.evaluated());
        QCOMPARE(a.spfHelo.result, u"temperror"_s);
        QVERIFY(a.differences.isEmpty());
    }

    void keyRotatedSinceDelivery() {
        // Signed with a selector whose key has been withdrawn since: the receiver saw a pass.
        const MailMessage plain =
            MailMessage::parse("From: alice@arc.test\r\nTo: bob@receiver.test\r\nSubject: "
                               "old\r\nDate: Mon, 01 Jun 2026 09:00:00 +0000\r\n\r\nhi\r\n");
        DkimSignOptions o;
        o.domain = u"arc.test"_s;
        o.selector = u"old2025"_s;
        const EvpPkeyPtr k = key(u"arc.test-author"_s);
        const MailMessage m = deliver(
            *DkimSigner::signedMessage(plain, k.get(), o), "mail.arc.test", "192.0.2.10", "<alice@arc.test>",
            "spf=pass smtp.mailfrom=arc.test; dkim=pass header.d=arc.test header.s=old2025; dmarc=pass "
            "header.from=arc.test");
        const MessageAnalysis a = analyze(m);
        QCOMPARE(a.dkim.signatures.first().result, u"permerror"_s);
        QCOMPARE(a.dmarc9989.result, u"pass"_s); // SPF still passes, aligned
        QCOMPARE(a.differences.size(), 1);
        QCOMPARE(a.differences.first().method, u"dkim"_s);
        QCOMPARE(a.differences.first().receiver, u"pass"_s);
        QVERIFY(a.differences.first().explanation.contains(u"rotated"_s));
        QVERIFY(codes(a.findings).contains(u"MSG-DKIM-KEY-ROTATED"_s));
    }

    void bodyChangedAfterDelivery() {
        MailMessage m = deliver(authorMessage(), "mail.arc.test", "192.0.2.10", "<alice@arc.test>",
                                "spf=pass smtp.mailfrom=arc.test; dkim=pass header.d=arc.test header.s=mail; "
                                "dmarc=pass header.from=arc.test");
        m.body += "\r\nArchived by the mail client\r\n";
        const MessageAnalysis a = analyze(m);
        QCOMPARE(a.dkim.signatures.first().result, u"fail"_s);
        QCOMPARE(a.differences.size(), 1);
        QVERIFY(a.differences.first().explanation.contains(u"body changed after delivery"_s));
        QVERIFY(codes(a.findings).contains(u"MSG-RECEIVER-DIFFERS"_s));
    }

    void readingsDifferOnPct() {
        MailMessage m = MailMessage::parse("From: bob@sampled.arc.test\r\nSubject: x\r\n\r\nx\r\n");
        m = deliver(m, "bulk.example.com", "192.0.2.99", "<bob@sampled.arc.test>", {});
        const MessageAnalysis a = analyze(m);
        QCOMPARE(a.dmarc9989.result, u"fail"_s);
        QCOMPARE(a.dmarc7489.result, u"fail"_s);
        QCOMPARE(a.dmarc9989.policy, u"reject"_s);
        QCOMPARE(a.dmarc7489.policy, u"quarantine"_s); // pct=10: most failing mail is not sampled
        QVERIFY(codes(a.findings).contains(u"MSG-DMARC-READINGS-DIFFER"_s));
        QVERIFY(codes(a.findings).contains(u"MSG-NO-RECEIVER-VERDICT"_s));
        QVERIFY(a.verdict.contains(u"RFC 7489"_s));
    }

    void strictModes() {
        // adkim=s: d=arc.test does not align with strict.arc.test; aspf=s: the MAIL FROM domain must
        // be strict.arc.test itself.
        const MailMessage signedMessage = authorMessage("Carol <carol@strict.arc.test>");
        const MessageAnalysis viaParent =
            analyze(deliver(signedMessage, "mail.arc.test", "192.0.2.10", "<carol@arc.test>", {}));
        QCOMPARE(viaParent.dkim.signatures.first().result, u"pass"_s);
        QVERIFY(!viaParent.dmarc9989.dkim.first().aligned());
        QCOMPARE(viaParent.dmarc9989.dkim.first().alignment.mode, DmarcAlignmentMode::Strict);
        QCOMPARE(viaParent.spf.result, u"pass"_s);
        QVERIFY(!viaParent.dmarc9989.spf.aligned());
        QCOMPARE(viaParent.dmarc9989.result, u"fail"_s);
        QCOMPARE(viaParent.dmarc9989.policy, u"quarantine"_s);

        const MessageAnalysis exact =
            analyze(deliver(signedMessage, "mail.arc.test", "192.0.2.10", "<carol@strict.arc.test>", {}));
        QCOMPARE(exact.spf.domain, u"strict.arc.test"_s);
        QVERIFY(exact.dmarc9989.spf.aligned());
        QCOMPARE(exact.dmarc9989.result, u"pass"_s);
        QCOMPARE(exact.dmarc7489.result, u"pass"_s);
    }

    void pastedHeadersOnly() {
        QByteArray text = bytes(viaList());
        text = text.left(text.indexOf("\r\n\r\n") + 2); // the header block, as pasted
        const QList<MailMessage> messages = MessageAnalyzer::readInput(text, u"(pasted)"_s, true);
        QCOMPARE(messages.size(), 1);
        const MessageAnalysis a = analyze(messages.first(), {}, {}, {}, true);
        QVERIFY(!a.bodyAvailable);
        QVERIFY(codes(a.findings).contains(u"MSG-HEADERS-ONLY"_s));
        // Without the body, the header signatures are judged: the list's verifies; the author's
        // does not, because the list changed the signed Subject.
        QCOMPARE(signature(a, u"list.test"_s)->result, u"pass"_s);
        QVERIFY(signature(a, u"list.test"_s)->reason.contains(u"body was not given"_s));
        QCOMPARE(signature(a, u"arc.test"_s)->result, u"fail"_s);
        QVERIFY(!signature(a, u"arc.test"_s)->bodyHashMatches.has_value());
        QCOMPARE(*signature(a, u"arc.test"_s)->signatureMatches, false);
        QCOMPARE(a.arc.chain, u"pass"_s);
        QCOMPARE(a.dmarc9989.result, u"fail"_s);
        QVERIFY(a.dmarc9989.arcOverridePlausible);
        QVERIFY(a.differences.isEmpty());
    }

    void explicitEnvelope() {
        const MailMessage m = viaList();
        const MessageAnalysis a = analyze(m, u"192.0.2.10"_s, u"mail.arc.test"_s, u"alice@arc.test"_s);
        QCOMPARE(a.envelope.ipSource, u"--ip"_s);
        QCOMPARE(a.envelope.heloSource, u"--helo"_s);
        QCOMPARE(a.envelope.mailFromSource, u"--mail-from"_s);
        QCOMPARE(a.spf.result, u"pass"_s);
        QCOMPARE(a.spf.domain, u"arc.test"_s);
        QVERIFY(a.dmarc9989.spf.aligned());
        QCOMPARE(a.dmarc9989.result, u"pass"_s);
        // The receiver checked list.test: the SPF difference names the other MAIL FROM.
        bool spfDifference = false;
        for (const VerdictDifference& d : a.differences)
            spfDifference = spfDifference || (d.method == u"spf"_s && d.explanation.contains(u"list.test"_s));
        QVERIFY(spfDifference || a.receiver.spf->result == a.spf.result);
    }

    void nullSender() {
        MailMessage m =
            MailMessage::parse("From: postmaster@arc.test\r\nSubject: Delivery failure\r\n\r\nx\r\n");
        m = deliver(m, "mail.arc.test", "192.0.2.10", "<>", {});
        const MessageAnalysis a = analyze(m);
        QVERIFY(a.envelope.nullSender);
        QCOMPARE(a.spf.identity, u"helo"_s);
        QCOMPARE(a.spf.domain, u"mail.arc.test"_s);
        QCOMPARE(a.spf.result, u"none"_s); // mail.arc.test publishes no SPF
    }

    void noFromNoIp() {
        const MailMessage m = MailMessage::parse("Subject: lost\r\nTo: bob@receiver.test\r\n\r\nx\r\n");
        const MessageAnalysis a = analyze(m);
        const QStringList c = codes(a.findings);
        QVERIFY(c.contains(u"MSG-NO-FROM"_s));
        QVERIFY(c.contains(u"MSG-NO-CONNECTING-IP"_s));
        QCOMPARE(a.dmarc9989.result, u"none"_s);
        QVERIFY(!a.dmarcFails());
    }
};

QTEST_GUILESS_MAIN(TestMessageAnalyzer)
#include "tst_messageanalyzer.moc"
