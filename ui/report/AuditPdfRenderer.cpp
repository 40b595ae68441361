#include "AuditPdfRenderer.h"

#include "SenderVolumeChartObject.h"
#include "SpfGraphFigure.h"
#include "TrendChartObject.h"
#include "audit/export/AuditHtmlExporter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <functional>
#include <vector>

namespace {

// A chart drawn over the place a marker paragraph keeps free in the text flow.
struct ChartSlot {
    QString marker;
    QSizeF size;
    std::function<void(QPainter*, const QRectF&)> draw;
    QRectF rect; // document coordinates, found after the layout
};

// QTextDocument knows no page-break-inside or keep-with-next, so they are found on a layout: a
// heading whose next block starts on the following page, and a finding (heading, explanation,
// evidence, fix, reference: between its keep-… and keep-end-… anchors) that would be split
// although it fits on a page, get a page break before them. Editing a laid-out document leaves
// later blocks at stale places (the layout only shifts them), so the breaks go into a freshly
// loaded document before its layout (applyBreaks), and the render loops until a layout needs no
// new break. Within a round, a break shifts the blocks after it: the walk goes on with them moved
// by the same amount, which is right but for blocks split at page ends (the next round checks).
// Blocks are counted from the end of the document: filling in the contents' page numbers changes
// the number of blocks before them.
QList<int> findBreaks(QTextDocument& doc, double pageHeight) {
    QList<int> breaks;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const double topMargin = doc.rootFrame()->frameFormat().topMargin();
    double shift = 0; // what the breaks found so far move the current block down by
    const auto rect = [&](const QTextBlock& b) { return layout->blockBoundingRect(b).translated(0, shift); };
    const auto pageOf = [pageHeight](double y) { return int(y / pageHeight); };
    const auto breakBefore = [&](const QTextBlock& b) {
        const double top = rect(b).top();
        shift += (pageOf(top) + 1) * pageHeight + topMargin - top;
        breaks.append(doc.blockCount() - b.blockNumber());
    };
    QTextBlock keepStart;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        // A forced page break starts its block on a new page wherever it was: only the shift's
        // whole pages remain.
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            shift = 0;
        bool starts = false, ends = false;
        for (auto it = b.begin(); !it.atEnd(); ++it)
            for (const QString& n : it.fragment().charFormat().anchorNames()) {
                starts |= n.startsWith(QLatin1String("keep-")) && !n.startsWith(QLatin1String("keep-end-"));
                ends |= n.startsWith(QLatin1String("keep-end-"));
            }
        if (starts)
            keepStart = b;
        if (ends && keepStart.isValid()) {
            const QRectF first = rect(keepStart);
            const QRectF last = rect(b);
            if (pageOf(first.top()) != pageOf(last.bottom() - 1) &&
                last.bottom() - first.top() < pageHeight * 0.9) {
                // The heading over the first finding goes along with it.
                QTextBlock target = keepStart;
                while (target.previous().isValid() && target.previous().blockFormat().headingLevel() > 0)
                    target = target.previous();
                breakBefore(target);
            }
            keepStart = {};
            continue;
        }
        // A heading that would end its page without the block under it moves to the next page, with
        // the headings right above it (a section's heading over a sub-heading: breaking before the
        // lower one alone left the upper one alone on a page). Not when they already start a page
        // (the part's first block, or one broken before: a next block taller than the space left
        // pushed such a heading on by a page each round, leaving empty pages), nor when the heading
        // and its block do not fit on a page anyway.
        if (b.blockFormat().headingLevel() > 0 && b.next().isValid()) {
            QTextBlock target = b;
            while (target.previous().isValid() && target.previous().blockFormat().headingLevel() > 0)
                target = target.previous();
            const QRectF heading = rect(target);
            const QRectF next = rect(b.next());
            const bool startsPage = !target.previous().isValid() || (target.blockFormat().pageBreakPolicy() &
                                                                     QTextFormat::PageBreak_AlwaysBefore);
            if (!startsPage && pageOf(heading.top()) != pageOf(next.bottom() - 1) &&
                next.bottom() - heading.top() < pageHeight * 0.9 &&
                heading.top() > pageOf(heading.top()) * pageHeight + topMargin + 1)
                breakBefore(target);
        }
    }
    return breaks;
}

