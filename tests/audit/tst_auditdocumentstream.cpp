// Batch audits in bounded memory (issue 20), the HTML and PDF documents: written from a spool of
// the reports on disk a domain at a time, they carry what the document made from every report in
// memory carries (the same bytes for the HTML), and the spool file is gone after the run, also
// after Ctrl-C.
#include "TestSupport.h"
#include "audit/AuditRunner.h"
#include "audit/export/AuditDocumentSpool.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/SenderSections.h"
#include "demo/DemoReports.h"
#include "demo/DemoWorld.h"
#include "dns/ZoneResolver.h"
#include "history/AuditDiff.h"
#include "history/HistoryDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using TestSupport::runCli;

namespace {
// The spool files left in a directory.
QStringList spools(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("mailsight-spool-*")}, QDir::Files);
}

// domain -> grade of the executive summary's table of an HTML document.
QMap<QString, QString> summaryGrades(const QString& html) {
    static const QRegularExpression row(
        QStringLiteral("<tr><td>([a-z0-9.-]+)</td><td align=\"center\"><span [^>]*>([A-F])</span>"));
    QMap<QString, QString> out;
    for (auto it = row.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2));
    }
    return out;
}
} // namespace

class TestAuditDocumentStream : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_zoneArgs;
    QStringList m_domains;
    QString m_domainsFile;
    static constexpr int kDomains = 20;

    QStringList cli(const QStringList& extra) const {
        return QStringList{QStringLiteral("--offline"), QStringLiteral("--no-history")} + m_zoneArgs +
               QStringList{QStringLiteral("audit"), QStringLiteral("--domains-file"), m_domainsFile,
                           QStringLiteral("--fail-on"), QStringLiteral("never")} +
               extra;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // 20 domains from the clean test zone, every third one without DMARC and every fifth one
        // with a soft SPF, so that grades and findings differ between domains.
        QFile tpl(TestSupport::sourceDir() + QStringLiteral("/tests/zones/auditgood.test.zone"));
        QVERIFY(tpl.open(QIODevice::ReadOnly));
        const QString zone = QString::fromUtf8(tpl.readAll());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("zones")));
        for (int i = 0; i < kDomains; ++i) {
            const QString name = QStringLiteral("org%1.test").arg(i, 3, 10, QLatin1Char('0'));
            QString text = QString(zone).replace(QStringLiteral("auditgood.test"), name);
            if (i % 3 == 1)
                text.remove(QRegularExpression(QStringLiteral("\\n_dmarc[^\\n]*")));
            if (i % 5 == 2)
                text.replace(QStringLiteral("-all"), QStringLiteral("~all"));
            const QString path = m_dir.filePath(QStringLiteral("zones/") + name + QStringLiteral(".zone"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
            m_zoneArgs << QStringLiteral("--zone") << path;
            m_domains << name;
        }
        // Zone files of names not audited: the resolver's description in Appendix B (every zone file)
        // becomes longer than a page, which once left an empty page before the appendix.
        for (int i = 0; i < 150; ++i) {
            const QString name = QStringLiteral("filler%1.test").arg(i, 3, 10, QLatin1Char('0'));
            const QString path = m_dir.filePath(QStringLiteral("zones/") + name + QStringLiteral(".zone"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(
                        "$ORIGIN %1.\n$TTL 300\n@ IN SOA ns1.%1. hostmaster.%1. 1 3600 900 604800 300\n"
                        "@ IN NS ns1.%1.\nns1 IN A 192.0.2.53\n")
                        .arg(name)
                        .toUtf8());
            m_zoneArgs << QStringLiteral("--zone") << path;
        }
        m_domainsFile = m_dir.filePath(QStringLiteral("domains.txt"));
        QFile list(m_domainsFile);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(m_domains.join(QLatin1Char('\n')).toUtf8() + '\n');
    }

    // The same reports (the demo world's domains: every area, findings of every severity, imported
    // DMARC and TLS-RPT reports, a trend and a diff), in memory and through the spool: the same
    // bytes. The spool's reports are read back from JSON, so what the document needs survives it.
    void spoolWritesTheInMemoryDocument() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        AuditRunOptions run;
        run.checkOptions.net.offline = true;
        AuditRunner runner(*zones, run);
        QStringList domains;
        for (const DemoWorld::Domain& d : DemoWorld::domains())
            domains << d.name;
        QVERIFY(domains.size() >= 4);
        QList<AuditReport> reports = runner.run(domains);
        QCOMPARE(reports.size(), domains.size());
        reports[0].diff = AuditDiff::compare(reports[1], reports[0]);
        reports[0].diff.insert(QStringLiteral("baseline"), QStringLiteral("last"));

        QTemporaryDir dbDir;
        auto db = HistoryDatabase::open(dbDir.filePath(QStringLiteral("reports.sqlite")));
        QVERIFY(db);
        QVERIFY(DemoReports::importInto(*db));
        AuditDocumentOptions options;
        const QDate until = QDate::currentDate();
        options.senders = SenderSections::collect(*db, domains, SenderSections::defaultSince(until), until);
        QVERIFY2(!options.senders.isEmpty(), "the demo's reports give a sender section");
        options.trend =
            QJsonArray{QJsonObject{{QStringLiteral("quarter"), QStringLiteral("2026-Q3")},
                                   {QStringLiteral("errors"), 3},
                                   {QStringLiteral("warnings"), 5},
                                   {QStringLiteral("grades"), QJsonObject{{QStringLiteral("A"), 2}}}}};

        for (const bool placeholders : {false, true}) {
            options.chartPlaceholder = placeholders;
            const QByteArray inMemory = AuditHtmlExporter::write(reports, options);
            AuditDocumentSpool spool(options.senders);
            QVERIFY(spool.open(m_dir.path()));
            for (const AuditReport& r : std::as_const(reports))
                QVERIFY(spool.add(r));
            QCOMPARE(spool.count(), reports.size());
            QVERIFY(QFile::exists(spool.fileName()));
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QVERIFY(spool.writeHtml(&out, options));
            QCOMPARE(out.data(), inMemory);
        }
        QCOMPARE(spools(m_dir.path()), QStringList()); // each spool removed with its object
        // Every domain has its section; the summary lists them in order.
        const QString html = AuditHtmlExporter::html(reports, options);
        QCOMPARE(summaryGrades(html).size(), reports.size());
        for (qsizetype i = 0; i < reports.size(); ++i)
            QVERIFY(html.contains(
                QStringLiteral("<a name=\"domain-%1\"></a>%2</h2>").arg(i).arg(reports.at(i).domain)));
    }

    // A spool file that is not JSON Lines of reports is refused with its line, not half read.
    void badSpoolRefused() {
        const QString path = m_dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"domain\":\"example.com\"}\nnot json\n");
        f.close();
        int seen = 0;
        const auto read = AuditDocumentSpool::read(path, [&seen](int, const AuditReport&) { ++seen; });
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QLatin1String("report 2")), qPrintable(read.error()));
    }

    // The CLI's HTML and PDF of a 20-domain batch: every domain with the grades of its JSON Lines,
    // the PDF's text naming every domain with the same grade, and no spool left behind.
    void cliBatchDocuments() {
        QTemporaryDir out;
        const QString html = out.filePath(QStringLiteral("audit.html"));
        const auto jsonl = runCli(cli({QStringLiteral("--format"), QStringLiteral("jsonl")}), 180000);
        QVERIFY2(jsonl.exitCode == 0, jsonl.err.constData());
        QMap<QString, QString> grades;
        for (const QByteArray& line : jsonl.out.split('\n'))
            if (!line.isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                grades.insert(o.value(QStringLiteral("domain")).toString(),
                              o.value(QStringLiteral("grade")).toString());
            }
        QCOMPARE(grades.size(), kDomains);
        QVERIFY(QSet<QString>(grades.cbegin(), grades.cend()).size() >= 2); // without DMARC: lower

        const bool withPdf = !TestSupport::reportRenderer().isEmpty() &&
                             !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
        const QString pdf = out.filePath(QStringLiteral("audit.pdf"));
        QStringList extra{QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"),
                          html};
        if (withPdf)
            extra << QStringLiteral("--pdf") << pdf;
        const auto r = runCli(cli(extra), 300000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(f.readAll());
        QVERIFY(document.endsWith(QLatin1String("</ol>\n</body></html>\n")));
        QCOMPARE(summaryGrades(document), grades);
        for (int i = 0; i < kDomains; ++i)
            QVERIFY(document.contains(
                QStringLiteral("<a name=\"domain-%1\"></a>%2</h2>").arg(i).arg(m_domains.at(i))));
        QCOMPARE(spools(out.path()), QStringList());
        if (!withPdf)
            QSKIP("the PDF needs mailsight-report (built with the GUI) and pdftotext");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(120000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        // The executive summary's rows: the domain, then its grade.
        for (auto it = grades.constBegin(); it != grades.constEnd(); ++it) {
            const QRegularExpression summaryRow(QStringLiteral("\\n\\s*%1\\s+%2\\s+\\d+\\s+\\d+")
                                                    .arg(QRegularExpression::escape(it.key()), it.value()));
            QVERIFY2(text.contains(summaryRow), qPrintable(it.key()));
            QVERIFY2(text.contains(QStringLiteral("Grade: %1").arg(it.value())), qPrintable(it.key()));
        }
        // Every page has more than its footer, and no page holds a heading alone (a section's
        // heading once stayed alone on a page when its sub-heading was moved to the next).
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() > kDomains);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QStringList lines;
            for (const QString& line : pages.at(i).split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty() && !line.contains(QStringLiteral("Page %1 of").arg(i + 1)))
                    lines << line.trimmed();
            QVERIFY2(lines.size() > 1,
                     qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(lines.join(u'|'))));
        }
        QCOMPARE(spools(out.path()), QStringList());
    }

    // Ctrl-C half way through an HTML batch: a closed document naming every domain, exit 130, and
    // the spool beside the output removed.
    void interruptedDocumentLeavesNoSpool() {
        TestSupport::SilentUdpServer silent;
        QTemporaryDir out;
        // A list long enough to be interrupted: every question goes to a server that never answers.
        const QString list = out.filePath(QStringLiteral("long.txt"));
        QFile names(list);
        QVERIFY(names.open(QIODevice::WriteOnly));
        constexpr int kLong = 300;
        for (int i = 0; i < kLong; ++i)
            names.write(QStringLiteral("org%1.test\n").arg(i, 3, 10, QLatin1Char('0')).toUtf8());
        names.close();
        const QString html = out.filePath(QStringLiteral("interrupted.html"));
        QProcess p;
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"), {QStringLiteral("--resolver"),
                                                        QStringLiteral("127.0.0.1:%1").arg(silent.port()),
                                                        QStringLiteral("--timeout"),
                                                        QStringLiteral("1000"),
                                                        QStringLiteral("--retries"),
                                                        QStringLiteral("0"),
                                                        QStringLiteral("--no-history"),
                                                        QStringLiteral("audit"),
                                                        QStringLiteral("--domains-file"),
                                                        list,
                                                        QStringLiteral("--no-ns"),
                                                        QStringLiteral("--no-transport"),
                                                        QStringLiteral("--no-blocklists"),
                                                        QStringLiteral("--concurrency"),
                                                        QStringLiteral("2"),
                                                        QStringLiteral("--domain-timeout"),
                                                        QStringLiteral("3000"),
                                                        QStringLiteral("--format"),
                                                        QStringLiteral("html"),
                                                        QStringLiteral("--output"),
                                                        html});
        QVERIFY(p.waitForStarted());
        // While the batch runs the spool is open in the output's directory (beside the output's own
        // temporary file); on Linux it has no name there (O_TMPFILE) until the document is written.
        const auto openInOutputDir = [&p, &out] {
            const QDir fds(QStringLiteral("/proc/%1/fd").arg(p.processId()));
            int count = 0;
            for (const QString& fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
                count += QFile::symLinkTarget(fds.filePath(fd)).startsWith(out.path() + QLatin1Char('/'));
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(openInOutputDir() >= 2, 5000);
        QTest::qWait(800);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(20000), "the interrupted batch did not end");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QFile f(html);
        QVERIFY2(f.open(QIODevice::ReadOnly), "no output file");
        const QString document = QString::fromUtf8(f.readAll());
        QVERIFY(document.endsWith(QLatin1String("</body></html>\n")));
        QCOMPARE(summaryGrades(document).size(), kLong);
        QVERIFY(document.contains(QLatin1String("AUDIT-CANCELLED")));
        QCOMPARE(spools(out.path()), QStringList());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("interrupted.html"), QStringLiteral("long.txt")}));
    }
};

QTEST_GUILESS_MAIN(TestAuditDocumentStream)
#include "tst_auditdocumentstream.moc"
