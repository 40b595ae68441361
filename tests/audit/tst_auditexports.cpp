#include "audit/export/AuditCsvExporter.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/AuditJsonExporter.h"
#include "audit/export/AuditJunitExporter.h"
#include "audit/export/AuditSarifExporter.h"
#include "dns/QueryLogEntry.h"
#include "findings/FindingCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QXmlStreamReader>

namespace {
QList<AuditReport> sample() {
    AuditReport a;
    a.domain = QStringLiteral("a.test");
    a.grade = QStringLiteral("D");
    a.startedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    a.finishedAt = a.startedAt.addMSecs(1500);
    Finding f =
        FindingCatalogue::make(u"SPF-LOOKUP-LIMIT", QStringLiteral("12 lookups, \"too many\", really"),
                               {QStringLiteral("a.test: include:x.test")});
    f.area = QStringLiteral("spf");
    f.domain = a.domain;
    Finding w = FindingCatalogue::make(u"DMARC-NO-RUA");
    w.area = QStringLiteral("dmarc");
    w.domain = a.domain;
    a.findings << f << w;
    a.checks.insert(QStringLiteral("spf"), QJsonObject{{QStringLiteral("lookups"), 12}});
    a.checks.insert(QStringLiteral("dmarc"),
                    QJsonObject{{QStringLiteral("record"), QStringLiteral("v=DMARC1; p=none")}});
    a.checks.insert(QStringLiteral("dkim"), QJsonObject{{QStringLiteral("selectors"), QJsonArray{}}});
    a.records << AuditRecord{
        QStringLiteral("a.test"), QStringLiteral("TXT"), 300, QStringLiteral("v=spf1 -all"), true,
        QStringLiteral("zone")};
    a.staged = true;
    a.stagedSources << QStringLiteral("staged/a.test.zone");
    AuditReport b;
    b.domain = QStringLiteral("b.test");
    b.grade = QStringLiteral("A");
    b.startedAt = a.startedAt;
    b.finishedAt = a.finishedAt;
    b.checks.insert(QStringLiteral("spf"), QJsonObject{});
    b.checks.insert(QStringLiteral("dmarc"), QJsonObject{});
    b.checks.insert(QStringLiteral("dkim"), QJsonObject{});
    return {a, b};
}

// RFC 4180 reader, enough to read back what we write.
QList<QStringList> readCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

class TestAuditExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void json() {
        const QJsonDocument doc = QJsonDocument::fromJson(AuditJsonExporter::write(sample()));
        QVERIFY(doc.isArray());
        const QJsonObject a = doc.array().at(0).toObject();
        for (const char* key : {"domain", "grade", "findings", "spf", "dmarc", "dkim", "queries", "records"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QVERIFY(a.value(QStringLiteral("records"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("staged"))
                    .toBool());
        QVERIFY(a.value(QStringLiteral("staged")).toBool());
    }

    // The exporter writes each report on its own (in parallel) and nests it: the bytes must be
    // exactly QJsonDocument's for the whole array, empty objects, arrays, escaped newlines and a
    // query log included.
    void jsonBytesAsQJsonDocument() {
        QList<AuditReport> reports = sample();
        QJsonObject entry{{QStringLiteral("name"), QStringLiteral("a.test")},
                          {QStringLiteral("records"), QJsonArray{}},
                          {QStringLiteral("error"), QStringLiteral("line one\nline two")},
                          {QStringLiteral("flags"), QJsonObject{}}};
        reports[0].queries = QJsonArray{entry, entry};
        for (int i = 0; i < 20; ++i)
            reports << sample().at(i % 2);
        QJsonArray all;
        for (const AuditReport& r : reports)
            all.append(r.toJson());
        QCOMPARE(AuditJsonExporter::write(reports), QJsonDocument(all).toJson(QJsonDocument::Indented));
        QCOMPARE(AuditJsonExporter::write({}), QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));

        // Reports that hold their query log as recorded entries: QueryLogJsonWriter writes it.
        auto rec = [](const QString& name, DnsRecordType type, const QString& data) {
            DnsRecord r;
            r.name = name;
            r.type = type;
            r.ttl = 3600;
            r.rdata = data;
            return r;
        };
        QueryLogEntry txt;
        txt.sequence = 1;
        txt.startedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 7), Qt::UTC);
        txt.answer.name = QStringLiteral("a.test");
        txt.answer.type = DnsRecordType::TXT;
        txt.answer.outcome = DnsOutcome::Answer;
        txt.answer.elapsedMs = 27;
        txt.answer.server = QStringLiteral("127.0.0.1:53");
        DnsRecord t =
            rec(QStringLiteral("a.test"), DnsRecordType::TXT, QStringLiteral("\"v=spf1\" \"-all\""));
        t.strings = {QByteArray("v=spf1 \"quoted\" back\\slash tab\t"),
                     QByteArray("caf\xc3\xa9 \xf0\x9f\x93\xa7 ctl\x01\x1f"), QByteArray()};
        txt.answer.records << t << rec(QStringLiteral("a.test"), DnsRecordType::TXT, QStringLiteral("x"));
        DnsRecord alias = rec(QStringLiteral("www.a.test"), DnsRecordType::CNAME, QStringLiteral("a.test."));
        alias.target = QStringLiteral("a.test");
        txt.answer.cnames << alias;
        txt.answer.authenticated = true;
        txt.answer.staged = true;
        txt.answer.source = DnsSource::ZoneFile;
        txt.answer.origin = DnsSource::ZoneFile;
        QueryLogEntry mx = txt;
        mx.sequence = 2;
        mx.deduplicated = true;
        mx.answer.type = DnsRecordType::MX;
        mx.answer.cnames.clear();
        DnsRecord m = rec(QStringLiteral("a.test"), DnsRecordType::MX, QStringLiteral("10 mx.a.test."));
        m.preference = 10;
        m.target = QStringLiteral("mx.a.test");
        DnsRecord addr = rec(QStringLiteral("mx.a.test"), DnsRecordType::A, QStringLiteral("192.0.2.1"));
        addr.address = QStringLiteral("192.0.2.1");
        mx.answer.records = {m, addr};
        QueryLogEntry failed;
        failed.sequence = 3;
        failed.startedAt = txt.startedAt;
        failed.answer.name = QStringLiteral("b\u00fccher.a.test");
        failed.answer.type = DnsRecordType::AAAA;
        failed.answer.outcome = DnsOutcome::Timeout;
        failed.answer.truncated = true;
        failed.answer.overTcp = true;
        failed.answer.error = QStringLiteral("line\nbreak \"q\" ") + QChar(0xd800) + QStringLiteral(" lone");
        QList<AuditReport> direct = sample();
        direct[0].queryLog = {txt, mx, failed};
        direct[1].queryLog = {failed};
        direct[1].diff = QJsonObject{{QStringLiteral("gradeBefore"), QStringLiteral("B")}};
        direct << sample().at(0); // no log at all: "queries": []
        QJsonArray expected;
        for (const AuditReport& r : direct)
            expected.append(r.toJson());
        QCOMPARE(QString::fromUtf8(AuditJsonExporter::write(direct)),
                 QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Indented)));
        QCOMPARE(direct.at(0).queryCount(), 3);
        QCOMPARE(direct.at(0).failedQueries(), 1);
        QCOMPARE(direct.at(0).queryJson().size(), 3);
        QCOMPARE(AuditJsonExporter::write({reports.at(1)}),
                 QJsonDocument(QJsonArray{reports.at(1).toJson()}).toJson(QJsonDocument::Indented));
    }
    void csv() {
        const QList<QStringList> rows = readCsv(QString::fromUtf8(AuditCsvExporter::write(sample())));
        QCOMPARE(rows.size(), 3); // header + 2 findings
        QCOMPARE(rows.at(0), AuditCsvExporter::columns());
        const int code = int(rows.at(0).indexOf(QStringLiteral("code")));
        QCOMPARE(rows.at(1).at(code), QStringLiteral("SPF-LOOKUP-LIMIT"));
        QCOMPARE(rows.at(2).at(code), QStringLiteral("DMARC-NO-RUA"));
        for (const QStringList& r : rows)
            QCOMPARE(r.size(), AuditCsvExporter::columns().size());
        QVERIFY(rows.at(1).contains(QStringLiteral("12 lookups, \"too many\", really")));
    }
    void sarif() {
        const QJsonObject s = QJsonDocument::fromJson(AuditSarifExporter::write(sample())).object();
        // Required by the SARIF 2.1.0 schema: version, runs; run.tool.driver.name; result.message.
        QCOMPARE(s.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        QVERIFY(s.value(QStringLiteral("$schema")).toString().contains(QLatin1String("sarif-2.1.0")));
        const QJsonObject run = s.value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonObject driver =
            run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("Mailsight"));
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 2);
        for (const auto& r : rules)
            QVERIFY(!r.toObject().value(QStringLiteral("id")).toString().isEmpty());
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const auto& v : results) {
            const QJsonObject r = v.toObject();
            QVERIFY(!r.value(QStringLiteral("message"))
                         .toObject()
                         .value(QStringLiteral("text"))
                         .toString()
                         .isEmpty());
            const int index = r.value(QStringLiteral("ruleIndex")).toInt();
            QCOMPARE(rules.at(index).toObject().value(QStringLiteral("id")).toString(),
                     r.value(QStringLiteral("ruleId")).toString());
            const QString level = r.value(QStringLiteral("level")).toString();
            QVERIFY(level == QLatin1String("error") || level == QLatin1String("warning") ||
                    level == QLatin1String("note"));
            QVERIFY(!r.value(QStringLiteral("locations")).toArray().isEmpty());
        }
        QCOMPARE(results.at(0)
                     .toObject()
                     .value(QStringLiteral("locations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("physicalLocation"))
                     .toObject()
                     .value(QStringLiteral("artifactLocation"))
                     .toObject()
                     .value(QStringLiteral("uri"))
                     .toString(),
                 QStringLiteral("staged/a.test.zone"));
    }
    void junit() {
        QXmlStreamReader xml(AuditJunitExporter::write(sample()));
        int suites = 0, cases = 0, failures = 0;
        QString failedCase, current;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuite"))
                ++suites;
            if (xml.name() == QLatin1String("testcase")) {
                ++cases;
                current = xml.attributes().value(QStringLiteral("classname")).toString() + QLatin1Char('/') +
                          xml.attributes().value(QStringLiteral("name")).toString();
            }
            if (xml.name() == QLatin1String("failure")) {
                ++failures;
                failedCase = current;
                QCOMPARE(xml.attributes().value(QStringLiteral("type")).toString(),
                         QStringLiteral("SPF-LOOKUP-LIMIT"));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 2);
        QCOMPARE(cases, 6); // three checks per domain
        QCOMPARE(failures, 1);
        QCOMPARE(failedCase, QStringLiteral("a.test/spf"));
        // With --fail-on warning the DMARC warning fails too.
        QVERIFY(AuditJunitExporter::write(sample(), Severity::Warning).count("<failure") == 2);
    }
    void html() {
        AuditDocumentOptions options;
        options.organisation = QStringLiteral("Example Org");
        const QString h = AuditHtmlExporter::html(sample(), options);
        for (const char* s :
             {"Example Org", "Executive summary", "Appendix A: raw records", "SPF-LOOKUP-LIMIT",
              "Appendix C: how grades are given", "b.test", "The three most urgent fixes"})
            QVERIFY2(h.contains(QLatin1String(s)), s);
        QCOMPARE(AuditHtmlExporter::mostUrgent(sample()).first().code, QStringLiteral("SPF-LOOKUP-LIMIT"));
    }
    // Reports read back from a spool each carry their own copy of the resolver's description
    // (with zone files: every file's name); the summary keeps it once.
    void summarySharesTheResolver() {
        QList<AuditReport> reports = sample();
        for (AuditReport& r : reports)
            r.resolver = QStringLiteral("zone files: ") + QString(4096, QLatin1Char('z'));
        QVERIFY(reports.at(0).resolver.constData() != reports.at(1).resolver.constData());
        const AuditDocumentSummary summary = AuditDocumentSummary::of(reports, {});
        QCOMPARE(summary.entries.at(1).resolver, reports.at(1).resolver);
        QCOMPARE(summary.entries.at(1).resolver.constData(), summary.entries.at(0).resolver.constData());
    }
    // The most urgent fixes name the first ten domains they concern and count the rest: a batch
    // of thousands of domains keeps its executive summary a summary.
    void urgentFixNamesTenDomains() {
        QList<AuditReport> reports;
        for (int i = 0; i < 25; ++i) {
            AuditReport r = sample().first();
            r.domain = QStringLiteral("d%1.test").arg(i, 2, 10, QLatin1Char('0'));
            reports << r;
        }
        const QString h = AuditHtmlExporter::html(reports);
        QVERIFY(h.contains(
            QStringLiteral("(d00.test, d01.test, d02.test, d03.test, d04.test, d05.test, d06.test, "
                           "d07.test, d08.test, d09.test and 15 more) — SPF-LOOKUP-LIMIT")));
        reports.resize(10);
        QVERIFY(AuditHtmlExporter::html(reports).contains(QStringLiteral("d09.test) — SPF-LOOKUP-LIMIT")));
    }
};

QTEST_GUILESS_MAIN(TestAuditExports)
#include "tst_auditexports.moc"
