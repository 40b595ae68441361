// ReportImporter: every shared sample imports or is refused for the right reason; duplicates;
// one transaction per file; zip bombs refused.
#include "ReportTestUtil.h"
#include "SqlThreadCheck.h"
#include "TestStore.h"
#include "reports/AggregateReportParser.h"
#include "reports/RecordPipeline.h"
#include "reports/ReportImporter.h"
#include "reports/ReportRowWriter.h"
#include "reports/ReportSchema.h"
#include "reports/SourceTotals.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace ReportTestUtil;

namespace {
QString dataDir() {
    return qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QStringLiteral("/reports/");
}

qint64 scalar(HistoryDatabase& db, const QString& sql) {
    QSqlQuery q(*db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every row of a table, in key order, as text (NULL spelled out).
QStringList rows(HistoryDatabase& db, const QString& table) {
    QSqlQuery q(*db.connection());
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4").arg(table)))
        return {QStringLiteral("error: ") + table};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

// Whether the totals tables hold what ReportSchema's GROUP BY over the stored rows gives: "" when
// they do, else the first table that differs with both versions. Recomputes them in place.
QString totalsDifferFromGroupBy(HistoryDatabase& db) {
    const QStringList tables{QStringLiteral("dmarc_source_days"), QStringLiteral("dmarc_sources"),
                             QStringLiteral("dmarc_days"), QStringLiteral("dmarc_selector_days")};
    QHash<QString, QStringList> stored;
    for (const QString& t : tables)
        stored.insert(t, rows(db, t));
    QSqlQuery q(*db.connection());
    for (const QString& t : tables)
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(t)))
            return q.lastError().text();
    for (const QString& sql : {ReportSchema::sourceDaysUpsert(QStringLiteral("1 = 1")),
                               ReportSchema::sourcesUpsert(QStringLiteral("1 = 1")),
                               ReportSchema::daysUpsert(QStringLiteral("1 = 1")),
                               ReportSchema::selectorDaysUpsert(QStringLiteral("1 = 1"))})
        if (!q.exec(sql))
            return q.lastError().text();
    for (const QString& t : tables)
        if (const QStringList grouped = rows(db, t); grouped != stored.value(t))
            return QStringLiteral("%1 differs:\nstored:\n%2\nGROUP BY:\n%3")
                .arg(t, stored.value(t).join(QLatin1Char('\n')), grouped.join(QLatin1Char('\n')));
    return {};
}

// One <record>; an empty result word leaves its element out (NULL in the database).
QByteArray record(const char* ip, int count, const char* disposition, const char* dkim, const char* spf,
                  const QByteArray& auth = {}) {
    QByteArray x = QByteArray("<record><row><source_ip>") + ip + "</source_ip><count>" +
                   QByteArray::number(count) + "</count><policy_evaluated>";
    if (*disposition)
        x += QByteArray("<disposition>") + disposition + "</disposition>";
    if (*dkim)
        x += QByteArray("<dkim>") + dkim + "</dkim>";
    if (*spf)
        x += QByteArray("<spf>") + spf + "</spf>";
    return x +
           "</policy_evaluated></row><identifiers><header_from>example.com</header_from></identifiers>"
           "<auth_results>" +
           auth + "</auth_results></record>\n";
}

QByteArray report(const char* org, const char* id, qint64 begin, const QByteArray& records) {
    return QByteArray("<?xml version=\"1.0\"?>\n<feedback><report_metadata><org_name>") + org +
           "</org_name><report_id>" + id + "</report_id><date_range><begin>" + QByteArray::number(begin) +
           "</begin><end>" + QByteArray::number(begin + 86399) +
           "</end></date_range></report_metadata><policy_published><domain>example.com</domain><p>none</p>"
           "</policy_published>\n" +
           records + "</feedback>\n";
}
} // namespace

class TestReportImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void samples_data();
    void samples();
    void duplicatesAreNotCountedTwice();
    void aFailingFileLeavesNothing();
    void zipBombIsRefused();
    void folderWithProgress();
    void totalsEqualTheGroupByOverTheRows();
    void largeReportsGoThroughThePipeline();
    void concurrentImportsStoreEachReportOnce();
    void awkwardTextIsStoredAsRead();

private:
    bool write(const QString& name, const QByteArray& data);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<HistoryDatabase> m_db;
};