void applyBreaks(QTextDocument& doc, const QList<int>& breaks) {
    QTextBlockFormat f;
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (breaks.isEmpty())
        return;
    // One edit block: the layout hears of the change once, not once per break (a relayout each).
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    const int blocks = doc.blockCount();
    for (int fromEnd : breaks) {
        cursor.setPosition(doc.findBlockByNumber(blocks - fromEnd).position());
        cursor.mergeBlockFormat(f);
    }
    cursor.endEditBlock();
}

// Finds where each chart goes (document coordinates). The charts are drawn after the page's text,
// not through the text layout, so their painter state cannot touch the text.
// breaks: from findBreaks over the same HTML, applied before the layout.
// parseDocument reads the HTML (any thread: the layout is not touched), prepare lays it out.
// scale: the writer's logical dpi / 96 (image sizes are screen pixels the layout scales).
std::unique_ptr<QTextDocument> parseDocument(QString html, const QList<ChartSlot>& charts, double scale) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QTextOption option = doc->defaultTextOption();
    // Long keys and records have no spaces: break them anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    // A blank image of each chart's size keeps its place in the flow. It goes in before the
    // layout: editing a laid-out document leaves later blocks at stale positions.
    QImage blank(1, 1, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    for (int i = 0; i < charts.size(); ++i) {
        const QString name = QStringLiteral("mailsight-chart-%1").arg(i);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), blank);
        html.replace(charts.at(i).marker, QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                                              .arg(name)
                                              .arg(int(charts.at(i).size.width() / scale))
                                              .arg(int(charts.at(i).size.height() / scale)));
    }
    doc->setHtml(html);
    return doc;
}

void placeCharts(QTextDocument& doc, double scale, QList<ChartSlot>& charts);

void prepare(QTextDocument& doc, QPdfWriter& writer, const QSizeF& page, QList<ChartSlot>& charts,
             const QList<int>& breaks) {
    doc.documentLayout()->setPaintDevice(&writer);
    const double scale = double(writer.logicalDpiX()) / 96.0;
    applyBreaks(doc, breaks);
    doc.setPageSize(page);
    placeCharts(doc, scale, charts);
}

// Where each chart's placeholder image landed (document coordinates).
void placeCharts(QTextDocument& doc, double scale, QList<ChartSlot>& charts) {
    if (charts.isEmpty())
        return;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (!name.startsWith(QLatin1String("mailsight-chart-")))
                continue;
            const int index = name.mid(16).toInt();
            if (index < 0 || index >= charts.size())
                continue;
            const QRectF block = doc.documentLayout()->blockBoundingRect(b);
            const QSizeF size(format.toImageFormat().width() * scale,
                              format.toImageFormat().height() * scale);
            charts[index].rect = QRectF(block.left() + (block.width() - size.width()) / 2,
                                        block.bottom() - size.height(), size.width(), size.height());
        }
}

// Which page each section anchor landed on.
QHash<QString, int> anchorPages(QTextDocument& doc, double pageHeight) {
    QHash<QString, int> pages;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString& n : names)
                if (!n.startsWith(QLatin1String("keep-")) && !pages.contains(n)) // keep-…: not sections
                    pages.insert(n, int(layout->blockBoundingRect(b).top() / pageHeight) + 1);
        }
    return pages;
}

// One part of the document laid out on its own pages (see render()).
struct Part {
    std::unique_ptr<QTextDocument> doc;
    QList<ChartSlot> charts;     // the charts whose markers are in this part
    QHash<QString, int> anchors; // section anchor -> page within the part, from 1
    int pages = 0;               // pages with content
    QList<int> breaks;           // the keep-together breaks its layout needed (findBreaks)
};

const QString kBodyTag = QStringLiteral("<body>\n");
const QString kEndTag = QStringLiteral("</body></html>\n");

