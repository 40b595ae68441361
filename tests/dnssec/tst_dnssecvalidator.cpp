// DnssecValidator against real signed zones: dnssec-fixture.sh signs a tree under a private root
// at test time (ldns-signzone) and serves it from NSD; its root key is the trust anchor. Each
// zone is one case: secure (NSEC and NSEC3, positive answers, NXDOMAIN, NODATA), expired
// signatures, a DS that matches no key, an unsigned delegation, missing denials, RSASHA1,
// NSEC3 iterations, signatures about to expire; then zone files, failures and threads.
#include "../common/TestSupport.h"

#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "dns/ZoneResolver.h"
#include "dnssec/DnssecAnchors.h"
#include "dnssec/DnssecCheck.h"
#include "dnssec/DnssecValidator.h"
#include "dnssec/TrustAnchorFile.h"

#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

class TestDnssecValidator : public QObject {
    Q_OBJECT
private:
    QString m_dir;
    quint16 m_port = 0;
    TrustAnchorSet m_anchors;

    std::shared_ptr<DnsSession> session(quint16 port = 0) const {
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, port ? port : m_port}};
        o.timeoutMs = 1000;
        o.retries = 0;
        return std::make_shared<DnsSession>(std::make_shared<LdnsResolver>(o));
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir = qEnvironmentVariable("MAILSIGHT_DNSSEC_DIR");
        QFile port(m_dir + u"/nsd/port"_s);
        QVERIFY2(port.open(QIODevice::ReadOnly), "the dnssec fixture is not running");
        m_port = quint16(port.readAll().trimmed().toUInt());
        const auto anchors = TrustAnchorFile::read(m_dir + u"/root.key"_s);
        QVERIFY2(anchors, qPrintable(anchors ? QString() : anchors.error()));
        m_anchors = *anchors;
    }

    void states_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("outcome");
        // NSEC
        QTest::newRow("secure txt") << u"secure.test"_s << u"TXT"_s << u"secure"_s
                                    << u"secure.test TXT is signed by secure.test"_s << u"answer"_s;
        QTest::newRow("secure mx") << u"secure.test"_s << u"MX"_s << u"secure"_s << u"signed by secure.test"_s
                                   << u"answer"_s;
        QTest::newRow("dkim key") << u"sel._domainkey.secure.test"_s << u"TXT"_s << u"secure"_s
                                  << u"signed by secure.test"_s << u"answer"_s;
        QTest::newRow("nsec nxdomain")
            << u"nothere.secure.test"_s << u"TXT"_s << u"secure"_s
            << u"NXDOMAIN proven by signed NSEC records of secure.test"_s << u"nxdomain"_s;
        QTest::newRow("nsec nodata") << u"mail.secure.test"_s << u"AAAA"_s << u"secure"_s
                                     << u"NODATA proven by signed NSEC records of secure.test"_s
                                     << u"nodata"_s;
        QTest::newRow("empty non-terminal") << u"_domainkey.secure.test"_s << u"TXT"_s << u"secure"_s
                                            << u"NODATA proven by signed NSEC"_s << u"nodata"_s;
        // NSEC3
        QTest::newRow("nsec3 txt") << u"_dmarc.nsec3.test"_s << u"TXT"_s << u"secure"_s
                                   << u"signed by nsec3.test"_s << u"answer"_s;
        QTest::newRow("nsec3 nxdomain")
            << u"nothere.nsec3.test"_s << u"TXT"_s << u"secure"_s
            << u"NXDOMAIN proven by signed NSEC3 records of nsec3.test"_s << u"nxdomain"_s;
        QTest::newRow("nsec3 nodata")
            << u"nsec3.test"_s << u"AAAA"_s << u"secure"_s
            << u"NODATA proven by signed NSEC3 records of nsec3.test"_s << u"nodata"_s;
        // Broken chains
        QTest::newRow("expired") << u"expired.test"_s << u"TXT"_s << u"bogus"_s
                                 << u"the RRSIG over expired.test DNSKEY expired on 2020-02-01 00:00 UTC"_s
                                 << u"answer"_s;
        QTest::newRow("ds matches no key")
            << u"badds.test"_s << u"MX"_s << u"bogus"_s
            << u"the DS matches no DNSKEY of badds.test: the DS names key tag"_s << u"answer"_s;
        QTest::newRow("no denial nxdomain")
            << u"nothere.nodenial.test"_s << u"TXT"_s << u"bogus"_s
            << u"no NSEC or NSEC3 record proves that nothere.nodenial.test does not exist"_s << u"nxdomain"_s;
        QTest::newRow("no denial nodata")
            << u"nodenial.test"_s << u"AAAA"_s << u"bogus"_s
            << u"no NSEC or NSEC3 record proves that nodenial.test has no AAAA record"_s << u"nodata"_s;
        // Wildcards: the expansion is secure only with the proof that the name asked does not exist.
        QTest::newRow("nsec wildcard") << u"x.wild.secure.test"_s << u"TXT"_s << u"secure"_s
                                       << u"expanded from the wildcard *.wild.secure.test"_s << u"answer"_s;
        QTest::newRow("nsec wildcard, two labels below")
            << u"a.b.wild.secure.test"_s << u"TXT"_s << u"secure"_s << u"expanded from the wildcard"_s
            << u"answer"_s;
        QTest::newRow("nsec wildcard asked literally") << u"*.wild.secure.test"_s << u"TXT"_s << u"secure"_s
                                                       << u"signed by secure.test"_s << u"answer"_s;
        QTest::newRow("nsec3 wildcard") << u"x.wild.nsec3.test"_s << u"TXT"_s << u"secure"_s
                                        << u"expanded from the wildcard *.wild.nsec3.test"_s << u"answer"_s;
        QTest::newRow("nsec3 wildcard, two labels below")
            << u"a.b.wild.nsec3.test"_s << u"TXT"_s << u"secure"_s << u"expanded from the wildcard"_s
            << u"answer"_s;
        QTest::newRow("wildcard without its proof")
            << u"x.wild.nodenial.test"_s << u"TXT"_s << u"bogus"_s
            << u"x.wild.nodenial.test was answered from the wildcard *.wild.nodenial.test, but no NSEC or "
               u"NSEC3 record proves that x.wild.nodenial.test does not exist"_s
            << u"answer"_s;
        // DNAME: the synthesised CNAME is unsigned; the signed DNAME proves it.
        QTest::newRow("dname nsec") << u"_dmarc.alias.secure.test"_s << u"TXT"_s << u"secure"_s
                                    << u"alias.secure.test DNAME is signed by secure.test"_s << u"answer"_s;
        QTest::newRow("dname nsec3") << u"_dmarc.alias.nsec3.test"_s << u"TXT"_s << u"secure"_s
                                     << u"is synthesised from it (RFC 6672)"_s << u"answer"_s;
        QTest::newRow("signed answer of a zone without denials")
            << u"nodenial.test"_s << u"TXT"_s << u"secure"_s << u"signed by nodenial.test"_s << u"answer"_s;
        // Unsigned child of a signed parent
        QTest::newRow("DS of ECC-GOST only")
            << u"_dmarc.gostds.test"_s << u"TXT"_s << u"insecure"_s
            << u"the DS records of gostds.test at test use only algorithms or digest types that cannot be "
               u"validated (key tag"_s
            << u"answer"_s;
        QTest::newRow("DS of ECC-GOST names it") << u"gostds.test"_s << u"TXT"_s << u"insecure"_s
                                                 << u": ECC-GOST (12)): treated as unsigned"_s << u"answer"_s;
        QTest::newRow("DS of digest type 3 only") << u"_dmarc.digest3.test"_s << u"TXT"_s << u"insecure"_s
                                                  << u"digest type 3): treated as unsigned"_s << u"answer"_s;
        QTest::newRow("a usable DS beside an unknown one")
            << u"_dmarc.mixedds.test"_s << u"TXT"_s << u"secure"_s << QString() << u"answer"_s;
        QTest::newRow("insecure") << u"_dmarc.insecure.test"_s << u"TXT"_s << u"insecure"_s
                                  << u"no DS at test for insecure.test: the delegation is unsigned"_s
                                  << u"answer"_s;
        QTest::newRow("insecure nxdomain") << u"nothere.insecure.test"_s << u"TXT"_s << u"insecure"_s
                                           << u"no DS at test for insecure.test"_s << u"nxdomain"_s;
        QTest::newRow("rsasha1 validates")
            << u"rsasha1.test"_s << u"TXT"_s << u"secure"_s << u"signed by rsasha1.test"_s << u"answer"_s;
    }
    void states() {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QFETCH(QString, outcome);
        auto s = session();
        DnssecValidator v(*s, m_anchors);
        const DnssecValidation r = v.validate(name, *dnsRecordTypeFromName(type));
        QVERIFY2(dnssecStateName(r.status.state) == state, qPrintable(r.status.reason));
        QVERIFY2(r.status.reason.contains(reason), qPrintable(r.status.reason));
        QCOMPARE(r.outcome, outcome);
        QVERIFY(!r.ad); // NSD is no validating resolver: the verdict is ours
        QVERIFY(!r.chain.isEmpty());
        QCOMPARE(r.chain.first().zone, QString()); // from the root anchor down
        // status() and the DnssecLookup give the same verdict, from the cache.
        QCOMPARE(v.status(name, *dnsRecordTypeFromName(type)).reason, r.status.reason);
        QCOMPARE(v.lookup()(name, *dnsRecordTypeFromName(type)).state, r.status.state);
        // Every question went through the session: the query log holds the DS/DNSKEY walk.
        bool askedRootKey = false;
        for (const QueryLogEntry& e : s->log()->entries())
            askedRootKey =
                askedRootKey || (e.answer.name.isEmpty() && e.answer.type == DnsRecordType::DNSKEY);
        QVERIFY(askedRootKey);
    }

    void chainOfSecureName() {
        auto s = session();
        DnssecValidator v(*s, m_anchors);
        const DnssecValidation r = v.validate(u"secure.test"_s, DnsRecordType::TXT);
        QCOMPARE(r.chain.size(), 3);
        QCOMPARE(r.chain.at(1).zone, u"test"_s);
        QCOMPARE(r.chain.at(2).zone, u"secure.test"_s);
        for (const auto& l : r.chain)
            QCOMPARE(l.state, DnssecState::Secure);
        QVERIFY2(r.chain.at(2).note.startsWith(u"DS at test matches key tag"_s),
                 qPrintable(r.chain.at(2).note));
        QVERIFY(v.secureZones().contains(u"secure.test"_s));
    }

    void insecureChainEnd() {
        auto s = session();
        DnssecValidator v(*s, m_anchors);
        const DnssecStatus st = v.status(u"mail.insecure.test"_s, DnsRecordType::A);
        QCOMPARE(st.state, DnssecState::Insecure);
        QCOMPARE(st.chainEnd, u"insecure.test"_s);
    }

    void signingHealth() {
        auto s = session();
        DnssecValidator v(*s, m_anchors);
        DnssecCheck check(*s, v);
        const auto kinds = [](const DnssecResult& r) {
            QStringList out;
            for (const Finding& f : r.findings)
                out << f.code;
            return out;
        };
        const DnssecResult expiring =
            check.run(u"expiring.test"_s, DnssecCheck::mailNames(*s, u"expiring.test"_s, {}));
        QCOMPARE(kinds(expiring), QStringList{u"DNSSEC-RRSIG-EXPIRING"_s});
        QVERIFY(expiring.findings.first().detail.contains(u"expire within 7 days"_s));
        const DnssecResult sha1 =
            check.run(u"rsasha1.test"_s, DnssecCheck::mailNames(*s, u"rsasha1.test"_s, {}));
        QCOMPARE(kinds(sha1), QStringList{u"DNSSEC-ALGORITHM-DEPRECATED"_s});
        QVERIFY2(sha1.findings.first().detail.contains(u"RSASHA1 (5)"_s),
                 qPrintable(sha1.findings.first().detail));
        const DnssecResult iter = check.run(u"iter.test"_s, DnssecCheck::mailNames(*s, u"iter.test"_s, {}));
        QCOMPARE(kinds(iter), QStringList{u"DNSSEC-NSEC3-ITERATIONS"_s});
        QVERIFY(iter.findings.first().detail.contains(u"10 additional iterations"_s));
        // Zero iterations, an algorithm of today, signatures of four weeks: nothing to say.
        const DnssecResult good = check.run(u"nsec3.test"_s, DnssecCheck::mailNames(*s, u"nsec3.test"_s, {}));
        QCOMPARE(kinds(good), QStringList{});
        QCOMPARE(good.overall(), u"secure"_s);
        // The signing health of other zones met on the way (expiring.test) is not nsec3.test's.
        QVERIFY(good.signingIssues.isEmpty());
        const DnssecResult bad = check.run(u"badds.test"_s, DnssecCheck::mailNames(*s, u"badds.test"_s, {}));
        QCOMPARE(kinds(bad), QStringList{u"DNSSEC-BOGUS"_s}); // one finding for one reason
        QVERIFY(bad.findings.first().detail.contains(u"names are bogus"_s));
        const DnssecResult unsignedDomain =
            check.run(u"insecure.test"_s, DnssecCheck::mailNames(*s, u"insecure.test"_s, {}));
        QCOMPARE(kinds(unsignedDomain), QStringList{u"DNSSEC-UNSIGNED"_s});
        QVERIFY(
            unsignedDomain.findings.first().detail.contains(u"the chain of trust ends at insecure.test"_s));
    }

    void validationTime() {
        // A year after signing every signature has expired; before the inception none is valid yet.
        auto s = session();
        DnssecValidator later(*s, m_anchors);
        later.setNow(QDateTime::currentDateTimeUtc().addYears(1));
        const DnssecStatus st = later.status(u"secure.test"_s, DnsRecordType::TXT);
        QCOMPARE(st.state, DnssecState::Bogus);
        QVERIFY2(st.reason.contains(u"expired on"_s), qPrintable(st.reason));
        DnssecValidator earlier(*s, m_anchors);
        earlier.setNow(QDateTime::currentDateTimeUtc().addYears(-1));
        const DnssecStatus early = earlier.status(u"secure.test"_s, DnsRecordType::TXT);
        QCOMPARE(early.state, DnssecState::Bogus);
        QVERIFY2(early.reason.contains(u"is not valid before"_s), qPrintable(early.reason));
    }

    void wrongAnchor() {
        // The real root key is not the key of the test root: the chain breaks at the anchor.
        const auto other = TrustAnchorFile::parse(
            ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n",
            u"real"_s);
        QVERIFY(other);
        auto s = session();
        DnssecValidator v(*s, *other);
        const DnssecStatus st = v.status(u"secure.test"_s, DnsRecordType::TXT);
        QCOMPARE(st.state, DnssecState::Bogus);
        QVERIFY2(st.reason.contains(u"does not match the trust anchor"_s), qPrintable(st.reason));
        QVERIFY2(st.reason.contains(u"key tag 20326"_s), qPrintable(st.reason));
        DnssecValidator none(*s, TrustAnchorSet());
        const DnssecStatus noAnchor = none.status(u"secure.test"_s, DnsRecordType::TXT);
        QCOMPARE(noAnchor.state, DnssecState::Indeterminate);
        QVERIFY(noAnchor.reason.contains(u"no trust anchor"_s));
    }

    void lookupFailure() {
        // Nothing answers: indeterminate, with the failure named, never "insecure".
        TestSupport::SilentUdpServer silent;
        auto s = session(silent.port());
        DnssecValidator v(*s, m_anchors);
        const DnssecStatus st = v.status(u"secure.test"_s, DnsRecordType::TXT);
        QCOMPARE(st.state, DnssecState::Indeterminate);
        QVERIFY2(st.reason.contains(u"query for secure.test failed"_s) && st.reason.contains(u"timeout"_s),
                 qPrintable(st.reason));
    }

    void threads() {
        // Several check-pool threads on one validator: the same verdicts as one thread alone.
        auto s = session();
        DnssecValidator v(*s, m_anchors);
        const QStringList names{u"secure.test"_s, u"_dmarc.secure.test"_s, u"nsec3.test"_s,
                                u"badds.test"_s,  u"insecure.test"_s,      u"expired.test"_s,
                                u"iter.test"_s,   u"nodenial.test"_s};
        QList<QString> many;
        for (int i = 0; i < 6; ++i)
            many += names;
        const QList<DnssecState> states =
            QtConcurrent::blockingMapped(DnsSession::checkPool(), many, [&v](const QString& n) {
                return v.status(n, DnsRecordType::TXT).state;
            });
        auto fresh = session();
        DnssecValidator alone(*fresh, m_anchors);
        for (qsizetype i = 0; i < many.size(); ++i)
            QCOMPARE(states.at(i), alone.status(many.at(i), DnsRecordType::TXT).state);
    }

    void zoneFiles() {
        // --zone: a signed zone file validates from its own key; an unsigned one is "not signed".
        auto zones = ZoneResolver::load(
            {m_dir + u"/zonefiles/secure.test.zone"_s, m_dir + u"/zonefiles/plain.test.zone"_s});
        QVERIFY2(zones, qPrintable(zones ? QString() : zones.error()));
        DnsSession s(*zones);
        const auto choice = DnssecAnchors::choose(s, {}, u"/nonexistent/root.key"_s);
        QVERIFY2(choice, qPrintable(choice ? QString() : choice.error()));
        QCOMPARE(choice->unsignedZoneFiles, QStringList{u"plain.test"_s});
        QCOMPARE(choice->anchors.zones(), QStringList{u"secure.test"_s});
        DnssecValidator v(s, choice->anchors);
        QCOMPARE(v.status(u"secure.test"_s, DnsRecordType::MX).state, DnssecState::Secure);
        const DnssecStatus nx = v.status(u"nothere.secure.test"_s, DnsRecordType::TXT);
        QCOMPARE(nx.state, DnssecState::Secure);
        QVERIFY2(nx.reason.contains(u"NXDOMAIN proven"_s), qPrintable(nx.reason));
        QCOMPARE(v.status(u"mail.secure.test"_s, DnsRecordType::AAAA).state, DnssecState::Secure);
        DnssecCheck check(s, v);
        const DnssecResult plain = check.run(
            u"plain.test"_s, QList<DnssecCheck::Name>{DnssecCheck::Name{u"plain.test"_s, DnsRecordType::TXT}},
            choice->unsignedZoneFiles);
        QCOMPARE(plain.names.first().status.state, DnssecState::Insecure);
        QVERIFY(plain.names.first().status.reason.contains(u"not signed"_s));
        // Live DNS without a trust anchor file: a clear error, not a silent "indeterminate".
        auto live = session();
        const auto none = DnssecAnchors::choose(*live, {}, u"/nonexistent/root.key"_s);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(u"dns-root-data"_s), qPrintable(none.error()));
    }
};

QTEST_GUILESS_MAIN(TestDnssecValidator)
#include "tst_dnssecvalidator.moc"