void TestReportImport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    const QString store = TestStore::fresh(m_dir->path(), QStringLiteral("history.sqlite"));
    QVERIFY(!store.isEmpty());
    auto db = HistoryDatabase::open(store);
    VERIFY_EXPECTED(db);
    m_db = *db;
    QVERIFY(ReportImporter(m_db).prepare().has_value());
}

bool TestReportImport::write(const QString& name, const QByteArray& data) {
    QFile f(m_dir->filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

void TestReportImport::samples_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("detail"); // reason of a refusal, or a warning of an import
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("domain");

    const QString agg = QStringLiteral("dmarc-reports/parsedmarc/aggregate/");
    const QString imported = QStringLiteral("imported");
    const QString rejected = QStringLiteral("rejected");
    const QString exampleCom = QStringLiteral("example.com");
    auto row = [](const QString& file, const QString& status, const QString& detail, int records,
                  const QString& domain) {
        QTest::newRow(qPrintable(file)) << file << status << detail << records << domain;
    };
    row(agg + QStringLiteral("!example.com!1538204542!1538463818.xml"), imported,
        QStringLiteral("empty <org_name>"), 1, exampleCom);
    row(agg + QStringLiteral("!large-example.com!1711897200!1711983600.xml"), imported, {}, 2286, exampleCom);
    row(agg + QStringLiteral(
                  "Report domain- borschow.com Submitter- google.com Report-ID- 949348866075514174.eml"),
        imported, {}, 1, QStringLiteral("borschow.com"));
    row(agg + QStringLiteral("addisonfoods.com!example.com!1536105600!1536191999.xml"), imported, {}, 1,
        exampleCom);
    row(agg + QStringLiteral("empty_reason.xml"), imported, QStringLiteral("empty <reason>"), 1, exampleCom);
    row(agg + QStringLiteral("estadocuenta1.infonacot.gob.mx!example.com!1536853302!1536939702!2940.xml.zip"),
        imported, {}, 1, exampleCom);
    row(agg + QStringLiteral("example.net!example.com!1529366400!1529452799.xml"), imported, {}, 1,
        exampleCom);
    row(agg + QStringLiteral("fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz"), imported, {},
        1, QStringLiteral("indemed.com"));
    row(agg + QStringLiteral("ikea.com!example.de!1538690400!1538776800.xml"), imported,
        QStringLiteral("wrapped"), 1, QStringLiteral("example.de"));
    row(agg + QStringLiteral("invalid_utf_8.xml"), rejected, QStringLiteral("incorrectly encoded"), 0, {});
    row(agg + QStringLiteral("invalid_xml.xml"), rejected, QStringLiteral("not well-formed XML at line 5"), 0,
        {});
    row(agg + QStringLiteral("mimecast-weird-gzip.eml"), imported, {}, 1, QStringLiteral("ab.id.au"));
    row(agg + QStringLiteral("old_draft_from_wiki.xml"), imported, {}, 1, exampleCom);
    row(agg + QStringLiteral("protection.outlook.com!example.com!1711756800!1711843200.xml"), imported, {}, 1,
        exampleCom);
    row(agg + QStringLiteral("rfc9990-example.net!example.com!1700000000!1700086399.xml"), imported, {}, 2,
        exampleCom);
    row(agg + QStringLiteral("rfc9990-sample.xml"), imported, {}, 1, exampleCom);
    row(agg + QStringLiteral("twilight.eml"), imported, {}, 1, QStringLiteral("twlnet.com"));
    row(agg + QStringLiteral("usssa.com!example.com!1538784000!1538870399.xml"), imported, {}, 2, exampleCom);
    row(agg + QStringLiteral("veeam.com!example.com!1530133200!1530219600.xml"), imported, {}, 1, exampleCom);
    row(QStringLiteral("dmarc-reports/parsedmarc/aggregate_invalid/report_with_upper_cased_pass.xml"),
        imported, QStringLiteral("'Pass' read as 'pass'"), 1, exampleCom);
    row(QStringLiteral("dmarc-reports/parsedmarc/empty.xml"), rejected, QStringLiteral("empty file"), 0, {});
    for (const char* f : {"changed-input.xml", "nice-input.xml", "nice-input.xml.gz", "nice-input.xml.zip"})
        row(QStringLiteral("dmarc-reports/parsedmarc/extract_report/") + QLatin1String(f), imported, {}, 20,
            exampleCom);
    const QString failure = QStringLiteral("failure (forensic) report");
    for (const char* f :
         {"DMARC Failure Report for domain.de (mail-from=sharepoint@domain.de, ip=10.10.10.10).eml",
          "[Netease DMARC Failure Report] Rent Reminder.eml", "dmarc_ruf_report_linkedin.crlf.eml",
          "dmarc_ruf_report_linkedin.eml"})
        row(QStringLiteral("dmarc-reports/parsedmarc/failure/") + QLatin1String(f), rejected, failure, 0, {});
    row(QStringLiteral("dmarc-reports/parsedmarc/failure/exim_plain_text_only_no_arf_part.eml"), rejected,
        QStringLiteral("without a report attachment"), 0, {});
    row(QStringLiteral("dmarc-reports/parsedmarc/historical/subject.eml"), rejected, failure, 0, {});
    row(QStringLiteral("dmarc-reports/parsedmarc/historical/zoho.com!example.com!1581753600!1581840000.xml"),
        imported, {}, 8, exampleCom);
    row(QStringLiteral("dmarc-reports/rua-schema.xsd"), rejected, QStringLiteral("no <feedback> element"), 0,
        {});
    row(QStringLiteral("dmarc-reports/parsedmarc/LICENSE"), rejected, QStringLiteral("neither XML nor JSON"),
        0, {});
    row(QStringLiteral("tls-rpt/google.com_smtp_tls_report.eml"), imported, {}, 0,
        QStringLiteral("cardinalhealth.ca"));
    row(QStringLiteral("tls-rpt/mail.ru.json"), imported, {}, 0, exampleCom);
    row(QStringLiteral("tls-rpt/rfc8460.json"), imported, {}, 0, QStringLiteral("company-y.example"));
    row(QStringLiteral("tls-rpt/smtp_tls.json"), imported, {}, 0, exampleCom);
}

void TestReportImport::samples() {
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QString, detail);
    QFETCH(int, records);
    QFETCH(QString, domain);
    ReportImporter importer(m_db);
    const ImportFileResult r = importer.importFile(dataDir() + file);
    QVERIFY2(importStatusName(r.status) == status,
             qPrintable(importStatusName(r.status) + QStringLiteral(": ") + r.reason));
    if (status == u"rejected") {
        QVERIFY2(r.reason.contains(detail), qPrintable(r.reason));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_reports")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM tlsrpt_reports")), 0);
        return;
    }
    QCOMPARE(r.reports, 1);
    QCOMPARE(r.records, records);
    QCOMPARE(r.domains, QStringList{domain});
    if (!detail.isEmpty())
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(detail),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_records")), records);
}

