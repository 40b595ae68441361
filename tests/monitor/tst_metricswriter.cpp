// MetricsWriter: every metric from an audit's checks, the grade mapping, audits that could not
// run, and what the history adds (DKIM key first seen, DMARC pass ratio, the last audit of each
// domain) through MetricsHistorySource.
#include "demo/DemoReports.h"
#include "findings/FindingCatalogue.h"
#include "history/AuditHistory.h"
#include "monitor/MetricsHistorySource.h"
#include "monitor/MetricsWriter.h"
#include "reports/ReportAnalyzer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

// "name{labels}" -> value, from the exposition text; checks the HELP and TYPE of each family.
QMap<QString, QString> parse(const QByteArray& text, QStringList* families = nullptr) {
    QMap<QString, QString> out;
    QSet<QString> helped, typed;
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("# HELP "))) {
            helped.insert(line.section(QLatin1Char(' '), 2, 2));
            continue;
        }
        if (line.startsWith(QLatin1String("# TYPE "))) {
            typed.insert(line.section(QLatin1Char(' '), 2, 2));
            if (families)
                *families << line.section(QLatin1Char(' '), 2, 2);
            continue;
        }
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        const QString key = line.left(space);
        const QString name = key.section(QLatin1Char('{'), 0, 0);
        if (!helped.contains(name) || !typed.contains(name))
            qWarning("sample without HELP or TYPE before it: %s", qPrintable(line));
        out.insert(key, line.mid(space + 1));
    }
    return out;
}

Finding finding(const char16_t* code, const QString& domain) {
    Finding f = FindingCatalogue::make(code);
    f.domain = domain;
    return f;
}

AuditReport fullReport() {
    AuditReport r;
    r.domain = QStringLiteral("example.com");
    r.startedAt = kNow.addSecs(-10);
    r.finishedAt = kNow.addSecs(-10).addMSecs(2500);
    r.grade = QStringLiteral("B");
    r.findings << finding(u"SPF-OVERLAPPING-RANGES", r.domain) << finding(u"DMARC-UNKNOWN-TAG", r.domain)
               << finding(u"DMARC-UNKNOWN-TAG", r.domain);
    r.checks.insert(QStringLiteral("spf"), QJsonObject{{QStringLiteral("lookups"), 7}});
    r.checks.insert(
        QStringLiteral("dmarc"),
        QJsonObject{{QStringLiteral("policy"),
                     QJsonObject{{QStringLiteral("rfc9989"),
                                  QJsonObject{{QStringLiteral("applied"), QStringLiteral("reject")}}},
                                 {QStringLiteral("rfc7489"),
                                  QJsonObject{{QStringLiteral("applied"), QStringLiteral("quarantine")}}}}}});
    r.checks.insert(
        QStringLiteral("dkim"),
        QJsonObject{{QStringLiteral("selectors"),
                     QJsonArray{QJsonObject{{QStringLiteral("selector"), QStringLiteral("s1")},
                                            {QStringLiteral("found"), true},
                                            {QStringLiteral("keyBits"), 2048},
                                            {QStringLiteral("fingerprint"), QStringLiteral("FP1")}},
                                QJsonObject{{QStringLiteral("selector"), QStringLiteral("ed")},
                                            {QStringLiteral("found"), true},
                                            {QStringLiteral("keyBits"), 256},
                                            {QStringLiteral("fingerprint"), QStringLiteral("FP2")}},
                                QJsonObject{{QStringLiteral("selector"), QStringLiteral("gone")},
                                            {QStringLiteral("found"), false}}}}});
    const auto probe = [](const QDateTime& notAfter) {
        return QJsonObject{{QStringLiteral("outcome"), QStringLiteral("tls")},
                           {QStringLiteral("certificate"),
                            QJsonObject{{QStringLiteral("notAfter"), notAfter.toString(Qt::ISODate)}}}};
    };
    r.checks.insert(
        QStringLiteral("transport"),
        QJsonObject{{QStringLiteral("starttls"),
                     QJsonObject{{QStringLiteral("mx1.example.com"), probe(kNow.addDays(10))},
                                 {QStringLiteral("mx2.example.com"), probe(kNow.addDays(-1))},
                                 {QStringLiteral("mx3.example.com"),
                                  QJsonObject{{QStringLiteral("outcome"), QStringLiteral("timeout")}}}}}});
    return r;
}
} // namespace

class TestMetricsWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMetricOfAnAudit() {
        MetricsInput input;
        input.reports << fullReport();
        input.keyFirstSeen.insert(QStringLiteral("example.com"), {{QStringLiteral("FP1"), kNow.addDays(-200)},
                                                                  {QStringLiteral("FP9"), kNow}});
        input.dmarcPassRatio.insert(QStringLiteral("example.com"), 0.875);
        input.runDurationSeconds = 3.25;
        input.now = kNow;
        QStringList families;
        const QMap<QString, QString> s = parse(MetricsWriter::write(input), &families);
        const QString d = QStringLiteral("domain=\"example.com\"");
        const QMap<QString, QString> expected{
            {QStringLiteral("mailsight_audit_up{%1}").arg(d), QStringLiteral("1")},
            {QStringLiteral("mailsight_audit_staged{%1}").arg(d), QStringLiteral("0")},
            {QStringLiteral("mailsight_audit_grade{%1}").arg(d), QStringLiteral("4")},
            {QStringLiteral("mailsight_findings{%1,severity=\"error\"}").arg(d), QStringLiteral("0")},
            {QStringLiteral("mailsight_findings{%1,severity=\"warning\"}").arg(d), QStringLiteral("2")},
            {QStringLiteral("mailsight_findings{%1,severity=\"info\"}").arg(d), QStringLiteral("1")},
            {QStringLiteral("mailsight_spf_lookups{%1}").arg(d), QStringLiteral("7")},
            {QStringLiteral("mailsight_dmarc_policy{%1,reading=\"rfc9989\"}").arg(d), QStringLiteral("2")},
            {QStringLiteral("mailsight_dmarc_policy{%1,reading=\"rfc7489\"}").arg(d), QStringLiteral("1")},
            {QStringLiteral("mailsight_dkim_key_size_bytes{%1,selector=\"s1\"}").arg(d),
             QStringLiteral("256")},
            {QStringLiteral("mailsight_dkim_key_size_bytes{%1,selector=\"ed\"}").arg(d),
             QStringLiteral("32")},
            {QStringLiteral("mailsight_dkim_key_age_seconds{%1,selector=\"s1\"}").arg(d),
             QStringLiteral("17280000")},
            {QStringLiteral("mailsight_dkim_key_first_seen_timestamp_seconds{%1,selector=\"s1\"}").arg(d),
             QString::number(kNow.addDays(-200).toSecsSinceEpoch())},
            {QStringLiteral("mailsight_certificate_expiry_seconds{%1,host=\"mx1.example.com\"}").arg(d),
             QStringLiteral("864000")},
            {QStringLiteral("mailsight_certificate_expiry_seconds{%1,host=\"mx2.example.com\"}").arg(d),
             QStringLiteral("-86400")},
            {QStringLiteral("mailsight_certificate_not_after_timestamp_seconds{%1,host=\"mx1.example.com\"}")
                 .arg(d),
             QString::number(kNow.addDays(10).toSecsSinceEpoch())},
            {QStringLiteral("mailsight_certificate_not_after_timestamp_seconds{%1,host=\"mx2.example.com\"}")
                 .arg(d),
             QString::number(kNow.addDays(-1).toSecsSinceEpoch())},
            {QStringLiteral("mailsight_dmarc_pass_ratio{%1}").arg(d), QStringLiteral("0.875")},
            {QStringLiteral("mailsight_audit_timestamp_seconds{%1}").arg(d),
             QStringLiteral("%1.5").arg(kNow.toSecsSinceEpoch() - 8)},
            {QStringLiteral("mailsight_audit_duration_seconds{%1}").arg(d), QStringLiteral("2.5")},
            {QStringLiteral("mailsight_audit_run_duration_seconds"), QStringLiteral("3.25")},
        };
        QCOMPARE(s, expected); // nothing more: no key age without first seen, no probe without certificate
        QCOMPARE(families.size(), QSet<QString>(families.cbegin(), families.cend()).size());
        QCOMPARE(families.size(), 15); // every family but mailsight_audit_failure
        QVERIFY(!families.contains(QStringLiteral("mailsight_audit_failure")));
    }

    void gradeMapping_data() {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<int>("value"); // -1: no value
        QTest::newRow("A") << QStringLiteral("A") << 5;
        QTest::newRow("B") << QStringLiteral("B") << 4;
        QTest::newRow("C") << QStringLiteral("C") << 3;
        QTest::newRow("D") << QStringLiteral("D") << 2;
        QTest::newRow("E") << QStringLiteral("E") << 1;
        QTest::newRow("F") << QStringLiteral("F") << 0;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("A+") << QStringLiteral("A+") << -1;
        QTest::newRow("lower case") << QStringLiteral("a") << -1;
        QTest::newRow("G") << QStringLiteral("G") << -1;
    }
    void gradeMapping() {
        QFETCH(QString, letter);
        QFETCH(int, value);
        const auto mapped = MetricsWriter::gradeValue(letter);
        QCOMPARE(mapped.has_value(), value >= 0);
        if (mapped)
            QCOMPARE(*mapped, value);
        MetricsInput input;
        AuditReport r = fullReport();
        r.grade = letter;
        input.reports << r;
        const auto s = parse(MetricsWriter::write(input));
        const QString key = QStringLiteral("mailsight_audit_grade{domain=\"example.com\"}");
        QCOMPARE(s.contains(key), value >= 0);
        if (value >= 0)
            QCOMPARE(s.value(key), QString::number(value));
    }

    void auditThatCouldNotRun_data() {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("reason");
        QTest::newRow("resolver unreachable")
            << QStringLiteral("resolver") << QStringLiteral("dns-unreachable");
        QTest::newRow("timed out") << QStringLiteral("timeout") << QStringLiteral("timeout");
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << QStringLiteral("cancelled");
        QTest::newRow("invalid name") << QStringLiteral("name") << QStringLiteral("invalid-name");
    }
    void auditThatCouldNotRun() {
        QFETCH(QString, how);
        QFETCH(QString, reason);
        AuditReport r = fullReport();
        r.grade = QStringLiteral("F"); // what the grader gives a domain nothing could be checked of
        if (how == QLatin1String("resolver"))
            r.findings.prepend(finding(u"DNS-RESOLVER-FAILURE", r.domain));
        else if (how == QLatin1String("timeout"))
            r.timedOut = true;
        else if (how == QLatin1String("cancelled"))
            r.cancelled = true;
        else
            r.findings.prepend(finding(u"DNS-INVALID-NAME", r.domain));
        QCOMPARE(MetricsWriter::failureReason(r), reason);
        MetricsInput input;
        input.reports << r << fullReport();
        input.reports.last().domain = QStringLiteral("fine.test");
        input.dmarcPassRatio.insert(r.domain, 0.5);
        const auto s = parse(MetricsWriter::write(input));
        QCOMPARE(s.value(QStringLiteral("mailsight_audit_up{domain=\"example.com\"}")), QStringLiteral("0"));
        QCOMPARE(
            s.value(
                QStringLiteral("mailsight_audit_failure{domain=\"example.com\",reason=\"%1\"}").arg(reason)),
            QStringLiteral("1"));
        QVERIFY(s.contains(QStringLiteral("mailsight_audit_timestamp_seconds{domain=\"example.com\"}")));
        QVERIFY(s.contains(QStringLiteral("mailsight_audit_duration_seconds{domain=\"example.com\"}")));
        // No grade F, no findings, nothing else: the outage is not a verdict on the domain.
        for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
            if (!it.key().contains(QLatin1String("\"example.com\"")))
                continue;
            QVERIFY2(it.key().startsWith(QLatin1String("mailsight_audit_up")) ||
                         it.key().startsWith(QLatin1String("mailsight_audit_failure")) ||
                         it.key().startsWith(QLatin1String("mailsight_audit_timestamp_seconds")) ||
                         it.key().startsWith(QLatin1String("mailsight_audit_duration_seconds")),
                     qPrintable(it.key()));
        }
        // The other domain of the run is untouched.
        QCOMPARE(s.value(QStringLiteral("mailsight_audit_up{domain=\"fine.test\"}")), QStringLiteral("1"));
        QCOMPARE(s.value(QStringLiteral("mailsight_audit_grade{domain=\"fine.test\"}")), QStringLiteral("4"));
    }

    void auditThatRanHasNoFailureReason() { QCOMPARE(MetricsWriter::failureReason(fullReport()), QString()); }

    void undeterminedOrUnknownPolicyHasNoValue() {
        AuditReport r = fullReport();
        r.checks.insert(
            QStringLiteral("dmarc"),
            QJsonObject{{QStringLiteral("policy"),
                         QJsonObject{{QStringLiteral("rfc9989"),
                                      QJsonObject{{QStringLiteral("applied"), QStringLiteral("none")},
                                                  {QStringLiteral("undetermined"), true}}},
                                     {QStringLiteral("rfc7489"),
                                      QJsonObject{{QStringLiteral("applied"), QStringLiteral("bogus")}}}}}});
        r.staged = true;
        MetricsInput input;
        input.reports << r;
        const auto s = parse(MetricsWriter::write(input));
        for (const QString& key : s.keys())
            QVERIFY2(!key.startsWith(QLatin1String("mailsight_dmarc_policy")), qPrintable(key));
        QCOMPARE(s.value(QStringLiteral("mailsight_audit_staged{domain=\"example.com\"}")),
                 QStringLiteral("1"));
    }

    void labelValuesAreEscaped() {
        AuditReport r = fullReport();
        r.checks.insert(
            QStringLiteral("dkim"),
            QJsonObject{{QStringLiteral("selectors"),
                         QJsonArray{QJsonObject{{QStringLiteral("selector"), QStringLiteral("a\"b\\c\nd")},
                                                {QStringLiteral("found"), true},
                                                {QStringLiteral("keyBits"), 1024}}}}});
        MetricsInput input;
        input.reports << r;
        QVERIFY(MetricsWriter::write(input).contains(
            "mailsight_dkim_key_size_bytes{domain=\"example.com\",selector=\"a\\\"b\\\\c\\nd\"} 128\n"));
    }

    void passRatioFromImportedReports() {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(db);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(DemoReports::importInto(*db, today));
        for (const QString& domain : DemoReports::domains()) {
            const auto ratio = MetricsHistorySource::dmarcPassRatio(*db, domain, today);
            QVERIFY2(ratio, qPrintable(domain));
            // The same share counted another way: the per-day totals of the last 7 days.
            auto summary = ReportAnalyzer(*db).summarize({domain, today.addDays(-6), today});
            QVERIFY(summary);
            qint64 pass = 0, all = 0;
            for (const DailyVolume& v : std::as_const(summary->daily)) {
                QVERIFY(v.day >= today.addDays(-6) && v.day <= today);
                pass += v.pass;
                all += v.total();
            }
            QVERIFY(all > 0);
            QCOMPARE(*ratio, double(pass) / double(all));
            QVERIFY(*ratio > 0 && *ratio < 1); // the demo has a spoofer and a forwarder
        }
        // No reports about the domain, or none in the window: no ratio (not 0).
        QVERIFY(!MetricsHistorySource::dmarcPassRatio(*db, QStringLiteral("overlimit.test"), today));
        QVERIFY(
            !MetricsHistorySource::dmarcPassRatio(*db, DemoReports::domains().first(), today.addDays(30)));
        // A database without the reports' tables.
        auto empty = HistoryDatabase::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(empty);
        QVERIFY(!MetricsHistorySource::dmarcPassRatio(*empty, QStringLiteral("example.com"), today));
    }

    void lastStoredAuditOfEachDomain() {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(db);
        auto history = AuditHistory::open(*db);
        QVERIFY(history);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        const auto store = [&](const QString& domain, const QDateTime& when, const QString& grade,
                               bool staged) {
            AuditReport r = fullReport();
            r.domain = domain;
            r.startedAt = when;
            r.finishedAt = when.addSecs(2);
            r.grade = grade;
            r.staged = staged;
            QVERIFY((*history)->store(r));
        };
        store(QStringLiteral("example.com"), t0, QStringLiteral("A"), false);
        store(QStringLiteral("example.com"), t0.addDays(1), QStringLiteral("C"), false);
        store(QStringLiteral("example.com"), t0.addDays(2), QStringLiteral("F"), true); // staged: not live
        store(QStringLiteral("other.test"), t0, QStringLiteral("B"), false);
        const auto input = MetricsHistorySource::lastAudits(*db, QDateTime::currentDateTimeUtc().date());
        QVERIFY2(input, input ? "" : qPrintable(input.error()));
        QCOMPARE(input->reports.size(), 2);
        QCOMPARE(input->reports.at(0).domain, QStringLiteral("example.com"));
        QCOMPARE(input->reports.at(0).grade, QStringLiteral("C"));
        QCOMPARE(input->reports.at(1).domain, QStringLiteral("other.test"));
        QVERIFY(!input->runDurationSeconds); // audits of different runs
        // The key was first seen by the first audit, not the last one.
        QCOMPARE(input->keyFirstSeen.value(QStringLiteral("example.com"))
                     .value(QStringLiteral("FP1"))
                     .toSecsSinceEpoch(),
                 t0.toSecsSinceEpoch());
        const auto s = parse(MetricsWriter::write(*input));
        QCOMPARE(s.value(QStringLiteral("mailsight_audit_grade{domain=\"example.com\"}")),
                 QStringLiteral("3"));
        const double age =
            s.value(QStringLiteral("mailsight_dkim_key_age_seconds{domain=\"example.com\",selector=\"s1\"}"))
                .toDouble();
        QVERIFY2(age >= 3 * 86400 - 60 && age <= 3 * 86400 + 60, qPrintable(QString::number(age)));
    }
};

QTEST_GUILESS_MAIN(TestMetricsWriter)
#include "tst_metricswriter.moc"
