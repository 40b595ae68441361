// The effective-policy table: which policy a receiver of each reading applies to mail from a From
// domain, after p/sp/np, t=y (RFC 9989) and pct (RFC 7489), and the fallbacks for invalid p/sp.

#include "dmarc/DmarcPolicyResolver.h"
#include "dmarc/DmarcRecordParser.h"

#include <QTest>

namespace {
QString outcome(const DmarcReading& r) {
    if (!r.hasPolicy)
        return QStringLiteral("-");
    QString s = dmarcPolicyName(r.applied) + QLatin1Char('/') + r.sourceTag;
    if (r.sampledPolicy != r.unsampledPolicy)
        s += QStringLiteral(" (%1 %2, else %3)")
                 .arg(r.pct)
                 .arg(dmarcPolicyName(r.sampledPolicy), dmarcPolicyName(r.unsampledPolicy));
    return s;
}
} // namespace

class TestDmarcPolicyResolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table_data();
    void table();
    void noRecord();
    void fallbackSaysWhy();
};

void TestDmarcPolicyResolver::table_data() {
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("own");       // the From domain is where the record is
    QTest::addColumn<int>("fromExists"); // 1 yes, 0 NXDOMAIN, -1 unknown
    QTest::addColumn<QString>("rfc9989");
    QTest::addColumn<QString>("rfc7489");
    auto row = [](const char* name, const char* rec, bool own, int exists, const char* a, const char* b) {
        QTest::newRow(name) << QString::fromUtf8(rec) << own << exists << QString::fromUtf8(a)
                            << QString::fromUtf8(b);
    };
    row("own reject", "v=DMARC1; p=reject", true, 1, "reject/p", "reject/p");
    row("own quarantine", "v=DMARC1; p=quarantine", true, 1, "quarantine/p", "quarantine/p");
    row("own none", "v=DMARC1; p=none", true, 1, "none/p", "none/p");
    row("own sp ignored", "v=DMARC1; p=reject; sp=none", true, 1, "reject/p", "reject/p");
    row("t=y reject", "v=DMARC1; p=reject; t=y", true, 1, "quarantine/p", "reject/p");
    row("t=y quarantine", "v=DMARC1; p=quarantine; t=y", true, 1, "none/p", "quarantine/p");
    row("t=y none", "v=DMARC1; p=none; t=y", true, 1, "none/p", "none/p");
    row("t=n", "v=DMARC1; p=reject; t=n", true, 1, "reject/p", "reject/p");
    row("sub inherits p", "v=DMARC1; p=reject", false, 1, "reject/p", "reject/p");
    row("sub sp", "v=DMARC1; p=reject; sp=quarantine", false, 1, "quarantine/sp", "quarantine/sp");
    row("sub np ignored when it exists", "v=DMARC1; p=reject; np=none", false, 1, "reject/p", "reject/p");
    row("non-existent np", "v=DMARC1; p=reject; sp=quarantine; np=reject", false, 0, "reject/np",
        "quarantine/sp");
    row("non-existent np weaker", "v=DMARC1; p=reject; np=none", false, 0, "none/np", "reject/p");
    row("non-existent falls to sp", "v=DMARC1; p=reject; sp=none", false, 0, "none/sp", "none/sp");
    row("non-existent falls to p", "v=DMARC1; p=quarantine", false, 0, "quarantine/p", "quarantine/p");
    row("existence unknown", "v=DMARC1; p=reject; sp=quarantine; np=none", false, -1, "quarantine/sp",
        "quarantine/sp");
    row("sub t=y", "v=DMARC1; p=reject; sp=reject; t=y", false, 1, "quarantine/sp", "reject/sp");
    row("pct 0", "v=DMARC1; p=reject; pct=0", true, 1, "reject/p",
        "quarantine/p (0 reject, else quarantine)");
    row("pct 20", "v=DMARC1; p=reject; pct=20", true, 1, "reject/p",
        "quarantine/p (20 reject, else quarantine)");
    row("pct 50", "v=DMARC1; p=reject; pct=50", true, 1, "reject/p", "reject/p (50 reject, else quarantine)");
    row("pct 10 quarantine", "v=DMARC1; p=quarantine; pct=10", true, 1, "quarantine/p",
        "none/p (10 quarantine, else none)");
    row("pct 100", "v=DMARC1; p=reject; pct=100", true, 1, "reject/p", "reject/p");
    row("pct with t=y", "v=DMARC1; p=reject; t=y; pct=0", true, 1, "quarantine/p",
        "quarantine/p (0 reject, else quarantine)");
    row("sub pct sp", "v=DMARC1; p=reject; sp=quarantine; pct=0", false, 1, "quarantine/sp",
        "none/sp (0 quarantine, else none)");
    // Issue 13, defect 2. RFC 9989 §4.10.1 and RFC 7489 §6.6.3 step 6: no valid p, or an invalid
    // sp (RFC 9989: or np), means p=none when rua holds a valid URI, and no DMARC at all otherwise.
    row("p invalid with rua", "v=DMARC1; p=block; rua=mailto:a@example.com", true, 1, "none/p", "none/p");
    row("p invalid without rua", "v=DMARC1; p=block", true, 1, "-", "-");
    row("p invalid, rua invalid", "v=DMARC1; p=block; rua=https://x.example", true, 1, "-", "-");
    row("p missing with rua", "v=DMARC1; rua=mailto:a@example.com", true, 1, "none/p", "none/p");
    row("p missing, bad rua", "v=DMARC1; rua=https://x.example", true, 1, "-", "-");
    row("p missing, no rua", "v=DMARC1; sp=reject", false, 1, "-", "-");
    row("p missing, one good rua of two", "v=DMARC1; rua=mailto:a@localhost,mailto:b@example.com", true, 1,
        "none/p", "none/p");
    row("p missing with rua, t=y", "v=DMARC1; t=y; rua=mailto:a@example.com", true, 1, "none/p", "none/p");
    row("p missing, subdomain", "v=DMARC1; sp=reject; rua=mailto:a@example.com", false, 1, "none/p",
        "none/p");
    row("sp invalid with rua", "v=DMARC1; p=reject; sp=bogus; rua=mailto:a@example.com", false, 1, "none/p",
        "none/p");
    row("sp invalid without rua", "v=DMARC1; p=reject; sp=bogus", false, 1, "-", "-");
    row("sp invalid, own domain, without rua", "v=DMARC1; p=reject; sp=bogus", true, 1, "-", "-");
    // Where the readings differ: np is not an RFC 7489 tag, an invalid one is ignored there.
    row("np invalid with rua", "v=DMARC1; p=reject; np=bogus; rua=mailto:a@example.com", false, 0, "none/p",
        "reject/p");
    row("np invalid without rua", "v=DMARC1; p=reject; np=bogus", false, 0, "-", "reject/p");
    row("np invalid without rua, own domain", "v=DMARC1; p=quarantine; np=bogus", true, 1, "-",
        "quarantine/p");
    row("duplicate p keeps first", "v=DMARC1; p=reject; p=none", true, 1, "reject/p", "reject/p");
}

