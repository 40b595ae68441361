// The readers of outside data: aggregate XML, TLS-RPT JSON, MIME messages, archives (zip bombs).
#include "ReportTestUtil.h"
#include "reports/AggregateReportParser.h"
#include "reports/MimeAttachmentExtractor.h"
#include "reports/ReportArchiveReader.h"
#include "reports/TlsRptReportParser.h"

#include <QFile>
#include <QTest>

using namespace ReportTestUtil;

namespace {
QByteArray sample(const QString& relative) {
    QFile f(qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QStringLiteral("/reports/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}
} // namespace

class TestReportParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aggregateRfc7489();
    void aggregateRfc9990Namespaced();
    void oddValuesAreKeptWithWarnings();
    void versionIsNeverAReason_data();
    void versionIsNeverAReason();
    void notWellFormedIsRefused_data();
    void notWellFormedIsRefused();
    void tlsRpt();
    void tlsRptHugeCountsAreWarnings();
    void aggregateHugeCountIsLeftOut();
    void tlsRptRefused_data();
    void tlsRptRefused();
    void mimeMultipartBase64();
    void mimeQuotedPrintableAndMbox();
    void archives();
    void zipBombs();
};

void TestReportParsers::aggregateRfc7489() {
    const auto r = AggregateReportParser::parse(
        sample(QStringLiteral("dmarc-reports/parsedmarc/aggregate/"
                              "rfc9990-example.net!example.com!1700000000!1700086399.xml")));
    VERIFY_EXPECTED(r);
    QCOMPARE(r->header.orgName, QStringLiteral("example.net"));
    QCOMPARE(r->header.reportId, QStringLiteral("dmarcbis-test-report-001"));
    QCOMPARE(r->header.domain, QStringLiteral("example.com"));
    QCOMPARE(r->header.begin, 1700000000);
    QCOMPARE(r->header.np, QStringLiteral("reject"));
    QCOMPARE(r->header.testing, QStringLiteral("y"));
    QCOMPARE(r->records.size(), 2);
    QCOMPARE(r->records[0].sourceIp, QStringLiteral("198.51.100.1"));
    QCOMPARE(r->records[0].count, 5);
    QVERIFY(r->records[0].dmarcPass());
    QCOMPARE(r->records[0].dkim.value(0).selector, QStringLiteral("selector1"));
    QCOMPARE(r->records[1].disposition, QStringLiteral("reject"));
    QVERIFY(!r->records[1].dmarcPass());
    QCOMPARE(r->records[1].reasons, QStringList{QStringLiteral("other: sender not authorized")});
    QVERIFY(r->warnings.isEmpty());
}

void TestReportParsers::aggregateRfc9990Namespaced() {
    const auto r = AggregateReportParser::parse(
        sample(QStringLiteral("dmarc-reports/parsedmarc/aggregate/rfc9990-sample.xml")));
    VERIFY_EXPECTED(r);
    QCOMPARE(r->header.namespaceUri, QStringLiteral("urn:ietf:params:xml:ns:dmarc-2.0"));
    QCOMPARE(r->header.generator, QStringLiteral("Example DMARC Aggregate Reporter v1.2"));
    QCOMPARE(r->header.discoveryMethod, QStringLiteral("treewalk"));
    QCOMPARE(r->records.size(), 1);
    QCOMPARE(r->records[0].count, 123);
    QCOMPARE(r->records[0].disposition, QStringLiteral("pass"));
    QCOMPARE(r->records[0].dkim.value(0).selector, QStringLiteral("abc123"));
}

void TestReportParsers::oddValuesAreKeptWithWarnings() {
    const QByteArray xml = R"(<?xml version="1.0"?>
<feedback><report_metadata><org_name>odd.example</org_name><report_id>odd-1</report_id>
<date_range><begin>1700000000</begin><end>1700086399</end></date_range><shiny>new</shiny></report_metadata>
<policy_published><domain>Example.COM</domain><p>REJECT</p></policy_published>
<record><row><source_ip>192.0.2.1</source_ip><count>3</count><policy_evaluated><disposition>Reject</disposition>
<dkim>PASS</dkim><spf></spf></policy_evaluated></row><identifiers><header_from>example.com</header_from></identifiers>
<auth_results><spf><domain>example.com</domain><result>sometimes</result></spf></auth_results></record>
<record><row><source_ip>not-an-ip</source_ip><count>1</count></row></record>
<record><row><source_ip>2001:DB8:0:0::1</source_ip><count>many</count></row></record>
<record><row><source_ip>2001:DB8:0:0::2</source_ip><count>2</count></row></record>
</feedback>)";
    const auto r = AggregateReportParser::parse(xml);
    VERIFY_EXPECTED(r);
    QCOMPARE(r->header.domain, QStringLiteral("example.com"));
    QCOMPARE(r->header.p, QStringLiteral("reject"));
    QCOMPARE(r->records.size(), 2); // the bad address and the bad count are left out
    QCOMPARE(r->records[0].dkimAligned, QStringLiteral("pass"));
    QCOMPARE(r->records[0].disposition, QStringLiteral("reject"));
    QCOMPARE(r->records[0].spfAligned, QString());
    QCOMPARE(r->records[0].spf.value(0).result, QString());
    QCOMPARE(r->records[1].sourceIp, QStringLiteral("2001:db8::2")); // canonical form
    const QString all = r->warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("'PASS' read as 'pass'")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("empty <policy_evaluated/spf>")));
    QVERIFY(all.contains(QStringLiteral("unknown value 'sometimes'")));
    QVERIFY(all.contains(QStringLiteral("unknown element <shiny>")));
    QVERIFY(all.contains(QStringLiteral("'not-an-ip' is not an IP address")));
    QVERIFY(all.contains(QStringLiteral("'many' is not a number")));
}

