// Batch audits in bounded memory (issue 20): the streaming writers give the same output as the
// in-memory exporters, a 300-domain batch from zone files streams the same content in every
// format, an interrupted batch leaves closed documents naming the domains not audited, and
// --dkim-discovery known keeps a domain's questions down.
#include "TestSupport.h"
#include "audit/AuditRunner.h"
#include "audit/export/AuditCsvExporter.h"
#include "audit/export/AuditCsvStreamWriter.h"
#include "audit/export/AuditJsonExporter.h"
#include "audit/export/AuditJsonStreamWriter.h"
#include "audit/export/AuditJunitExporter.h"
#include "audit/export/AuditJunitStreamWriter.h"
#include "audit/export/AuditSarifExporter.h"
#include "audit/export/AuditSarifStreamWriter.h"
#include "cli/AuditProgressLine.h"
#include "demo/DemoWorld.h"
#include "dns/DnsCache.h"
#include "dns/ZoneResolver.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <csignal>

using TestSupport::runCli;

namespace {
QByteArray streamed(AuditStreamWriter& writer, QBuffer& buffer, const QList<AuditReport>& reports) {
    writer.begin();
    for (const AuditReport& r : reports)
        writer.add(r);
    writer.finish();
    return buffer.data();
}

// <testsuites> of the in-memory exporter carries totals; the streaming one cannot.
QByteArray withoutTotals(QByteArray xml) {
    static const QRegularExpression totals(
        QStringLiteral("(<testsuites name=\"mailsight audit\") tests=\"\\d+\" failures=\"\\d+\""));
    return QString::fromUtf8(xml).replace(totals, QStringLiteral("\\1")).toUtf8();
}

// domain -> (grade, sorted finding codes) of a JSON array of reports.
QMap<QString, QPair<QString, QStringList>> summary(const QJsonArray& reports) {
    QMap<QString, QPair<QString, QStringList>> out;
    for (const auto& v : reports) {
        const QJsonObject o = v.toObject();
        QStringList codes;
        for (const auto& f : o.value(QStringLiteral("findings")).toArray())
            codes << f.toObject().value(QStringLiteral("code")).toString();
        codes.sort();
        out.insert(o.value(QStringLiteral("domain")).toString(),
                   {o.value(QStringLiteral("grade")).toString(), codes});
    }
    return out;
}
} // namespace

