// DANE for SMTP (RFC 7672) without a network: the TLSA parser and its plain words, matching against
// certificates made here with openssl (the expected digests computed by the openssl tool, not by
// the code under test), and TransportCheck over zone data with a fake DnssecLookup (secure,
// insecure, bogus, none set), CNAME'd MX hosts (RFC 7672 §2.2.2), the findings and the JSON.
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "transport/DaneChecker.h"
#include "transport/DaneMatcher.h"
#include "transport/TlsaRecord.h"
#include "transport/TransportCheck.h"

#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray run(const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(u"openssl"_s, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("openssl %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QStringList codes(const QList<Finding>& findings, const QString& prefix = u"DANE-"_s) {
    QStringList out;
    for (const Finding& f : findings)
        if (f.code.startsWith(prefix))
            out << f.code;
    out.sort();
    return out;
}
} // namespace

class TestDane : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_ca, m_leaf, m_other, m_intermediate, m_leafUnderIntermediate; // DER
    QByteArray m_leafSpkiSha256, m_leafCertSha256, m_leafSpkiSha512, m_caSpkiSha256, m_caCertSha256,
        m_otherSpkiSha256;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray der(const QString& pem) {
        return run({u"x509"_s, u"-in"_s, path(pem), u"-outform"_s, u"DER"_s});
    }
    QByteArray spkiDigest(const QString& pem, const QString& digest) {
        const QByteArray key = run({u"x509"_s, u"-in"_s, path(pem), u"-noout"_s, u"-pubkey"_s});
        const QByteArray spki = run({u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s}, key);
        return run({u"dgst"_s, u"-"_s + digest, u"-binary"_s}, spki);
    }
    QByteArray certDigest(const QString& pem) {
        return run({u"dgst"_s, u"-sha256"_s, u"-binary"_s}, der(pem));
    }
    void makeCert(const QString& name, const QString& cn, const QString& issuer, bool ca = false) {
        const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                             u"-nodes"_s};
        if (issuer.isEmpty()) {
            run(QStringList{u"req"_s, u"-x509"_s} + ec +
                QStringList{u"-days"_s, u"30"_s, u"-subj"_s, u"/CN="_s + cn, u"-keyout"_s,
                            path(name + u".key"_s), u"-out"_s, path(name + u".pem"_s), u"-addext"_s,
                            u"basicConstraints=critical,CA:TRUE"_s});
            return;
        }
        run(QStringList{u"req"_s, u"-new"_s} + ec +
            QStringList{u"-subj"_s, u"/CN="_s + cn, u"-keyout"_s, path(name + u".key"_s), u"-out"_s,
                        path(name + u".csr"_s)});
        QFile ext(path(name + u".ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(ca ? "basicConstraints=critical,CA:TRUE\n" : "basicConstraints=CA:FALSE\n");
        ext.close();
        run({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s, path(issuer + u".pem"_s),
             u"-CAkey"_s, path(issuer + u".key"_s), u"-CAcreateserial"_s, u"-days"_s, u"30"_s, u"-extfile"_s,
             path(name + u".ext"_s), u"-out"_s, path(name + u".pem"_s)});
    }

    static TlsaRecord record(quint8 usage, quint8 selector, quint8 matching, const QByteArray& data) {
        TlsaRecord r;
        r.usage = usage;
        r.selector = selector;
        r.matchingType = matching;
        r.data = data;
        return r;
    }
    static QString rdata(quint8 usage, quint8 selector, quint8 matching, const QByteArray& data) {
        return record(usage, selector, matching, data).toString();
    }

    SmtpProbeResult probe(const QList<QByteArray>& chain) const {
        SmtpProbeResult p;
        p.host = u"mx.example.com"_s;
        p.outcome = SmtpProbeResult::Outcome::Tls;
        p.nameMatches = true; // the certificates made here name mx.example.com
        for (const QByteArray& d : chain) {
            CertificateInfo c = CertificateInfo::from(QSslCertificate(d, QSsl::Der));
            p.chain << c;
        }
        return p;
    }
    TransportResult::MxHost host(const QStringList& rdatas, DnssecState state) const {
        TransportResult::MxHost h;
        h.host = u"mx.example.com"_s;
        h.dane.name = u"_25._tcp.mx.example.com"_s;
        h.dane.dnssec.state = state;
        for (const QString& r : rdatas) {
            DaneResult::Tlsa t;
            t.rdata = r;
            if (auto parsed = TlsaRecord::parse(r))
                t.record = *parsed;
            else
                t.error = parsed.error();
            h.dane.tlsa << t;
        }
        return h;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        makeCert(u"ca"_s, u"DANE Test CA"_s, {});
        makeCert(u"leaf"_s, u"mx.example.com"_s, u"ca"_s);
        makeCert(u"other"_s, u"mx.example.com"_s, u"ca"_s); // same name, another key: a renewal
        makeCert(u"intermediate"_s, u"DANE Test Intermediate"_s, u"ca"_s, true);
        makeCert(u"leaf2"_s, u"mx.example.com"_s, u"intermediate"_s);
        m_ca = der(u"ca.pem"_s);
        m_leaf = der(u"leaf.pem"_s);
        m_other = der(u"other.pem"_s);
        m_intermediate = der(u"intermediate.pem"_s);
        m_leafUnderIntermediate = der(u"leaf2.pem"_s);
        m_leafSpkiSha256 = spkiDigest(u"leaf.pem"_s, u"sha256"_s);
        m_leafSpkiSha512 = spkiDigest(u"leaf.pem"_s, u"sha512"_s);
        m_leafCertSha256 = certDigest(u"leaf.pem"_s);
        m_caSpkiSha256 = spkiDigest(u"ca.pem"_s, u"sha256"_s);
        m_caCertSha256 = certDigest(u"ca.pem"_s);
        m_otherSpkiSha256 = spkiDigest(u"other.pem"_s, u"sha256"_s);
        QCOMPARE(m_leafSpkiSha256.size(), 32);
    }

    void parsesPresentationForm() {
        const QByteArray digest =
            QByteArray::fromHex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        auto r =
            TlsaRecord::parse(u"3 1 1 0123456789ABCDEF0123456789abcdef 0123456789abcdef0123456789abcdef"_s);
        QVERIFY2(r, r ? "" : qPrintable(r.error()));
        QCOMPARE(r->usage, 3);
        QCOMPARE(r->selector, 1);
        QCOMPARE(r->matchingType, 1);
        QCOMPARE(r->data, digest);
        QCOMPARE(r->toString(), u"3 1 1 "_s + QString::fromLatin1(digest.toHex()));
        QCOMPARE(TlsaRecord::parse(u"  2\t0 0 3082\n"_s)->data, QByteArray::fromHex("3082"));
    }

    void rejectsMalformed_data() {
        QTest::addColumn<QString>("rdata");
        QTest::addColumn<QString>("error");
        const QString h32 = QString(u"ab"_s).repeated(32);
        QTest::newRow("empty") << QString() << u"four fields"_s;
        QTest::newRow("three fields") << u"3 1 1"_s << u"has 3"_s;
        QTest::newRow("usage 4") << u"4 1 1 "_s + h32 << u"certificate usage 4 is not defined"_s;
        QTest::newRow("selector 2") << u"3 2 1 "_s + h32 << u"selector 2 is not defined"_s;
        QTest::newRow("matching 3") << u"3 1 3 "_s + h32 << u"matching type 3 is not defined"_s;
        QTest::newRow("usage 256") << u"256 1 1 "_s + h32 << u"does not fit in one octet"_s;
        QTest::newRow("usage word") << u"DANE-EE 1 1 "_s + h32 << u"'DANE-EE' is not a number"_s;
        QTest::newRow("plus sign") << u"+3 1 1 "_s + h32 << u"not a number"_s;
        QTest::newRow("not hex") << u"3 1 1 zz"_s << u"not hexadecimal"_s;
        QTest::newRow("odd hex") << u"3 1 0 abc"_s << u"odd number of hex digits"_s;
        QTest::newRow("short sha256") << u"3 1 1 abcd"_s << u"needs a 32-byte digest; the data has 2"_s;
        QTest::newRow("sha512 with 32") << u"3 1 2 "_s + h32 << u"needs a 64-byte digest"_s;
    }
    void rejectsMalformed() {
        QFETCH(QString, rdata);
        QFETCH(QString, error);
        const auto r = TlsaRecord::parse(rdata);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(error), qPrintable(r.error()));
    }

    void plainWords() {
        const QByteArray d(32, 'x');
        QVERIFY(record(3, 1, 1, d).meaning().contains(u"this exact server key"_s));
        QVERIFY(record(3, 0, 1, d).meaning().contains(u"this exact server certificate"_s));
        QVERIFY(record(2, 1, 1, d).meaning().contains(u"a CA of our own in the chain"_s));
        QVERIFY(record(0, 0, 1, d).meaning().contains(u"ignored for SMTP by RFC 7672 §3.1.3"_s));
        QVERIFY(record(1, 1, 1, d).meaning().contains(u"ignored for SMTP by RFC 7672 §3.1.3"_s));
        QVERIFY(record(3, 1, 2, d).meaning().contains(u"SHA-512"_s));
        QVERIFY(record(3, 1, 0, d).meaning().contains(u"given in full"_s));
        QCOMPARE(record(2, 0, 1, d).usageName(), u"DANE-TA(2)"_s);
        QCOMPARE(record(1, 0, 2, d).matchingTypeName(), u"SHA2-512(2)"_s);
        QVERIFY(!record(1, 1, 1, d).usableForSmtp());
        QVERIFY(record(2, 1, 1, d).usableForSmtp());
    }

    void spkiIsWhatOpensslExtracts() {
        const auto spki = DaneMatcher::subjectPublicKeyInfo(m_leaf);
        QVERIFY(spki);
        QCOMPARE(QCryptographicHash::hash(*spki, QCryptographicHash::Sha256), m_leafSpkiSha256);
        QVERIFY(!DaneMatcher::subjectPublicKeyInfo(QByteArray("not a certificate")));
        QVERIFY(!DaneMatcher::subjectPublicKeyInfo(m_leaf.left(m_leaf.size() / 2)));
    }

    void matchesEndEntity_data() {
        QTest::addColumn<QString>("rdata");
        QTest::addColumn<int>("index");
        QTest::newRow("3 1 1") << rdata(3, 1, 1, m_leafSpkiSha256) << 0;
        QTest::newRow("3 1 2") << rdata(3, 1, 2, m_leafSpkiSha512) << 0;
        QTest::newRow("3 0 1") << rdata(3, 0, 1, m_leafCertSha256) << 0;
        QTest::newRow("3 0 0") << rdata(3, 0, 0, m_leaf) << 0;
        QTest::newRow("3 1 1 other key") << rdata(3, 1, 1, m_otherSpkiSha256) << -1;
        QTest::newRow("3 1 1 of the CA") << rdata(3, 1, 1, m_caSpkiSha256) << -1; // EE never matches the CA
        QTest::newRow("2 1 1 CA key") << rdata(2, 1, 1, m_caSpkiSha256) << 1;
        QTest::newRow("2 0 1 CA cert") << rdata(2, 0, 1, m_caCertSha256) << 1;
        QTest::newRow("2 1 1 of the leaf") << rdata(2, 1, 1, m_leafSpkiSha256) << -1; // TA never the leaf
        QTest::newRow("1 1 1 PKIX-EE") << rdata(1, 1, 1, m_leafSpkiSha256) << -1;
        QTest::newRow("0 0 1 PKIX-TA") << rdata(0, 0, 1, m_caCertSha256) << -1;
    }
    void matchesEndEntity() {
        QFETCH(QString, rdata);
        QFETCH(int, index);
        const auto r = TlsaRecord::parse(rdata);
        QVERIFY(r);
        QCOMPARE(DaneMatcher::match(*r, {m_leaf, m_ca}), index);
    }

    void trustAnchorMustSignTheChain() {
        const auto ta = TlsaRecord::parse(rdata(2, 0, 1, m_caCertSha256));
        // leaf2 <- intermediate <- ca: the CA is two links up.
        QCOMPARE(DaneMatcher::match(*ta, {m_leafUnderIntermediate, m_intermediate, m_ca}), 2);
        // The CA sent but the leaf was not issued under it (the chain breaks): no match.
        QCOMPARE(DaneMatcher::match(*ta, {m_leafUnderIntermediate, m_ca}), -1);
        // Not sent at all: 2 x x needs the CA in the chain the server presents.
        QCOMPARE(DaneMatcher::match(*ta, {m_leaf}), -1);
        QVERIFY(DaneMatcher::signedBy(m_leaf, m_ca));
        QVERIFY(!DaneMatcher::signedBy(m_ca, m_leaf));
    }

    void evaluateFindings_data() {
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("probed");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("daneState");
        const QString ee = rdata(3, 1, 1, m_leafSpkiSha256);
        const QString next = rdata(3, 1, 1, m_otherSpkiSha256);
        const QString ta = rdata(2, 1, 1, m_caSpkiSha256);
        const int secure = int(DnssecState::Secure), insecure = int(DnssecState::Insecure),
                  bogus = int(DnssecState::Bogus), none = int(DnssecState::Indeterminate);
        QTest::newRow("single EE matching")
            << QStringList{ee} << secure << true << QStringList{u"DANE-SINGLE-RECORD"_s} << u"matches"_s;
        QTest::newRow("single EE not probed")
            << QStringList{ee} << secure << false << QStringList{u"DANE-SINGLE-RECORD"_s} << u"published"_s;
        QTest::newRow("current + next")
            << QStringList{ee, next} << secure << true << QStringList{} << u"matches"_s;
        QTest::newRow("EE + TA") << QStringList{ee, ta} << secure << true << QStringList{} << u"matches"_s;
        QTest::newRow("TA alone") << QStringList{ta} << secure << true << QStringList{} << u"matches"_s;
        QTest::newRow("stale key") << QStringList{next} << secure << true
                                   << QStringList{u"DANE-TLSA-MISMATCH"_s} << u"mismatch"_s;
        QTest::newRow("stale, not validated")
            << QStringList{next} << none << true << QStringList{u"DANE-TLSA-MISMATCH"_s} << u"mismatch"_s;
        QTest::newRow("insecure") << QStringList{ee} << insecure << true
                                  << QStringList{u"DANE-TLSA-INSECURE"_s} << u"not-secure"_s;
        QTest::newRow("insecure and stale") << QStringList{next} << insecure << true
                                            << QStringList{u"DANE-TLSA-INSECURE"_s} << u"not-secure"_s;
        QTest::newRow("bogus") << QStringList{ee, next} << bogus << true
                               << QStringList{u"DANE-TLSA-INSECURE"_s} << u"not-secure"_s;
        QTest::newRow("PKIX only") << QStringList{rdata(1, 1, 1, m_leafSpkiSha256)} << secure << true
                                   << QStringList{} << u"published"_s;
        QTest::newRow("unparseable + EE") << QStringList{u"3 1 1 abcd"_s, ee} << secure << true
                                          << QStringList{u"DANE-SINGLE-RECORD"_s} << u"matches"_s;
    }
    void evaluateFindings() {
        QFETCH(QStringList, records);
        QFETCH(int, state);
        QFETCH(bool, probed);
        QFETCH(QStringList, expected);
        QFETCH(QString, daneState);
        TransportResult::MxHost h = host(records, DnssecState(state));
        const SmtpProbeResult p = probe({m_leaf, m_ca});
        QList<Finding> findings;
        DaneChecker::evaluate(u"example.com"_s, h, probed ? &p : nullptr, findings);
        QCOMPARE(codes(findings), expected);
        QCOMPARE(h.dane.state(), daneState);
        for (const Finding& f : findings) {
            QVERIFY(!f.rfc.isEmpty());
            QVERIFY(!f.fix.isEmpty());
            QVERIFY(f.detail.contains(u"mx.example.com"_s));
            if (f.code == u"DANE-TLSA-INSECURE"_s)
                QCOMPARE(f.severity, state == int(DnssecState::Bogus) ? Severity::Error : Severity::Warning);
            if (f.code == u"DANE-TLSA-MISMATCH"_s) {
                QCOMPARE(f.severity, Severity::Error);
                // Which records, which certificate: the digests a user compares.
                QVERIFY(f.evidence.join(u'\n').contains(QString::fromLatin1(m_otherSpkiSha256.toHex())));
                QVERIFY(f.evidence.join(u'\n').contains(QString::fromLatin1(m_leafSpkiSha256.toHex())));
            }
        }
        const QJsonObject json = h.dane.toJson();
        QCOMPARE(json.value(u"tlsa"_s).toArray().size(), records.size());
        QCOMPARE(json.value(u"dnssec"_s).toObject().value(u"status"_s).toString(),
                 dnssecStateName(DnssecState(state)));
        if (!probed)
            QVERIFY(json.value(u"matches"_s).isNull());
    }

    void trustAnchorNeedsTheName() {
        TransportResult::MxHost h = host({rdata(2, 1, 1, m_caSpkiSha256)}, DnssecState::Secure);
        SmtpProbeResult p = probe({m_leaf, m_ca});
        p.nameMatches = false;
        QList<Finding> findings;
        DaneChecker::evaluate(u"example.com"_s, h, &p, findings);
        QCOMPARE(codes(findings), QStringList{u"DANE-TLSA-MISMATCH"_s});
        QVERIFY(findings.first().detail.contains(u"does not name mx.example.com"_s));
        // DANE-EE checks no name.
        TransportResult::MxHost ee =
            host({rdata(3, 1, 1, m_leafSpkiSha256), rdata(2, 1, 1, m_caSpkiSha256)}, DnssecState::Secure);
        findings.clear();
        DaneChecker::evaluate(u"example.com"_s, ee, &p, findings);
        QCOMPARE(ee.dane.matches, std::optional<bool>(true));
        QCOMPARE(codes(findings), QStringList{});
    }

    void noStarttlsIsAMismatch() {
        TransportResult::MxHost h = host({rdata(3, 1, 1, m_leafSpkiSha256)}, DnssecState::Secure);
        SmtpProbeResult p;
        p.outcome = SmtpProbeResult::Outcome::NotOffered;
        QList<Finding> findings;
        DaneChecker::evaluate(u"example.com"_s, h, &p, findings);
        QCOMPARE(codes(findings), QStringList{u"DANE-TLSA-MISMATCH"_s});
        // A silent port says nothing: no verdict.
        TransportResult::MxHost silent = host({rdata(3, 1, 1, m_leafSpkiSha256)}, DnssecState::Secure);
        p.outcome = SmtpProbeResult::Outcome::Timeout;
        findings.clear();
        DaneChecker::evaluate(u"example.com"_s, silent, &p, findings);
        QVERIFY(!silent.dane.matches);
        QCOMPARE(codes(findings), QStringList{u"DANE-SINGLE-RECORD"_s});
    }

    // The whole check over zone data: the TLSA questions go through the session and the DNSSEC
    // status through the lookup set on the check.
    void transportCheckAsksTlsaAndDnssec() {
        const QString zone =
            uR"(example.com. 3600 IN SOA ns.example.com. hostmaster.example.com. 1 7200 3600 1209600 300
example.com. 3600 IN MX 10 mx1.example.com.
example.com. 3600 IN MX 20 mx2.example.com.
example.com. 3600 IN MX 30 alias.example.com.
example.com. 3600 IN MX 40 mx4.example.com.
example.com. 3600 IN MX 50 mx.provider.test.
mx1.example.com. 3600 IN A 192.0.2.1
mx2.example.com. 3600 IN A 192.0.2.2
alias.example.com. 3600 IN CNAME real.example.com.
real.example.com. 3600 IN A 192.0.2.3
mx4.example.com. 3600 IN A 192.0.2.4
_25._tcp.mx1.example.com. 3600 IN TLSA %1
_25._tcp.mx1.example.com. 3600 IN TLSA %2
_25._tcp.mx2.example.com. 3600 IN TLSA %1
_25._tcp.real.example.com. 3600 IN TLSA %1
_25._tcp.alias.example.com. 3600 IN TLSA %1
_25._tcp.alias.example.com. 3600 IN TLSA %2
)"_s.arg(rdata(3, 1, 1, m_leafSpkiSha256), rdata(2, 1, 1, m_caSpkiSha256));
        auto parsed = ZoneResolver::parseZone(zone.toUtf8(), u"example.com"_s, u"test"_s);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
        DnsSession session(std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*parsed}));
        NetOptions net;
        net.offline = true;
        QStringList asked;
        QMutex mutex;
        auto check = [&](bool withLookup) {
            TransportCheck c(session, net, nullptr);
            if (withLookup)
                c.setDnssecLookup([&](const QString& name, DnsRecordType type) -> DnssecStatus {
                    QMutexLocker lock(&mutex);
                    asked << name + u' ' + dnsRecordTypeName(type);
                    if (name.endsWith(u"mx2.example.com"_s))
                        return {DnssecState::Insecure, u"no DS for example.com at com"_s, u"example.com"_s};
                    return {DnssecState::Secure, {}, {}};
                });
            return c.run(u"example.com"_s);
        };

        const TransportResult r = check(true);
        QCOMPARE(r.mx.hosts.size(), 5);
        const auto& mx1 = r.mx.hosts[0].dane;
        QCOMPARE(mx1.name, u"_25._tcp.mx1.example.com"_s);
        QCOMPARE(mx1.tlsa.size(), 2);
        QCOMPARE(mx1.dnssec.state, DnssecState::Secure);
        QCOMPARE(mx1.state(), u"published"_s);
        const auto& mx2 = r.mx.hosts[1].dane;
        QCOMPARE(mx2.state(), u"not-secure"_s);
        QCOMPARE(mx2.dnssec.chainEnd, u"example.com"_s);
        // alias.example.com CNAME real.example.com, the alias secure: the target's TLSA first.
        const auto& alias = r.mx.hosts[2].dane;
        QCOMPARE(alias.name, u"_25._tcp.real.example.com"_s);
        QCOMPARE(alias.tlsa.size(), 1);
        QCOMPARE(alias.namesAsked, QStringList{u"_25._tcp.real.example.com"_s});
        const auto& mx4 = r.mx.hosts[3].dane;
        QVERIFY(!mx4.published());
        QCOMPARE(mx4.state(), u"none"_s);
        // Offline, a host in no loaded zone: nothing is known, which is not "no TLSA" nor a failure.
        const auto& outside = r.mx.hosts[4].dane;
        QCOMPARE(outside.state(), u"unknown"_s);
        QVERIFY(outside.dnsError.isEmpty());
        QVERIFY(outside.unknown.contains(u"offline"_s));
        QVERIFY(asked.contains(u"_25._tcp.mx1.example.com TLSA"_s));
        QVERIFY(asked.contains(u"alias.example.com A"_s));
        QVERIFY(
            !asked.contains(u"_25._tcp.mx4.example.com TLSA"_s)); // nothing published: nothing to validate
        QStringList dane = codes(r.findings);
        QCOMPARE(dane, (QStringList{u"DANE-SINGLE-RECORD"_s, u"DANE-TLSA-INSECURE"_s}));
        bool insecureNamesHost = false;
        for (const Finding& f : r.findings)
            if (f.code == u"DANE-TLSA-INSECURE"_s)
                insecureNamesHost = f.detail.contains(u"mx2.example.com"_s) && f.detail.contains(u"no DS"_s);
        QVERIFY(insecureNamesHost);

        // JSON: mx[].dane with the fields of the issue.
        const QJsonObject j =
            r.toJson().value(u"mx"_s).toArray().at(0).toObject().value(u"dane"_s).toObject();
        const QJsonObject first = j.value(u"tlsa"_s).toArray().at(0).toObject();
        for (const char* key : {"usage", "selector", "matchingType", "data", "meaning", "matches"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QCOMPARE(first.value(u"usage"_s).toInt(), 3);
        QCOMPARE(first.value(u"data"_s).toString(), QString::fromLatin1(m_leafSpkiSha256.toHex()));
        QVERIFY(first.value(u"matches"_s).isNull());
        QCOMPARE(j.value(u"dnssec"_s).toObject().value(u"status"_s).toString(), u"secure"_s);
        QVERIFY(j.value(u"matches"_s).isNull());

        // No lookup set: indeterminate, "not validated", the MX alias's own name (its CNAME not proven
        // secure).
        const TransportResult plain = check(false);
        QCOMPARE(plain.mx.hosts[0].dane.dnssec.state, DnssecState::Indeterminate);
        QCOMPARE(plain.mx.hosts[0].dane.dnssec.reason, u"DNSSEC not validated"_s);
        QCOMPARE(plain.mx.hosts[2].dane.name, u"_25._tcp.alias.example.com"_s);
        QCOMPARE(plain.mx.hosts[2].dane.tlsa.size(), 2);
        // mx2's single DANE-EE record, not known to be insecure without a validator, is a rollover risk.
        QCOMPARE(codes(plain.findings), QStringList{u"DANE-SINGLE-RECORD"_s});
    }
};

QTEST_GUILESS_MAIN(TestDane)
#include "tst_dane.moc"