void TestReportImport::duplicatesAreNotCountedTwice() {
    ReportImporter importer(m_db);
    const QString base = dataDir() + QStringLiteral("dmarc-reports/parsedmarc/extract_report/");
    const auto results = importer.importPaths(
        {base + QStringLiteral("nice-input.xml"), base + QStringLiteral("nice-input.xml.gz"),
         base + QStringLiteral("nice-input.xml.zip"), base + QStringLiteral("nice-input.xml")});
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0].status, ImportStatus::Imported);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(results[i].status, ImportStatus::Duplicate);
        QCOMPARE(results[i].duplicates, 1);
    }
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_reports")), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT SUM(count) FROM dmarc_records")), 3047);
    // A TLS report twice.
    const QString tls = dataDir() + QStringLiteral("tls-rpt/rfc8460.json");
    QCOMPARE(importer.importFile(tls).status, ImportStatus::Imported);
    QCOMPARE(importer.importFile(tls).status, ImportStatus::Duplicate);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM tlsrpt_policies")), 1);
    // One zip holding a new report and a known one: imported, one duplicate noted.
    const QByteArray fresh =
        aggregateXml(QStringLiteral("d.example"), QStringLiteral("d1"), QStringLiteral("example.org"),
                     QDate(2024, 1, 1), {{QStringLiteral("192.0.2.1")}});
    QFile nice(base + QStringLiteral("nice-input.xml"));
    QVERIFY(nice.open(QIODevice::ReadOnly));
    QVERIFY(write(QStringLiteral("mixed.zip"),
                  zip({{QStringLiteral("fresh.xml"), fresh}, {QStringLiteral("nice.xml"), nice.readAll()}})));
    const ImportFileResult mixed = importer.importFile(m_dir->filePath(QStringLiteral("mixed.zip")));
    QCOMPARE(mixed.status, ImportStatus::Imported);
    QCOMPARE(mixed.reports, 1);
    QCOMPARE(mixed.duplicates, 1);
}

