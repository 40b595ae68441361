// DMARC identifier alignment under both readings (issue 13, defect 3): RFC 9989 organizational
// domains by the DNS tree walk (psd=y, psd=n, the record with the fewest labels; §4.10.2) against
// RFC 7489's Public Suffix List, strict and relaxed modes, through DmarcAlignment over in-memory
// zones. The NSD end-to-end cases are in tst_dmarcdiscovery and tst_dkimnsd.

#include "dmarc/DmarcAlignment.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QTest>

namespace {
ZoneResolver::Zone zone(const QString& origin, const QString& records) {
    const QString text =
        QStringLiteral("$ORIGIN %1.\n$TTL 300\n@ IN SOA ns1 host 1 3600 600 86400 300\n@ IN NS ns1\n")
            .arg(origin) +
        records;
    auto z = ZoneResolver::parseZone(text.toUtf8(), origin, QStringLiteral("test"));
    if (!z)
        qFatal("zone %s: %s", qPrintable(origin), qPrintable(z.error()));
    return *z;
}

// dmarc-align.test is a public suffix domain (psd=y) with two organizations under it, giant and
// mega (mega without a record of its own); plain.test is an ordinary organization with an
// intermediate record (sub) and a subdomain that declares itself an organization (own, psd=n).
// The "test" zone answers NXDOMAIN for _dmarc.test, as a real TLD does.
std::shared_ptr<DnsSession> session(bool withTld = true) {
    QList<ZoneResolver::Zone> zones{
        zone(QStringLiteral("dmarc-align.test"),
             QStringLiteral("_dmarc IN TXT \"v=DMARC1; p=reject; psd=y\"\n"
                            "giant IN A 192.0.2.1\n"
                            "_dmarc.giant IN TXT \"v=DMARC1; p=reject\"\n"
                            "mail.giant IN A 192.0.2.2\n"
                            "mail.mega IN A 192.0.2.3\n")),
        zone(QStringLiteral("plain.test"), QStringLiteral("_dmarc IN TXT \"v=DMARC1; p=none\"\n"
                                                          "mail IN A 192.0.2.4\n"
                                                          "_dmarc.sub IN TXT \"v=DMARC1; p=none\"\n"
                                                          "a.sub IN A 192.0.2.5\n"
                                                          "_dmarc.own IN TXT \"v=DMARC1; p=reject; psd=n\"\n"
                                                          "x.own IN A 192.0.2.6\n"))};
    if (withTld)
        zones << zone(QStringLiteral("test"), QString());
    return std::make_shared<DnsSession>(std::make_shared<ZoneResolver>(zones));
}

QString word(std::optional<bool> aligned) {
    return !aligned ? QStringLiteral("?") : *aligned ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

class TestDmarcAlignment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table_data();
    void table();
    void failedWalkIsTentative();
    void rememberedWalkSavesQueries();
    void pureDecision();
};

void TestDmarcAlignment::table_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("aligned9989");
    QTest::addColumn<QString>("aligned7489");
    QTest::addColumn<QString>("orgs9989"); // "from-org id-org", "" in strict mode or for equal names
    auto row = [](const char* name, const char* from, const char* id, bool strict, const char* a,
                  const char* b, const char* orgs) {
        QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(id) << strict
                            << QString::fromUtf8(a) << QString::fromUtf8(b) << QString::fromUtf8(orgs);
    };
    row("same name, relaxed", "plain.test", "plain.test", false, "yes", "yes", "");
    row("same name, strict", "plain.test", "plain.test", true, "yes", "yes", "");
    row("subdomain, relaxed", "plain.test", "mail.plain.test", false, "yes", "yes", "plain.test plain.test");
    row("subdomain, strict (adkim=s)", "plain.test", "mail.plain.test", true, "no", "no", "");
    row("case and trailing dot", "Plain.Test.", "MAIL.plain.test", false, "yes", "yes",
        "plain.test plain.test");
    row("another organization", "plain.test", "dmarc-align.test", false, "no", "no",
        "plain.test dmarc-align.test");
    // The example: psd=y at the parent makes giant and mega two organizations under RFC
    // 9989; the PSL knows nothing of dmarc-align.test and puts both in it.
    row("psd=y splits organizations", "giant.dmarc-align.test", "mail.mega.dmarc-align.test", false, "no",
        "yes", "giant.dmarc-align.test mega.dmarc-align.test");
    row("psd=y, same organization", "giant.dmarc-align.test", "mail.giant.dmarc-align.test", false, "yes",
        "yes", "giant.dmarc-align.test giant.dmarc-align.test");
    row("psd=y, strict", "giant.dmarc-align.test", "mail.giant.dmarc-align.test", true, "no", "no", "");
    // psd=n: own.plain.test is an organization of its own under RFC 9989.
    row("psd=n below the registrable domain", "plain.test", "x.own.plain.test", false, "no", "yes",
        "plain.test own.plain.test");
    row("psd=n, same organization", "own.plain.test", "x.own.plain.test", false, "yes", "yes",
        "own.plain.test own.plain.test");
    // An intermediate record is not an organizational domain: the one with the fewest labels is.
    row("intermediate record", "plain.test", "a.sub.plain.test", false, "yes", "yes",
        "plain.test plain.test");
    row("no From domain", "", "plain.test", false, "no", "no", "");
}