void TestDmarcPolicyResolver::table() {
    QFETCH(QString, record);
    QFETCH(bool, own);
    QFETCH(int, fromExists);
    QFETCH(QString, rfc9989);
    QFETCH(QString, rfc7489);
    DmarcAppliedRecord applied;
    applied.record = DmarcRecordParser::parse(record);
    QVERIFY(applied.record->isDmarc);
    applied.recordDomain = QStringLiteral("example.com");
    const QString from = own ? QStringLiteral("example.com") : QStringLiteral("mail.example.com");
    const std::optional<bool> exists = fromExists < 0 ? std::nullopt : std::optional<bool>(fromExists == 1);
    const DmarcReading a = DmarcPolicyResolver::rfc9989(applied, from, exists);
    const DmarcReading b = DmarcPolicyResolver::rfc7489(applied, from);
    QCOMPARE(outcome(a), rfc9989);
    QCOMPARE(outcome(b), rfc7489);
    QVERIFY(!a.explanation.isEmpty());
    QVERIFY(!b.explanation.isEmpty());
}

void TestDmarcPolicyResolver::noRecord() {
    DmarcAppliedRecord none;
    none.how = QStringLiteral("no DMARC record");
    const DmarcReading a = DmarcPolicyResolver::rfc9989(none, QStringLiteral("example.com"), true);
    QVERIFY(!a.hasPolicy);
    QCOMPARE(a.applied, DmarcPolicy::None);
    QCOMPARE(a.toJson().value(QStringLiteral("applied")).toString(), QStringLiteral("none"));
    DmarcAppliedRecord failed;
    failed.dnsError = true;
    failed.how = QStringLiteral("timeout");
    const DmarcReading b = DmarcPolicyResolver::rfc7489(failed, QStringLiteral("example.com"));
    QVERIFY(b.undetermined);
    QVERIFY(b.explanation.contains(QLatin1String("DNS failed")));
}

void TestDmarcPolicyResolver::fallbackSaysWhy() {
    // The explanation of the rua fallback names what was invalid, the rule and its section.
    DmarcAppliedRecord applied;
    applied.recordDomain = QStringLiteral("example.com");
    applied.record = DmarcRecordParser::parse(QStringLiteral("v=DMARC1; p=block"));
    const DmarcReading a = DmarcPolicyResolver::rfc9989(applied, QStringLiteral("example.com"), true);
    QVERIFY(!a.hasPolicy);
    QVERIFY2(a.explanation.contains(QStringLiteral("p=block")) &&
                 a.explanation.contains(QStringLiteral("no valid rua")) &&
                 a.explanation.contains(QStringLiteral("§4.10.1")),
             qPrintable(a.explanation));
    QCOMPARE(a.toJson().value(QStringLiteral("fallback")).toString(),
             QStringLiteral("an invalid p (p=block)"));
    const DmarcReading b = DmarcPolicyResolver::rfc7489(applied, QStringLiteral("example.com"));
    QVERIFY(b.explanation.contains(QStringLiteral("§6.6.3")));

    applied.record =
        DmarcRecordParser::parse(QStringLiteral("v=DMARC1; p=reject; np=x; rua=mailto:a@example.com"));
    const DmarcReading c = DmarcPolicyResolver::rfc9989(applied, QStringLiteral("nx.example.com"), false);
    QVERIFY(c.hasPolicy);
    QCOMPARE(c.applied, DmarcPolicy::None);
    QCOMPARE(c.fallbackCause, QStringLiteral("an invalid np (np=x)"));
    QVERIFY(DmarcPolicyResolver::rfc7489(applied, QStringLiteral("nx.example.com")).fallbackCause.isEmpty());
}

QTEST_APPLESS_MAIN(TestDmarcPolicyResolver)
#include "tst_dmarcpolicyresolver.moc"
