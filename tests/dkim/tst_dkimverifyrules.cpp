// `dkim verify` against the rules other projects' test suites check (issue 13): i= is
// dkim-quoted-printable and is decoded before the "within d=" and t=s checks (defect 5); a
// signature that verifies but is refused (rsa-sha1, RSA under 1024 bits, x= in the past) gets RFC
// 8601's "policy", a bad signature or body "fail", a broken signature or key "permerror" (defect 6);
// a DomainKey-Signature alone is reported and not evaluated (defect 7); alignment of d= with From
// honours adkim and is decided under both readings (defect 3).

#include "DkimTestZone.h"
#include "dkim/DkimKeyMatcher.h"
#include "dkim/DkimSigner.h"
#include "dkim/DkimVerifier.h"

#include <QtTest>

#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace {
MailMessage plainMessage(const QString& fromDomain = QStringLiteral("example.com")) {
    MailMessage m = MailMessage::parse(readData(QStringLiteral("dkim/dkimpy/data/test.message")));
    for (MailHeader& h : m.headers)
        if (h.isNamed("From"))
            h.raw = "From: Test User <test@" + fromDomain.toLatin1() + ">\r\n";
    return m;
}

EvpPkeyPtr testKey() {
    QByteArray pem = readData(QStringLiteral("dkim/dkimpy/data/2048_testkey.key"));
    auto key = DkimKeyMatcher::readPrivateKey(pem);
    if (!key)
        qFatal("key: %s", qPrintable(key.error()));
    return std::move(*key);
}

QString testRecord(const QString& tags = {}) {
    return QStringLiteral("v=DKIM1; k=rsa; ") + tags +
           QString::fromLatin1(
               readData(QStringLiteral("dkim/dkimpy/data/2048_testkey_wo_markers.pub.txt")).trimmed())
               .section(QStringLiteral("k=rsa; "), -1);
}

// A fresh RSA key of `bits` and its DKIM record (SubjectPublicKeyInfo in p=).
std::pair<EvpPkeyPtr, QString> rsaKey(int bits) {
    EvpPkeyPtr key(EVP_RSA_gen(unsigned(bits)));
    if (!key)
        qFatal("EVP_RSA_gen(%d) failed", bits);
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key.get(), &der);
    const QByteArray spki(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return {std::move(key), QStringLiteral("v=DKIM1; k=rsa; p=") + QString::fromLatin1(spki.toBase64())};
}

DkimSignOptions options(const QString& domain = QStringLiteral("example.com")) {
    DkimSignOptions o;
    o.domain = domain;
    o.selector = QStringLiteral("s2048");
    o.timestamp = QDateTime::currentSecsSinceEpoch();
    return o;
}

QStringList codes(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out << f.code;
    return out;
}
} // namespace

class TestDkimVerifyRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void identity_data();
    void identity();
    void resultWords_data();
    void resultWords();
    void domainKeys_data();
    void domainKeys();
    void alignment_data();
    void alignment();
};