void TestReportImport::aFailingFileLeavesNothing() {
    ReportImporter importer(m_db);
    // A zip whose second member is truncated: the first, valid report must not stay behind.
    const QByteArray good =
        aggregateXml(QStringLiteral("t.example"), QStringLiteral("t1"), QStringLiteral("example.org"),
                     QDate(2024, 1, 1), {{QStringLiteral("192.0.2.1"), 10}});
    const QByteArray bad =
        aggregateXml(QStringLiteral("t.example"), QStringLiteral("t2"), QStringLiteral("example.org"),
                     QDate(2024, 1, 2), {{QStringLiteral("192.0.2.2")}, {QStringLiteral("192.0.2.3")}})
            .chopped(40);
    QVERIFY(write(QStringLiteral("half.zip"),
                  zip({{QStringLiteral("good.xml"), good}, {QStringLiteral("bad.xml"), bad}})));
    const ImportFileResult r = importer.importFile(m_dir->filePath(QStringLiteral("half.zip")));
    QCOMPARE(r.status, ImportStatus::Rejected);
    QVERIFY2(r.reason.contains(QStringLiteral("bad.xml")) &&
                 r.reason.contains(QStringLiteral("not well-formed")),
             qPrintable(r.reason));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_reports")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_records")), 0);

    // A big report truncated after thousands of rows were already streamed into the database.
    QFile large(
        dataDir() +
        QStringLiteral("dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml"));
    QVERIFY(large.open(QIODevice::ReadOnly));
    QVERIFY(write(QStringLiteral("truncated.xml"), large.readAll().chopped(5000)));
    const ImportFileResult t = importer.importFile(m_dir->filePath(QStringLiteral("truncated.xml")));
    QCOMPARE(t.status, ImportStatus::Rejected);
    QVERIFY2(t.reason.contains(QStringLiteral("Premature end of document")), qPrintable(t.reason));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_records")), 0);

    // The good report alone imports afterwards: nothing of the failed attempt blocks it.
    QVERIFY(write(QStringLiteral("good.xml"), good));
    QCOMPARE(importer.importFile(m_dir->filePath(QStringLiteral("good.xml"))).status, ImportStatus::Imported);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT SUM(count) FROM dmarc_records")), 10);
}