// Splits a piece of the exporter's body at its forced page breaks into complete HTML documents
// (head: the document's head and style sheet, up to its <body>). A part's first heading loses
// its page break: it starts the part.
QStringList splitBody(const QString& head, QString body) {
    const QString breakTag = QStringLiteral("<h2 style=\"page-break-before: always\">");
    if (body.endsWith(kEndTag))
        body.chop(kEndTag.size());
    QStringList parts;
    qsizetype from = 0;
    while (from < body.size()) {
        qsizetype next = body.indexOf(breakTag, from + 1);
        if (next < 0)
            next = body.size();
        QString piece = body.mid(from, next - from);
        if (piece.startsWith(breakTag))
            piece.replace(0, breakTag.size(), QStringLiteral("<h2>"));
        parts << head + piece + kEndTag;
        from = next;
    }
    return parts;
}

// Lays out one part with its keep-together breaks: rounds until a layout needs no new break.
// parsed: the part's HTML already parsed (parseDocument), for the first round.
void layOutPart(Part& part, QPdfWriter& writer, const QString& html, const QSizeF& page,
                const QList<ChartSlot>& allCharts, std::unique_ptr<QTextDocument> parsed = {}) {
    part.charts.clear();
    for (const ChartSlot& chart : allCharts)
        if (html.contains(chart.marker))
            part.charts << chart;
    const double scale = double(writer.logicalDpiX()) / 96.0;
    constexpr int MaxRounds = 4;
    part.doc = parsed ? std::move(parsed) : parseDocument(html, part.charts, scale);
    part.breaks.clear();
    prepare(*part.doc, writer, page, part.charts, {});
    for (int round = 1; round < MaxRounds; ++round) {
        const QList<int> more = findBreaks(*part.doc, page.height());
        if (more.isEmpty())
            break;
        part.breaks += more;
        // setPageSize lays the whole document out again from its start: no stale positions.
        applyBreaks(*part.doc, more);
        part.doc->setPageSize(page);
        placeCharts(*part.doc, scale, part.charts);
    }
    part.anchors = anchorPages(*part.doc, page.height());
    // Pages past the content (the trailing empty block alone) are not printed.
    // Where the content ends: the lowest bottom of the root frame's tables and blocks, but for the
    // empty block QTextDocument keeps after a last table.
    QAbstractTextDocumentLayout* layout = part.doc->documentLayout();
    double end = 1;
    for (auto it = part.doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame())
            end = std::max(end, layout->frameBoundingRect(frame).bottom());
        else if (const QTextBlock b = it.currentBlock(); b != part.doc->lastBlock() || b.length() > 1)
            end = std::max(end, layout->blockBoundingRect(b).bottom());
    }
    part.pages = std::clamp(int((end - 1) / page.height()) + 1, 1, std::max(1, part.doc->pageCount()));
}

} // namespace

std::expected<void, QString> AuditPdfRenderer::render(const QList<AuditReport>& reports,
                                                      AuditDocumentOptions options, const QString& path) {
    const AuditDocumentSummary summary = AuditDocumentSummary::of(reports, options.senders);
    const ReportSource source = [&reports](const AuditDocumentSpool::Visitor& visit) {
        for (int i = 0; i < reports.size(); ++i)
            visit(i, reports.at(i));
        return std::expected<void, QString>();
    };
    return render(summary, source, std::move(options), path);
}

