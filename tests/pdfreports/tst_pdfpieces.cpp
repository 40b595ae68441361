// Batch audits in bounded memory (issue 20), the PDF: a part that names every domain (Appendix A,
// the executive summary's tables, the contents) is laid out in pieces of a bounded size. The units
// the HTML is cut into (HtmlUnitSplitter) lose nothing and do not depend on how the HTML arrives,
// and a PDF laid out in small pieces carries the same text as one laid out whole, without
// half-empty pages where one piece ends and the next begins.
#include "audit/AuditRunner.h"
#include "audit/export/AuditHtmlExporter.h"
#include "demo/DemoWorld.h"
#include "dns/ZoneResolver.h"
#include "report/AuditPdfRenderer.h"
#include "report/HtmlUnitSplitter.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Unit = HtmlUnitSplitter::Unit;

QList<Unit> split(const QString& html, int chunk = 0) {
    QList<Unit> units;
    HtmlUnitSplitter splitter([&units](Unit u) { units << std::move(u); });
    if (chunk <= 0) {
        splitter.feed(html);
        return units;
    }
    QRandomGenerator random(7);
    for (qsizetype at = 0; at < html.size();) {
        const qsizetype n = 1 + random.bounded(chunk);
        splitter.feed(html.mid(at, n));
        at += n;
    }
    return units;
}

// The units put together again as PdfPieceStream does: consecutive rows in their container.
QString joined(const QList<Unit>& units) {
    QString out;
    const HtmlUnitSplitter::Container* open = nullptr;
    for (const Unit& u : units) {
        if (u.container.get() != open) {
            if (open)
                out += open->close;
            open = u.container.get();
            if (open)
                out += open->open;
        }
        out += u.html;
    }
    if (open)
        out += open->close;
    return out;
}

QString withoutSpaceBetweenTags(QString html) {
    static const QRegularExpression between(QStringLiteral(">\\s+<"));
    return html.replace(between, QStringLiteral("><")).trimmed();
}

// The words of a PDF's text (pdftotext -layout) and its pages, without the footers and without
// numbers (the contents' page numbers follow the page count).
struct PdfText {
    QStringList pages;
    QMap<QString, int> front; // the words before the first domain's section (the tables)
    QMap<QString, int> words; // from the first domain's section on
};

PdfText pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    PdfText out;
    out.pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    static const QRegularExpression footer(QStringLiteral("Page \\d+ of \\d+"));
    static const QRegularExpression number(QStringLiteral("^[0-9.]+$"));
    bool front = true;
    for (const QString& page : std::as_const(out.pages)) {
        front = front && !page.contains(QStringLiteral("Grade: "));
        for (const QString& line : page.split(QLatin1Char('\n'))) {
            if (line.contains(footer))
                continue;
            for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (!number.match(word).hasMatch())
                    ++(front ? out.front : out.words)[word];
        }
    }
    return out;
}

} // namespace