void TestReportImport::zipBombIsRefused() {
    const QByteArray zeros(64 * 1024 * 1024, ' ');
    QVERIFY(
        write(QStringLiteral("bomb.xml.gz"), gzip(QByteArray("<?xml version=\"1.0\"?><feedback>") + zeros)));
    ReportImporter importer(m_db);
    const ImportFileResult r = importer.importFile(m_dir->filePath(QStringLiteral("bomb.xml.gz")));
    QCOMPARE(r.status, ImportStatus::Rejected);
    QVERIFY2(r.reason.contains(QStringLiteral("zip bomb")), qPrintable(r.reason));
}

void TestReportImport::folderWithProgress() {
    ReportImporter importer(m_db);
    int calls = 0;
    int lastTotal = 0;
    const auto results = importer.importPaths({dataDir() + QStringLiteral("tls-rpt")},
                                              [&](int done, int total, const ImportFileResult&) {
                                                  ++calls;
                                                  QCOMPARE(done, calls);
                                                  lastTotal = total;
                                              });
    QCOMPARE(results.size(), 5); // four reports and the LICENSE
    QCOMPARE(calls, 5);
    QCOMPARE(lastTotal, 5);
    int refused = 0;
    for (const ImportFileResult& r : results)
        refused += r.status == ImportStatus::Rejected;
    QCOMPARE(refused, 1);
    std::atomic_bool cancel = true;
    QVERIFY(importer.importPaths({dataDir() + QStringLiteral("tls-rpt")}, {}, &cancel).isEmpty());
}