void TestReportParsers::versionIsNeverAReason_data() {
    QTest::addColumn<QString>("version");
    QTest::newRow("1.0") << QStringLiteral("1.0");
    QTest::newRow("2.0") << QStringLiteral("2.0");
    QTest::newRow("future") << QStringLiteral("17.3");
    QTest::newRow("garbage") << QStringLiteral("banana");
    QTest::newRow("empty") << QString();
}

void TestReportParsers::versionIsNeverAReason() {
    QFETCH(QString, version);
    QByteArray xml =
        aggregateXml(QStringLiteral("v.example"), QStringLiteral("v1"), QStringLiteral("example.org"),
                     QDate(2024, 1, 1), {{QStringLiteral("192.0.2.1")}});
    xml.replace("<version>1.0</version>", "<version>" + version.toUtf8() + "</version>");
    const auto r = AggregateReportParser::parse(xml);
    VERIFY_EXPECTED(r);
    QCOMPARE(r->header.version, version);
    QCOMPARE(r->records.size(), 1);
}

void TestReportParsers::notWellFormedIsRefused_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");
    const QByteArray good =
        aggregateXml(QStringLiteral("t.example"), QStringLiteral("t1"), QStringLiteral("example.org"),
                     QDate(2024, 1, 1), {{QStringLiteral("192.0.2.1")}, {QStringLiteral("192.0.2.2")}});
    QTest::newRow("truncated") << good.left(good.size() - 60) << QStringLiteral("Premature end of document");
    QByteArray badUtf8 = good;
    badUtf8.replace("example.org</header_from>", "example\xff\xfe.org</header_from>");
    QTest::newRow("invalid UTF-8") << badUtf8 << QStringLiteral("incorrectly encoded");
    QTest::newRow("not xml at all") << QByteArray("<<<>>>") << QStringLiteral("not well-formed");
    QTest::newRow("other root") << QByteArray("<html><body/></html>") << QStringLiteral("no <feedback>");
    QTest::newRow("no report id") << QByteArray("<feedback><policy_published><domain>a.example</domain>"
                                                "</policy_published></feedback>")
                                  << QStringLiteral("report_id");
    QTest::newRow("no domain") << QByteArray(
                                      "<feedback><report_metadata><report_id>x</report_id></report_metadata>"
                                      "</feedback>")
                               << QStringLiteral("<domain>");
}

