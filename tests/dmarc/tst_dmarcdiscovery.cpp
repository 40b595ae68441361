// DMARC discovery and the whole check through real DNS (the NSD fixture serving
// tests/zones/dmarc-*.test.zone): apex, subdomain inheritance, the tree walk against the PSL,
// several records, a wildcard and a CNAME answering at _dmarc, report authorization
// (present, absent, wildcard), and a DNS failure that must not read as "missing".

#include "dmarc/DmarcAlignment.h"
#include "dmarc/DmarcCheck.h"
#include "dmarc/DmarcDiscovery.h"
#include "dmarc/PublicSuffixList.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"

#include <QFile>
#include <QTest>

namespace {
// The .test TLD is not served by the fixture (NSD answers REFUSED outside its zones); a real TLD
// answers NXDOMAIN for _dmarc.<tld>, so this resolver does too.
class TldResolver : public Resolver {
public:
    explicit TldResolver(std::shared_ptr<Resolver> inner)
        : m_inner(std::move(inner)) {}
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        if (name == QLatin1String("_dmarc.test")) {
            DnsAnswer a;
            a.name = name;
            a.type = type;
            a.outcome = DnsOutcome::NxDomain;
            return a;
        }
        return m_inner->resolve(name, type);
    }
    QString describe() const override { return m_inner->describe(); }

private:
    std::shared_ptr<Resolver> m_inner;
};

QStringList codes(const DmarcResult& r) {
    QStringList out;
    for (const Finding& f : r.findings)
        out << f.code;
    return out;
}
} // namespace

class TestDmarcDiscovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void treeWalkDomains();
    void psl();
    void apex();
    void subdomainInherits();
    void nonExistentSubdomain();
    void ownSubdomainRecord();
    void deepNameWalksAtMostEight();
    void treeWalkAgainstPsl();
    void multipleRecords();
    void wildcardSpf();
    void cnameSpf();
    void cnameToRecord();
    void recordAtApex();
    void reportAuthorization();
    void dnsFailureIsNotMissing();
    void intermediateRecordNotApplied();
    void noValidPFallsBackOnRua_data();
    void noValidPFallsBackOnRua();
    void upperCaseVersionTag();
    void alignmentAcrossPublicSuffixDomain();

private:
    std::shared_ptr<DnsSession> session(bool tld = true) const;
    quint16 m_port = 0;
};