// The per-source, per-day and selector totals are summed while a report is read; they must be what
// ReportSchema's GROUP BY over the stored rows gives (the definition, and what import ran before).
void TestReportImport::totalsEqualTheGroupByOverTheRows() {
    const QByteArray sig1 =
        "<dkim><domain>example.com</domain><selector>s1</selector><result>pass</result></dkim>";
    const QByteArray sig2 =
        "<dkim><domain>Mail.Example.com</domain><selector>s2</selector><result>fail</result>"
        "</dkim><dkim><selector>s3</selector><result>pass</result></dkim>";
    const QByteArray spf = "<spf><domain>example.com</domain><result>pass</result></spf>";
    const qint64 day1 = 1700000000;
    const qint64 day2 = day1 + 86400;
    // Sources repeated within a report and across reports of a day, NULL results (no <dkim> or
    // <spf> in policy_evaluated), every disposition, forwarded mail (DKIM passes, SPF does not).
    const QByteArray mixed =
        record("192.0.2.1", 5, "none", "pass", "pass", sig1 + spf) +
        record("192.0.2.1", 7, "quarantine", "fail", "fail", sig2) +
        record("192.0.2.2", 11, "reject", "fail", "", spf) +
        record("192.0.2.2", 13, "reject", "fail", "fail") +
        record("192.0.2.3", 17, "", "pass", "fail", sig1) + record("192.0.2.4", 19, "quarantine", "", "") +
        record("2001:db8::1", 23, "none", "fail", "fail", sig2) +
        record("2001:db8::1", 29, "pass", "", "pass", spf) + record("192.0.2.5", 0, "none", "fail", "fail");
    const QByteArray second = record("192.0.2.1", 31, "none", "fail", "pass", sig2) +
                              record("192.0.2.9", 37, "reject", "fail", "fail", sig1);
    // Its last row has a word in capitals: the fast reader gives up after passing on the rows
    // before it, the reference parser reads the whole report again; nothing may be counted twice.
    const QByteArray lateFallback = record("192.0.2.1", 41, "none", "pass", "fail", sig1) +
                                    record("192.0.2.6", 43, "quarantine", "fail", "fail", sig2) +
                                    record("192.0.2.7", 47, "reject", "fail", "PASS", spf);
    struct File {
        QString name;
        QByteArray xml;
    };
    const QList<File> files{{QStringLiteral("a.xml"), report("a.example", "a1", day1, mixed)},
                            {QStringLiteral("b.xml"), report("b.example", "b1", day1, second)},
                            {QStringLiteral("c.xml"), report("c.example", "c1", day2, mixed + second)},
                            {QStringLiteral("d.xml"), report("d.example", "d1", day1, lateFallback)}};
    ReportImporter importer(m_db);
    for (const File& f : files) {
        QVERIFY(write(f.name, f.xml));
        const ImportFileResult r = importer.importFile(m_dir->filePath(f.name));
        QVERIFY2(r.status == ImportStatus::Imported, qPrintable(f.name + QStringLiteral(": ") + r.reason));
        if (f.name == u"d.xml")
            QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("'PASS' read as 'pass'")),
                     qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }
    const QStringList tables{QStringLiteral("dmarc_source_days"), QStringLiteral("dmarc_sources"),
                             QStringLiteral("dmarc_days"), QStringLiteral("dmarc_selector_days")};
    QHash<QString, QStringList> imported;
    for (const QString& t : tables)
        imported.insert(t, rows(*m_db, t));
    QCOMPARE(imported.value(QStringLiteral("dmarc_source_days")).size(), 16);
    QCOMPARE(imported.value(QStringLiteral("dmarc_days")).size(), 2);
    // 192.0.2.1: 5 + 7 (a) + 31 (b) + 41 (d) messages on day 1, 5 + 7 + 31 (c) on day 2; SPF passes
    // 5 + 31 twice, DKIM 5 + 41 + 5, DMARC 77 + 36, forwarded 41, quarantined 7 twice.
    QVERIFY2(imported.value(QStringLiteral("dmarc_sources"))
                 .contains(QStringLiteral("example.com|192.0.2.1|127|72|51|113|41|14|0")),
             qPrintable(imported.value(QStringLiteral("dmarc_sources")).join(QLatin1Char('\n'))));

    // The same totals from the stored rows by SQL.
    const QString differs = totalsDifferFromGroupBy(*m_db);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QSqlQuery q(*m_db->connection());

    // Stored in parts (a report of more sources than SourceTotals holds at once): the same sums.
    for (const QString& t : {tables[0], tables[1]})
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM %1").arg(t)), qPrintable(q.lastError().text()));
    QVERIFY(
        q.exec(QStringLiteral("SELECT p.domain, p.begin_ts / 86400, r.source_ip, r.count, r.disposition, "
                              "r.dkim, r.spf FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report "
                              "ORDER BY r.report, r.id")));
    SourceTotals parts(2);
    QString domain;
    qint64 day = -1;
    int stores = 0;
    const auto writer = ReportRowWriter::create(*m_db->connection());
    QVERIFY(writer);
    const auto store = [&] {
        ++stores;
        return parts.store(*writer, domain, day);
    };
    while (q.next()) {
        if (q.value(1).toLongLong() != day && parts.sources() > 0)
            QVERIFY(store().has_value()); // a report of another day
        domain = q.value(0).toString();
        day = q.value(1).toLongLong();
        AggregateRecord r;
        r.sourceIp = q.value(2).toString();
        r.count = q.value(3).toLongLong();
        r.disposition = q.value(4).toString();
        r.dkimAligned = q.value(5).toString();
        r.spfAligned = q.value(6).toString();
        if (parts.add(r))
            QVERIFY(store().has_value());
    }
    QVERIFY(store().has_value());
    QVERIFY2(stores > 8, qPrintable(QString::number(stores)));
    for (const QString& t : {tables[0], tables[1]})
        QCOMPARE(imported.value(t), rows(*m_db, t));
}