void TestReportParsers::notWellFormedIsRefused() {
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);
    const auto r = AggregateReportParser::parse(xml);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
}

void TestReportParsers::tlsRpt() {
    const auto r = TlsRptReportParser::parse(sample(QStringLiteral("tls-rpt/rfc8460.json")));
    VERIFY_EXPECTED(r);
    QCOMPARE(r->organizationName, QStringLiteral("Company-X"));
    QCOMPARE(r->reportId, QStringLiteral("5065427c-23d3-47ca-b6e0-946ea0e8c4be"));
    QCOMPARE(r->begin, QDateTime(QDate(2016, 4, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QCOMPARE(r->policies.size(), 1);
    const TlsRptPolicy& p = r->policies[0];
    QCOMPARE(p.policyType, QStringLiteral("sts"));
    QCOMPARE(p.policyDomain, QStringLiteral("company-y.example"));
    QCOMPARE(p.successfulSessions, 5326);
    QCOMPARE(p.failedSessions, 303);
    QCOMPARE(p.failures.size(), 3);
    QCOMPARE(p.failures[1].resultType, QStringLiteral("starttls-not-supported"));
    QCOMPARE(p.failures[1].failedSessions, 200);
    QCOMPARE(p.failures[2].failureReasonCode, QStringLiteral("X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED"));
}

// Found by fuzz_tlsrpt: 1e23 sessions was cast from double to qint64 (undefined behaviour).
void TestReportParsers::tlsRptHugeCountsAreWarnings() {
    const QByteArray json = R"({"organization-name": "huge.example", "report-id": "h-1",
        "date-range": {"start-datetime": "2016-04-01T00:00:00Z", "end-datetime": "2016-04-01T23:59:59Z"},
        "policies": [{"policy": {"policy-type": "sts", "policy-domain": "example.com"},
          "summary": {"total-successful-session-count": 1.00889e+23, "total-failure-session-count": 1e300},
          "failure-details": [{"result-type": "validation-failure", "failed-session-count": 1000000000001}]}]})";
    const auto r = TlsRptReportParser::parse(json);
    VERIFY_EXPECTED(r);
    QCOMPARE(r->policies.size(), 1);
    QCOMPARE(r->policies[0].successfulSessions, 0);
    QCOMPARE(r->policies[0].failedSessions, 0);
    QCOMPARE(r->policies[0].failures.value(0).failedSessions, 0);
    const QString all = r->warnings.join(QLatin1Char('\n'));
    QCOMPARE(all.count(QStringLiteral("too large to be a number of sessions")), 3);
}

// A count near qint64's maximum would overflow the report's sum of messages.
void TestReportParsers::aggregateHugeCountIsLeftOut() {
    const QByteArray xml = R"(<?xml version="1.0"?>
<feedback><report_metadata><org_name>huge.example</org_name><report_id>huge-1</report_id>
<date_range><begin>1700000000</begin><end>1e400</end></date_range></report_metadata>
<policy_published><domain>example.com</domain><p>none</p></policy_published>
<record><row><source_ip>192.0.2.1</source_ip><count>9000000000000000000</count></row>
<identifiers><header_from>example.com</header_from></identifiers></record>
<record><row><source_ip>192.0.2.2</source_ip><count>9000000000000000000</count></row>
<identifiers><header_from>example.com</header_from></identifiers></record>
<record><row><source_ip>192.0.2.3</source_ip><count>7</count></row>
<identifiers><header_from>example.com</header_from></identifiers></record>
</feedback>)";
    const auto r = AggregateReportParser::parse(xml);
    VERIFY_EXPECTED(r);
    QCOMPARE(r->records.size(), 1);
    QCOMPARE(r->records[0].count, 7);
    const QString all = r->warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("more messages than any source sends (×2)")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("'1e400' is not a timestamp")), qPrintable(all));
}

