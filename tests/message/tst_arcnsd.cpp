// ARC chains signed here with the test keys (ArcSigner, OpenSSL) and verified over DNS against the
// NSD fixture serving tests/zones/arc.test.zone and list.test.zone: a passing chain of one and of
// two sets, a message modified after the last seal (broken AMS), a tampered seal, cv=fail
// propagated, instance gaps, duplicates, a wrong cv at i=1, an incomplete set, Ed25519 and revoked
// sealer keys, over 50 sets, and a list that breaks the author's DKIM signature but seals a valid
// chain. When dkimpy is installed (python3-dkim) the same chains are verified by it too.

#include "MessageTestKit.h"
#include "dkim/DkimVerifier.h"
#include "message/ArcHeaderParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace MessageTestKit;

namespace {
QStringList codes(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out << f.code;
    return out;
}

const QString relayResults = u"spf=pass smtp.mailfrom=arc.test; dkim=pass header.d=arc.test header.s=mail"_s;
} // namespace

class TestArcNsd : public QObject {
    Q_OBJECT
    std::shared_ptr<DnsSession> m_session;
    QList<std::pair<QString, QByteArray>> m_forDkimpy; // name, message, expected "pass"/"fail"
    QStringList m_dkimpyExpected;

    MailMessage relay1(const MailMessage& m, const QString& selector = u"seal"_s,
                       const QString& keyName = u"relay.arc.test-seal"_s) {
        return seal(m, *m_session, u"relay1.arc.test"_s, selector, keyName, relayResults);
    }
    MailMessage relay2(const MailMessage& m, const std::function<MailMessage(MailMessage)>& modify = {}) {
        return seal(m, *m_session, u"relay2.arc.test"_s, u"seal"_s, u"relay.arc.test-seal"_s,
                    u"spf=pass smtp.mailfrom=relay1.arc.test"_s, modify);
    }
    void keepForDkimpy(const QString& name, const MailMessage& m, const QString& expected) {
        QByteArray bytes;
        for (const MailHeader& h : m.headers)
            bytes += h.raw;
        bytes += "\r\n" + m.body;
        m_forDkimpy << std::pair{name, bytes};
        m_dkimpyExpected << expected;
    }

private Q_SLOTS:
    void initTestCase() {
        const quint16 port = nsdPort();
        QVERIFY2(port > 0, "no NSD port file");
        m_session = nsdSession(port);
    }

    void noChain() {
        const ArcChainResult r = ArcChainVerifier::verify(authorMessage(), *m_session);
        QCOMPARE(r.chain, u"none"_s);
        QVERIFY(r.findings.isEmpty());
        QVERIFY(r.sets.isEmpty());
    }

    void passOneSet() {
        const MailMessage m = relay1(authorMessage());
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QVERIFY2(r.passed(), qPrintable(r.reason));
        QCOMPARE(r.sets.size(), 1);
        QCOMPARE(r.sealers, QStringList{u"relay1.arc.test"_s});
        QCOMPARE(r.oldestPass, 0);
        QCOMPARE(r.brokenAt, 0);
        QCOMPARE(r.sets.first().seal.chainValidation, u"none"_s);
        QCOMPARE(r.sets.first().amsCheck.result, u"pass"_s);
        QCOMPARE(r.sets.first().sealCheck.result, u"pass"_s);
        QCOMPARE(r.sets.first().aar.results.authServId, u"mail.relay1.arc.test"_s);
        QVERIFY(r.findings.isEmpty());
        keepForDkimpy(u"pass-one"_s, m, u"pass"_s);
    }

    void passTwoSetsOldestPass() {
        // relay2 verifies the chain as it arrives, then adds a footer and seals with cv=pass: the
        // chain passes; the AMS of i=1 no longer verifies, oldest-pass is 2.
        const MailMessage m = relay2(relay1(authorMessage()), [](MailMessage msg) {
            msg.body += "\r\n(scanned by relay2)\r\n";
            return msg;
        });
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QVERIFY2(r.passed(), qPrintable(r.reason));
        QCOMPARE(r.sealers, (QStringList{u"relay1.arc.test"_s, u"relay2.arc.test"_s}));
        QCOMPARE(r.sets.at(1).seal.chainValidation, u"pass"_s);
        QCOMPARE(r.oldestPass, 2);
        QCOMPARE(r.sets.at(0).amsCheck.result, u"fail"_s);
        QCOMPARE(*r.sets.at(0).amsCheck.bodyHashMatches, false);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-AMS-MODIFIED"_s});
        QVERIFY(r.findings.first().detail.contains(u"relay2.arc.test"_s));
        keepForDkimpy(u"pass-two"_s, m, u"pass"_s);
    }