class TestAuditBatchStream : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_zoneArgs;
    QString m_domainsFile;
    static constexpr int kDomains = 300;

    QStringList cli(const QStringList& extra) const {
        return QStringList{QStringLiteral("--offline"), QStringLiteral("--no-history")} + m_zoneArgs +
               QStringList{QStringLiteral("audit"), QStringLiteral("--domains-file"), m_domainsFile,
                           QStringLiteral("--fail-on"), QStringLiteral("never")} +
               extra;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // 300 domains from the clean test zone, every third one without DMARC and every fifth
        // one with a soft SPF, so that grades and findings differ between domains.
        QFile tpl(TestSupport::sourceDir() + QStringLiteral("/tests/zones/auditgood.test.zone"));
        QVERIFY(tpl.open(QIODevice::ReadOnly));
        const QString zone = QString::fromUtf8(tpl.readAll());
        QStringList names;
        for (int i = 0; i < kDomains; ++i) {
            const QString name = QStringLiteral("org%1.test").arg(i, 3, 10, QLatin1Char('0'));
            QString text = QString(zone).replace(QStringLiteral("auditgood.test"), name);
            if (i % 3 == 1)
                text.remove(QRegularExpression(QStringLiteral("\\n_dmarc[^\\n]*")));
            if (i % 5 == 2)
                text.replace(QStringLiteral("-all"), QStringLiteral("~all"));
            const QString path = m_dir.filePath(name + QStringLiteral(".zone"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
            m_zoneArgs << QStringLiteral("--zone") << path;
            names << name;
        }
        m_domainsFile = m_dir.filePath(QStringLiteral("domains.txt"));
        QFile list(m_domainsFile);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(names.join(QLatin1Char('\n')).toUtf8() + '\n');
    }

    // The runner hands reports over in the input order, on the calling thread, whatever order
    // they finish in, with a reorder window smaller than the list.
    void runnerStreamsInInputOrder() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        AuditRunOptions options;
        options.checkOptions.net.offline = true;
        options.concurrency = 3;
        options.reorderWindow = 2;
        AuditRunner runner(*zones, options);
        const QStringList domains{QStringLiteral("example.com"),  QStringLiteral("overlimit.test"),
                                  QStringLiteral("weakkey.test"), QStringLiteral("monitor.test"),
                                  QStringLiteral("bad..name"),    QStringLiteral("example.com.")};
        QList<qsizetype> order;
        QStringList names;
        bool sameThread = true;
        runner.run(domains, [&](qsizetype i, AuditReport& r) {
            order << i;
            names << r.domain;
            sameThread = sameThread && QThread::currentThread() == thread();
        });
        QCOMPARE(order, (QList<qsizetype>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(names.at(1), QStringLiteral("overlimit.test"));
        QVERIFY(sameThread);
    }

    // The run's shared cache keeps its bound: the oldest answers go first.
    void cacheKeepsItsBound() {
        DnsCache cache;
        cache.setMaxEntries(3);
        for (int i = 0; i < 5; ++i) {
            DnsAnswer a;
            a.name = QStringLiteral("n%1.example.com").arg(i);
            a.outcome = DnsOutcome::Answer;
            cache.finish({a.name, DnsRecordType::TXT}, a);
        }
        QCOMPARE(cache.size(), 3);
        bool started = false;
        DnsAnswer known;
        QVERIFY(!cache.join(
            {QStringLiteral("n4.example.com"), DnsRecordType::TXT}, [](const DnsAnswer&) {}, &started,
            &known));
        QVERIFY(cache.join(
            {QStringLiteral("n0.example.com"), DnsRecordType::TXT}, [](const DnsAnswer&) {}, &started,
            &known));
        QVERIFY(started); // evicted: asked again
    }

    void progressText() {
        QCOMPARE(AuditProgressLine::text(30, 300, 10.0, 3000),
                 QStringLiteral("30/300 domains, 3.0 domains/s, 300 questions/s, 1:30 left"));
        QCOMPARE(AuditProgressLine::text(0, 300, 0.5, 0), QStringLiteral("0/300 domains"));
    }

    // The same reports, in memory and streamed: the same bytes (JUnit: but the root's totals).
    void writersMatchExporters() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        AuditRunOptions options;
        options.checkOptions.net.offline = true;
        AuditRunner runner(*zones, options);
        const QList<AuditReport> reports =
            runner.run({QStringLiteral("example.com"), QStringLiteral("overlimit.test"),
                        QStringLiteral("weakkey.test"), QStringLiteral("monitor.test")});
        QCOMPARE(reports.size(), 4);
        for (const QList<AuditReport>& set : {reports, QList<AuditReport>{}}) {
            {
                QBuffer b;
                b.open(QIODevice::WriteOnly);
                AuditJsonStreamWriter w(&b, AuditJsonStreamWriter::Mode::Array);
                QCOMPARE(streamed(w, b, set), AuditJsonExporter::write(set));
            }
            {
                QBuffer b;
                b.open(QIODevice::WriteOnly);
                AuditCsvStreamWriter w(&b);
                QCOMPARE(streamed(w, b, set), AuditCsvExporter::write(set));
            }
            {
                QBuffer b;
                b.open(QIODevice::WriteOnly);
                AuditSarifStreamWriter w(&b);
                QCOMPARE(streamed(w, b, set), AuditSarifExporter::write(set));
            }
            {
                QBuffer b;
                b.open(QIODevice::WriteOnly);
                AuditJunitStreamWriter w(&b, Severity::Warning);
                QCOMPARE(streamed(w, b, set),
                         withoutTotals(AuditJunitExporter::write(set, Severity::Warning)));
            }
        }
        // JSON Lines: each line is the array's element.
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        AuditJsonStreamWriter w(&b, AuditJsonStreamWriter::Mode::Lines);
        const QList<QByteArray> lines = streamed(w, b, reports).split('\n');
        QCOMPARE(lines.size(), reports.size() + 1); // the last line ends with its newline
        const QJsonArray array = QJsonDocument::fromJson(AuditJsonExporter::write(reports)).array();
        for (int i = 0; i < reports.size(); ++i)
            QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object(), array.at(i).toObject());
        QVERIFY(array.at(0).toObject().value(QStringLiteral("queries_asked")).toInt() > 0);
    }

    // A 300-domain batch through the CLI, streamed in every format: the same domains, grades and
    // findings as the in-memory exporters write from the JSON's reports.
    void batchOutputsCarryTheSameContent() {
        const auto json = runCli(cli({QStringLiteral("--format"), QStringLiteral("json")}), 180000);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(int(array.size()), kDomains);
        QList<AuditReport> reports;
        for (const auto& v : array) {
            auto r = AuditReport::fromJson(v.toObject());
            QVERIFY(r);
            reports << *r;
        }
        const auto expected = summary(array);
        QCOMPARE(int(expected.size()), kDomains);
        QSet<QString> grades;
        for (const auto& g : expected)
            grades.insert(g.first);
        QVERIFY2(grades.size() >= 2, "the generated domains differ in grade");
        // The in-memory writer from the same reports: the same document.
        QCOMPARE(QJsonDocument::fromJson(AuditJsonExporter::write(reports)).array(), array);
        // The stderr notice for a long list: the estimate and how to ask less.
        QVERIFY2(json.err.contains("DNS questions") && json.err.contains("--dkim-discovery known"),
                 json.err.constData());

        const auto jsonl = runCli(cli({QStringLiteral("--format"), QStringLiteral("jsonl")}), 180000);
        QVERIFY2(jsonl.exitCode == 0, jsonl.err.constData());
        QJsonArray fromLines;
        for (const QByteArray& line : jsonl.out.split('\n'))
            if (!line.isEmpty()) {
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
                QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
                fromLines.append(doc.object());
            }
        QCOMPARE(summary(fromLines), expected);

        const auto csv = runCli(cli({QStringLiteral("--format"), QStringLiteral("csv")}), 180000);
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        // CSV rows hold no timestamps finer than the second: grade and findings rows per domain.
        const QByteArray memoryCsv = AuditCsvExporter::write(reports);
        const auto rowsWithoutTime = [](const QByteArray& text) {
            QStringList rows = QString::fromUtf8(text).split(QStringLiteral("\r\n"));
            for (QString& row : rows)
                row.remove(QRegularExpression(QStringLiteral(",\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z$")));
            return rows;
        };
        QCOMPARE(rowsWithoutTime(csv.out), rowsWithoutTime(memoryCsv));

        const auto sarif = runCli(cli({QStringLiteral("--format"), QStringLiteral("sarif")}), 180000);
        QVERIFY2(sarif.exitCode == 0, sarif.err.constData());
        const QJsonObject streamedSarif = QJsonDocument::fromJson(sarif.out).object();
        QVERIFY(!streamedSarif.isEmpty());
        QCOMPARE(streamedSarif, AuditSarifExporter::toJson(reports));

        const auto junit = runCli(cli({QStringLiteral("--format"), QStringLiteral("junit")}), 180000);
        QVERIFY2(junit.exitCode == 0, junit.err.constData());
        // Suite by suite: name, grade and failing test cases, without the times.
        const auto suites = [](const QByteArray& xml) {
            QXmlStreamReader r(xml);
            QStringList out;
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("testsuite"))
                    out << r.attributes().value(QStringLiteral("name")).toString() +
                               QStringLiteral(" tests=") +
                               r.attributes().value(QStringLiteral("tests")).toString() +
                               QStringLiteral(" failures=") +
                               r.attributes().value(QStringLiteral("failures")).toString();
                else if (r.isStartElement() && r.name() == QLatin1String("property"))
                    out << QStringLiteral("grade ") +
                               r.attributes().value(QStringLiteral("value")).toString();
                else if (r.isStartElement() && r.name() == QLatin1String("failure"))
                    out << QStringLiteral("failure ") +
                               r.attributes().value(QStringLiteral("message")).toString();
            }
            return r.hasError() ? QStringList{r.errorString()} : out;
        };
        const QStringList streamedSuites = suites(junit.out);
        QCOMPARE(int(streamedSuites.filter(QRegularExpression(QStringLiteral(" tests="))).size()), kDomains);
        QCOMPARE(streamedSuites, suites(AuditJunitExporter::write(reports, Severity::Error)));

        // Text: a block per domain as it goes, then the summary line with the questions asked.
        const auto text = runCli(cli({}), 180000);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        qint64 asked = 0;
        for (const AuditReport& r : std::as_const(reports))
            asked += r.queriesAsked;
        QVERIFY(asked > 0);
        QVERIFY2(text.out.contains(QStringLiteral("%1 domains audited; grades ").arg(kDomains).toUtf8()),
                 text.out.right(300).constData());
        // Which questions the shared cache answers depends on timing: the same count within 5 %.
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("; (\\d+) DNS questions asked$"))
                                              .match(QString::fromUtf8(text.out.trimmed()));
        QVERIFY2(m.hasMatch(), text.out.right(300).constData());
        const qint64 summed = m.captured(1).toLongLong();
        QVERIFY2(summed > asked * 95 / 100 && summed < asked * 105 / 100,
                 qPrintable(QStringLiteral("text %1, json %2").arg(summed).arg(asked)));
    }

    // --dkim-discovery known: the named selector only. The DKIM part asks one question a domain
    // instead of ~95; the whole audit without the transport check (MTA-STS, TLS-RPT, TLSA, the MX
    // hosts' addresses) asks at most 10, with it a few more.
    void knownDiscoveryAsksLittle_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("limit");
        // From zone files (no per-server check, no blocklists) a domain asks 12 questions with every
        // check: SPF (TXT and type 99), MX and the host's A and AAAA, DMARC, the named selector,
        // MTA-STS, TLS-RPT, BIMI, the host's PTR and TLSA; at most 6 without the transport check
        // (these zones' SPF names no mx: the MX and its host are the transport check's). One
        // domain of the batch also asks the DMARC tree walk's _dmarc.test, shared by the others.
        QTest::newRow("every check") << QStringList{} << 13;
        QTest::newRow("no transport") << QStringList{QStringLiteral("--no-transport")} << 7;
    }
    void knownDiscoveryAsksLittle() {
        QFETCH(QStringList, extra);
        QFETCH(int, limit);
        const auto all =
            runCli(cli(QStringList{QStringLiteral("--format"), QStringLiteral("jsonl")} + extra), 180000);
        const auto known = runCli(cli(QStringList{QStringLiteral("--format"), QStringLiteral("jsonl"),
                                                  QStringLiteral("--dkim-discovery"), QStringLiteral("known"),
                                                  QStringLiteral("--dkim-selector"), QStringLiteral("s1")} +
                                      extra),
                                  180000);
        QVERIFY2(known.exitCode == 0, known.err.constData());
        const auto perDomain = [](const QByteArray& out) {
            QHash<QString, QJsonObject> by;
            for (const QByteArray& line : out.split('\n'))
                if (!line.isEmpty()) {
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    by.insert(o.value(QStringLiteral("domain")).toString(), o);
                }
            return by;
        };
        const auto a = perDomain(all.out);
        const auto k = perDomain(known.out);
        QCOMPARE(int(k.size()), kDomains);
        int maxKnown = 0;
        for (auto it = k.cbegin(); it != k.cend(); ++it) {
            const int asked = it->value(QStringLiteral("queries_asked")).toInt(-1);
            QVERIFY(asked > 0);
            maxKnown = std::max(maxKnown, asked);
            QVERIFY2(asked <= limit, qPrintable(QStringLiteral("%1: %2 questions").arg(it.key()).arg(asked)));
            QVERIFY(asked + 50 < a.value(it.key()).value(QStringLiteral("queries_asked")).toInt());
            int dkim = 0;
            for (const auto& q : it->value(QStringLiteral("queries")).toArray())
                dkim += q.toObject()
                            .value(QStringLiteral("name"))
                            .toString()
                            .contains(QLatin1String("._domainkey.")) &&
                        q.toObject().value(QStringLiteral("source")).toString() != QLatin1String("cache");
            QCOMPARE(dkim, 1);
            // The named key is found: the grade is that of the full discovery.
            QCOMPARE(it->value(QStringLiteral("grade")), a.value(it.key()).value(QStringLiteral("grade")));
        }
        qInfo("--dkim-discovery known %s: at most %d questions a domain",
              qPrintable(extra.join(QLatin1Char(' '))), maxKnown);
    }

    void budgetOptionsChecked_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("none with a selector")
            << QStringList{QStringLiteral("--dkim-discovery"), QStringLiteral("none"),
                           QStringLiteral("--dkim-selector"), QStringLiteral("s1")};
        QTest::newRow("unknown discovery")
            << QStringList{QStringLiteral("--dkim-discovery"), QStringLiteral("some")};
        QTest::newRow("zero rate") << QStringList{QStringLiteral("--max-qps"), QStringLiteral("0")};
        QTest::newRow("negative rate")
            << QStringList{QStringLiteral("--max-qps-per-server"), QStringLiteral("-3")};
        QTest::newRow("bad selector")
            << QStringList{QStringLiteral("--dkim-selector"), QStringLiteral("a b")};
        QTest::newRow("jsonl elsewhere") << QStringList{};
    }
    void budgetOptionsChecked() {
        QFETCH(QStringList, extra);
        const auto r =
            extra.isEmpty()
                ? runCli({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                          QStringLiteral("spf"), QStringLiteral("example.com")})
                : runCli(cli(extra));
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // SIGINT half way: the run ends promptly with 130 and valid, closed output naming every
    // domain, those not audited as cancelled (AUDIT-CANCELLED).
    void interruptedBatchLeavesValidFiles_data() {
        QTest::addColumn<QString>("format");
        for (const char* f : {"json", "jsonl", "csv", "sarif", "junit"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void interruptedBatchLeavesValidFiles() {
        QFETCH(QString, format);
        // Every question goes to a server that never answers: each domain ends at its time bound.
        TestSupport::SilentUdpServer silent;
        const QString out = m_dir.filePath(QStringLiteral("interrupted.") + format);
        QProcess p;
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"), {QStringLiteral("--resolver"),
                                                        QStringLiteral("127.0.0.1:%1").arg(silent.port()),
                                                        QStringLiteral("--timeout"),
                                                        QStringLiteral("200"),
                                                        QStringLiteral("--retries"),
                                                        QStringLiteral("0"),
                                                        QStringLiteral("--no-history"),
                                                        QStringLiteral("audit"),
                                                        QStringLiteral("--domains-file"),
                                                        m_domainsFile,
                                                        QStringLiteral("--no-ns"),
                                                        QStringLiteral("--no-transport"),
                                                        QStringLiteral("--no-blocklists"),
                                                        QStringLiteral("--concurrency"),
                                                        QStringLiteral("4"),
                                                        QStringLiteral("--domain-timeout"),
                                                        QStringLiteral("300"),
                                                        QStringLiteral("--format"),
                                                        format,
                                                        QStringLiteral("--output"),
                                                        out});
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(20000), "the interrupted batch did not end");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QFile f(out);
        QVERIFY2(f.open(QIODevice::ReadOnly), "no output file");
        const QByteArray data = f.readAll();
        // Domain -> the finding codes (JSON: the cancelled flag as a code) the output names.
        QHash<QString, QSet<QString>> codes;
        const auto fromObject = [&codes](const QJsonObject& o) {
            QSet<QString>& c = codes[o.value(QStringLiteral("domain")).toString()];
            if (o.value(QStringLiteral("cancelled")).toBool())
                c.insert(QStringLiteral("AUDIT-CANCELLED"));
        };
        if (format == QLatin1String("json")) {
            const QJsonDocument doc = QJsonDocument::fromJson(data);
            QVERIFY(doc.isArray());
            for (const auto& v : doc.array())
                fromObject(v.toObject());
        } else if (format == QLatin1String("jsonl")) {
            for (const QByteArray& line : data.split('\n'))
                if (!line.isEmpty()) {
                    const QJsonDocument doc = QJsonDocument::fromJson(line);
                    QVERIFY(doc.isObject());
                    fromObject(doc.object());
                }
        } else if (format == QLatin1String("csv")) {
            QVERIFY(data.startsWith("domain,grade,"));
            // Findings have no newline in their fields here but evidence may: rows start with a name.
            for (const QByteArray& row : data.split('\n')) {
                const QList<QByteArray> cells = row.split(',');
                if (cells.size() > 4 && cells.at(0).endsWith(".test"))
                    codes[QString::fromUtf8(cells.at(0))].insert(QString::fromUtf8(cells.at(3)));
            }
        } else if (format == QLatin1String("sarif")) {
            const QJsonObject doc = QJsonDocument::fromJson(data).object();
            QVERIFY(doc.value(QStringLiteral("version")).toString() == QLatin1String("2.1.0"));
            const QJsonObject run = doc.value(QStringLiteral("runs")).toArray().at(0).toObject();
            QVERIFY(!run.value(QStringLiteral("tool")).toObject().isEmpty());
            for (const auto& v : run.value(QStringLiteral("results")).toArray())
                codes[v.toObject()
                          .value(QStringLiteral("properties"))
                          .toObject()
                          .value(QStringLiteral("domain"))
                          .toString()]
                    .insert(v.toObject().value(QStringLiteral("ruleId")).toString());
        } else {
            QXmlStreamReader r(data);
            QString suite;
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("testsuite")) {
                    suite = r.attributes().value(QStringLiteral("name")).toString();
                    codes[suite];
                }
                if (r.isStartElement() && r.name() == QLatin1String("failure"))
                    codes[suite].insert(r.attributes().value(QStringLiteral("type")).toString());
            }
            QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
            QVERIFY(data.trimmed().endsWith("</testsuites>"));
        }
        int cancelled = 0;
        for (const QSet<QString>& c : std::as_const(codes))
            cancelled += c.contains(QStringLiteral("AUDIT-CANCELLED"));
        const int audited = int(codes.size()) - cancelled;
        QCOMPARE(int(codes.size()), kDomains);
        QVERIFY2(audited > 0 && cancelled > kDomains / 2,
                 qPrintable(QStringLiteral("audited %1, cancelled %2").arg(audited).arg(cancelled)));
    }
};

QTEST_GUILESS_MAIN(TestAuditBatchStream)
#include "tst_auditbatchstream.moc"