void TestDkimVerifyRules::identity_data() {
    QTest::addColumn<QString>("written");  // i= as written
    QTest::addColumn<QString>("keyFlags"); // "t=s; " for a strict-subdomain key
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("identity"); // decoded
    QTest::newRow("plain") << u"jlong@example.com"_qs << QString() << u"pass"_qs << u"jlong@example.com"_qs;
    QTest::newRow("@ encoded") << u"jlong=40example.com"_qs << QString() << u"pass"_qs
                               << u"jlong@example.com"_qs;
    QTest::newRow("dot encoded") << u"jlong@example=2Ecom"_qs << QString() << u"pass"_qs
                                 << u"jlong@example.com"_qs;
    QTest::newRow("lower-case hex") << u"jlong=40sub.example=2ecom"_qs << QString() << u"pass"_qs
                                    << u"jlong@sub.example.com"_qs;
    QTest::newRow("empty local part")
        << u"=40example.com"_qs << QString() << u"pass"_qs << u"@example.com"_qs;
    QTest::newRow("subdomain") << u"jlong@sub.example.com"_qs << QString() << u"pass"_qs
                               << u"jlong@sub.example.com"_qs;
    QTest::newRow("outside d=") << u"jlong@example.net"_qs << QString() << u"permerror"_qs
                                << u"jlong@example.net"_qs;
    QTest::newRow("outside d=, encoded")
        << u"jlong=40other=2Eexample"_qs << QString() << u"permerror"_qs << u"jlong@other.example"_qs;
    QTest::newRow("suffix is not a subdomain")
        << u"jlong@badexample.com"_qs << QString() << u"permerror"_qs << u"jlong@badexample.com"_qs;
    QTest::newRow("broken quoted-printable")
        << u"jlong=4"_qs << QString() << u"permerror"_qs << u"jlong=4"_qs;
    QTest::newRow("no @") << u"jlong"_qs << QString() << u"permerror"_qs << u"jlong"_qs;
    // t=s: the identity's domain must be d= itself, compared after decoding.
    QTest::newRow("t=s, @ encoded") << u"jlong=40example.com"_qs << u"t=s; "_qs << u"pass"_qs
                                    << u"jlong@example.com"_qs;
    QTest::newRow("t=s, dot encoded")
        << u"jlong@example=2Ecom"_qs << u"t=s; "_qs << u"pass"_qs << u"jlong@example.com"_qs;
    QTest::newRow("t=s, subdomain") << u"jlong@sub=2Eexample.com"_qs << u"t=s; "_qs << u"permerror"_qs
                                    << u"jlong@sub.example.com"_qs;
}

void TestDkimVerifyRules::identity() {
    QFETCH(QString, written);
    QFETCH(QString, keyFlags);
    QFETCH(QString, result);
    QFETCH(QString, identity);
    EvpPkeyPtr key = testKey();
    DkimSignOptions o = options();
    o.identity = written;
    auto m = DkimSigner::signedMessage(plainMessage(), key.get(), o);
    QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error()));
    auto session =
        zoneSession(u"example.com"_qs, txtLine(u"s2048._domainkey.example.com"_qs, testRecord(keyFlags)));
    const DkimVerification v = DkimVerifier::verify(*m, *session);
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureVerification& s = v.signatures.first();
    QVERIFY2(s.result == result, qPrintable(s.result + u": "_qs + s.reason));
    QCOMPARE(s.signature.identity, identity);
    QCOMPARE(s.signature.identityAsWritten, written);
    // The decoded identity is what the JSON shows; the written form beside it when they differ.
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(u"identity"_qs).toString(), identity);
    QCOMPARE(json.contains(u"identityAsWritten"_qs), identity != written);
}

