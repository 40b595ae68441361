// Data-driven tests of DmarcRecordParser: every tag, the case and white-space rules, and every
// malformation, with the issue codes and the tag each one points at.

#include "dmarc/DmarcRecordParser.h"

#include <QTest>

namespace {
// A compact view of what the parser read: only the values that are set, in a fixed order.
QString summary(const DmarcRecord& r) {
    QStringList parts;
    if (!r.isDmarc)
        parts << QStringLiteral("notdmarc");
    if (r.policy)
        parts << QStringLiteral("p=") + dmarcPolicyName(*r.policy);
    if (r.subdomainPolicy)
        parts << QStringLiteral("sp=") + dmarcPolicyName(*r.subdomainPolicy);
    if (r.nonExistentPolicy)
        parts << QStringLiteral("np=") + dmarcPolicyName(*r.nonExistentPolicy);
    if (r.psd)
        parts << QStringLiteral("psd=") + *r.psd;
    if (r.testing)
        parts << QStringLiteral("t=") + (*r.testing ? QStringLiteral("y") : QStringLiteral("n"));
    if (r.adkim)
        parts << QStringLiteral("adkim=") + *r.adkim;
    if (r.aspf)
        parts << QStringLiteral("aspf=") + *r.aspf;
    if (!r.failureOptions.isEmpty())
        parts << QStringLiteral("fo=") + r.failureOptions.join(QLatin1Char(':'));
    auto uris = [&](const char* name, const QList<DmarcReportUri>& list) {
        if (list.isEmpty())
            return;
        int valid = 0;
        for (const DmarcReportUri& u : list)
            valid += u.valid ? 1 : 0;
        parts << QStringLiteral("%1=%2/%3").arg(QLatin1String(name)).arg(valid).arg(list.size());
    };
    uris("rua", r.rua);
    uris("ruf", r.ruf);
    if (r.pct)
        parts << QStringLiteral("pct=%1").arg(*r.pct);
    if (!r.reportFormats.isEmpty())
        parts << QStringLiteral("rf=") + r.reportFormats.join(QLatin1Char(':'));
    if (r.reportInterval)
        parts << QStringLiteral("ri=%1").arg(*r.reportInterval);
    return parts.join(QLatin1Char(' '));
}

QString issues(const DmarcRecord& r) {
    QStringList out;
    for (const DmarcRecordIssue& i : r.issues)
        out << QStringLiteral("%1@%2:%3").arg(i.code, i.tag, severityName(i.severity));
    out.sort();
    return out.join(QLatin1Char(','));
}
} // namespace

class TestDmarcRecordParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void issuesSayWhatReceiversDo();
    void uriDetails();
    void looksLikeDmarc_data();
    void looksLikeDmarc();
};

