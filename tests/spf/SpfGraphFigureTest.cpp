// The SPF include graph in the audit PDF: the HTML document keeps a place for it in each domain's
// SPF section (only for the PDF), SpfGraphFigure draws the SVG as a vector figure in the graph's
// aspect and colours, and the rendered PDF has no marker left in its text.

#include "report/SpfGraphFigure.h"
#include "audit/AuditReport.h"
#include "audit/export/AuditHtmlExporter.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "report/AuditPdfRenderer.h"
#include "spf/SpfGraphSvg.h"
#include "spf/SpfTreeBuilder.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

class SpfGraphFigureTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void markerOnlyForThePdf();
    void figureDrawsTheGraph();
    void emptyCheck();
    void pdfHasNoMarkerLeft();

private:
    QJsonObject m_spf;
    AuditReport report() const;
};

void SpfGraphFigureTest::initTestCase() {
    auto resolver = ZoneResolver::load(
        {qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/spfgraph.test.zone")});
    QVERIFY(resolver.has_value());
    DnsSession session(*resolver);
    m_spf = SpfTreeBuilder(&session, {}).build(QStringLiteral("spfgraph.test")).toJson();
}

AuditReport SpfGraphFigureTest::report() const {
    AuditReport r;
    r.domain = QStringLiteral("spfgraph.test");
    r.startedAt = r.finishedAt = QDateTime::currentDateTimeUtc();
    r.grade = QStringLiteral("C");
    r.checks.insert(QStringLiteral("spf"), m_spf);
    return r;
}

void SpfGraphFigureTest::markerOnlyForThePdf() {
    AuditDocumentOptions options;
    QVERIFY(!AuditHtmlExporter::html({report()}, options).contains(AuditDocumentOptions::spfGraphMarker(0)));
    options.chartPlaceholder = true;
    const QString html = AuditHtmlExporter::html({report(), report()}, options);
    QVERIFY(html.contains(AuditDocumentOptions::spfGraphMarker(0)));
    QVERIFY(html.contains(AuditDocumentOptions::spfGraphMarker(1)));
}

void SpfGraphFigureTest::figureDrawsTheGraph() {
    const QSizeF room(1800, 1200);
    const SpfGraphFigure figure(m_spf, room, 300 / 96.0);
    QVERIFY(!figure.isEmpty());
    QVERIFY(figure.size().width() <= room.width() + 0.5);
    QVERIFY(figure.size().height() <= room.height() + 0.5);
    // The aspect of the SVG the CLI writes.
    QSvgRenderer svg(SpfGraphSvg::svg(SpfGraph::fromJson(m_spf)).toUtf8());
    QVERIFY(svg.isValid());
    const QSizeF natural = svg.defaultSize();
    QVERIFY(qAbs(figure.size().width() / figure.size().height() - natural.width() / natural.height()) < 0.01);
    // A small graph is not blown up past life size.
    const SpfGraphFigure small(m_spf, QSizeF(1e5, 1e5), 2.0);
    QVERIFY(qAbs(small.size().width() - natural.width() * 2.0) < 1);

    QImage image(figure.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    figure.draw(&p, QRectF(QPointF(0, 0), figure.size()));
    p.end();
    // The colours of the standings: the root's total is 10 (near), the others within.
    auto count = [&image](QColor want) {
        int n = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                n += qAbs(c.red() - want.red()) + qAbs(c.green() - want.green()) +
                         qAbs(c.blue() - want.blue()) <
                     30;
            }
        return n;
    };
    QVERIFY(count(QColor(0x2e, 0x7d, 0x32)) > 50); // within
    QVERIFY(count(QColor(0xa0, 0x5a, 0x00)) > 20); // near
    QCOMPARE(count(QColor(0xc6, 0x28, 0x28)), 0);  // nothing over the limit here
}

void SpfGraphFigureTest::emptyCheck() {
    QVERIFY(SpfGraphFigure({}, QSizeF(100, 100), 1).isEmpty());
}

void SpfGraphFigureTest::pdfHasNoMarkerLeft() {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
    const auto done = AuditPdfRenderer::render({report()}, {}, pdf);
    QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error()));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QSKIP("pdftotext is not available");
    const QByteArray out = text.readAllStandardOutput();
    QVERIFY(out.contains("spfgraph.test"));
    QVERIFY(!out.contains("@@SPF-GRAPH"));
}

QTEST_MAIN(SpfGraphFigureTest)
#include "SpfGraphFigureTest.moc"