void TestDmarcAlignment::table() {
    QFETCH(QString, from);
    QFETCH(QString, identifier);
    QFETCH(bool, strict);
    QFETCH(QString, aligned9989);
    QFETCH(QString, aligned7489);
    QFETCH(QString, orgs9989);
    auto s = session();
    const DmarcAlignment alignment(s.get());
    const DmarcAlignmentMode mode = strict ? DmarcAlignmentMode::Strict : DmarcAlignmentMode::Relaxed;
    const DmarcAlignmentResult r = alignment.align(from, identifier, mode);
    QCOMPARE(word(r.rfc9989.aligned), aligned9989);
    QCOMPARE(word(r.rfc7489.aligned), aligned7489);
    const QString orgs =
        r.rfc9989.fromOrgDomain.domain.isEmpty()
            ? QString()
            : r.rfc9989.fromOrgDomain.domain + QLatin1Char(' ') + r.rfc9989.identifierOrgDomain.domain;
    QCOMPARE(orgs, orgs9989);
    QCOMPARE(r.readingsDiffer(), aligned9989 != aligned7489);
    QCOMPARE(r.rfc9989.mode, mode);
    QVERIFY(!r.rfc9989.tentative);
    QVERIFY(!r.rfc9989.explanation.isEmpty());
    QVERIFY(!r.rfc7489.explanation.isEmpty());
    // Both readings are shown when they differ.
    if (r.readingsDiffer())
        QVERIFY2(r.summary().contains(QStringLiteral("RFC 9989")) &&
                     r.summary().contains(QStringLiteral("RFC 7489")),
                 qPrintable(r.summary()));
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("readingsDiffer")).toBool(), r.readingsDiffer());
    QCOMPARE(json.value(QStringLiteral("rfc9989")).toObject().value(QStringLiteral("mode")).toString(),
             strict ? QStringLiteral("strict") : QStringLiteral("relaxed"));
}

void TestDmarcAlignment::failedWalkIsTentative() {
    // Without the TLD zone, _dmarc.test is REFUSED (offline): the walks end in a failure, so the
    // answer stands but may change with a record higher up.
    auto s = session(false);
    const DmarcAlignment alignment(s.get());
    const DmarcAlignmentResult r = alignment.align(
        QStringLiteral("plain.test"), QStringLiteral("mail.plain.test"), DmarcAlignmentMode::Relaxed);
    QCOMPARE(r.rfc9989.aligned, std::optional<bool>(true));
    QVERIFY(r.rfc9989.tentative);
    QVERIFY(!r.rfc9989.fromOrgDomain.complete);
    QVERIFY(
        r.toJson().value(QStringLiteral("rfc9989")).toObject().value(QStringLiteral("tentative")).toBool());
    // A name whose very first query fails has no organizational domain at all.
    const DmarcAlignmentResult u = alignment.align(
        QStringLiteral("plain.test"), QStringLiteral("nowhere.example.com"), DmarcAlignmentMode::Relaxed);
    QCOMPARE(u.rfc9989.aligned, std::nullopt);
    QCOMPARE(u.rfc7489.aligned, std::optional<bool>(false));
    QVERIFY(u.readingsDiffer());
    QCOMPARE(u.rfc9989.how(), QStringLiteral("unknown"));
}

void TestDmarcAlignment::rememberedWalkSavesQueries() {
    auto s = session();
    DmarcAlignment alignment(s.get());
    DmarcOrgDomain known;
    known.domain = QStringLiteral("plain.test");
    known.reason = QStringLiteral("given");
    alignment.remember(QStringLiteral("plain.test"), known);
    alignment.align(QStringLiteral("plain.test"), QStringLiteral("mail.plain.test"),
                    DmarcAlignmentMode::Relaxed);
    alignment.align(QStringLiteral("plain.test"), QStringLiteral("mail.plain.test"),
                    DmarcAlignmentMode::Relaxed);
    // One walk (for mail.plain.test: three names), asked once.
    QStringList asked;
    for (const QueryLogEntry& e : s->log()->entries())
        asked << e.toJson().value(QStringLiteral("name")).toString();
    QCOMPARE(asked.count(QStringLiteral("_dmarc.plain.test")), 1);
    QCOMPARE(asked.size(), 3);
}

void TestDmarcAlignment::pureDecision() {
    DmarcOrgDomain a{QStringLiteral("giant.dmarc-align.test"), QStringLiteral("psd=y above"), true};
    DmarcOrgDomain b{QStringLiteral("mega.dmarc-align.test"), QStringLiteral("psd=y above"), true};
    const DmarcAlignmentResult r = DmarcAlignment::decide(
        QStringLiteral("giant.dmarc-align.test"), QStringLiteral("mail.mega.dmarc-align.test"),
        DmarcAlignmentMode::Relaxed, DmarcAlignmentMode::Strict, a, b);
    QCOMPARE(r.rfc9989.aligned, std::optional<bool>(false));
    // Each reading with its own mode: strict under RFC 7489 here.
    QCOMPARE(r.rfc7489.mode, DmarcAlignmentMode::Strict);
    QCOMPARE(r.rfc7489.aligned, std::optional<bool>(false));
    QVERIFY(!r.readingsDiffer());
    QVERIFY(r.rfc7489.fromOrgDomain.domain.isEmpty()); // strict mode compares the names only
    QCOMPARE(DmarcAlignment::pslOrganizationalDomain(QStringLiteral("mail.example.co.uk")).domain,
             QStringLiteral("example.co.uk"));
    QCOMPARE(DmarcAlignment::pslOrganizationalDomain(QStringLiteral("co.uk")).domain,
             QStringLiteral("co.uk"));
}

QTEST_GUILESS_MAIN(TestDmarcAlignment)
#include "tst_dmarcalignment.moc"