void TestDmarcDiscovery::initTestCase() {
    QFile f(qEnvironmentVariable("MAILSIGHT_NSD_PORT_FILE"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "the NSD fixture did not start");
    m_port = quint16(f.readAll().trimmed().toUInt());
    QVERIFY(m_port > 0);
}

std::shared_ptr<DnsSession> TestDmarcDiscovery::session(bool tld) const {
    LdnsResolverOptions o;
    o.servers = {{QStringLiteral("127.0.0.1"), m_port}};
    o.timeoutMs = 1500;
    std::shared_ptr<Resolver> r = std::make_shared<LdnsResolver>(o);
    if (tld)
        r = std::make_shared<TldResolver>(r);
    return std::make_shared<DnsSession>(r);
}

void TestDmarcDiscovery::treeWalkDomains() {
    QCOMPARE(DmarcDiscovery::treeWalkDomains(QStringLiteral("example.com")),
             (QStringList{QStringLiteral("example.com"), QStringLiteral("com")}));
    const QStringList deep =
        DmarcDiscovery::treeWalkDomains(QStringLiteral("a.b.c.d.e.f.g.h.i.j.example.com"));
    QCOMPARE(deep.size(), 8);
    QCOMPARE(deep.at(1), QStringLiteral("f.g.h.i.j.example.com")); // jumps to 7 labels
    QCOMPARE(deep.last(), QStringLiteral("com"));
    QCOMPARE(DmarcDiscovery::treeWalkDomains(QStringLiteral("a.b.c.d.e.f.example.com")).size(), 8);
    QCOMPARE(DmarcDiscovery::treeWalkDomains(QStringLiteral("b.c.d.e.f.example.com")).size(), 7);
}

void TestDmarcDiscovery::psl() {
    QCOMPARE(PublicSuffixList::organizationalDomain(QStringLiteral("mail.example.co.uk")),
             QStringLiteral("example.co.uk"));
    QCOMPARE(PublicSuffixList::publicSuffix(QStringLiteral("mail.example.co.uk")), QStringLiteral("co.uk"));
    QCOMPARE(PublicSuffixList::organizationalDomain(QStringLiteral("co.uk")), QString());
    QCOMPARE(PublicSuffixList::organizationalDomain(QStringLiteral("a.b.dmarc-psd.test")),
             QStringLiteral("dmarc-psd.test"));
}

void TestDmarcDiscovery::apex() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-basic.test"));
    QCOMPARE(r.recordDomain(), QStringLiteral("dmarc-basic.test"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::Reject);
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::Reject);
    QCOMPARE(r.discovery.orgDomain9989, QStringLiteral("dmarc-basic.test"));
    QCOMPARE(r.discovery.orgDomain7489, QStringLiteral("dmarc-basic.test"));
    QVERIFY(r.discovery.orgDomainsAgree());
    QCOMPARE(r.discovery.walk.size(), 2);
    QCOMPARE(codes(r), QStringList{QStringLiteral("DMARC-SUBDOMAIN-POLICY-WEAKER")});
    QCOMPARE(r.destinations.size(), 1);
    QVERIFY(r.destinations.first().authorized);
    QVERIFY(!r.destinations.first().external);
    QVERIFY(r.destinations.first().hasMx());
    QCOMPARE(r.explanation.verdict, QStringLiteral("protected"));
    // Roll-out: p=reject is done, the subdomains (sp=quarantine) are the next step.
    QStringList stages;
    for (const DmarcRolloutStep& st : r.explanation.rollout)
        stages << st.stage + QLatin1Char('=') + st.status;
    QCOMPARE(stages.join(QLatin1Char(' ')),
             QStringLiteral("monitor=done quarantine=done reject=done subdomains=current"));
    QHash<QString, QString> checklist;
    for (const DmarcChecklistItem& c : r.explanation.checklist)
        checklist.insert(c.id, c.status);
    QCOMPARE(checklist.value(QStringLiteral("spf-or-dkim")), QStringLiteral("met"));
    QCOMPARE(checklist.value(QStringLiteral("spf-and-dkim")),
             QStringLiteral("unknown")); // DKIM is not visible
    QCOMPARE(checklist.value(QStringLiteral("dmarc")), QStringLiteral("met"));
    QCOMPARE(checklist.value(QStringLiteral("reports")), QStringLiteral("met"));
    QCOMPARE(checklist.value(QStringLiteral("not-in-dns")), QStringLiteral("unknown"));
    QCOMPARE(r.explanation.tags.size(), 14);
}

void TestDmarcDiscovery::subdomainInherits() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-basic.test"),
                                                    QStringLiteral("exists.dmarc-basic.test"));
    QCOMPARE(r.recordDomain(), QStringLiteral("dmarc-basic.test"));
    QCOMPARE(r.rfc9989.sourceTag, QStringLiteral("sp"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::Quarantine);
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::Quarantine);
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-INHERITED")));
    QVERIFY(!codes(r).contains(QStringLiteral("DMARC-READINGS-DIFFER")));
}

void TestDmarcDiscovery::nonExistentSubdomain() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-basic.test"),
                                                    QStringLiteral("nosuch.dmarc-basic.test"));
    QCOMPARE(r.discovery.fromExists, std::optional<bool>(false));
    QCOMPARE(r.rfc9989.sourceTag, QStringLiteral("np"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::Reject);
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::Quarantine); // np is not RFC 7489
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-READINGS-DIFFER")));
}

void TestDmarcDiscovery::ownSubdomainRecord() {
    const DmarcResult r =
        DmarcCheck(session()).run(QStringLiteral("dmarc-basic.test"), QStringLiteral("own.dmarc-basic.test"));
    QCOMPARE(r.recordDomain(), QStringLiteral("own.dmarc-basic.test"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::None);
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::None);
    // The tree walk goes on to the record with the fewest labels: the organizational domain.
    QCOMPARE(r.discovery.orgDomain9989, QStringLiteral("dmarc-basic.test"));
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-POLICY-NONE")));
}