// Reports above RecordPipeline::ThreadedFrom are parsed on a worker thread while their rows are
// stored: every row once, in order, the totals what the GROUP BY gives, a duplicate refused before
// any row, and a report the fast reader gives up on at its last record stored once.
void TestReportImport::largeReportsGoThroughThePipeline() {
    const QByteArray sig =
        "<dkim><domain>example.com</domain><selector>s1</selector><result>pass</result></dkim>";
    QByteArray rowsXml;
    const int records = 2000;
    for (int i = 0; i < records; ++i) {
        const QByteArray ip = "198.51.100." + QByteArray::number(i % 250) + "";
        rowsXml += record(ip.constData(), i % 7 + 1, i % 3 ? "none" : "quarantine", i % 2 ? "pass" : "fail",
                          i % 5 ? "pass" : "fail", i % 2 ? sig : QByteArray());
    }
    const QByteArray big = report("big.example", "big1", 1700000000, rowsXml);
    QVERIFY(big.size() > RecordPipeline::ThreadedFrom);
    // The last record's word in capitals: the fast reader gives up after 2,000 rows.
    const QByteArray late = report("late.example", "late1", 1700086400,
                                   rowsXml + record("192.0.2.7", 47, "reject", "fail", "PASS"));
    QVERIFY(write(QStringLiteral("big.xml"), big));
    QVERIFY(write(QStringLiteral("big-again.xml"), big));
    QVERIFY(write(QStringLiteral("late.xml"), late));
    ReportImporter importer(m_db);
    // The sums of 100 sources at a time: the fast reader adds some before it gives up on late.xml,
    // and the savepoint must undo them (and on PostgreSQL the temporary table they went through).
    importer.setSourcesHeld(100);
    // late.xml first: its fast reading is the connection's first to add sums.
    ImportFileResult r = importer.importFile(m_dir->filePath(QStringLiteral("late.xml")));
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.reason));
    QCOMPARE(r.records, qint64(records + 1));
    r = importer.importFile(m_dir->filePath(QStringLiteral("big.xml")));
    QVERIFY2(r.status == ImportStatus::Imported, qPrintable(r.reason));
    QCOMPARE(r.records, qint64(records));
    r = importer.importFile(m_dir->filePath(QStringLiteral("big-again.xml")));
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_records")), qint64(2 * records + 1));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_reports")), qint64(2));
    // Rows in document order: the counts read back in id order are the file's.
    QSqlQuery q(*m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report "
                                  "WHERE p.report_id = 'big1' ORDER BY r.id")));
    int i = 0;
    while (q.next()) {
        QCOMPARE(q.value(0).toLongLong(), qint64(i % 7 + 1));
        ++i;
    }
    QCOMPARE(i, records);
    const QString differs = totalsDifferFromGroupBy(*m_db);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

// Two imports of overlapping report sets into one store at once (issue #19): every report stored
// once, whichever import got it (the unique key decides in the database: an import waiting for the
// other's transaction then finds it stored), nothing lost, and the totals those of the stored rows.
// The reports share their domain, day and sources, so both imports add to the same totals rows,
// in opposite orders of the files.
void TestReportImport::concurrentImportsStoreEachReportOnce() {
    const int reports = 12;
    const int recordsEach = 150;
    QStringList files;
    for (int n = 0; n < reports; ++n) {
        QByteArray rowsXml;
        for (int i = 0; i < recordsEach; ++i) {
            const QByteArray ip = "198.51.100." + QByteArray::number((i * 7 + n) % 200);
            rowsXml += record(ip.constData(), i % 5 + 1, i % 4 ? "none" : "reject", i % 3 ? "pass" : "fail",
                              i % 2 ? "pass" : "fail");
        }
        const QString name = QStringLiteral("c%1.xml").arg(n);
        QVERIFY(write(name, report("c.example", (QByteArray("c") + QByteArray::number(n)).constData(),
                                   1700000000, rowsXml)));
        files << m_dir->filePath(name);
    }
    QStringList reversed(files.crbegin(), files.crend());
    const auto importAll = [this](const QStringList& paths) {
        ReportImporter importer(m_db);
        return importer.importPaths(paths);
    };
    auto first = std::async(std::launch::async, importAll, files);
    auto second = std::async(std::launch::async, importAll, reversed);
    QList<ImportFileResult> results = first.get() + second.get();
    int imported = 0;
    int duplicates = 0;
    for (const ImportFileResult& r : std::as_const(results)) {
        QVERIFY2(r.status != ImportStatus::Rejected, qPrintable(r.path + QStringLiteral(": ") + r.reason));
        imported += r.reports;
        duplicates += r.duplicates;
    }
    QCOMPARE(imported, reports);
    QCOMPARE(duplicates, reports);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_reports")), qint64(reports));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT report_id) FROM dmarc_reports")),
             qint64(reports));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_records")),
             qint64(reports * recordsEach));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM dmarc_source_days")) > 0);
    const QString differs = totalsDifferFromGroupBy(*m_db);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

