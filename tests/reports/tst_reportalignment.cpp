// The report analyzer's identifier alignment (issue 13, defect 3): the DKIM d= and SPF domains of
// imported aggregate reports aligned with their header From under RFC 9989 (DNS tree walk, here
// in-memory zones with psd=y) and RFC 7489 (Public Suffix List), with the published adkim, and the
// rows where the two readings differ first.

#include "ReportTestUtil.h"
#include "TestStore.h"
#include "dmarc/DmarcAlignment.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "history/HistoryDatabase.h"
#include "reports/ReportAnalyzer.h"
#include "reports/ReportImporter.h"

#include <QFile>
#include <QTemporaryDir>
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

struct Record {
    const char* from;
    QList<std::pair<const char*, const char*>> dkim; // d=, result
    const char* spfDomain;
    const char* spfResult;
    int count;
};

// One aggregate report about `domain` (one day) with the published adkim and these rows.
QByteArray report(const QString& id, const QString& domain, const char* adkim, const QList<Record>& records) {
    QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<feedback><version>1.0</version>"
                                 "<report_metadata><org_name>receiver.example.com</org_name>"
                                 "<email>dmarc@receiver.example.com</email><report_id>%1</report_id>"
                                 "<date_range><begin>1704067200</begin><end>1704153599</end></date_range>"
                                 "</report_metadata><policy_published><domain>%2</domain><adkim>%3</adkim>"
                                 "<aspf>r</aspf><p>reject</p></policy_published>\n")
                      .arg(id, domain, QLatin1String(adkim));
    for (const Record& r : records) {
        xml += QStringLiteral(
                   "<record><row><source_ip>192.0.2.10</source_ip><count>%1</count><policy_evaluated>"
                   "<disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated>"
                   "</row><identifiers><header_from>%2</header_from></identifiers><auth_results>")
                   .arg(r.count)
                   .arg(QLatin1String(r.from));
        for (const auto& [d, result] : r.dkim)
            xml +=
                QStringLiteral("<dkim><domain>%1</domain><selector>s1</selector><result>%2</result></dkim>")
                    .arg(QLatin1String(d), QLatin1String(result));
        xml += QStringLiteral("<spf><domain>%1</domain><scope>mfrom</scope><result>%2</result></spf>"
                              "</auth_results></record>\n")
                   .arg(QLatin1String(r.spfDomain), QLatin1String(r.spfResult));
    }
    return (xml + QStringLiteral("</feedback>\n")).toUtf8();
}
} // namespace

class TestReportAlignment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();
    void differingFirst();
    void strictPolicy();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<HistoryDatabase> m_db;
    std::shared_ptr<DnsSession> m_session;
    ReportAlignment m_result;
};

void TestReportAlignment::initTestCase() {
    const QString store = TestStore::fresh(m_dir.path(), QStringLiteral("h.sqlite"));
    QVERIFY(!store.isEmpty());
    auto db = HistoryDatabase::open(store);
    QVERIFY(db.has_value());
    m_db = *db;
    ReportImporter importer(m_db);
    VERIFY_EXPECTED(importer.prepare());
    const QString giant = QStringLiteral("giant.dmarc-align.test");
    const QByteArray relaxed =
        report(QStringLiteral("r1"), giant, "r",
               {{"giant.dmarc-align.test",
                 {{"mail.mega.dmarc-align.test", "pass"}},
                 "bounce.giant.dmarc-align.test",
                 "pass",
                 10},
                {"giant.dmarc-align.test",
                 {{"giant.dmarc-align.test", "pass"}, {"mail.mega.dmarc-align.test", "fail"}},
                 "other.test",
                 "fail",
                 5},
                {"giant.dmarc-align.test",
                 {{"mail.giant.dmarc-align.test", "pass"}},
                 "giant.dmarc-align.test",
                 "pass",
                 3}});
    const QByteArray strict = report(QStringLiteral("r2"), QStringLiteral("strict.dmarc-align.test"), "s",
                                     {{"strict.dmarc-align.test",
                                       {{"mail.strict.dmarc-align.test", "pass"}},
                                       "strict.dmarc-align.test",
                                       "pass",
                                       7}});
    int n = 0;
    for (const QByteArray& xml : {relaxed, strict}) {
        QFile f(m_dir.filePath(QStringLiteral("r%1.xml").arg(n++)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml);
        f.close();
        QCOMPARE(importer.importFile(f.fileName()).status, ImportStatus::Imported);
    }
    // dmarc-align.test is a public suffix domain (psd=y): giant, mega and strict are organizations.
    m_session = std::make_shared<DnsSession>(std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{
        zone(QStringLiteral("dmarc-align.test"),
             QStringLiteral("_dmarc IN TXT \"v=DMARC1; p=reject; psd=y\"\n"
                            "_dmarc.giant IN TXT \"v=DMARC1; p=reject\"\n"
                            "_dmarc.strict IN TXT \"v=DMARC1; p=reject; adkim=s\"\n")),
        zone(QStringLiteral("test"), QString())}));
    const DmarcAlignment alignment(m_session.get());
    auto result = ReportAnalyzer(m_db).identifierAlignment({giant, {}, {}}, alignment);
    VERIFY_EXPECTED(result);
    m_result = *result;
}