void TestDkimVerifyRules::resultWords_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("reasonWords"); // each must appear in the reason
    QTest::addColumn<QString>("code");
    QTest::newRow("pass") << u"pass"_qs << u"pass"_qs << QStringList{u"verifies"_qs} << QString();
    // Verifies, refused by policy.
    QTest::newRow("rsa-sha1") << u"sha1"_qs << u"policy"_qs << QStringList{u"rsa-sha1"_qs} << u"DKIM-SHA1"_qs;
    QTest::newRow("expired") << u"expired"_qs << u"policy"_qs << QStringList{u"expired"_qs}
                             << u"DKIM-SIG-EXPIRED"_qs;
    QTest::newRow("512-bit key") << u"weak"_qs << u"policy"_qs << QStringList{u"512 bits"_qs, u"1024"_qs}
                                 << u"DKIM-KEY-INSECURE"_qs;
    QTest::newRow("rsa-sha1 and expired")
        << u"sha1+expired"_qs << u"policy"_qs << QStringList{u"rsa-sha1"_qs, u"expired"_qs}
        << u"DKIM-SIG-EXPIRED"_qs;
    // Does not verify: fail, whatever the policy would have said.
    QTest::newRow("512-bit key, body changed")
        << u"weak+body"_qs << u"fail"_qs << QStringList{u"body hash"_qs} << u"DKIM-SIG-BODY-HASH"_qs;
    QTest::newRow("expired, header changed")
        << u"expired+header"_qs << u"fail"_qs << QStringList{u"signature"_qs} << u"DKIM-SIG-BAD-SIGNATURE"_qs;
    QTest::newRow("rsa-sha1, body changed")
        << u"sha1+body"_qs << u"fail"_qs << QStringList{u"body hash"_qs} << u"DKIM-SIG-BODY-HASH"_qs;
    // Broken signature or key record: permerror.
    QTest::newRow("signature without bh=")
        << u"nobh"_qs << u"permerror"_qs << QStringList{u"bh="_qs} << u"DKIM-SIG-INVALID"_qs;
    QTest::newRow("key record unreadable")
        << u"badkey"_qs << u"permerror"_qs << QStringList{u"key"_qs} << u"DKIM-KEY-INVALID"_qs;
    QTest::newRow("key revoked") << u"revoked"_qs << u"permerror"_qs << QStringList{u"revoked"_qs}
                                 << u"DKIM-KEY-REVOKED"_qs;
}

void TestDkimVerifyRules::resultWords() {
    QFETCH(QString, mode);
    QFETCH(QString, result);
    QFETCH(QStringList, reasonWords);
    QFETCH(QString, code);
    const QStringList parts = mode.split(u'+');
    DkimSignOptions o = options();
    EvpPkeyPtr key = testKey();
    QString record = testRecord();
    if (parts.contains(u"weak"_qs)) {
        auto [weak, weakRecord] = rsaKey(512);
        key = std::move(weak);
        record = weakRecord;
    }
    if (parts.contains(u"sha1"_qs))
        o.hash = QStringLiteral("sha1");
    if (parts.contains(u"expired"_qs)) {
        o.timestamp = QDateTime::currentSecsSinceEpoch() - 7200;
        o.expiry = QDateTime::currentSecsSinceEpoch() - 3600;
    }
    auto signedMessage = DkimSigner::signedMessage(plainMessage(), key.get(), o);
    QVERIFY2(signedMessage.has_value(), signedMessage ? "" : qPrintable(signedMessage.error()));
    MailMessage m = *signedMessage;
    if (parts.contains(u"body"_qs))
        m.body += "Appended by a mailing list.\r\n";
    if (parts.contains(u"header"_qs))
        for (MailHeader& h : m.headers)
            if (h.isNamed("Subject"))
                h.raw = "Subject: [list] Testing\r\n";
    if (parts.contains(u"nobh"_qs)) {
        MailHeader& sig = m.headers.first();
        const qsizetype at = sig.raw.indexOf("bh=");
        const qsizetype end = sig.raw.indexOf(';', at);
        sig.raw.remove(at, end - at + 1);
    }
    if (parts.contains(u"badkey"_qs))
        record = QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtruncated");
    if (parts.contains(u"revoked"_qs))
        record = QStringLiteral("v=DKIM1; k=rsa; p=");
    auto session = zoneSession(u"example.com"_qs, txtLine(u"s2048._domainkey.example.com"_qs, record));
    const DkimVerification v = DkimVerifier::verify(m, *session);
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureVerification& s = v.signatures.first();
    QVERIFY2(s.result == result, qPrintable(s.result + u": "_qs + s.reason));
    for (const QString& w : reasonWords)
        QVERIFY2(s.reason.contains(w), qPrintable(s.reason));
    if (!code.isEmpty())
        QVERIFY2(codes(s.findings).contains(code), qPrintable(codes(s.findings).join(u',')));
    if (result == u"policy"_qs) {
        // Cryptographically valid, and still no DKIM pass for DMARC.
        QCOMPARE(s.bodyHashMatches, std::optional<bool>(true));
        QCOMPARE(s.signatureMatches, std::optional<bool>(true));
        QVERIFY(!v.dmarcAligned);
    }
}