void TestDmarcDiscovery::deepNameWalksAtMostEight() {
    auto s = session();
    const DmarcResult r = DmarcCheck(s).run(QStringLiteral("dmarc-basic.test"),
                                            QStringLiteral("a.b.c.d.e.f.g.dmarc-basic.test"));
    QCOMPARE(r.discovery.walk.size(), 8);
    QCOMPARE(r.discovery.walk.at(1).domain, QStringLiteral("c.d.e.f.g.dmarc-basic.test"));
    QCOMPARE(r.recordDomain(), QStringLiteral("dmarc-basic.test"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::Quarantine);
    int dmarcQueries = 0;
    for (const QueryLogEntry& e : s->log()->entries())
        dmarcQueries +=
            e.toJson().value(QStringLiteral("name")).toString().startsWith(QLatin1String("_dmarc.")) ? 1 : 0;
    QVERIFY2(dmarcQueries <= 8, qPrintable(QString::number(dmarcQueries)));
}

void TestDmarcDiscovery::treeWalkAgainstPsl() {
    // psd=y at dmarc-psd.test: the tree walk makes shop.dmarc-psd.test the organization, the PSL
    // says dmarc-psd.test; the readings apply different records.
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("shop.dmarc-psd.test"),
                                                    QStringLiteral("mail.shop.dmarc-psd.test"));
    QCOMPARE(r.discovery.orgDomain9989, QStringLiteral("shop.dmarc-psd.test"));
    QCOMPARE(r.discovery.orgDomain7489, QStringLiteral("dmarc-psd.test"));
    QVERIFY(!r.discovery.orgDomainsAgree());
    QCOMPARE(r.discovery.rfc9989.recordDomain, QStringLiteral("shop.dmarc-psd.test"));
    QCOMPARE(r.discovery.rfc7489.recordDomain, QStringLiteral("dmarc-psd.test"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::None);
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::Reject);
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-READINGS-DIFFER")));
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-ORG-DOMAIN-DIFFERS")));
    // The walk stopped at the psd=y record.
    QCOMPARE(r.discovery.walk.last().domain, QStringLiteral("dmarc-psd.test"));
}

void TestDmarcDiscovery::multipleRecords() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-multi.test"));
    QVERIFY(!r.record());
    QVERIFY(!r.rfc9989.hasPolicy);
    QVERIFY(!r.rfc7489.hasPolicy);
    QVERIFY(r.discovery.rfc7489.multiple);
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-MULTIPLE-RECORDS")));
    QVERIFY(!codes(r).contains(QStringLiteral("DMARC-MISSING")));
    QVERIFY(!r.dnsFailed());
}

void TestDmarcDiscovery::wildcardSpf() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-wild.test"));
    QVERIFY(!r.record());
    QVERIFY(r.discovery.walk.first().spfAnswer);
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-SPF-AT-DMARC")));
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-MISSING")));
}

void TestDmarcDiscovery::cnameSpf() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-cname.test"));
    QVERIFY(!r.record());
    QCOMPARE(r.discovery.walk.first().cnames, QStringList{QStringLiteral("spf.dmarc-cname.test")});
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-SPF-AT-DMARC")));
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-MISSING")));
}

void TestDmarcDiscovery::cnameToRecord() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-cname.test"),
                                                    QStringLiteral("good.dmarc-cname.test"));
    QCOMPARE(r.recordDomain(), QStringLiteral("good.dmarc-cname.test"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::Quarantine);
    QVERIFY(!codes(r).contains(QStringLiteral("DMARC-SPF-AT-DMARC")));
}

void TestDmarcDiscovery::recordAtApex() {
    // (also: nothing applies, so the roll-out starts at the first step and the checklist says so)
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-apex.test"));
    QVERIFY(!r.record());
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-APEX-RECORD")));
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-MISSING")));
    QCOMPARE(r.explanation.rollout.first().status, QStringLiteral("current"));
    QCOMPARE(r.explanation.checklist.at(2).id, QStringLiteral("dmarc"));
    QCOMPARE(r.explanation.checklist.at(2).status, QStringLiteral("not-met"));
    QCOMPARE(r.explanation.verdict, QStringLiteral("unprotected"));
}

