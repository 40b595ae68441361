// Moving a history between stores with its DMARC and TLS-RPT reports (issue #19), against a real
// PostgreSQL 15 (tests/pg/pg-fixture.sh):
// - `db migrate` of an SQLite store holding real reports (tests/data samples, a row signed twice,
//   SPF snapshots, reverse names) into a fresh PostgreSQL database: the same reports, records,
//   signatures, policies and failures, and the same summary totals; a second run copies nothing
//   and leaves the totals as they were; a second SQLite store sharing a report brings only its
//   new ones (small pages, so paging and chunking are exercised), and the totals are those of the
//   union; the PostgreSQL store copied back into SQLite equals a store that imported the union,
//   down to the `reports summary` read from it.
// - Old schemas migrate on both backends: a store left at an older version of each component,
//   with rows in it, opens normally, keeps its rows and gains the new tables (the reports' totals
//   filled from the stored rows).
#include "TestStore.h"
#include "TestSupport.h"
#include "audit/AuditReport.h"
#include "history/AuditHistory.h"
#include "history/AuditSchema.h"
#include "history/HistoryCopier.h"
#include "history/HistoryDatabase.h"
#include "history/SeedHistory.h"
#include "history/SeedSchema.h"
#include "monitor/AlertSchema.h"
#include "monitor/AlertStore.h"
#include "reports/ReportAnalyzer.h"
#include "reports/ReportImporter.h"
#include "reports/ReportSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace Qt::StringLiterals;

namespace {
QString errorOf(const auto& e) {
    return e ? QString() : e.error();
}

QString sample(const QString& name) {
    return qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/reports/"_s + name;
}

// The rows a query returns, as text (NULL spelled out), sorted here: the backends' collations differ.
QStringList rows(HistoryDatabase& db, const QString& sql) {
    auto c = db.connection();
    if (!c)
        return {u"error: "_s + c.error()};
    QSqlQuery q(*c);
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text() + u" in "_s + sql};
    QStringList out;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        out << values.join(u'|');
    }
    out.sort();
    return out;
}

qint64 scalar(HistoryDatabase& db, const QString& sql) {
    const QStringList r = rows(db, sql);
    return r.size() == 1 ? r.first().toLongLong() : -1;
}

// Everything of the reports but the ids and the import times (a reference store imports the
// files again): each child row named by its report's (org, report_id).
const QList<std::pair<QString, QString>>& reportViews() {
    static const QList<std::pair<QString, QString>> views{
        {u"dmarc_reports"_s, u"SELECT org, report_id, org_name, email, domain, begin_ts, end_ts, version, "
                             u"policy_json, records, messages, warnings, source FROM dmarc_reports"_s},
        {u"dmarc_records"_s,
         u"SELECT p.org, p.report_id, r.source_ip, r.count, r.disposition, r.dkim, r.spf, r.header_from, "
         u"r.envelope_from, r.envelope_to, r.spf_domain, r.spf_scope, r.spf_result, r.dkim_domain, "
         u"r.dkim_selector, r.dkim_result, r.dkim_more, r.reasons FROM dmarc_records r JOIN dmarc_reports p "
         u"ON p.id = r.report"_s},
        {u"dmarc_dkim"_s,
         u"SELECT p.org, p.report_id, r.source_ip, r.count, r.dkim_selector, d.seq, d.domain, "
         u"d.selector, d.result FROM dmarc_dkim d JOIN dmarc_records r ON r.id = d.record "
         u"JOIN dmarc_reports p ON p.id = r.report"_s},
        {u"tlsrpt_reports"_s,
         u"SELECT org, report_id, contact, begin_ts, end_ts, warnings, source FROM tlsrpt_reports"_s},
        {u"tlsrpt_policies"_s,
         u"SELECT p.org, p.report_id, t.domain, t.policy_type, t.policy_string, t.mx_hosts, "
         u"t.successful, t.failed FROM tlsrpt_policies t JOIN tlsrpt_reports p ON p.id = "
         u"t.report"_s},
        {u"tlsrpt_failures"_s, u"SELECT p.org, p.report_id, t.domain, f.result_type, f.sending_mta_ip, "
                               u"f.receiving_mx, f.receiving_ip, "
                               u"f.failed, f.reason_code, f.additional_information FROM tlsrpt_failures f "
                               u"JOIN tlsrpt_policies t ON "
                               u"t.id = f.policy JOIN tlsrpt_reports p ON p.id = t.report"_s},
        {u"spf_snapshots"_s, u"SELECT domain, taken_at, json FROM spf_snapshots"_s},
        {u"reverse_names"_s, u"SELECT ip, name, outcome, looked_up_at FROM reverse_names"_s},
    };
    return views;
}

