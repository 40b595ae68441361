// Key records of every size and malformation, read from the committed test zone (tests/zones/
// dkim.test.zone, keys generated once with openssl) through an offline ZoneResolver, plus the
// parser on hand-written records.

#include "dkim/DkimChecker.h"
#include "dkim/DkimKeyAnalyzer.h"
#include "dkim/DkimKeyRecordParser.h"
#include "dkim/DkimSelectorDiscovery.h"
#include "dkim/DkimSelectorInspector.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QtTest>

class TestDkimKeyRecord : public QObject {
    Q_OBJECT
    std::shared_ptr<DnsSession> m_session;

    static QStringList codes(const QList<Finding>& findings) {
        QStringList out;
        for (const Finding& f : findings)
            out << f.code;
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString dir = qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/");
        auto zones = ZoneResolver::load({dir + u"dkim.test.zone"_qs, dir + u"dkimprovider.test.zone"_qs,
                                         dir + u"edonly.test.zone"_qs, dir + u"nokey.test.zone"_qs});
        if (!zones)
            QFAIL(qPrintable(zones.error()));
        m_session = std::make_shared<DnsSession>(*zones);
    }

    void parser_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("minimal") << u"p=MFkw"_qs << true << u"rsa"_qs << QString();
        QTest::newRow("all tags") << u"v=DKIM1; h=sha256; k=ed25519; n=note; p=abc; s=email; t=y:s"_qs << true
                                  << u"ed25519"_qs << QString();
        QTest::newRow("trailing semicolon, folding")
            << u"v=DKIM1;\t k = rsa ;\r\n p=ab cd ; "_qs << true << u"rsa"_qs << QString();
        QTest::newRow("v not first") << u"k=rsa; v=DKIM1; p=abc"_qs << false << u"rsa"_qs << u"first"_qs;
        QTest::newRow("colon for semicolon (dkimpy badversion)")
            << u"v=DKIM1: g=*; k=rsa; p=abc"_qs << false << u"rsa"_qs << u"DKIM1"_qs;
        QTest::newRow("k=ed25519-sha256 (dkimpy badk)")
            << u"v=DKIM1; k=ed25519-sha256; p=abc"_qs << false << u"ed25519-sha256"_qs << u"key type"_qs;
        QTest::newRow("no p=") << u"v=DKIM1; k=rsa"_qs << false << u"rsa"_qs << u"p= tag"_qs;
        QTest::newRow("duplicate tag")
            << u"v=DKIM1; p=abc; p=def"_qs << false << u"rsa"_qs << u"more than once"_qs;
        QTest::newRow("unknown hash only") << u"h=md5; p=abc"_qs << false << u"rsa"_qs << u"no hash"_qs;
        QTest::newRow("not for email") << u"s=tlsrpt; p=abc"_qs << false << u"rsa"_qs << u"not for email"_qs;
        QTest::newRow("service tlsrpt and email")
            << u"s=tlsrpt:email; p=abc"_qs << true << u"rsa"_qs << QString();
        QTest::newRow("bad tag name") << u"1x=2; p=abc"_qs << false << u"rsa"_qs << u"tag name"_qs;
        QTest::newRow("not tag=value") << u"hello world"_qs << false << u"rsa"_qs << u"not tag=value"_qs;
    }
    void parser() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, keyType);
        QFETCH(QString, errorPart);
        const DkimKeyRecord r = DkimKeyRecordParser::parse(text);
        QCOMPARE(r.isValid(), valid);
        QCOMPARE(r.keyType, keyType);
        if (!errorPart.isEmpty())
            QVERIFY2(r.errors.join(u'|').contains(errorPart), qPrintable(r.errors.join(u'|')));
    }

    void zoneKeys_data() {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QStringList>("expectedCodes");
        QTest::addColumn<QString>("flag");
        const QStringList none;
        QTest::newRow("512 bits") << u"rsa512"_qs << true << u"rsa"_qs << 512
                                  << QStringList{u"DKIM-KEY-INSECURE"_qs} << QString();
        QTest::newRow("1024 bits") << u"rsa1024"_qs << true << u"rsa"_qs << 1024
                                   << QStringList{u"DKIM-KEY-WEAK"_qs} << QString();
        QTest::newRow("2048 bits") << u"rsa2048"_qs << true << u"rsa"_qs << 2048 << none << QString();
        QTest::newRow("4096 bits") << u"rsa4096"_qs << true << u"rsa"_qs << 4096 << none << QString();
        QTest::newRow("4608 bits") << u"rsa4608"_qs << true << u"rsa"_qs << 4608
                                   << QStringList{u"DKIM-KEY-TOO-LARGE"_qs} << QString();
        QTest::newRow("exponent 3") << u"rsae3"_qs << true << u"rsa"_qs << 1024
                                    << QStringList{u"DKIM-KEY-WEAK"_qs, u"DKIM-RSA-EXPONENT"_qs} << QString();
        QTest::newRow("bare RSAPublicKey") << u"pkcs1"_qs << true << u"rsa"_qs << 2048 << none << QString();
        QTest::newRow("ed25519") << u"ed25519"_qs << true << u"ed25519"_qs << 256 << none << QString();
        QTest::newRow("t=y") << u"testing"_qs << true << u"rsa"_qs << 2048 << QStringList{u"DKIM-TESTING"_qs}
                             << u"testing"_qs;
        QTest::newRow("t=s") << u"strict"_qs << true << u"rsa"_qs << 2048
                             << QStringList{u"DKIM-STRICT-SUBDOMAIN"_qs} << u"strict"_qs;
        QTest::newRow("h=sha1") << u"sha1"_qs << true << u"rsa"_qs << 2048 << QStringList{u"DKIM-SHA1"_qs}
                                << u"sha1"_qs;
        QTest::newRow("g=alice") << u"granularity"_qs << true << u"rsa"_qs << 2048
                                 << QStringList{u"DKIM-GRANULARITY"_qs} << u"g="_qs;
        QTest::newRow("revoked") << u"revoked"_qs << true << QString() << 0
                                 << QStringList{u"DKIM-KEY-REVOKED"_qs} << u"revoked"_qs;
        QTest::newRow("bad base64") << u"badbase64"_qs << true << QString() << 0
                                    << QStringList{u"DKIM-KEY-INVALID"_qs} << u"invalid"_qs;
        QTest::newRow("truncated DER") << u"truncated"_qs << true << QString() << 0
                                       << QStringList{u"DKIM-KEY-INVALID"_qs} << u"invalid"_qs;
        QTest::newRow("v=DKIM2") << u"badversion"_qs << true << u"rsa"_qs << 2048
                                 << QStringList{u"DKIM-KEY-INVALID"_qs} << u"invalid"_qs;
        QTest::newRow("k=dsa") << u"badk"_qs << true << QString() << 0 << QStringList{u"DKIM-KEY-INVALID"_qs}
                               << u"invalid"_qs;
        QTest::newRow("ed25519 key without k=") << u"edasrsa"_qs << true << QString() << 0
                                                << QStringList{u"DKIM-KEY-INVALID"_qs} << u"invalid"_qs;
        QTest::newRow("no p=") << u"nop"_qs << true << QString() << 0 << QStringList{u"DKIM-KEY-INVALID"_qs}
                               << u"invalid"_qs;
        QTest::newRow("two records") << u"k1"_qs << true << u"rsa"_qs << 0
                                     << QStringList{u"DKIM-MULTIPLE-RECORDS"_qs} << u"multiple"_qs;
        QTest::newRow("CNAME to provider")
            << u"selector1"_qs << true << u"rsa"_qs << 2048 << none << u"cname"_qs;
        QTest::newRow("dangling CNAME") << u"selector2"_qs << false << QString() << 0
                                        << QStringList{u"DKIM-CNAME-DANGLING"_qs} << u"dangling"_qs;
        QTest::newRow("missing") << u"nothere"_qs << false << QString() << 0
                                 << QStringList{u"DKIM-SELECTOR-MISSING"_qs} << QString();
    }
    void zoneKeys() {
        QFETCH(QString, selector);
        QFETCH(bool, found);
        QFETCH(QString, keyType);
        QFETCH(int, bits);
        QFETCH(QStringList, expectedCodes);
        QFETCH(QString, flag);
        const auto results = DkimSelectorDiscovery::probe(
            *m_session, u"dkim.test"_qs, {DkimSelectorCandidate{selector, DkimSelectorSource::User, {}}});
        QCOMPARE(results.size(), 1);
        const DkimSelectorResult& r = results.first();
        QCOMPARE(r.found, found);
        if (!keyType.isEmpty())
            QCOMPARE(r.key.keyType, keyType);
        if (bits)
            QCOMPARE(r.key.bits, bits);
        QStringList got = codes(r.findings);
        got.sort();
        QStringList want = expectedCodes;
        want.sort();
        QCOMPARE(got, want);
        if (!flag.isEmpty())
            QVERIFY2(r.flags.contains(flag), qPrintable(r.flags.join(u',')));
        if (r.key.isReadable())
            QVERIFY(r.key.fingerprint.startsWith(u"SHA256:"_qs) && r.key.fingerprint.size() == 7 + 64);
        if (selector == QLatin1String("selector1"))
            QCOMPARE(r.cname(), u"selector1-dkim-test._domainkey.dkimprovider.test"_qs);
        if (selector == QLatin1String("rsa2048"))
            QCOMPARE(r.key.exponent, u"65537"_qs);
        // The JSON carries the documented keys.
        const QJsonObject o = r.toJson();
        for (const char* key : {"selector", "found", "record", "cname", "keyType", "keyBits", "fingerprint",
                                "flags", "findings"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    void sameKeyTwoEncodingsSameFingerprint() {
        const auto results =
            DkimSelectorDiscovery::probe(*m_session, u"dkim.test"_qs,
                                         {DkimSelectorCandidate{u"rsa2048"_qs, DkimSelectorSource::User, {}},
                                          DkimSelectorCandidate{u"pkcs1"_qs, DkimSelectorSource::User, {}}});
        QCOMPARE(results.at(0).key.encoding, u"SubjectPublicKeyInfo"_qs);
        QCOMPARE(results.at(1).key.encoding, u"RSAPublicKey"_qs);
        QCOMPARE(results.at(0).key.fingerprint, results.at(1).key.fingerprint);
    }

    void domainLevel() {
        DkimCheckRequest edOnly{u"edonly.test"_qs, {}, true};
        const DkimResult ed = DkimChecker::check(*m_session, edOnly);
        QCOMPARE(ed.foundCount(), 1);
        QVERIFY(codes(ed.findings).contains(u"DKIM-ED25519-ONLY"_qs));

        // A wildcard TXT answers every guessed selector with text that is not a key.
        DkimCheckRequest none{u"nokey.test"_qs, {}, true};
        const DkimResult nk = DkimChecker::check(*m_session, none);
        QCOMPARE(nk.foundCount(), 0);
        QVERIFY(codes(nk.findings).contains(u"DKIM-NO-SELECTOR-FOUND"_qs));
        QVERIFY(nk.notice.contains(u"does not prove"_qs));
        QVERIFY(nk.tried.size() > 50);
    }

    void dnsFailureIsNotMissing() {
        DnsAnswer failed;
        failed.outcome = DnsOutcome::ServFail;
        const auto r =
            DkimSelectorInspector::inspect({u"sel"_qs, DkimSelectorSource::User, {}}, u"x.test"_qs, failed);
        QVERIFY(!r.found);
        QCOMPARE(codes(r.findings), QStringList{u"DKIM-DNS-ERROR"_qs});
        // Common selectors that fail are summed up in one domain finding, and no "not found" is claimed.
        DkimSelectorResult common = r;
        common.source = DkimSelectorSource::Common;
        const DkimResult d = DkimChecker::assemble(u"x.test"_qs, {common}, true);
        QCOMPARE(codes(d.findings), QStringList{u"DKIM-DNS-ERROR"_qs});
    }

    void commonListHasConventions() {
        const QStringList list = DkimSelectorDiscovery::commonSelectors(QDate(2026, 11, 26));
        for (const char* s : {"selector1", "selector2", "google", "default", "dkim", "mail", "s1", "s2", "k1",
                              "2026", "2024a", "202611", "202512"})
            QVERIFY2(list.contains(QLatin1String(s)), s);
        QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), list.size());
    }
};

QTEST_GUILESS_MAIN(TestDkimKeyRecord)
#include "tst_dkimkeyrecord.moc"
