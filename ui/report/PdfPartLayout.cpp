#include "PdfPartLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

namespace {

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
std::unique_ptr<QTextDocument> parseDocument(QString html, const QList<PdfPartLayout::Chart>& charts,
                                             double scale) {
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

void placeCharts(QTextDocument& doc, double scale, QList<PdfPartLayout::Chart>& charts);

void prepare(QTextDocument& doc, QPdfWriter& writer, const QSizeF& page, QList<PdfPartLayout::Chart>& charts,
             const QList<int>& breaks) {
    doc.documentLayout()->setPaintDevice(&writer);
    const double scale = double(writer.logicalDpiX()) / 96.0;
    applyBreaks(doc, breaks);
    doc.setPageSize(page);
    placeCharts(doc, scale, charts);
}

// Where each chart's placeholder image landed (document coordinates).
void placeCharts(QTextDocument& doc, double scale, QList<PdfPartLayout::Chart>& charts) {
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
                if (!n.startsWith(QLatin1String("keep-")) && !n.startsWith(QLatin1String("mailsight-")) &&
                    !pages.contains(n)) // keep-…, mailsight-…: not sections
                    pages.insert(n, int(layout->blockBoundingRect(b).top() / pageHeight) + 1);
        }
    return pages;
}

// The charts whose markers are in html.
QList<PdfPartLayout::Chart> chartsIn(const QString& html, const QList<PdfPartLayout::Chart>& all) {
    QList<PdfPartLayout::Chart> out;
    for (const PdfPartLayout::Chart& chart : all)
        if (html.contains(chart.marker))
            out << chart;
    return out;
}

} // namespace

void PdfPartLayout::layOut(QPdfWriter& writer, const QString& html, const QSizeF& page,
                           const QList<Chart>& allCharts) {
    charts = chartsIn(html, allCharts);
    const double scale = double(writer.logicalDpiX()) / 96.0;
    constexpr int MaxRounds = 4;
    doc = parseDocument(html, charts, scale);
    breaks.clear();
    prepare(*doc, writer, page, charts, {});
    for (int round = 1; round < MaxRounds; ++round) {
        const QList<int> more = findBreaks(*doc, page.height());
        if (more.isEmpty())
            break;
        breaks += more;
        // setPageSize lays the whole document out again from its start: no stale positions.
        applyBreaks(*doc, more);
        doc->setPageSize(page);
        placeCharts(*doc, scale, charts);
    }
    anchors = anchorPages(*doc, page.height());
    // Pages past the content (the trailing empty block alone) are not printed.
    // Where the content ends: the lowest bottom of the root frame's tables and blocks, but for the
    // empty block QTextDocument keeps after a last table.
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    double end = 1;
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame())
            end = std::max(end, layout->frameBoundingRect(frame).bottom());
        else if (const QTextBlock b = it.currentBlock(); b != doc->lastBlock() || b.length() > 1)
            end = std::max(end, layout->blockBoundingRect(b).bottom());
    }
    pages = std::clamp(int((end - 1) / page.height()) + 1, 1, std::max(1, doc->pageCount()));
}

void PdfPartLayout::replay(QPdfWriter& writer, const QString& html, const QSizeF& page,
                           const QList<Chart>& allCharts) {
    charts = chartsIn(html, allCharts);
    doc = parseDocument(html, charts, double(writer.logicalDpiX()) / 96.0);
    prepare(*doc, writer, page, charts, breaks);
}

void PdfPartLayout::drawPage(QPainter& painter, int p, const QSizeF& page) const {
    painter.save();
    painter.translate(0, -p * page.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, p * page.height(), page.width(), page.height());
    painter.setClipRect(context.clip);
    doc->documentLayout()->draw(&painter, context);
    painter.restore();
    for (const Chart& chart : charts)
        if (!chart.rect.isEmpty() && int(chart.rect.top() / page.height()) == p) {
            painter.save();
            chart.draw(&painter, chart.rect.translated(0, -p * page.height()));
            painter.restore();
        }
}

QHash<int, QPair<double, double>> PdfPartLayout::marked(const QString& prefix) const {
    QHash<int, QPair<double, double>> out;
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    int current = -1;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it)
            for (const QString& n : it.fragment().charFormat().anchorNames())
                if (n.startsWith(prefix)) {
                    bool ok = false;
                    const int number = QStringView(n).mid(prefix.size()).toInt(&ok);
                    if (ok)
                        current = number;
                }
        if (current < 0)
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        const auto at = out.find(current);
        if (at == out.end())
            out.insert(current, {r.top(), r.bottom()});
        else
            at->second = std::max(at->second, r.bottom());
    }
    return out;
}

QList<double> PdfPartLayout::columnPercents(const QString& anchor) const {
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        bool named = false;
        for (auto it = b.begin(); !it.atEnd() && !named; ++it)
            named = it.fragment().charFormat().anchorNames().contains(anchor);
        if (!named)
            continue;
        const QTextCursor cursor(b);
        QTextTable* table = cursor.currentTable();
        if (!table)
            return {};
        QAbstractTextDocumentLayout* layout = doc->documentLayout();
        const int row = table->cellAt(cursor).row();
        // Where the table starts, where the text of each cell but the first starts, where the
        // table ends: each column with the border and padding on its left.
        const QRectF frame = layout->frameBoundingRect(table);
        QList<double> edges{frame.left()};
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            if (!cell.isValid() || cell.columnSpan() != 1)
                return {};
            if (c > 0)
                edges << layout->blockBoundingRect(cell.firstCursorPosition().block()).left();
        }
        edges << frame.right();
        const double width = edges.last() - edges.first();
        QList<double> out;
        for (qsizetype c = 0; c + 1 < edges.size() && width > 0; ++c)
            out << 100.0 * (edges.at(c + 1) - edges.at(c)) / width;
        // QTextDocument applies percentages to the table's width less its borders: each column a
        // pixel or two narrower than measured, enough to break a word that just fitted. Each
        // column gets a little more, taken from the widest (whose text wraps anyway).
        if (out.size() > 1) {
            const auto widest = std::max_element(out.begin(), out.end());
            for (auto it = out.begin(); it != out.end(); ++it)
                if (it != widest) {
                    *it += 0.6;
                    *widest -= 0.6;
                }
        }
        return out;
    }
    return {};
}