void TestDkimVerifyRules::domainKeys_data() {
    QTest::addColumn<bool>("withDkim");
    QTest::addColumn<QString>("severity"); // of DKIM-DOMAINKEYS-SIGNATURE
    QTest::newRow("DomainKeys only") << false << u"warning"_qs;
    QTest::newRow("DomainKeys and DKIM") << true << u"info"_qs;
}

void TestDkimVerifyRules::domainKeys() {
    QFETCH(bool, withDkim);
    QFETCH(QString, severity);
    // RFC 4870 §3.3's example header, on our test message.
    MailMessage m = plainMessage();
    m.headers.prepend(MailHeader{
        "DomainKey-Signature",
        "DomainKey-Signature: a=rsa-sha1; s=brisbane; d=example.com;\r\n"
        "\tc=simple; q=dns; b=dzdVyOfAKCdLXdJOc9G2q8LoXSlEniSbav+yuU4zGeeruD00lszZVoG4ZHRNiYzR;\r\n"});
    QString records;
    if (withDkim) {
        EvpPkeyPtr key = testKey();
        auto signedMessage = DkimSigner::signedMessage(m, key.get(), options());
        QVERIFY(signedMessage.has_value());
        m = *signedMessage;
        records = txtLine(u"s2048._domainkey.example.com"_qs, testRecord());
    }
    auto session = zoneSession(u"example.com"_qs, records);
    const DkimVerification v = DkimVerifier::verify(m, *session);
    QCOMPARE(v.domainKeySignatures.size(), 1);
    QCOMPARE(v.domainKeySignatures.first().domain, u"example.com"_qs);
    QCOMPARE(v.domainKeySignatures.first().selector, u"brisbane"_qs);
    QCOMPARE(v.domainKeySignatures.first().algorithm, u"rsa-sha1"_qs);
    QCOMPARE(v.signatures.size(), withDkim ? 1 : 0);
    // Not "unsigned": what it carries, and that it is not evaluated.
    QVERIFY(!codes(v.findings).contains(u"DKIM-SIG-NONE"_qs));
    const Finding* dk = nullptr;
    for (const Finding& f : v.findings)
        if (f.code == u"DKIM-DOMAINKEYS-SIGNATURE"_qs)
            dk = &f;
    QVERIFY(dk);
    QCOMPARE(severityName(dk->severity), severity);
    QVERIFY2(dk->detail.contains(u"d=example.com"_qs) && dk->detail.contains(u"s=brisbane"_qs) &&
                 dk->detail.contains(u"not evaluated"_qs),
             qPrintable(dk->detail));
    const QJsonArray json = v.toJson().value(u"domainKeySignatures"_qs).toArray();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.first().toObject().value(u"evaluated"_qs).toBool(true), false);
    // A message with neither is still reported as unsigned.
    const DkimVerification none = DkimVerifier::verify(plainMessage(), *session);
    QVERIFY(codes(none.findings).contains(u"DKIM-SIG-NONE"_qs));
}