void TestDmarcDiscovery::reportAuthorization() {
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-rua.test"));
    QHash<QString, const DmarcReportDestination*> byDomain;
    for (const DmarcReportDestination& d : r.destinations)
        byDomain.insert(d.uri.domain.isEmpty() ? d.uri.raw : d.uri.domain, &d);
    QCOMPARE(r.destinations.size(), 6);
    QVERIFY(byDomain.value(QStringLiteral("dmarc-rua.test"))->authorized);
    QVERIFY(!byDomain.value(QStringLiteral("dmarc-rua.test"))->external);
    QVERIFY(byDomain.value(QStringLiteral("ok.dmarc-reports.test"))->authorized); // explicit record
    QVERIFY(byDomain.value(QStringLiteral("ok.dmarc-reports.test"))->external);
    QVERIFY(byDomain.value(QStringLiteral("wild.dmarc-reports.test"))->authorized);    // wildcard
    QVERIFY(!byDomain.value(QStringLiteral("noauth.dmarc-reports.test"))->authorized); // none
    QVERIFY(byDomain.value(QStringLiteral("nomx.dmarc-reports.test"))->authorized);
    QVERIFY(!byDomain.value(QStringLiteral("nomx.dmarc-reports.test"))->hasMx());
    QVERIFY(!byDomain.value(QStringLiteral("https://reports.example.com/x"))->authorized);
    const QStringList c = codes(r);
    QCOMPARE(c.count(QStringLiteral("DMARC-RUA-UNAUTHORIZED")), 1);
    QCOMPARE(c.count(QStringLiteral("DMARC-RUA-NO-MX")), 1);
    QCOMPARE(c.count(QStringLiteral("DMARC-RUA-INVALID")), 1);
    QVERIFY(c.contains(QStringLiteral("DMARC-TESTING")));
    QVERIFY(c.contains(QStringLiteral("DMARC-PCT-PARTIAL")));
    QVERIFY(c.contains(QStringLiteral("DMARC-REMOVED-TAG")));
    QVERIFY(c.contains(QStringLiteral("DMARC-SIZE-LIMIT")));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::None);       // quarantine lowered by t=y
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::Quarantine); // t unknown, pct=50 samples half
}

void TestDmarcDiscovery::dnsFailureIsNotMissing() {
    // NSD refuses names outside its zones: a DNS failure, not an absent record.
    const DmarcResult r = DmarcCheck(session(false)).run(QStringLiteral("not-served-dmarc.test"));
    QVERIFY(r.dnsFailed());
    QVERIFY(codes(r).contains(QStringLiteral("DMARC-DNS-ERROR")));
    QVERIFY(!codes(r).contains(QStringLiteral("DMARC-MISSING")));
    QVERIFY(r.rfc9989.undetermined);
    QCOMPARE(r.explanation.verdict, QStringLiteral("unknown"));
}

void TestDmarcDiscovery::intermediateRecordNotApplied() {
    // Issue 13, defect 8: _dmarc.mail (p=none) lies between a.mail and the organizational domain.
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-orgpolicy.test"),
                                                    QStringLiteral("a.mail.dmarc-orgpolicy.test"));
    QCOMPARE(r.discovery.orgDomain9989, QStringLiteral("dmarc-orgpolicy.test"));
    QCOMPARE(r.discovery.rfc9989.recordDomain, QStringLiteral("dmarc-orgpolicy.test"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::Reject);
    QCOMPARE(r.rfc9989.sourceTag, QStringLiteral("p"));
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::Reject);
    QVERIFY(!codes(r).contains(QStringLiteral("DMARC-READINGS-DIFFER")));
    QVERIFY2(r.discovery.rfc9989.how.contains(QStringLiteral("_dmarc.mail.dmarc-orgpolicy.test")),
             qPrintable(r.discovery.rfc9989.how));
    // The From domain's own record still comes first.
    const DmarcResult own = DmarcCheck(session()).run(QStringLiteral("dmarc-orgpolicy.test"),
                                                      QStringLiteral("mail.dmarc-orgpolicy.test"));
    QCOMPARE(own.rfc9989.applied, DmarcPolicy::None);
    QCOMPARE(own.recordDomain(), QStringLiteral("mail.dmarc-orgpolicy.test"));
}