// Text with quotes, backslashes, tabs, line breaks and non-ASCII letters is stored exactly as the
// parser read it (PostgreSQL's rows go through COPY's text format and SQL literals, each with its
// own escapes), in reports, records, extra signatures and the per-source keys.
void TestReportImport::awkwardTextIsStoredAsRead() {
    const QByteArray awkward = "a&#9;b\\c 'q' \"d\"&#10;next \\N \xC3\xA9t\xC3\xA9";
    const QByteArray auth = "<dkim><domain>x\\y.example</domain><selector>s'1</selector><result>pass</result>"
                            "</dkim><dkim><domain>z.example</domain><selector>t&#9;2</selector>"
                            "<result>fail</result></dkim>";
    QByteArray rec = record("192.0.2.99", 3, "none", "pass", "fail", auth);
    rec.replace("<header_from>example.com</header_from>",
                "<header_from>example.com</header_from><envelope_to>" + awkward + "</envelope_to>");
    rec.replace("</policy_evaluated>",
                "<reason><type>other</type><comment>" + awkward + "</comment></reason></policy_evaluated>");
    const QByteArray xml = report("O'Brien \\ Co", "id'1\\", 1700000000, rec);
    QVERIFY(write(QStringLiteral("awkward.xml"), xml));
    const auto parsed = AggregateReportParser::parse(xml);
    VERIFY_EXPECTED(parsed);
    QCOMPARE(parsed->records.size(), 1);
    const AggregateRecord& r = parsed->records.constFirst();
    QVERIFY2(r.envelopeTo.contains(QLatin1Char('\t')) && r.envelopeTo.contains(QLatin1Char('\n')),
             qPrintable(r.envelopeTo));
    QCOMPARE(r.dkim.size(), 2);
    ReportImporter importer(m_db);
    const ImportFileResult result = importer.importFile(m_dir->filePath(QStringLiteral("awkward.xml")));
    QVERIFY2(result.status == ImportStatus::Imported, qPrintable(result.reason));
    QSqlQuery q(*m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.org_name, p.report_id, r.envelope_to, r.reasons, r.dkim_domain, "
                                  "r.dkim_selector, d.selector FROM dmarc_records r JOIN dmarc_reports p ON "
                                  "p.id = r.report JOIN dmarc_dkim d ON d.record = r.id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), parsed->header.orgName);
    QCOMPARE(q.value(1).toString(), parsed->header.reportId);
    QCOMPARE(q.value(2).toString(), r.envelopeTo);
    QCOMPARE(q.value(3).toString(), r.reasons.join(QStringLiteral("; ")));
    QCOMPARE(q.value(4).toString(), r.dkim.at(0).domain);
    QCOMPARE(q.value(5).toString(), r.dkim.at(0).selector);
    QCOMPARE(q.value(6).toString(), r.dkim.at(1).selector);
    // The same report again is a duplicate, found by its awkward key.
    QCOMPARE(importer.importFile(m_dir->filePath(QStringLiteral("awkward.xml"))).duplicates, 1);
}

MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestReportImport)
#include "tst_reportimport.moc"
