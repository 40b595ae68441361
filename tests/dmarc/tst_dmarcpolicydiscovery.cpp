// RFC 9989 §4.10.1 policy discovery as a table, without DNS: given what each _dmarc name of the
// tree walk answers, which record applies, which domain is the organizational domain, and what
// policy mail from the From domain gets. The policy record is the From domain's, else the
// organizational domain's, else the public suffix domain's; a record in between is not applied
// (issue 13, defect 8). The RFC 7489 reading (From domain, then the PSL organizational domain)
// is checked beside it.

#include "dmarc/DmarcDiscovery.h"
#include "dmarc/DmarcPolicyResolver.h"
#include "dns/DnsAnswer.h"

#include <QTest>

namespace {
// "name=TXT" answers; "name=" is NXDOMAIN, "name=!" SERVFAIL, "name=A|B" two TXT records.
DmarcDiscoveryStep step(const QString& spec) {
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString domain = spec.left(eq);
    const QString text = spec.mid(eq + 1);
    DnsAnswer a;
    a.name = QStringLiteral("_dmarc.") + domain;
    a.type = DnsRecordType::TXT;
    if (text.isEmpty()) {
        a.outcome = DnsOutcome::NxDomain;
    } else if (text == QLatin1String("!")) {
        a.outcome = DnsOutcome::ServFail;
    } else {
        a.outcome = DnsOutcome::Answer;
        for (const QString& t : text.split(QLatin1Char('|'))) {
            DnsRecord r;
            r.name = a.name;
            r.type = DnsRecordType::TXT;
            r.strings << t.toUtf8();
            a.records << r;
        }
    }
    return DmarcDiscovery::stepFromAnswer(domain, a);
}

QString applied(const DmarcReading& r) {
    if (r.undetermined)
        return QStringLiteral("?");
    return r.hasPolicy ? dmarcPolicyName(r.applied) + QLatin1Char('/') + r.sourceTag : QStringLiteral("-");
}
} // namespace

class TestDmarcPolicyDiscovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table_data();
    void table();
};

void TestDmarcPolicyDiscovery::table_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("walk"); // the answers, in the walk's order
    QTest::addColumn<QString>("record9989");
    QTest::addColumn<QString>("org9989");
    QTest::addColumn<QString>("policy9989");
    QTest::addColumn<QString>("record7489");
    QTest::addColumn<QString>("policy7489");
    auto row = [](const char* name, const char* from, QStringList walk, const char* rec9989, const char* org,
                  const char* p9989, const char* rec7489, const char* p7489) {
        QTest::newRow(name) << QString::fromUtf8(from) << walk << QString::fromUtf8(rec9989)
                            << QString::fromUtf8(org) << QString::fromUtf8(p9989)
                            << QString::fromUtf8(rec7489) << QString::fromUtf8(p7489);
    };
    // The example: mail.example.com p=none is neither the From domain's record nor the
    // organizational domain's (example.com, fewest labels); example.com's p applies.
    row("intermediate record not applied", "a.mail.example.com",
        {u"a.mail.example.com="_qs, u"mail.example.com=v=DMARC1; p=none"_qs,
         u"example.com=v=DMARC1; p=reject"_qs, u"com="_qs},
        "example.com", "example.com", "reject/p", "example.com", "reject/p");
    row("intermediate record, sp of the organizational domain", "a.mail.example.com",
        {u"a.mail.example.com="_qs, u"mail.example.com=v=DMARC1; p=none"_qs,
         u"example.com=v=DMARC1; p=reject; sp=quarantine"_qs, u"com="_qs},
        "example.com", "example.com", "quarantine/sp", "example.com", "quarantine/sp");
    row("From domain's own record wins", "mail.example.com",
        {u"mail.example.com=v=DMARC1; p=none"_qs, u"example.com=v=DMARC1; p=reject"_qs, u"com="_qs},
        "mail.example.com", "example.com", "none/p", "mail.example.com", "none/p");
    row("psd=n at the intermediate name makes it the organizational domain", "a.mail.example.com",
        {u"a.mail.example.com="_qs, u"mail.example.com=v=DMARC1; p=none; psd=n"_qs}, "mail.example.com",
        "mail.example.com", "none/p", "-", "-");
    row("psd=y: the organizational domain has a record", "a.shop.example.com",
        {u"a.shop.example.com="_qs, u"shop.example.com=v=DMARC1; p=quarantine"_qs,
         u"example.com=v=DMARC1; p=reject; psd=y"_qs},
        "shop.example.com", "shop.example.com", "quarantine/p", "example.com", "reject/p");
    row("psd=y: the organizational domain has none, the public suffix domain's applies", "a.shop.example.com",
        {u"a.shop.example.com="_qs, u"shop.example.com="_qs,
         u"example.com=v=DMARC1; p=reject; sp=none; psd=y"_qs},
        "example.com", "shop.example.com", "none/sp", "example.com", "none/sp");
    row("psd=y above an intermediate record", "x.a.shop.example.com",
        {u"x.a.shop.example.com="_qs, u"a.shop.example.com=v=DMARC1; p=none"_qs, u"shop.example.com="_qs,
         u"example.com=v=DMARC1; p=reject; psd=y"_qs},
        "example.com", "shop.example.com", "reject/p", "example.com", "reject/p");
    row("several records at the organizational domain are discarded", "a.mail.example.com",
        {u"a.mail.example.com="_qs, u"mail.example.com=v=DMARC1; p=none"_qs,
         u"example.com=v=DMARC1; p=reject|v=DMARC1; p=none"_qs, u"com="_qs},
        "mail.example.com", "mail.example.com", "none/p", "", "-");
    row("only one record up the tree", "a.b.example.com",
        {u"a.b.example.com="_qs, u"b.example.com="_qs, u"example.com=v=DMARC1; p=quarantine"_qs, u"com="_qs},
        "example.com", "example.com", "quarantine/p", "example.com", "quarantine/p");
    row("no record at all", "mail.example.com", {u"mail.example.com="_qs, u"example.com="_qs, u"com="_qs}, "",
        "mail.example.com", "-", "", "-");
    row("first query fails", "mail.example.com", {u"mail.example.com=!"_qs}, "", "mail.example.com", "?", "",
        "?");
    row("a failure above the only record: applied as the best known", "a.mail.example.com",
        {u"a.mail.example.com="_qs, u"mail.example.com=v=DMARC1; p=none"_qs, u"example.com=!"_qs},
        "mail.example.com", "mail.example.com", "none/p", "", "?");
    row("a failure before any record", "a.mail.example.com",
        {u"a.mail.example.com="_qs, u"mail.example.com=!"_qs}, "", "a.mail.example.com", "?", "", "?");
    // Issue 13, defect 2 through discovery: the organizational domain's record has no p and no rua.
    row("organizational record without p or rua: no DMARC", "a.example.com",
        {u"a.example.com="_qs, u"example.com=v=DMARC1; sp=reject"_qs, u"com="_qs}, "example.com",
        "example.com", "-", "example.com", "-");
}