class TestPdfPieces : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unitsOfHandWrittenHtml() {
        const QString body =
            QStringLiteral("<h2 style=\"page-break-before: always\"><a name=\"x\"></a>Title</h2>\n"
                           "<p>One <b>two</b><br/>three</p>\n"
                           "<table class=\"grid\"><thead><tr><th>A</th><th>B</th></tr></thead>\n"
                           "<tr><td>1</td><td><table><tr><td>inner</td></tr></table></td></tr>\n"
                           "<tr><td>2</td><td>b</td></tr>\n</table>\n"
                           "<table></table>\n"
                           "<ul><li>first</li><li>second <ul><li>nested</li></ul></li></ul>\n"
                           "<ol><li>a</li><li>b</li></ol>\n"
                           "<h3>Last</h3>\n</body></html>\n");
        const QList<Unit> units = split(body);
        QStringList html;
        for (const Unit& u : units)
            html << u.html;
        QCOMPARE(
            html,
            QStringList(
                {QStringLiteral("<h2 style=\"page-break-before: always\"><a name=\"x\"></a>Title</h2>"),
                 QStringLiteral("<p>One <b>two</b><br/>three</p>"),
                 QStringLiteral("<tr><td>1</td><td><table><tr><td>inner</td></tr></table></td></tr>"),
                 QStringLiteral("<tr><td>2</td><td>b</td></tr>"), QStringLiteral("<table></table>"),
                 QStringLiteral("<li>first</li>"), QStringLiteral("<li>second <ul><li>nested</li></ul></li>"),
                 QStringLiteral("<ol><li>a</li><li>b</li></ol>"), QStringLiteral("<h3>Last</h3>")}));
        QVERIFY(units.at(0).pageBreak);
        QVERIFY(!units.at(1).pageBreak);
        QVERIFY(!units.at(1).container);
        QVERIFY(units.at(2).container);
        QCOMPARE(units.at(2).container, units.at(3).container);
        QCOMPARE(units.at(2).container->open,
                 QStringLiteral("<table class=\"grid\"><thead><tr><th>A</th><th>B</th></tr></thead>"));
        QCOMPARE(units.at(2).container->close, QStringLiteral("</table>"));
        QVERIFY(!units.at(4).container); // an empty table: as it is
        QCOMPARE(units.at(5).container->open, QStringLiteral("<ul>"));
        QVERIFY(units.at(5).container != units.at(2).container);
        QVERIFY(!units.at(7).container); // a numbered list stays whole: its numbers would restart
    }

    // The whole document of a few reports: the same units however the HTML is cut when fed, and
    // put together again they are the document's body.
    void unitsOfTheDocument() {
        const QList<AuditReport> reports = demoReports();
        const QString html = AuditHtmlExporter::html(reports);
        const QString body = html.mid(html.indexOf(QStringLiteral("<body>\n")) + 7);
        const QList<Unit> whole = split(body);
        QVERIFY(whole.size() > 100);
        for (const int chunk : {1, 7, 300}) {
            const QList<Unit> pieces = split(body, chunk);
            QCOMPARE(pieces.size(), whole.size());
            for (qsizetype i = 0; i < whole.size(); ++i) {
                QCOMPARE(pieces.at(i).html, whole.at(i).html);
                QCOMPARE(pieces.at(i).pageBreak, whole.at(i).pageBreak);
                QCOMPARE(bool(pieces.at(i).container), bool(whole.at(i).container));
            }
        }
        // <tbody> is dropped: rows are rows with or without it.
        QString original = body.chopped(QStringLiteral("</body></html>\n").size());
        original.remove(QStringLiteral("<tbody>")).remove(QStringLiteral("</tbody>"));
        QCOMPARE(withoutSpaceBetweenTags(joined(whole)), withoutSpaceBetweenTags(original));
    }

    // Forty domains' PDF laid out whole and in pieces of 15,000 characters (Appendix A alone is
    // several times that): the same words, about the same pages, and the pages of Appendix A full
    // but for its last.
    void piecedPdfCarriesTheSameText() {
        QList<AuditReport> reports;
        const QList<AuditReport> demo = demoReports();
        for (int i = 0; reports.size() < 40; ++i) {
            AuditReport r = demo.at(i % demo.size());
            r.domain = QStringLiteral("org%1.test").arg(i, 3, 10, QLatin1Char('0'));
            reports << r;
        }
        qsizetype records = 0;
        for (const AuditReport& r : std::as_const(reports))
            records += AuditHtmlExporter::records(r).size();
        QVERIFY2(records > 4 * 15000, "Appendix A is laid out in several pieces");

        QTemporaryDir dir;
        const auto render = [&](const QByteArray& pieceChars) {
            qputenv("MAILSIGHT_PDF_PIECE_CHARS", pieceChars);
            const QString pdf = dir.filePath(QString::fromLatin1(pieceChars) + QStringLiteral(".pdf"));
            const auto done = AuditPdfRenderer::render(reports, {}, pdf);
            qunsetenv("MAILSIGHT_PDF_PIECE_CHARS");
            return done ? pdfText(pdf) : PdfText{};
        };
        const PdfText whole = render("1000000000");
        const PdfText pieced = render("15000");
        if (whole.pages.isEmpty())
            QSKIP("pdftotext is not available");
        // A row split between two pages goes whole to the next piece; the keep-together breaks of
        // a long part are found in a few rounds, of a short one in fewer: a page or two either way.
        QVERIFY2(std::abs(pieced.pages.size() - whole.pages.size()) <= 3,
                 qPrintable(
                     QStringLiteral("%1 against %2 pages").arg(pieced.pages.size()).arg(whole.pages.size())));
        // The front's tables: the same words. Not counted: where QTextDocument splits a table row
        // between two pages, a line on the page's edge can come out on both (seen in the document
        // laid out whole), and pieces move where rows split.
        QCOMPARE(pieced.front.keys(), whole.front.keys());
        QStringList differ;
        for (auto it = whole.words.constBegin(); it != whole.words.constEnd(); ++it)
            if (pieced.words.value(it.key()) != it.value())
                differ << QStringLiteral("%1: %2 whole, %3 pieced")
                              .arg(it.key())
                              .arg(it.value())
                              .arg(pieced.words.value(it.key()));
        for (auto it = pieced.words.constBegin(); it != pieced.words.constEnd(); ++it)
            if (!whole.words.contains(it.key()))
                differ << QStringLiteral("%1: pieced only (%2)").arg(it.key()).arg(it.value());
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QStringLiteral("; "))));

        // Appendix A: from its heading's page to the page before Appendix B's.
        const auto pageOf = [&](const QString& heading) {
            for (qsizetype i = pieced.pages.size() - 1; i >= 0; --i)
                if (pieced.pages.at(i).contains(heading))
                    return i;
            return qsizetype(-1);
        };
        const qsizetype first = pageOf(QStringLiteral("Appendix A: raw records"));
        const qsizetype end = pageOf(QStringLiteral("Appendix B: resolver and evidence"));
        QVERIFY(first > 0 && end > first + 4);
        const auto lines = [](const QString& page) { return page.count(QLatin1Char('\n')); };
        int most = 0;
        for (qsizetype i = first; i < end; ++i)
            most = std::max(most, int(lines(pieced.pages.at(i))));
        for (qsizetype i = first; i < end - 1; ++i)
            QVERIFY2(lines(pieced.pages.at(i)) >= most * 8 / 10,
                     qPrintable(QStringLiteral("page %1: %2 of %3 lines")
                                    .arg(i + 1)
                                    .arg(lines(pieced.pages.at(i)))
                                    .arg(most)));
    }

private:
    static QList<AuditReport> demoReports() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        if (!zones)
            return {};
        AuditRunOptions run;
        run.checkOptions.net.offline = true;
        AuditRunner runner(*zones, run);
        QStringList domains;
        for (const DemoWorld::Domain& d : DemoWorld::domains())
            domains << d.name;
        return runner.run(domains);
    }
};

QTEST_MAIN(TestPdfPieces)
#include "tst_pdfpieces.moc"