// The summary totals: what `reports summary` reads.
const QStringList& totalTables() {
    static const QStringList tables{u"dmarc_source_days"_s, u"dmarc_sources"_s, u"dmarc_days"_s,
                                    u"dmarc_selector_days"_s};
    return tables;
}

// A report whose second row carries two DKIM signatures (the second goes to dmarc_dkim).
QByteArray twiceSigned(const QString& org, const QString& id, qint64 begin) {
    return QStringLiteral(
               "<?xml version=\"1.0\"?>\n<feedback><report_metadata><org_name>%1</org_name>"
               "<email>dmarc@%1</email><report_id>%2</report_id><date_range><begin>%3</begin>"
               "<end>%4</end></date_range></report_metadata><policy_published><domain>example.com</domain>"
               "<p>quarantine</p></policy_published>\n"
               "<record><row><source_ip>192.0.2.1</source_ip><count>5</count><policy_evaluated>"
               "<disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>"
               "<identifiers><header_from>example.com</header_from></identifiers><auth_results>"
               "<dkim><domain>example.com</domain><selector>s1</selector><result>pass</result></dkim>"
               "<spf><domain>example.com</domain><result>pass</result></spf></auth_results></record>\n"
               "<record><row><source_ip>198.51.100.7</source_ip><count>3</count><policy_evaluated>"
               "<disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></"
               "row>"
               "<identifiers><header_from>example.com</header_from></identifiers><auth_results>"
               "<dkim><domain>example.com</domain><selector>s1</selector><result>fail</result></dkim>"
               "<dkim><domain>esp.example</domain><selector>esp2</selector><result>pass</result></dkim>"
               "<spf><domain>bounce.esp.example</domain><result>fail</result></spf></auth_results></record>\n"
               "</feedback>\n")
        .arg(org, id)
        .arg(begin)
        .arg(begin + 86399)
        .toUtf8();
}
} // namespace