void TestReportParsers::tlsRptRefused_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QByteArray(R"({"report-id": "x", "policies": [)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not an object");
    QTest::newRow("no id") << QByteArray(R"({"policies": []})") << QStringLiteral("report-id");
    QTest::newRow("no policies") << QByteArray(R"({"report-id": "x"})") << QStringLiteral("policies");
}

void TestReportParsers::tlsRptRefused() {
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto r = TlsRptReportParser::parse(json);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
}

void TestReportParsers::mimeMultipartBase64() {
    const auto r = MimeAttachmentExtractor::extract(
        sample(QStringLiteral("dmarc-reports/parsedmarc/aggregate/twilight.eml")),
        QStringLiteral("twilight.eml"));
    QCOMPARE(r.messages, 1);
    QCOMPARE(r.failureReports, 0);
    QCOMPARE(r.attachments.size(), 1);
    QVERIFY(
        r.attachments[0].name.endsWith(QStringLiteral("google.com!twlnet.com!1549756800!1549843199.zip")));
    QVERIFY(r.attachments[0].data.startsWith("PK\x03\x04"));

    const auto failure = MimeAttachmentExtractor::extract(
        sample(QStringLiteral("dmarc-reports/parsedmarc/failure/dmarc_ruf_report_linkedin.eml")),
        QStringLiteral("f"));
    QCOMPARE(failure.failureReports, 1);
    QVERIFY(failure.attachments.isEmpty());
    QVERIFY(MimeAttachmentExtractor::looksLikeMessage(
        sample(QStringLiteral("tls-rpt/google.com_smtp_tls_report.eml"))));
    QVERIFY(!MimeAttachmentExtractor::looksLikeMessage("<?xml version=\"1.0\"?><feedback/>"));
    QVERIFY(!MimeAttachmentExtractor::looksLikeMessage("{\"report-id\": 1}"));
}

void TestReportParsers::mimeQuotedPrintableAndMbox() {
    QCOMPARE(MimeAttachmentExtractor::decodeQuotedPrintable("a=3Db=\nc=E2=80=93"),
             QByteArray("a=bc\xe2\x80\x93"));
    const QByteArray xml =
        aggregateXml(QStringLiteral("m.example"), QStringLiteral("m1"), QStringLiteral("example.org"),
                     QDate(2024, 1, 1), {{QStringLiteral("192.0.2.1")}});
    const QByteArray gz = gzip(xml);
    const QByteArray mbox = "From reporter@example.net Mon Jan  1 00:00:00 2024\n"
                            "From: reporter@example.net\nSubject: Report\nMIME-Version: 1.0\n"
                            "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
                            "--b1\nContent-Type: text/plain\n\nHello\n"
                            "--b1\nContent-Type: application/gzip; name=\"r.xml.gz\"\n"
                            "Content-Transfer-Encoding: base64\n\n" +
                            gz.toBase64() +
                            "\n--b1--\n\n"
                            "From reporter@example.net Mon Jan  2 00:00:00 2024\n"
                            "From: reporter@example.net\nContent-Type: text/xml\n"
                            "Content-Transfer-Encoding: quoted-printable\n\n" +
                            QByteArray(xml).replace("=", "=3D") + "\n";
    const auto r = MimeAttachmentExtractor::extract(mbox, QStringLiteral("box.mbox"));
    QCOMPARE(r.messages, 2);
    QCOMPARE(r.attachments.size(), 2);
    QCOMPARE(r.attachments[0].data, gz);
    QCOMPARE(r.attachments[1].data.trimmed(), xml.trimmed());
}