    void brokenAms() {
        MailMessage m = relay1(authorMessage());
        m.body.replace("shared folder", "attached file");
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(r.brokenAt, 1);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-AMS-FAIL"_s});
        QVERIFY(r.reason.contains(u"body hash"_s));
        // The seal covers no body: it still verifies, and is shown so.
        QCOMPARE(r.sets.first().sealCheck.result, u"pass"_s);
        keepForDkimpy(u"broken-ams"_s, m, u"fail"_s);

        // A signed header changed instead: the body hash matches, the signature does not.
        MailMessage h = relay1(authorMessage());
        h = replaceHeader(h, "To", "everyone@list.test");
        const ArcChainResult hr = ArcChainVerifier::verify(h, *m_session);
        QCOMPARE(hr.chain, u"fail"_s);
        QCOMPARE(*hr.sets.first().amsCheck.bodyHashMatches, true);
        QCOMPARE(*hr.sets.first().amsCheck.signatureMatches, false);
    }

    void brokenSeal() {
        // The AMS does not sign the ARC-Authentication-Results; the seal does.
        MailMessage m = relay2(relay1(authorMessage()));
        for (MailHeader& h : m.headers)
            if (h.isNamed("ARC-Authentication-Results") && h.raw.contains("i=2;"))
                h.raw.replace("spf=pass", "spf=fail");
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(r.brokenAt, 2);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-SEAL-FAIL"_s});
        QCOMPARE(r.sets.at(1).amsCheck.result, u"pass"_s);
        QCOMPARE(r.sets.at(1).sealCheck.result, u"fail"_s);
        QCOMPARE(r.sets.at(0).sealCheck.result, u"pass"_s);
        keepForDkimpy(u"broken-seal"_s, m, u"fail"_s);

        // An earlier set changed: both seals above it break; the first one checked (i=2) is named.
        MailMessage earlier = relay2(relay1(authorMessage()));
        for (MailHeader& h : earlier.headers)
            if (h.isNamed("ARC-Authentication-Results") && h.raw.contains("i=1;"))
                h.raw.replace("dkim=pass", "dkim=none");
        const ArcChainResult er = ArcChainVerifier::verify(earlier, *m_session);
        QCOMPARE(er.chain, u"fail"_s);
        QCOMPARE(er.sets.at(0).sealCheck.result, u"fail"_s);
        QCOMPARE(er.sets.at(1).sealCheck.result, u"fail"_s);
    }

    void cvFailPropagated() {
        MailMessage inTransit = relay1(authorMessage());
        inTransit.body += "\r\nInjected line\r\n"; // after relay1 sealed it
        const MailMessage m = relay2(inTransit);   // relay2 finds the chain broken: cv=fail
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(m.headers.first().raw.contains("cv=fail"), true);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(r.brokenAt, 2);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-CV-FAIL"_s});
        QVERIFY2(r.findings.first().detail.contains(u"i=1"_s), qPrintable(r.findings.first().detail));
        keepForDkimpy(u"cv-fail"_s, m, u"fail"_s);

        // A third hop that follows the rules seals with cv=fail as well.
        const MailMessage third =
            seal(m, *m_session, u"list.test"_s, u"arc2026"_s, u"list.test-arc"_s, u"none"_s);
        QVERIFY(third.headers.first().raw.contains("cv=fail"));
        QCOMPARE(ArcChainVerifier::verify(third, *m_session).chain, u"fail"_s);
    }