void TestDmarcDiscovery::noValidPFallsBackOnRua_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("hasPolicy");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("no p, no valid rua")
        << QStringLiteral("norua.dmarc-orgpolicy.test") << false << QStringLiteral("unprotected");
    QTest::newRow("invalid p, valid rua")
        << QStringLiteral("withrua.dmarc-orgpolicy.test") << true << QStringLiteral("monitoring");
}

void TestDmarcDiscovery::noValidPFallsBackOnRua() {
    // Issue 13, defect 2: the same answer under both readings (RFC 9989 §4.10.1, RFC 7489 §6.6.3).
    QFETCH(QString, from);
    QFETCH(bool, hasPolicy);
    QFETCH(QString, verdict);
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-orgpolicy.test"), from);
    QCOMPARE(r.recordDomain(), from);
    QCOMPARE(r.rfc9989.hasPolicy, hasPolicy);
    QCOMPARE(r.rfc7489.hasPolicy, hasPolicy);
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::None);
    QVERIFY(!r.rfc9989.fallbackCause.isEmpty());
    QCOMPARE(r.explanation.verdict, verdict);
    QVERIFY2(r.explanation.paragraph.contains(QStringLiteral("rua")), qPrintable(r.explanation.paragraph));
}

void TestDmarcDiscovery::upperCaseVersionTag() {
    // Issue 13, defect 1: "V=DMARC1" is a DMARC record.
    const DmarcResult r = DmarcCheck(session()).run(QStringLiteral("dmarc-orgpolicy.test"),
                                                    QStringLiteral("upper.dmarc-orgpolicy.test"));
    QCOMPARE(r.recordDomain(), QStringLiteral("upper.dmarc-orgpolicy.test"));
    QCOMPARE(r.rfc9989.applied, DmarcPolicy::Quarantine);
    QCOMPARE(r.rfc7489.applied, DmarcPolicy::Quarantine);
    QVERIFY(!codes(r).contains(QStringLiteral("DMARC-MISSING")));
}

void TestDmarcDiscovery::alignmentAcrossPublicSuffixDomain() {
    // Issue 13, defect 3 through real DNS: psd=y at dmarc-align.test.
    auto s = session();
    const DmarcAlignment alignment(s.get());
    const DmarcAlignmentResult r =
        alignment.align(QStringLiteral("giant.dmarc-align.test"),
                        QStringLiteral("mail.mega.dmarc-align.test"), DmarcAlignmentMode::Relaxed);
    QCOMPARE(r.rfc9989.aligned, std::optional<bool>(false));
    QCOMPARE(r.rfc7489.aligned, std::optional<bool>(true));
    QVERIFY(r.readingsDiffer());
    QVERIFY(!r.rfc9989.tentative);
    QCOMPARE(r.rfc9989.fromOrgDomain.domain, QStringLiteral("giant.dmarc-align.test"));
    QCOMPARE(r.rfc9989.identifierOrgDomain.domain, QStringLiteral("mega.dmarc-align.test"));
    QCOMPARE(r.rfc7489.identifierOrgDomain.domain, QStringLiteral("dmarc-align.test"));
    const DmarcAlignmentResult same =
        alignment.align(QStringLiteral("giant.dmarc-align.test"),
                        QStringLiteral("mail.giant.dmarc-align.test"), DmarcAlignmentMode::Relaxed);
    QCOMPARE(same.rfc9989.aligned, std::optional<bool>(true));
    QVERIFY(!same.readingsDiffer());
}

QTEST_GUILESS_MAIN(TestDmarcDiscovery)
#include "tst_dmarcdiscovery.moc"