void TestDmarcRecordParser::parse_data() {
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("expectedIssues");

    auto row = [](const char* name, const char* record, const char* expected, const char* issueList) {
        QTest::newRow(name) << QString::fromUtf8(record) << QString::fromUtf8(expected)
                            << QString::fromUtf8(issueList);
    };
    // Shape: white space, semicolons, order, case.
    row("minimal", "v=DMARC1; p=none", "p=none", "");
    row("trailing semicolon", "v=DMARC1; p=reject;", "p=reject", "");
    row("no spaces", "v=DMARC1;p=reject;sp=none", "p=reject sp=none", "");
    row("white space everywhere", "v = DMARC1 ;  p = quarantine ;\tsp=reject ; ", "p=quarantine sp=reject",
        "");
    row("value case", "v=DMARC1; p=Reject; adkim=S; aspf=R", "p=reject adkim=s aspf=r", "");
    // Tag names are case-insensitive (RFC 9989 §4.8 ABNF quoted strings): read, noted as info.
    row("tag name case", "v=DMARC1; P=reject", "p=reject", "DMARC-SYNTAX@p:info");
    row("every tag name upper case", "V=DMARC1; P=Reject; SP=None; ADKIM=S; RUA=mailto:a@example.com",
        "p=reject sp=none adkim=s rua=1/1",
        "DMARC-SYNTAX@adkim:info,DMARC-SYNTAX@p:info,DMARC-SYNTAX@rua:info,DMARC-SYNTAX@sp:info,"
        "DMARC-SYNTAX@v:info");
    row("empty tag inside", "v=DMARC1;; p=none", "p=none", "DMARC-SYNTAX@:info");
    row("p not second", "v=DMARC1; rua=mailto:a@example.com; p=none", "p=none rua=1/1",
        "DMARC-SYNTAX@p:info");
    row("not a pair", "v=DMARC1; p=none; garbage", "p=none", "DMARC-SYNTAX@garbage:warning");
    row("bad tag name", "v=DMARC1; p=none; 1x=2", "p=none", "DMARC-SYNTAX@1x:warning");
    // v
    row("empty record", "", "notdmarc", "DMARC-SYNTAX@v:error");
    row("no v", "p=reject", "notdmarc p=reject", "DMARC-SYNTAX@v:error");
    row("v not first", "p=reject; v=DMARC1", "notdmarc p=reject", "DMARC-SYNTAX@v:error");
    row("v value lower case", "v=dmarc1; p=reject", "notdmarc p=reject", "DMARC-SYNTAX@v:error");
    // Issue 13, defect 1: the name v is case-insensitive, only the value DMARC1 is case-sensitive.
    row("v name upper case", "V=DMARC1; p=reject", "p=reject", "DMARC-SYNTAX@v:info");
    row("v name upper case, spaces", "V = DMARC1 ;p=none", "p=none", "DMARC-SYNTAX@v:info");
    row("v name upper case, value lower case", "V=dmarc1; p=reject", "notdmarc p=reject",
        "DMARC-SYNTAX@v:error,DMARC-SYNTAX@v:info");
    row("v name upper case, not first", "p=reject; V=DMARC1", "notdmarc p=reject",
        "DMARC-SYNTAX@v:error,DMARC-SYNTAX@v:info");
    row("other version", "v=DMARC2; p=reject", "notdmarc p=reject", "DMARC-SYNTAX@v:error");
    row("leading white space", " v=DMARC1; p=none", "p=none", "DMARC-SYNTAX@v:warning");
    row("semicolon first", ";v=DMARC1; p=none", "notdmarc p=none", "DMARC-SYNTAX@v:error");
    // p, sp, np
    row("p missing", "v=DMARC1; rua=mailto:a@example.com", "rua=1/1", "DMARC-SYNTAX@p:error");
    row("p invalid", "v=DMARC1; p=block", "", "DMARC-SYNTAX@p:error");
    row("p empty", "v=DMARC1; p=", "", "DMARC-SYNTAX@p:error");
    row("p duplicate", "v=DMARC1; p=reject; p=none", "p=reject", "DMARC-SYNTAX@p:error");
    row("sp", "v=DMARC1; p=reject; sp=quarantine", "p=reject sp=quarantine", "");
    row("sp invalid", "v=DMARC1; p=none; sp=maybe", "p=none", "DMARC-SYNTAX@sp:error");
    row("np", "v=DMARC1; p=reject; np=quarantine", "p=reject np=quarantine", "");
    row("np invalid", "v=DMARC1; p=reject; np=yes", "p=reject", "DMARC-SYNTAX@np:error");
    // psd, t
    row("psd y", "v=DMARC1; p=reject; psd=y", "p=reject psd=y", "");
    row("psd n", "v=DMARC1; p=reject; psd=N", "p=reject psd=n", "");
    row("psd u", "v=DMARC1; p=reject; psd=u", "p=reject psd=u", "");
    row("psd invalid", "v=DMARC1; p=reject; psd=x", "p=reject", "DMARC-SYNTAX@psd:error");
    row("t y", "v=DMARC1; p=reject; t=y", "p=reject t=y", "");
    row("t n", "v=DMARC1; p=reject; t=n", "p=reject t=n", "");
    row("t invalid", "v=DMARC1; p=reject; t=yes", "p=reject", "DMARC-SYNTAX@t:error");
    // adkim, aspf, fo
    row("adkim invalid", "v=DMARC1; p=none; adkim=x", "p=none", "DMARC-SYNTAX@adkim:error");
    row("aspf invalid", "v=DMARC1; p=none; aspf=strict", "p=none", "DMARC-SYNTAX@aspf:error");
    row("fo list", "v=DMARC1; p=none; fo=1:d:s", "p=none fo=1:d:s", "");
    row("fo spaces", "v=DMARC1; p=none; fo=0 : 1", "p=none fo=0:1", "");
    row("fo partly invalid", "v=DMARC1; p=none; fo=0:x", "p=none fo=0", "DMARC-SYNTAX@fo:warning");
    row("fo invalid", "v=DMARC1; p=none; fo=2", "p=none", "DMARC-SYNTAX@fo:warning");
    // rua, ruf
    row("rua two", "v=DMARC1; p=none; rua=mailto:a@example.com, mailto:b@example.net", "p=none rua=2/2", "");
    row("ruf", "v=DMARC1; p=none; ruf=mailto:f@example.com", "p=none ruf=1/1", "");
    row("rua no scheme", "v=DMARC1; p=none; rua=a@example.com", "p=none rua=0/1",
        "DMARC-RUA-INVALID@rua:error");
    row("rua https", "v=DMARC1; p=none; rua=https://example.com/r", "p=none rua=0/1",
        "DMARC-RUA-INVALID@rua:error");
    row("rua no at", "v=DMARC1; p=none; rua=mailto:example.com", "p=none rua=0/1",
        "DMARC-RUA-INVALID@rua:error");
    row("rua single label", "v=DMARC1; p=none; rua=mailto:a@localhost", "p=none rua=0/1",
        "DMARC-RUA-INVALID@rua:error");
    row("rua white space", "v=DMARC1; p=none; rua=mailto:a b@example.com", "p=none rua=0/1",
        "DMARC-RUA-INVALID@rua:error");
    row("rua size", "v=DMARC1; p=none; rua=mailto:a@example.com!10m", "p=none rua=1/1",
        "DMARC-SIZE-LIMIT@rua:info");
    row("rua bad size", "v=DMARC1; p=none; rua=mailto:a@example.com!big", "p=none rua=0/1",
        "DMARC-RUA-INVALID@rua:error");
    row("rua empty", "v=DMARC1; p=none; rua=", "p=none", "DMARC-RUA-INVALID@rua:warning");
    row("rua trailing comma", "v=DMARC1; p=none; rua=mailto:a@example.com,", "p=none rua=1/1",
        "DMARC-SYNTAX@rua:info");
    row("ruf invalid", "v=DMARC1; p=none; ruf=ftp://x", "p=none ruf=0/1", "DMARC-RUA-INVALID@ruf:error");
    // Removed by RFC 9989
    row("pct 50", "v=DMARC1; p=reject; pct=50", "p=reject pct=50", "DMARC-REMOVED-TAG@pct:warning");
    row("pct 0", "v=DMARC1; p=reject; pct=0", "p=reject pct=0", "DMARC-REMOVED-TAG@pct:warning");
    row("pct 101", "v=DMARC1; p=reject; pct=101", "p=reject", "DMARC-SYNTAX@pct:error");
    row("pct text", "v=DMARC1; p=reject; pct=half", "p=reject", "DMARC-SYNTAX@pct:error");
    row("pct negative", "v=DMARC1; p=reject; pct=-5", "p=reject", "DMARC-SYNTAX@pct:error");
    row("rf afrf", "v=DMARC1; p=none; rf=afrf", "p=none rf=afrf", "DMARC-REMOVED-TAG@rf:info");
    row("rf iodef", "v=DMARC1; p=none; rf=iodef", "p=none",
        "DMARC-REMOVED-TAG@rf:info,DMARC-SYNTAX@rf:error");
    row("ri", "v=DMARC1; p=none; ri=3600", "p=none ri=3600", "DMARC-REMOVED-TAG@ri:info");
    row("ri invalid", "v=DMARC1; p=none; ri=-1", "p=none", "DMARC-SYNTAX@ri:error");
    // Unknown tags
    row("unknown", "v=DMARC1; p=none; foo=bar", "p=none", "DMARC-UNKNOWN-TAG@foo:warning");
    row("typo", "v=DMARC1; p=none; rue=mailto:a@example.com", "p=none", "DMARC-UNKNOWN-TAG@rue:warning");
    row("every tag",
        "v=DMARC1; p=reject; sp=quarantine; np=reject; psd=n; t=n; adkim=s; aspf=s; fo=1; "
        "rua=mailto:a@example.com; ruf=mailto:f@example.com",
        "p=reject sp=quarantine np=reject psd=n t=n adkim=s aspf=s fo=1 rua=1/1 ruf=1/1", "");
}