void TestDmarcPolicyDiscovery::table() {
    QFETCH(QString, from);
    QFETCH(QStringList, walk);
    QFETCH(QString, record9989);
    QFETCH(QString, org9989);
    QFETCH(QString, policy9989);
    QFETCH(QString, record7489);
    QFETCH(QString, policy7489);
    DmarcDiscoveryResult r;
    r.fromDomain = from;
    r.fromExists = true;
    for (const QString& spec : std::as_const(walk))
        r.walk << step(spec);
    // RFC 7489: the From domain, then the PSL organizational domain (example.com here) when the
    // first answer has no record; "-" in record7489 marks a row where that lookup is not the point.
    r.rfc7489Steps << r.walk.first();
    if (!r.walk.first().failed() && r.walk.first().validCount() == 0 &&
        from != QLatin1String("example.com")) {
        bool seen = false;
        for (const DmarcDiscoveryStep& s : std::as_const(r.walk))
            if (s.domain == QLatin1String("example.com")) {
                r.rfc7489Steps << s;
                seen = true;
            }
        if (!seen)
            r.rfc7489Steps << step(QStringLiteral("example.com=!"));
    }
    DmarcDiscovery::decide(r);
    QCOMPARE(r.rfc9989.recordDomain, record9989);
    QCOMPARE(r.orgDomain9989, org9989);
    QCOMPARE(applied(DmarcPolicyResolver::rfc9989(r.rfc9989, from, r.fromExists)), policy9989);
    QVERIFY(!r.rfc9989.how.isEmpty());
    if (record7489 != QLatin1String("-")) {
        QCOMPARE(r.rfc7489.recordDomain, record7489);
        QCOMPARE(applied(DmarcPolicyResolver::rfc7489(r.rfc7489, from)), policy7489);
    }
    // The skipped intermediate record is named, with the rule, in how the record was found.
    if (QByteArray(QTest::currentDataTag()).startsWith("intermediate"))
        QVERIFY2(r.rfc9989.how.contains(QStringLiteral("_dmarc.mail.example.com")) &&
                     r.rfc9989.how.contains(QStringLiteral("not applied")),
                 qPrintable(r.rfc9989.how));
}

QTEST_APPLESS_MAIN(TestDmarcPolicyDiscovery)
#include "tst_dmarcpolicydiscovery.moc"