std::expected<void, QString> AuditPdfRenderer::render(const AuditDocumentSummary& summary,
                                                      const ReportSource& source,
                                                      AuditDocumentOptions options, const QString& path) {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(QCoreApplication::translate("AuditDocument", "Email authentication audit"));
    writer.setCreator(QStringLiteral("Mailsight %1").arg(QStringLiteral(MAILSIGHT_VERSION)));

    const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footer = writer.resolution() * 0.35; // inches kept free for the page number
    const QSizeF page(paint.width(), paint.height() - footer);
    if (options.organisation.isEmpty())
        options.organisation = AuditHtmlExporter::organisationLabel(summary, options);
    options.chartPlaceholder = true;
    QList<ChartSlot> charts; // the trend's and the senders' (each domain's SPF graph: with its part)
    std::unique_ptr<TrendChartObject> trendChart;
    if (!options.trend.isEmpty()) {
        const QSizeF size(page.width() * 0.85, page.width() * 0.4);
        trendChart = std::make_unique<TrendChartObject>(options.trend, size);
        charts.append({AuditDocumentOptions::chartMarker(),
                       size,
                       [c = trendChart.get()](QPainter* p, const QRectF& r) {
                           c->drawObject(p, r, nullptr, 0, QTextFormat());
                       },
                       {}});
    }
    std::vector<std::unique_ptr<SenderVolumeChartObject>> senderCharts;
    for (auto it = options.senders.constBegin(); it != options.senders.constEnd(); ++it) {
        const QJsonArray daily = it.value().value(QStringLiteral("daily")).toArray();
        if (daily.isEmpty())
            continue;
        const QSizeF size(page.width() * 0.95, page.width() * 0.36);
        senderCharts.push_back(std::make_unique<SenderVolumeChartObject>(daily, size));
        charts.append({AuditDocumentOptions::senderChartMarker(it.key()),
                       size,
                       [c = senderCharts.back().get()](QPainter* p, const QRectF& r) { c->draw(p, r); },
                       {}});
    }

    // The document is laid out in parts, one per forced page break (cover, contents, summary and
    // trend, each domain, each appendix): every part starts on a page of its own anyway, and
    // QTextDocument's layout, its pagination probes and its per-page draw grow faster than linearly
    // with the document (580 pages: 24 s as one document). The parts are made from the reports one
    // at a time, twice: the first walk paginates each part on its own (keep-together breaks, a few
    // rounds) and keeps only its breaks, anchors and page count; the contents are then laid out
    // again with the sections' pages; the second walk lays each part out again with its breaks,
    // draws its pages and drops it. A batch of a thousand domains never holds more than one
    // domain's report and layout (Appendix A, every record of every domain, is one part: its
    // records are paragraphs, which lay out in linear time).
    const QString contentsAnchor = QStringLiteral("<a name=\"contents\">");
    const auto walkParts =
        [&](const std::function<void(const QString& html, const QList<ChartSlot>& charts)>& visit)
        -> std::expected<void, QString> {
        const QString front = AuditHtmlExporter::front(summary, options);
        const qsizetype bodyStart = front.indexOf(kBodyTag);
        const QString head = front.left(bodyStart + kBodyTag.size());
        for (const QString& part : splitBody(head, front.mid(bodyStart + kBodyTag.size())))
            visit(part, charts);
        QString records = AuditHtmlExporter::recordsHeading();
        auto walked = source([&](int i, const AuditReport& r) {
            QList<ChartSlot> partCharts = charts;
            // The domain's SPF include graph, as wide as the page and at most half a page high.
            const SpfGraphFigure figure(r.check(QStringLiteral("spf")),
                                        QSizeF(page.width() * 0.98, page.height() * 0.5),
                                        writer.resolution() / 96.0);
            if (!figure.isEmpty())
                partCharts.append({AuditDocumentOptions::spfGraphMarker(i),
                                   figure.size(),
                                   [&figure](QPainter* p, const QRectF& rect) { figure.draw(p, rect); },
                                   {}});
            for (const QString& part : splitBody(head, AuditHtmlExporter::domainSection(i, r, options)))
                visit(part, partCharts);
            records += AuditHtmlExporter::records(r);
        });
        if (!walked)
            return walked;
        for (const QString& part : splitBody(head, records))
            visit(part, charts);
        for (const QString& part : splitBody(head, AuditHtmlExporter::back(summary)))
            visit(part, charts);
        return {};
    };

    // First walk: each part's breaks, anchors and pages.
    std::vector<Part> laid;
    int contentsIndex = -1;
    auto walked = walkParts([&](const QString& html, const QList<ChartSlot>& partCharts) {
        if (contentsIndex < 0 && html.contains(contentsAnchor))
            contentsIndex = int(laid.size());
        Part& part = laid.emplace_back();
        layOutPart(part, writer, html, page, partCharts);
        part.doc.reset();
        part.charts.clear();
    });
    if (!walked)
        return walked;
    // The contents' own length does not depend on the numbers in it (one row per section), but it
    // is checked: when the contents laid out with their numbers have another page count, the
    // offsets are computed again.
    const auto firstPages = [&laid] {
        QHash<QString, int> pages;
        int offset = 0;
        for (const Part& part : laid) {
            for (auto it = part.anchors.constBegin(); it != part.anchors.constEnd(); ++it)
                if (!pages.contains(it.key()))
                    pages.insert(it.key(), offset + it.value());
            offset += part.pages;
        }
        return pages;
    };
    for (int round = 0; round < 3 && contentsIndex >= 0; ++round) {
        const QHash<QString, int> pages = firstPages();
        if (pages == options.pages)
            break;
        options.pages = pages;
        const QString front = AuditHtmlExporter::front(summary, options);
        const qsizetype bodyStart = front.indexOf(kBodyTag);
        const QStringList withPages =
            splitBody(front.left(bodyStart + kBodyTag.size()), front.mid(bodyStart + kBodyTag.size()));
        const auto contents = std::find_if(withPages.begin(), withPages.end(), [&](const QString& part) {
            return part.contains(contentsAnchor);
        });
        if (contents == withPages.end())
            break;
        const int before = laid[contentsIndex].pages;
        layOutPart(laid[contentsIndex], writer, *contents, page, charts);
        laid[contentsIndex].doc.reset();
        if (laid[contentsIndex].pages == before)
            break;
    }

    // Second walk: each part laid out again with its breaks, drawn, dropped.
    QPainter painter;
    if (!painter.begin(&writer))
        return std::unexpected(QStringLiteral("cannot write %1").arg(path));
    int pages = 0;
    for (const Part& part : laid)
        pages += part.pages;
    const QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    const double scale = double(writer.logicalDpiX()) / 96.0;
    int pageNumber = -1; // of the whole PDF, from 0
    size_t index = 0;
    walked = walkParts([&](const QString& html, const QList<ChartSlot>& allCharts) {
        if (index >= laid.size())
            return;
        const Part& plan = laid[index++];
        QList<ChartSlot> partCharts;
        for (const ChartSlot& chart : allCharts)
            if (html.contains(chart.marker))
                partCharts << chart;
        const std::unique_ptr<QTextDocument> doc = parseDocument(html, partCharts, scale);
        prepare(*doc, writer, page, partCharts, plan.breaks);
        QAbstractTextDocumentLayout* layout = doc->documentLayout();
        for (int p = 0; p < plan.pages; ++p) {
            if (++pageNumber > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, p * page.height(), page.width(), page.height());
            painter.setClipRect(context.clip);
            layout->draw(&painter, context);
            painter.restore();
            for (const ChartSlot& chart : std::as_const(partCharts))
                if (!chart.rect.isEmpty() && int(chart.rect.top() / page.height()) == p) {
                    painter.save();
                    chart.draw(&painter, chart.rect.translated(0, -p * page.height()));
                    painter.restore();
                }
            if (pageNumber > 0) { // the cover carries no footer
                painter.setFont(footerFont);
                painter.setPen(QColor(0x55, 0x55, 0x55));
                const QRectF line(0, page.height() + footer * 0.3, page.width(), footer * 0.7);
                painter.drawText(
                    line, Qt::AlignLeft | Qt::AlignVCenter,
                    QCoreApplication::translate("AuditDocument", "Email authentication audit — %1")
                        .arg(options.organisation));
                painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                                 QCoreApplication::translate("AuditDocument", "Page %1 of %2")
                                     .arg(pageNumber + 1)
                                     .arg(pages));
            }
        }
    });
    if (!painter.end())
        return std::unexpected(QStringLiteral("cannot finish %1").arg(path));
    if (!walked)
        return walked;
    if (index != laid.size())
        return std::unexpected(QStringLiteral("the reports changed while %1 was written").arg(path));
    return {};
}