void TestDmarcRecordParser::parse() {
    QFETCH(QString, record);
    QFETCH(QString, expected);
    QFETCH(QString, expectedIssues);
    const DmarcRecord r = DmarcRecordParser::parse(record);
    QCOMPARE(summary(r), expected);
    QCOMPARE(issues(r), expectedIssues);
}

void TestDmarcRecordParser::issuesSayWhatReceiversDo() {
    const DmarcRecord r = DmarcRecordParser::parse(
        QStringLiteral("v=DMARC1; p=block; sp=x; pct=50; rua=https://x; foo=1; p=none"));
    QVERIFY(!r.issues.isEmpty());
    for (const DmarcRecordIssue& i : r.issues) {
        QVERIFY2(!i.message.isEmpty(), qPrintable(i.code));
        QVERIFY2(!i.receiverAction.isEmpty(), qPrintable(i.code + QLatin1Char(' ') + i.message));
    }
    // The duplicate is named and the first value kept.
    QVERIFY(r.tagInvalid(u"p"));
    QCOMPARE(r.tags.last().duplicate, true);
    const auto p = r.issuesFor(u"p");
    QVERIFY(std::any_of(p.begin(), p.end(), [](const DmarcRecordIssue& i) {
        return i.message.contains(QLatin1String("more than once"));
    }));
}