void TestDkimVerifyRules::alignment_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("signer");  // d=
    QTest::addColumn<QString>("dmarc");   // zone lines for the DMARC records
    QTest::addColumn<QString>("summary"); // DmarcAlignmentResult::summary()
    QTest::addColumn<QString>("code");    // message-level finding expected ("" none)
    const QString own = u"_dmarc.example.com. 300 IN TXT \"v=DMARC1; p=reject\"\n"_qs;
    QTest::newRow("same domain") << u"example.com"_qs << u"example.com"_qs << own << u"strict"_qs
                                 << QString();
    QTest::newRow("subdomain, adkim=r")
        << u"example.com"_qs << u"mail.example.com"_qs << own << u"relaxed"_qs << QString();
    // adkim=s is honoured (it was ignored).
    QTest::newRow("subdomain, adkim=s")
        << u"example.com"_qs << u"mail.example.com"_qs
        << u"_dmarc.example.com. 300 IN TXT \"v=DMARC1; p=reject; adkim=s\"\n"_qs << u"none"_qs
        << u"DKIM-SIG-NOT-ALIGNED"_qs;
    // Without any DMARC record the tree walk finds no organizational domain above each name, so
    // RFC 9989 does not align them; DMARC does not apply, so no finding says the readings differ.
    QTest::newRow("no DMARC record") << u"example.com"_qs << u"mail.example.com"_qs << QString()
                                     << u"RFC 9989: none; RFC 7489: relaxed"_qs << QString();
    // psd=y at parent.example.com: giant and mega are separate organizations under RFC 9989, one
    // under the Public Suffix List (example.com).
    QTest::newRow("psd=y: the readings differ")
        << u"giant.parent.example.com"_qs << u"mail.mega.parent.example.com"_qs
        << u"_dmarc.parent.example.com. 300 IN TXT \"v=DMARC1; p=reject; psd=y\"\n"
           "_dmarc.giant.parent.example.com. 300 IN TXT \"v=DMARC1; p=reject\"\n"_qs
        << u"RFC 9989: none; RFC 7489: relaxed"_qs << u"DKIM-ALIGNMENT-READINGS-DIFFER"_qs;
}

void TestDkimVerifyRules::alignment() {
    QFETCH(QString, from);
    QFETCH(QString, signer);
    QFETCH(QString, dmarc);
    QFETCH(QString, summary);
    QFETCH(QString, code);
    EvpPkeyPtr key = testKey();
    auto m = DkimSigner::signedMessage(plainMessage(from), key.get(), options(signer));
    QVERIFY(m.has_value());
    auto session =
        zoneSession(u"example.com"_qs, txtLine(u"s2048._domainkey."_qs + signer, testRecord()) + dmarc);
    const DkimVerification v = DkimVerifier::verify(*m, *session);
    QCOMPARE(v.fromDomain, from);
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureVerification& s = v.signatures.first();
    QVERIFY2(s.result == u"pass"_qs, qPrintable(s.reason));
    QCOMPARE(s.alignment.summary(), summary);
    const QStringList found = codes(v.findings);
    for (const char* c : {"DKIM-SIG-NOT-ALIGNED", "DKIM-ALIGNMENT-READINGS-DIFFER"})
        QCOMPARE(found.contains(QLatin1String(c)), code == QLatin1String(c));
    const bool both = s.alignment.alignedUnderBoth();
    QCOMPARE(v.dmarcAligned, both);
    QCOMPARE(v.toJson().value(u"dmarcAligned"_qs).toBool(), both);
    if (!code.isEmpty())
        QVERIFY(!both);
    if (code == u"DKIM-ALIGNMENT-READINGS-DIFFER"_qs) {
        QCOMPARE(v.dmarcAligned9989, std::optional<bool>(false));
        QVERIFY(v.dmarcAligned7489);
        QCOMPARE(s.alignment.rfc9989.fromOrgDomain.domain, u"giant.parent.example.com"_qs);
        QCOMPARE(s.alignment.rfc9989.identifierOrgDomain.domain, u"mega.parent.example.com"_qs);
        QCOMPARE(s.alignment.rfc7489.identifierOrgDomain.domain, u"example.com"_qs);
        QCOMPARE(v.dmarc.recordDomain9989, u"giant.parent.example.com"_qs);
    }
    if (dmarc.contains(u"adkim=s"_qs))
        QCOMPARE(v.dmarc.adkim9989, DmarcAlignmentMode::Strict);
}

QTEST_GUILESS_MAIN(TestDkimVerifyRules)
#include "tst_dkimverifyrules.moc"
