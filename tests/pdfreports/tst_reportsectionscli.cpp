// Through the CLI: the audit stores the SPF tree that `reports summary` matches sources against,
// and the PDF / HTML carry the report sections (or leave them out when asked).
#include "SqlThreadCheck.h"
#include "TestSupport.h"
#include "demo/DemoReports.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {
QString matchedInclude(const QByteArray& summaryJson, const QString& ip) {
    const QJsonObject s = QJsonDocument::fromJson(summaryJson).object();
    for (const auto& v : s.value(QStringLiteral("sources")).toArray())
        if (v.toObject().value(QStringLiteral("ip")).toString() == ip)
            return v.toObject().value(QStringLiteral("matchedInclude")).toString();
    return QStringLiteral("(absent)");
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Each line of the contents ("3. example.com .... 5") names a section whose page (pages are split
// by form feeds) carries its title. Returns the entries that do not hold; `checked` counts them all.
QStringList wrongContentsPages(const QString& text, int& checked) {
    const QStringList pages = text.split(QLatin1Char('\f'));
    const QString contents = pages.value(1) + pages.value(2);
    static const QRegularExpression entry(QStringLiteral("^\\s*\\d+\\.\\s+(\\S.*?)\\s{2,}(\\d+)\\s*$"),
                                          QRegularExpression::MultilineOption);
    QStringList wrong;
    checked = 0;
    for (auto it = entry.globalMatch(contents); it.hasNext();) {
        const auto m = it.next();
        ++checked;
        const int page = m.captured(2).toInt();
        // "example.com: who sends as this domain" is a heading "Who sends as this domain" there.
        QString title = m.captured(1);
        if (title.endsWith(QLatin1String(": who sends as this domain")))
            title = QStringLiteral("Who sends as this domain");
        if (!pages.value(page - 1).contains(title))
            wrong << QStringLiteral("%1 -> %2").arg(title).arg(page);
    }
    return wrong;
}

bool haveRenderer() {
    return !TestSupport::reportRenderer().isEmpty();
}
} // namespace

class TestReportSectionsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void auditStoresTheSpfTree() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        const QString reports = dir.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(reports));
        for (const DemoReports::File& f : DemoReports::files(QDate::currentDate(), 30)) {
            QFile out(reports + QLatin1Char('/') + f.name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(f.data);
        }
        auto r = runCli(
            {QStringLiteral("--history"), db, QStringLiteral("reports"), QStringLiteral("import"), reports});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QStringList summary{QStringLiteral("--history"),  db,
                                  QStringLiteral("--format"),   QStringLiteral("json"),
                                  QStringLiteral("reports"),    QStringLiteral("summary"),
                                  QStringLiteral("example.com")};
        r = runCli(summary);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(matchedInclude(r.out, QStringLiteral("198.51.100.7")),
                 QStringLiteral("unknown")); // no tree yet

        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--fail-on"), QStringLiteral("never")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());

        r = runCli(summary);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(matchedInclude(r.out, QStringLiteral("198.51.100.7")),
                 QStringLiteral("include:_spf.provider.test"));
        QCOMPARE(matchedInclude(r.out, QStringLiteral("192.0.2.25")), QStringLiteral("mx"));
        QCOMPARE(matchedInclude(r.out, QStringLiteral("192.0.2.222")), QStringLiteral("unknown"));
        QVERIFY(!QJsonDocument::fromJson(r.out).object().value(QStringLiteral("spfSnapshot")).isNull());

        // The HTML of an audit from this history has the sections; a period without reports not.
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("--format"),
                    QStringLiteral("html"), QStringLiteral("audit"), QStringLiteral("example.com"),
                    QStringLiteral("--fail-on"), QStringLiteral("never")});
        QVERIFY(r.out.contains("Who sends as this domain"));
        QVERIFY(r.out.contains("include:_spf.provider.test"));
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("--format"),
                    QStringLiteral("html"), QStringLiteral("audit"), QStringLiteral("example.com"),
                    QStringLiteral("--fail-on"), QStringLiteral("never"), QStringLiteral("--reports-since"),
                    QStringLiteral("2000-01-01"), QStringLiteral("--reports-until"),
                    QStringLiteral("2000-03-31")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("Who sends as this domain"));
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--reports-since"),
                    QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
    }

    void pdfSections() {
        if (!haveRenderer())
            QSKIP("mailsight-report is built only with the GUI");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("with.pdf"));
        auto r = runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
                         QStringLiteral("example.com"), QStringLiteral("monitor.test"),
                         QStringLiteral("--fail-on"), QStringLiteral("never"), QStringLiteral("--pdf"), pdf},
                        240000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = pdfText(pdf);
        for (const char* section :
             {"example.com: who sends as this domain", "monitor.test: who sends as this domain",
              "Who sends as this domain", "Volume over time, by result", "Top sources",
              "include:_spf.provider.test", "Unknown sources that send mail as the domain", "Forwarders",
              "What a stricter policy would do", "TLS-RPT: failures delivering to the domain",
              "certificate-expired", "out.newsletter.saas.test"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        // No --organisation: the footer names the audited domains rather than nothing.
        QVERIFY(text.contains(QStringLiteral("Email authentication audit — example.com, monitor.test")));
        QVERIFY(!text.contains(QStringLiteral("audit — \n")));
        // The PDF is laid out in parts (one per forced page break): the contents still know the
        // page each section starts on, and the footer counts every page.
        int entries = 0;
        const QStringList wrong = wrongContentsPages(text, entries);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
        QVERIFY(entries >= 7); // summary, trend, 2 domains, 2 sender sections, 3 appendices
        const qsizetype pageCount = text.count(QLatin1Char('\f'));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
        QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pageCount)));

        const QString without = dir.filePath(QStringLiteral("without.pdf"));
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--fail-on"), QStringLiteral("never"),
                    QStringLiteral("--no-report-sections"), QStringLiteral("--pdf"), without},
                   240000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString plain = pdfText(without);
        QVERIFY(plain.contains(QLatin1String("DKIM keys")));
        QVERIFY(!plain.contains(QLatin1String("Who sends as this domain")));
    }

    // More than 20 domains (Appendix A runs over many pages). Every domain's records are there once,
    // under its heading, the contents are right and no page is empty.
    void pdfManyDomains() {
        if (!haveRenderer())
            QSKIP("mailsight-report is built only with the GUI");
        QTemporaryDir dir;
        auto r = runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("audit"), QStringLiteral("example.com"),
                         QStringLiteral("--fail-on"), QStringLiteral("never")},
                        240000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject one = QJsonDocument::fromJson(r.out).array().first().toObject();
        QVERIFY(!one.value(QStringLiteral("records")).toArray().isEmpty());
        QJsonArray reports;
        constexpr int Count = 24;
        for (int i = 0; i < Count; ++i) {
            // The same report under other names: records are named after example.com still, the
            // headings and the contents after the copy.
            QJsonObject copy = one;
            copy.insert(QStringLiteral("domain"),
                        QStringLiteral("copy%1.example").arg(i, 2, 10, QLatin1Char('0')));
            reports.append(copy);
        }
        const QString input = dir.filePath(QStringLiteral("many.json"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("organisation"), QStringLiteral("Many Org")},
                                          {QStringLiteral("reports"), reports}})
                    .toJson(QJsonDocument::Compact));
        f.close();
        const QString pdf = dir.filePath(QStringLiteral("many.pdf"));
        QProcess renderer;
        renderer.start(TestSupport::reportRenderer(), {input, pdf});
        QVERIFY(renderer.waitForFinished(300000));
        QVERIFY2(renderer.exitCode() == 0, renderer.readAllStandardError().constData());
        const QString text = pdfText(pdf);
        int entries = 0;
        const QStringList wrong = wrongContentsPages(text, entries);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
        // Each domain has its own part, its "How mail reaches" section (the audit checks
        // transport by default) and its "Can the DNS be trusted" section (DNSSEC, servers,
        // blocklists), plus the document's five.
        QCOMPARE(entries, 3 * Count + 5);
        const QStringList pages = text.split(QLatin1Char('\f'));
        const qsizetype appendixA =
            pages.indexOf(pages.filter(QStringLiteral("Appendix A: raw records")).last());
        const qsizetype appendixB =
            pages.indexOf(pages.filter(QStringLiteral("Appendix B: resolver")).last());
        QVERIFY(appendixA > 0 && appendixB > appendixA);
        const QString records = pages.mid(appendixA, appendixB - appendixA).join(QLatin1Char('\n'));
        for (int i = 0; i < Count; ++i) {
            const QString name = QStringLiteral("copy%1.example").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY2(records.count(QRegularExpression(QStringLiteral("^ *%1 *$").arg(name),
                                                      QRegularExpression::MultilineOption)) == 1,
                     qPrintable(name));
        }
        for (qsizetype i = 0; i + 1 < pages.size(); ++i) // the last "page" is after the final form feed
            QVERIFY2(pages.at(i).trimmed().size() > 80,
                     qPrintable(QStringLiteral("page %1 is empty").arg(i + 1)));
        const qsizetype pageCount = text.count(QLatin1Char('\f'));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    }
};

MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestReportSectionsCli)
#include "tst_reportsectionscli.moc"