    void instanceGap() {
        const MailMessage first = relay1(authorMessage());
        ArcSealOptions o;
        o.domain = u"relay2.arc.test"_s;
        o.selector = u"seal"_s;
        o.authServId = u"mail.relay2.arc.test"_s;
        o.chainValidation = u"pass"_s;
        o.instance = 3;
        const EvpPkeyPtr k = key(u"relay.arc.test-seal"_s);
        const MailMessage m = *ArcSigner::seal(first, k.get(), o);
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(r.brokenAt, 2);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-INSTANCE-GAP"_s});
        keepForDkimpy(u"gap"_s, m, u"fail"_s);
    }

    void duplicateInstance() {
        const MailMessage first = relay1(authorMessage());
        ArcSealOptions o;
        o.domain = u"relay2.arc.test"_s;
        o.selector = u"seal"_s;
        o.authServId = u"mail.relay2.arc.test"_s;
        o.chainValidation = u"none"_s;
        o.instance = 1;
        const EvpPkeyPtr k = key(u"relay.arc.test-seal"_s);
        const MailMessage m = *ArcSigner::seal(first, k.get(), o);
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(r.brokenAt, 1);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-SET-DUPLICATE"_s});
        QCOMPARE(r.sets.size(), 1);
        QCOMPARE(r.sets.first().sealCount, 2);
    }

    void wrongCvAtFirst() {
        ArcSealOptions o;
        o.domain = u"relay1.arc.test"_s;
        o.selector = u"seal"_s;
        o.authServId = u"mail.relay1.arc.test"_s;
        o.chainValidation = u"pass"_s; // there was no chain: it must say none
        const EvpPkeyPtr k = key(u"relay.arc.test-seal"_s);
        const MailMessage m = *ArcSigner::seal(authorMessage(), k.get(), o);
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-CV-INVALID"_s});
        // The signatures themselves are fine: shown as verifying.
        QCOMPARE(r.sets.first().sealCheck.result, u"pass"_s);
    }

    void incompleteSet() {
        MailMessage m = relay2(relay1(authorMessage()));
        m.headers.removeIf([](const MailHeader& h) {
            return h.isNamed("ARC-Authentication-Results") && h.raw.contains("i=1;");
        });
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(r.brokenAt, 1);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-SET-INCOMPLETE"_s});
        QVERIFY(r.sets.at(1).sealCheck.reason.startsWith(u"not checked"_s));
    }

    void sealerKeys() {
        const MailMessage ed = relay1(authorMessage(), u"ed"_s, u"relay.arc.test-ed25519"_s);
        const ArcChainResult edResult = ArcChainVerifier::verify(ed, *m_session);
        QVERIFY2(edResult.passed(), qPrintable(edResult.reason));
        QCOMPARE(edResult.sets.first().sealCheck.key.keyType, u"ed25519"_s);

        const MailMessage revoked = relay1(authorMessage(), u"revoked"_s);
        const ArcChainResult rr = ArcChainVerifier::verify(revoked, *m_session);
        QCOMPARE(rr.chain, u"fail"_s);
        QCOMPARE(codes(rr.findings), QStringList{u"ARC-AMS-FAIL"_s});
        QVERIFY(rr.reason.contains(u"revoked"_s));

        const MailMessage missing = relay1(authorMessage(), u"nosuchkey"_s);
        const ArcChainResult mr = ArcChainVerifier::verify(missing, *m_session);
        QCOMPARE(mr.chain, u"fail"_s);
        QVERIFY(!mr.temporary);
        QVERIFY(mr.reason.contains(u"no key"_s));
    }

    void tooManySets() {
        MailMessage m = relay1(authorMessage());
        const MailHeader seal = m.headers.first();
        for (int i = 0; i < 50; ++i)
            m.headers.prepend(seal);
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QCOMPARE(r.chain, u"fail"_s);
        QCOMPARE(codes(r.findings), QStringList{u"ARC-TOO-MANY-SETS"_s});
    }