void TestReportAlignment::rows_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("result");
    QTest::addColumn<qint64>("messages");
    QTest::addColumn<QString>("aligned"); // "9989/7489"
    QTest::newRow("DKIM by another organization under the same PSD")
        << u"dkim"_qs << u"mail.mega.dmarc-align.test"_qs << u"pass"_qs << qint64(10) << u"no/yes"_qs;
    QTest::newRow("DKIM by the From domain")
        << u"dkim"_qs << u"giant.dmarc-align.test"_qs << u"pass"_qs << qint64(5) << u"yes/yes"_qs;
    QTest::newRow("second, failing DKIM signature")
        << u"dkim"_qs << u"mail.mega.dmarc-align.test"_qs << u"fail"_qs << qint64(5) << u"no/yes"_qs;
    QTest::newRow("DKIM by a subdomain")
        << u"dkim"_qs << u"mail.giant.dmarc-align.test"_qs << u"pass"_qs << qint64(3) << u"yes/yes"_qs;
    QTest::newRow("SPF bounce subdomain")
        << u"spf"_qs << u"bounce.giant.dmarc-align.test"_qs << u"pass"_qs << qint64(10) << u"yes/yes"_qs;
    QTest::newRow("SPF elsewhere") << u"spf"_qs << u"other.test"_qs << u"fail"_qs << qint64(5) << u"no/no"_qs;
    QTest::newRow("SPF by the From domain")
        << u"spf"_qs << u"giant.dmarc-align.test"_qs << u"pass"_qs << qint64(3) << u"yes/yes"_qs;
}

void TestReportAlignment::rows() {
    QFETCH(QString, kind);
    QFETCH(QString, domain);
    QFETCH(QString, result);
    QFETCH(qint64, messages);
    QFETCH(QString, aligned);
    const ReportAlignmentRow* row = nullptr;
    for (const ReportAlignmentRow& r : std::as_const(m_result.rows))
        if (r.kind == kind && r.domain == domain && r.result == result)
            row = &r;
    QVERIFY2(row, qPrintable(kind + u' ' + domain));
    QCOMPARE(row->headerFrom, u"giant.dmarc-align.test"_qs);
    QCOMPARE(row->messages, messages);
    auto word = [](std::optional<bool> a) {
        return !a ? QStringLiteral("?") : *a ? QStringLiteral("yes") : QStringLiteral("no");
    };
    QCOMPARE(word(row->alignment.rfc9989.aligned) + u'/' + word(row->alignment.rfc7489.aligned), aligned);
    // Only a passing identifier makes the readings' difference matter.
    QCOMPARE(row->readingsDiffer(), result == u"pass"_qs && aligned == u"no/yes"_qs);
}

void TestReportAlignment::differingFirst() {
    QCOMPARE(m_result.rows.size(), 7);
    QCOMPARE(m_result.differing, 1);
    QCOMPARE(m_result.differingMessages, qint64(10));
    const ReportAlignmentRow& first = m_result.rows.first();
    QCOMPARE(first.domain, u"mail.mega.dmarc-align.test"_qs);
    QVERIFY(first.readingsDiffer());
    QCOMPARE(first.alignment.rfc9989.identifierOrgDomain.domain, u"mega.dmarc-align.test"_qs);
    QCOMPARE(first.alignment.rfc7489.identifierOrgDomain.domain, u"dmarc-align.test"_qs);
    const QJsonObject json = m_result.toJson();
    QCOMPARE(json.value(u"differing"_qs).toInt(), 1);
    QVERIFY(json.value(u"rows"_qs).toArray().first().toObject().value(u"readingsDiffer"_qs).toBool());
}

void TestReportAlignment::strictPolicy() {
    // adkim=s published: a subdomain's signature aligns under neither reading.
    const DmarcAlignment alignment(m_session.get());
    auto result =
        ReportAnalyzer(m_db).identifierAlignment({u"strict.dmarc-align.test"_qs, {}, {}}, alignment);
    VERIFY_EXPECTED(result);
    const ReportAlignmentRow* dkim = nullptr;
    for (const ReportAlignmentRow& r : std::as_const(result->rows))
        if (r.kind == u"dkim"_qs)
            dkim = &r;
    QVERIFY(dkim);
    QCOMPARE(dkim->alignment.rfc9989.mode, DmarcAlignmentMode::Strict);
    QCOMPARE(dkim->alignment.rfc9989.aligned, std::optional<bool>(false));
    QCOMPARE(dkim->alignment.rfc7489.aligned, std::optional<bool>(false));
    // Other domains' reports stay out.
    for (const ReportAlignmentRow& r : std::as_const(result->rows))
        QCOMPARE(r.headerFrom, u"strict.dmarc-align.test"_qs);
}

QTEST_GUILESS_MAIN(TestReportAlignment)
#include "tst_reportalignment.moc"