class TestStoreMigration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    QString freshSqlite() { return u"sqlite:"_s + m_dir.filePath(u"s%1.sqlite"_s.arg(++m_stores)); }

    QString freshStore(const QString& backend) {
        return backend == "sqlite"_L1 ? freshSqlite() : TestStore::freshPostgres();
    }

    QString writeFile(const QString& name, const QByteArray& data) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return f.fileName();
    }

    // An SQLite store holding the files' reports (each file imported or a duplicate).
    static bool importInto(const QString& store, const QStringList& files) {
        auto db = HistoryDatabase::open(store);
        if (!db)
            return false;
        ReportImporter importer(*db);
        if (!importer.prepare())
            return false;
        for (const QString& file : files) {
            const ImportFileResult r = importer.importFile(file);
            if (r.status == ImportStatus::Rejected) {
                qWarning() << file << r.reason;
                return false;
            }
        }
        return true;
    }

    // The SPF snapshots and reverse names an audit and the Reports tab leave (no importer for them).
    static bool addLookups(const QString& store, qint64 lookedUpAt, bool snapshots = true) {
        auto db = HistoryDatabase::open(store);
        if (!db)
            return false;
        QSqlQuery q(*(*db)->connection());
        return (!snapshots ||
                q.exec(
                    u"INSERT INTO spf_snapshots (domain, taken_at, json) VALUES ('example.com', 1700000000, "
                    u"'{\"record\":\"v=spf1 -all\"}'), ('example.com', 1700086400, '{\"record\":\"v=spf1 "
                    u"ip4:192.0.2.0/24 -all\"}')"_s)) &&
               q.exec(u"INSERT INTO reverse_names (ip, name, outcome, looked_up_at) VALUES ('192.0.2.1', "
                      u"'mail%1.example.com', 'ok', %1), ('198.51.100.7', NULL, 'nxdomain', %1) ON CONFLICT "
                      u"(ip) "
                      u"DO UPDATE SET name = excluded.name, looked_up_at = excluded.looked_up_at"_s.arg(
                          lookedUpAt));
    }

    // The stores hold the same reports, lookups and totals.
    static void compareStores(HistoryDatabase& a, HistoryDatabase& b) {
        for (const auto& [table, sql] : reportViews()) {
            const QStringList left = rows(a, sql);
            QVERIFY2(!left.isEmpty(), qPrintable(table));
            QCOMPARE(rows(b, sql), left);
        }
        for (const QString& table : totalTables()) {
            const QStringList left = rows(a, u"SELECT * FROM "_s + table);
            QVERIFY2(!left.isEmpty(), qPrintable(table));
            QCOMPARE(rows(b, u"SELECT * FROM "_s + table), left);
        }
    }

    static QJsonObject migrate(const QString& from, const QString& to, QByteArray* err = nullptr) {
        const auto r = TestSupport::runCli(
            {u"--format"_s, u"json"_s, u"db"_s, u"migrate"_s, u"--from"_s, from, u"--to"_s, to}, 300000);
        if (err)
            *err = r.err;
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }

    // A store left at one version behind the last of each component (none for those with a single
    // version), with rows as the old versions wrote them: an audit with a finding, a DMARC report
    // with a row signed twice and a rejected row.
    static void fillOldStore(const QString& store) {
        auto db = HistoryDatabase::open(store);
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        for (const auto& [component, migrations] :
             {std::pair{AuditSchema::component(), AuditSchema::migrations()},
              std::pair{SeedSchema::component(), SeedSchema::migrations()},
              std::pair{AlertSchema::component(), AlertSchema::migrations()},
              std::pair{ReportSchema::component(), ReportSchema::migrations()}}) {
            QVERIFY(migrations.size() >= 1);
            const auto done = (*db)->migrate(component, migrations.mid(0, migrations.size() - 1));
            QVERIFY2(done.has_value(), qPrintable(errorOf(done)));
            QCOMPARE((*db)->schemaVersion(component), int(migrations.size()) - 1);
        }
        QCOMPARE((*db)->schemaVersion(AuditSchema::component()), 1);
        QCOMPARE((*db)->schemaVersion(ReportSchema::component()), 1);
        // Rows as the old versions wrote them.
        AuditReport old;
        old.domain = u"example.com"_s;
        old.startedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
        old.finishedAt = old.startedAt.addSecs(3);
        old.grade = u"C"_s;
        QSqlQuery q(*(*db)->connection());
        q.prepare(u"INSERT INTO audits (domain, started_at, finished_at, grade, errors, warnings, infos, "
                  u"staged, resolver, report) VALUES (?, ?, ?, 'C', 1, 0, 0, 0, 'test', ?)"_s);
        q.addBindValue(old.domain);
        q.addBindValue(old.startedAt.toString(Qt::ISODateWithMs));
        q.addBindValue(old.finishedAt.toString(Qt::ISODateWithMs));
        q.addBindValue(QString::fromUtf8(QJsonDocument(old.toJson()).toJson(QJsonDocument::Compact)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO audit_findings (audit_id, code, severity, area, title) SELECT id, "
                       u"'SPF-SOFTFAIL', 'warning', 'spf', 'old' FROM audits"_s));
        for (const QString& sql : {
                 u"INSERT INTO dmarc_reports (org, report_id, domain, begin_ts, end_ts, policy_json, "
                 u"records, "
                 u"messages, imported_at) VALUES ('old.example', 'o1', 'example.com', 1700000000, "
                 u"1700086399, '{}', 2, 9, 1700100000)"_s,
                 u"INSERT INTO dmarc_records (report, source_ip, count, disposition, dkim, spf, "
                 u"dkim_domain, "
                 u"dkim_selector, dkim_result, dkim_more) SELECT id, '192.0.2.1', 7, 'none', 'pass', "
                 u"'fail', "
                 u"'example.com', 's1', 'pass', 1 FROM dmarc_reports"_s,
                 u"INSERT INTO dmarc_records (report, source_ip, count, disposition, dkim, spf, "
                 u"dkim_more) "
                 u"SELECT id, '203.0.113.9', 2, 'reject', 'fail', 'fail', 0 FROM dmarc_reports"_s,
                 u"INSERT INTO dmarc_dkim (record, seq, domain, selector, result) SELECT id, 1, "
                 u"'esp.example', 'esp', 'fail' FROM dmarc_records WHERE dkim_more = 1"_s,
             })
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u" in "_s + sql));
    }

    // The old rows and the totals of reports schema 2 in a store brought to the last versions.
    static void checkOldRows(HistoryDatabase& db) {
        auto history = AuditHistory::open(db.shared_from_this());
        QVERIFY2(history.has_value(), qPrintable(errorOf(history)));
        const auto list = (*history)->list(u"example.com"_s);
        QVERIFY2(list.has_value(), qPrintable(errorOf(list)));
        QCOMPARE(list->size(), 1);
        const auto loaded = (*history)->load(list->first().id);
        QVERIFY2(loaded.has_value(), qPrintable(errorOf(loaded)));
        QCOMPARE(loaded->grade, u"C"_s);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_findings"_s), qint64(1));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM dmarc_records"_s), qint64(2));
        const qint64 day = 1700000000 / 86400;
        QCOMPARE(rows(db, u"SELECT domain, source_ip, count, spf_pass, dkim_pass, dmarc_pass, forwarded, "
                          u"quarantined, rejected FROM dmarc_sources"_s),
                 (QStringList{u"example.com|192.0.2.1|7|0|7|7|7|0|0"_s,
                              u"example.com|203.0.113.9|2|0|0|0|0|0|2"_s}));
        QCOMPARE(rows(db, u"SELECT * FROM dmarc_days"_s), QStringList{u"example.com|%1|7|0|0|2"_s.arg(day)});
        QCOMPARE(rows(db, u"SELECT * FROM dmarc_selector_days"_s),
                 (QStringList{u"example.com|%1|esp.example|esp|7|0"_s.arg(day),
                              u"example.com|%1|example.com|s1|7|7"_s.arg(day)}));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM dmarc_source_days"_s), qint64(2));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // In CTest the fixture is there; a missing one fails here rather than skipping.
        QVERIFY2(!TestStore::fixtureUrl().isEmpty(),
                 "no URL from the PostgreSQL fixture (MAILSIGHT_PG_URL_FILE)");
    }

    void reportsIntoPostgres() {
        const QString agg = u"dmarc-reports/parsedmarc/aggregate/"_s;
        const QString shared =
            writeFile(u"shared.xml"_s, twiceSigned(u"esp.example"_s, u"r-shared"_s, 1700000000));
        const QString onlyB = writeFile(u"onlyb.xml"_s, twiceSigned(u"esp.example"_s, u"r-b"_s, 1700086400));
        const QStringList filesA{
            sample(agg + u"!large-example.com!1711897200!1711983600.xml"_s),
            sample(agg + u"rfc9990-example.net!example.com!1700000000!1700086399.xml"_s),
            sample(agg + u"example.net!example.com!1529366400!1529452799.xml"_s),
            sample(agg + u"fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz"_s),
            sample(agg +
                   u"Report domain- borschow.com Submitter- google.com Report-ID- 949348866075514174.eml"_s),
            sample(u"tls-rpt/rfc8460.json"_s),
            sample(u"tls-rpt/smtp_tls.json"_s),
            sample(u"tls-rpt/google.com_smtp_tls_report.eml"_s),
            shared,
        };
        const QStringList filesB{
            shared, onlyB, sample(u"tls-rpt/mail.ru.json"_s),
            sample(agg + u"protection.outlook.com!example.com!1711756800!1711843200.xml"_s)};
        const QString a = freshSqlite();
        const QString b = freshSqlite();
        QVERIFY(importInto(a, filesA));
        QVERIFY(addLookups(a, 1000));
        QVERIFY(importInto(b, filesB));
        QVERIFY(addLookups(b, 2000)); // newer lookups: they win
        auto source = HistoryDatabase::open(a);
        QVERIFY(source.has_value());
        QVERIFY(scalar(**source, u"SELECT COUNT(*) FROM dmarc_records"_s) > 2286);
        QCOMPARE(scalar(**source, u"SELECT COUNT(*) FROM dmarc_dkim"_s), qint64(1));
        QVERIFY(scalar(**source, u"SELECT COUNT(*) FROM tlsrpt_failures"_s) > 0);

        // A into a fresh PostgreSQL database through the CLI: everything there, totals equal.
        const QString target = TestStore::freshPostgres();
        QByteArray err;
        const QJsonObject first = migrate(a, target, &err);
        QVERIFY2(!first.isEmpty(), err.constData());
        QCOMPARE(first.value(u"dmarcReports"_s).toInteger(), qint64(6));
        QCOMPARE(first.value(u"dmarcReportsPresent"_s).toInteger(), qint64(0));
        QCOMPARE(first.value(u"dmarcRecords"_s).toInteger(),
                 scalar(**source, u"SELECT COUNT(*) FROM dmarc_records"_s));
        QCOMPARE(first.value(u"dmarcDkim"_s).toInteger(), qint64(1));
        QCOMPARE(first.value(u"tlsrptReports"_s).toInteger(),
                 scalar(**source, u"SELECT COUNT(*) FROM tlsrpt_reports"_s));
        QCOMPARE(first.value(u"tlsrptFailures"_s).toInteger(),
                 scalar(**source, u"SELECT COUNT(*) FROM tlsrpt_failures"_s));
        QCOMPARE(first.value(u"spfSnapshots"_s).toInteger(), qint64(2));
        QCOMPARE(first.value(u"reverseNames"_s).toInteger(), qint64(2));
        QCOMPARE(first.value(u"reportsSkipped"_s).toBool(), false);
        auto pg = HistoryDatabase::open(target);
        QVERIFY2(pg.has_value(), qPrintable(errorOf(pg)));
        QVERIFY((*pg)->isPostgres());
        compareStores(**source, **pg);
        if (QTest::currentTestFailed())
            return;
        const QString importTimes = u"SELECT org, report_id, imported_at FROM dmarc_reports UNION ALL SELECT "
                                    u"org, report_id, imported_at FROM tlsrpt_reports"_s;
        QCOMPARE(rows(**pg, importTimes), rows(**source, importTimes));

        // Again: nothing copied, nothing counted twice.
        const QJsonObject second = migrate(a, target, &err);
        QVERIFY2(!second.isEmpty(), err.constData());
        QCOMPARE(second.value(u"dmarcReports"_s).toInteger(), qint64(0));
        QCOMPARE(second.value(u"dmarcReportsPresent"_s).toInteger(), qint64(6));
        QCOMPARE(second.value(u"dmarcRecords"_s).toInteger(), qint64(0));
        QCOMPARE(second.value(u"tlsrptReports"_s).toInteger(), qint64(0));
        QCOMPARE(second.value(u"spfSnapshots"_s).toInteger(), qint64(0));
        QCOMPARE(second.value(u"spfSnapshotsPresent"_s).toInteger(), qint64(2));
        QCOMPARE(second.value(u"reverseNames"_s).toInteger(), qint64(0));
        QCOMPARE(second.value(u"reverseNamesPresent"_s).toInteger(), qint64(2));
        compareStores(**source, **pg);
        if (QTest::currentTestFailed())
            return;

        // B shares a report with A: in process, with pages of 2 reports and 3 records, so that the
        // transactions, the record pages and the DKIM remapping cross page boundaries.
        {
            auto fromB = HistoryDatabase::open(b);
            QVERIFY(fromB.has_value());
            HistoryCopier copier(*fromB, *pg);
            copier.setReportPageSizes(2, 3);
            const auto counts = copier.copy();
            QVERIFY2(counts.has_value(), qPrintable(errorOf(counts)));
            QCOMPARE(counts->reports.dmarcReports, qint64(2)); // onlyB and outlook
            QCOMPARE(counts->reports.dmarcReportsPresent, qint64(1));
            QCOMPARE(counts->reports.dmarcDkim, qint64(1));
            QCOMPARE(counts->reports.tlsrptReports, qint64(1));
            QCOMPARE(counts->reports.reverseNames, qint64(2)); // newer
        }
        // The reference: one SQLite store that imported the union.
        const QString union_ = freshSqlite();
        QVERIFY(importInto(union_, filesA + filesB));
        QVERIFY(addLookups(union_, 1000));
        QVERIFY(addLookups(union_, 2000, false));
        auto reference = HistoryDatabase::open(union_);
        QVERIFY(reference.has_value());
        QCOMPARE(scalar(**pg, u"SELECT COUNT(*) FROM dmarc_reports WHERE report_id = 'r-shared'"_s),
                 qint64(1));
        compareStores(**reference, **pg);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rows(**pg, u"SELECT name FROM reverse_names WHERE ip = '192.0.2.1'"_s),
                 QStringList{u"mail2000.example.com"_s});

        // And back: PostgreSQL into a new SQLite file is the same store again.
        const QString back = freshSqlite();
        const QJsonObject returned = migrate(target, back, &err);
        QVERIFY2(!returned.isEmpty(), err.constData());
        QCOMPARE(returned.value(u"dmarcReports"_s).toInteger(), qint64(8));
        auto copy = HistoryDatabase::open(back);
        QVERIFY(copy.has_value());
        compareStores(**reference, **copy);
        if (QTest::currentTestFailed())
            return;
        // What `reports summary` shows (read from SQLite) is the same for the union and the copy.
        for (const QString& domain : {u"example.com"_s, u"borschow.com"_s}) {
            const auto expected = ReportAnalyzer(*reference).summarize({domain, {}, {}});
            const auto actual = ReportAnalyzer(*copy).summarize({domain, {}, {}});
            QVERIFY2(expected.has_value() && actual.has_value(),
                     qPrintable(errorOf(expected) + errorOf(actual)));
            QVERIFY(expected->messages > 0);
            QCOMPARE(QJsonDocument(actual->toJson()).toJson(), QJsonDocument(expected->toJson()).toJson());
        }
    }

    // --skip-reports copies the rest and leaves the reports (the destination gets none).
    void skipReports() {
        const QString source = freshSqlite();
        QVERIFY(importInto(source, {sample(u"tls-rpt/rfc8460.json"_s)}));
        const QString target = TestStore::freshPostgres();
        const auto r = TestSupport::runCli(
            {u"db"_s, u"migrate"_s, u"--from"_s, source, u"--to"_s, target, u"--skip-reports"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("reports: not copied"), r.out.constData());
        auto pg = HistoryDatabase::open(target);
        QVERIFY(pg.has_value());
        QCOMPARE((*pg)->schemaVersion(ReportSchema::component()), 0);
    }

    void oldSchemasMigrate_data() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    // Each component one version behind its last (none for those with a single version), rows in
    // the old tables; opened normally, the rows are there and so are the new tables.
    void oldSchemasMigrate() {
        QFETCH(QString, backend);
        const QString store = freshStore(backend);
        fillOldStore(store);
        if (QTest::currentTestFailed())
            return;
        auto db = HistoryDatabase::open(store);
        QVERIFY(db.has_value());
        // Opened as every command opens it: each component to its last version.
        auto history = AuditHistory::open(*db);
        QVERIFY2(history.has_value(), qPrintable(errorOf(history)));
        QVERIFY(SeedHistory::open(*db).has_value());
        QVERIFY(AlertStore::open(*db).has_value());
        ReportImporter importer(*db);
        const auto prepared = importer.prepare();
        if (backend == "postgresql"_L1 && !prepared) {
            // Until the importer writes into PostgreSQL, its schema is applied directly.
            const auto migrated = (*db)->migrate(ReportSchema::component(), ReportSchema::migrations());
            QVERIFY2(migrated.has_value(), qPrintable(errorOf(migrated)));
        } else {
            QVERIFY2(prepared.has_value(), qPrintable(errorOf(prepared)));
        }
        QCOMPARE((*db)->schemaVersion(AuditSchema::component()), int(AuditSchema::migrations().size()));
        QCOMPARE((*db)->schemaVersion(SeedSchema::component()), int(SeedSchema::migrations().size()));
        QCOMPARE((*db)->schemaVersion(AlertSchema::component()), int(AlertSchema::migrations().size()));
        QCOMPARE((*db)->schemaVersion(ReportSchema::component()), int(ReportSchema::migrations().size()));
        // The old audit is there, with its finding; the new table of version 2 works.
        const auto list = (*history)->list(u"example.com"_s);
        QVERIFY2(list.has_value(), qPrintable(errorOf(list)));
        QCOMPARE(list->size(), 1);
        const auto loaded = (*history)->load(list->first().id);
        QVERIFY2(loaded.has_value(), qPrintable(errorOf(loaded)));
        QCOMPARE(loaded->grade, u"C"_s);
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM audit_findings"_s), qint64(1));
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM audit_keys"_s), qint64(0));
        // The new tables of the components that were absent.
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM seed_runs"_s), qint64(0));
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM alert_baseline"_s), qint64(0));
        // Reports: the rows kept, the totals of version 2 filled from them.
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM dmarc_records"_s), qint64(2));
        const qint64 day = 1700000000 / 86400;
        QCOMPARE(rows(**db, u"SELECT domain, source_ip, count, spf_pass, dkim_pass, dmarc_pass, forwarded, "
                            u"quarantined, rejected FROM dmarc_sources"_s),
                 (QStringList{u"example.com|192.0.2.1|7|0|7|7|7|0|0"_s,
                              u"example.com|203.0.113.9|2|0|0|0|0|0|2"_s}));
        QCOMPARE(rows(**db, u"SELECT * FROM dmarc_days"_s),
                 QStringList{u"example.com|%1|7|0|0|2"_s.arg(day)});
        QCOMPARE(rows(**db, u"SELECT * FROM dmarc_selector_days"_s),
                 (QStringList{u"example.com|%1|esp.example|esp|7|0"_s.arg(day),
                              u"example.com|%1|example.com|s1|7|7"_s.arg(day)}));
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM dmarc_source_days"_s), qint64(2));
    }

    // An old SQLite file (every component one version behind, rows in it) moved into a fresh
    // PostgreSQL database: brought to the last versions first, then copied whole.
    void oldSqliteFileIntoPostgres() {
        const QString source = freshSqlite();
        fillOldStore(source);
        if (QTest::currentTestFailed())
            return;
        const QString target = TestStore::freshPostgres();
        QByteArray err;
        const QJsonObject counts = migrate(source, target, &err);
        QVERIFY2(!counts.isEmpty(), err.constData());
        QCOMPARE(counts.value(u"audits"_s).toInteger(), qint64(1));
        QCOMPARE(counts.value(u"dmarcReports"_s).toInteger(), qint64(1));
        QCOMPARE(counts.value(u"dmarcDkim"_s).toInteger(), qint64(1));
        auto old = HistoryDatabase::open(source);
        QVERIFY(old.has_value());
        QCOMPARE((*old)->schemaVersion(ReportSchema::component()), int(ReportSchema::migrations().size()));
        checkOldRows(**old);
        if (QTest::currentTestFailed())
            return;
        auto pg = HistoryDatabase::open(target);
        QVERIFY2(pg.has_value(), qPrintable(errorOf(pg)));
        checkOldRows(**pg);
    }

    // Two copies of one store into one PostgreSQL database at once (two CI jobs): the database
    // decides which one writes a report, so none is there twice and the totals count each once.
    void concurrentCopies() {
        const QString source = freshSqlite();
        QVERIFY(importInto(source, {sample(u"dmarc-reports/parsedmarc/aggregate/"
                                           u"!large-example.com!1711897200!1711983600.xml"_s),
                                    writeFile(u"c1.xml"_s, twiceSigned(u"c.example"_s, u"c1"_s, 1700000000)),
                                    writeFile(u"c2.xml"_s, twiceSigned(u"c.example"_s, u"c2"_s, 1700086400)),
                                    writeFile(u"c3.xml"_s, twiceSigned(u"c.example"_s, u"c3"_s, 1700172800)),
                                    sample(u"tls-rpt/rfc8460.json"_s), sample(u"tls-rpt/smtp_tls.json"_s),
                                    sample(u"tls-rpt/google.com_smtp_tls_report.eml"_s)}));
        QVERIFY(addLookups(source, 1000));
        const QString target = TestStore::freshPostgres();
        auto copy = [&] {
            auto from = HistoryDatabase::open(source);
            auto to = HistoryDatabase::open(target);
            if (!from || !to)
                return !from ? from.error() : to.error();
            HistoryCopier copier(*from, *to);
            copier.setReportPageSizes(1, 500);
            const auto counts = copier.copy();
            return counts ? QString() : counts.error();
        };
        auto first = std::async(std::launch::async, copy);
        auto second = std::async(std::launch::async, copy);
        const QString e1 = first.get();
        const QString e2 = second.get();
        QVERIFY2(e1.isEmpty() && e2.isEmpty(), qPrintable(e1 + u" / "_s + e2));
        auto from = HistoryDatabase::open(source);
        auto pg = HistoryDatabase::open(target);
        QVERIFY(from.has_value() && pg.has_value());
        QCOMPARE(scalar(**pg, u"SELECT COUNT(*) FROM dmarc_reports"_s), qint64(4));
        compareStores(**from, **pg);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