    void headersOnly() {
        MailMessage m = relay1(authorMessage());
        m.body.clear();
        QCOMPARE(ArcChainVerifier::verify(m, *m_session).chain, u"fail"_s);
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session, false);
        QVERIFY2(r.passed(), qPrintable(r.reason));
        QVERIFY(!r.sets.first().amsCheck.bodyHashMatches.has_value());
        QVERIFY(r.sets.first().amsCheck.reason.contains(u"body was not given"_s));
    }

    void listBreaksDkimKeepsArc() {
        // The author's signature verifies on arrival at the list...
        const MailMessage arrived = authorMessage();
        QCOMPARE(DkimVerifier::verify(arrived, *m_session).signatures.first().result, u"pass"_s);
        // ...the list tags the subject, adds a footer, re-signs and seals.
        const MailMessage m = seal(arrived, *m_session, u"list.test"_s, u"arc2026"_s, u"list.test-arc"_s,
                                   u"spf=pass smtp.mailfrom=alice@arc.test; dkim=pass header.d=arc.test "
                                   u"header.s=mail; dmarc=pass header.from=arc.test"_s,
                                   &listRewrite);
        const DkimVerification dkim = DkimVerifier::verify(m, *m_session);
        QCOMPARE(dkim.signatures.size(), 2);
        QString author;
        QString list;
        for (const DkimSignatureVerification& s : dkim.signatures)
            (s.signature.domain == u"arc.test"_s ? author : list) = s.result;
        QCOMPARE(author, u"fail"_s);
        QCOMPARE(list, u"pass"_s);
        const ArcChainResult r = ArcChainVerifier::verify(m, *m_session);
        QVERIFY2(r.passed(), qPrintable(r.reason));
        QCOMPARE(r.sealers, QStringList{u"list.test"_s});
        QCOMPARE(r.sets.first().aar.results.results.size(), 4); // spf, dkim, dmarc, arc
        keepForDkimpy(u"list"_s, m, u"pass"_s);
    }

    // An independent verifier agrees: dkimpy's arc_verify (python3-dkim), when installed.
    void dkimpyAgrees() {
        if (m_forDkimpy.isEmpty())
            QSKIP("no chain kept");
        QProcess probe;
        probe.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import dkim"_s});
        if (!probe.waitForFinished(20000) || probe.exitCode() != 0)
            QSKIP("python3-dkim (dkimpy) is not installed");
        QTemporaryDir dir;
        QJsonObject keys;
        for (const QString& name :
             {u"seal._domainkey.relay1.arc.test"_s, u"seal._domainkey.relay2.arc.test"_s,
              u"arc2026._domainkey.list.test"_s, u"mail._domainkey.arc.test"_s}) {
            const DnsAnswer a = m_session->lookupNow(name, DnsRecordType::TXT);
            QVERIFY(a.hasRecords());
            keys.insert(name, a.texts().first());
        }
        QFile keyFile(dir.filePath(u"keys.json"_s));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(QJsonDocument(keys).toJson());
        keyFile.close();
        QStringList files;
        for (const auto& [name, bytes] : std::as_const(m_forDkimpy)) {
            QFile f(dir.filePath(name + u".eml"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            files << f.fileName();
        }
        const QString script = uR"(
import json, sys, dkim
keys = json.load(open(sys.argv[1]))
def txt(name, timeout=5):
    name = name.decode() if isinstance(name, bytes) else name
    value = keys.get(name.rstrip('.'))
    return value.encode() if value else None
for path in sys.argv[2:]:
    cv, results, reason = dkim.arc_verify(open(path, 'rb').read(), dnsfunc=txt)
    # dkimpy answers None for a chain that a sealer marked cv=fail ("terminated"): RFC 8617 5.2
    # step 2 calls that fail.
    if cv is None and results:
        cv = b'fail'
    print((cv or b'none').decode().lower())
)"_s;
        QProcess p;
        p.start(u"/usr/bin/python3"_s, QStringList{u"-c"_s, script, keyFile.fileName()} + files);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList got = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(got.size(), m_dkimpyExpected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QVERIFY2(got.at(i) == m_dkimpyExpected.at(i),
                     qPrintable(u"%1: dkimpy says %2, expected %3"_s.arg(m_forDkimpy.at(i).first, got.at(i),
                                                                         m_dkimpyExpected.at(i))));
    }
};

QTEST_GUILESS_MAIN(TestArcNsd)
#include "tst_arcnsd.moc"