void TestReportParsers::archives() {
    const QByteArray a =
        aggregateXml(QStringLiteral("z.example"), QStringLiteral("z1"), QStringLiteral("example.org"),
                     QDate(2024, 1, 1), {{QStringLiteral("192.0.2.1")}});
    const QByteArray b =
        aggregateXml(QStringLiteral("z.example"), QStringLiteral("z2"), QStringLiteral("example.org"),
                     QDate(2024, 1, 2), {{QStringLiteral("192.0.2.2")}});
    const ReportArchiveReader reader;
    auto plain = reader.read(a, QStringLiteral("a.xml"));
    QVERIFY(plain && plain->size() == 1 && plain->at(0).data == a);
    auto gz = reader.read(gzip(a), QStringLiteral("a.xml.gz"));
    VERIFY_EXPECTED(gz);
    QCOMPARE(gz->size(), 1);
    QCOMPARE(gz->at(0).data, a);
    QCOMPARE(gz->at(0).name, QStringLiteral("a.xml"));
    auto two = reader.read(zip({{QStringLiteral("a.xml"), a}, {QStringLiteral("b.xml"), b}}),
                           QStringLiteral("ab.zip"));
    VERIFY_EXPECTED(two);
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(1).data, b);
    // Double compressed: a zip inside a gzip, and a gzip inside a zip.
    auto nested = reader.read(gzip(zip({{QStringLiteral("a.xml.gz"), gzip(a)}})), QStringLiteral("n.zip.gz"));
    VERIFY_EXPECTED(nested);
    QCOMPARE(nested->size(), 1);
    QCOMPARE(nested->at(0).data, a);
    // Too deep.
    // (Stacked gzip layers are one libarchive filter chain; containers are counted by zip level.)
    const QByteArray deep =
        zip({{QStringLiteral("1.zip"),
              zip({{QStringLiteral("2.zip"),
                    zip({{QStringLiteral("3.zip"), zip({{QStringLiteral("a.xml"), a}})}})}})}});
    auto tooDeep = reader.read(deep, QStringLiteral("deep.gz"));
    QVERIFY(!tooDeep.has_value());
    QVERIFY2(tooDeep.error().contains(QStringLiteral("nested")), qPrintable(tooDeep.error()));
    // Damaged.
    QByteArray broken = gzip(a);
    broken.truncate(broken.size() / 2);
    QVERIFY(!reader.read(broken, QStringLiteral("broken.gz")).has_value());
}

void TestReportParsers::zipBombs() {
    // 64 MiB of zeros packs into ~64 KiB: a ratio of ~1000 trips the ratio bound long before the
    // size bound.
    const QByteArray zeros(64 * 1024 * 1024, '\0');
    const QByteArray bomb = gzip(zeros);
    QVERIFY(bomb.size() < 512 * 1024);
    const ReportArchiveReader reader;
    auto r = reader.read(bomb, QStringLiteral("bomb.xml.gz"));
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().contains(QStringLiteral("zip bomb")), qPrintable(r.error()));
    auto inZip = reader.read(zip({{QStringLiteral("bomb.xml"), zeros}}), QStringLiteral("bomb.zip"));
    QVERIFY(!inZip.has_value());
    QVERIFY(inZip.error().contains(QStringLiteral("zip bomb")));
    // The absolute bound, with the ratio bound out of the way.
    ReportArchiveLimits limits;
    limits.maxExpandedBytes = 8 * 1024 * 1024;
    limits.maxRatio = 1e9;
    auto sized = ReportArchiveReader(limits).read(bomb, QStringLiteral("bomb.xml.gz"));
    QVERIFY(!sized.has_value());
    QVERIFY2(sized.error().contains(QStringLiteral("beyond 8 MiB")), qPrintable(sized.error()));
}

QTEST_GUILESS_MAIN(TestReportParsers)
#include "tst_reportparsers.moc"