void TestDmarcRecordParser::uriDetails() {
    const DmarcRecord r = DmarcRecordParser::parse(QStringLiteral(
        "v=DMARC1; p=none; rua=mailto:a%21b@Example.COM!2k,mailto:r@reports.example.net?subject=x"));
    QCOMPARE(r.rua.size(), 2);
    QCOMPARE(r.rua.at(0).address, QStringLiteral("a!b@Example.COM"));
    QCOMPARE(r.rua.at(0).domain, QStringLiteral("example.com"));
    QCOMPARE(r.rua.at(0).sizeLimit, QStringLiteral("2k"));
    QCOMPARE(r.rua.at(0).sizeBytes, 2048);
    QCOMPARE(r.rua.at(1).address, QStringLiteral("r@reports.example.net"));
    QVERIFY(r.rua.at(1).valid);
}

void TestDmarcRecordParser::looksLikeDmarc_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dmarc");
    QTest::newRow("plain") << QStringLiteral("v=DMARC1; p=none") << true;
    QTest::newRow("spaces") << QStringLiteral("  v = DMARC1;p=none") << true;
    QTest::newRow("lower case") << QStringLiteral("v=dmarc1; p=none") << true;
    QTest::newRow("dmarc10") << QStringLiteral("v=DMARC10; p=none") << false;
    QTest::newRow("spf") << QStringLiteral("v=spf1 -all") << false;
    QTest::newRow("auth record") << QStringLiteral("v=DMARC1") << true;
}

void TestDmarcRecordParser::looksLikeDmarc() {
    QFETCH(QString, text);
    QFETCH(bool, dmarc);
    QCOMPARE(DmarcRecordParser::looksLikeDmarc(text), dmarc);
}

QTEST_APPLESS_MAIN(TestDmarcRecordParser)
#include "tst_dmarcrecordparser.moc"
