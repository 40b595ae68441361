#include "AuditPdfRenderer.h"

#include "SenderVolumeChartObject.h"
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
        if (b.blockFormat().headingLevel() > 0 && b.next().isValid()) {
            const QRectF heading = rect(b);
            const QRectF next = rect(b.next());
            if (pageOf(heading.top()) != pageOf(next.bottom() - 1) && pageOf(heading.top()) > 0)
                breakBefore(b);
        }
    }
    return breaks;
}

void applyBreaks(QTextDocument& doc, const QList<int>& breaks) {
    QTextBlockFormat f;
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    for (int fromEnd : breaks)
        QTextCursor(doc.findBlockByNumber(doc.blockCount() - fromEnd)).mergeBlockFormat(f);
}

// Finds where each chart goes (document coordinates). The charts are drawn after the page's text,
// not through the text layout, so their painter state cannot touch the text.
// breaks: from findBreaks over the same HTML, applied before the layout.
void prepare(QTextDocument& doc, QPdfWriter& writer, QString html, const QSizeF& page,
             QList<ChartSlot>& charts, const QList<int>& breaks) {
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QTextOption option = doc.defaultTextOption();
    // Long keys and records have no spaces: break them anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    // A blank image of each chart's size keeps its place in the flow. It goes in before the
    // layout: editing a laid-out document leaves later blocks at stale positions.
    QImage blank(1, 1, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    // Image sizes are screen pixels (96 dpi) that the layout scales to the device's resolution.
    const double scale = double(writer.logicalDpiX()) / 96.0;
    for (int i = 0; i < charts.size(); ++i) {
        const QString name = QStringLiteral("mailsight-chart-%1").arg(i);
        doc.addResource(QTextDocument::ImageResource, QUrl(name), blank);
        html.replace(charts.at(i).marker, QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                                              .arg(name)
                                              .arg(int(charts.at(i).size.width() / scale))
                                              .arg(int(charts.at(i).size.height() / scale)));
    }
    doc.setHtml(html);
    applyBreaks(doc, breaks);
    doc.setPageSize(page);
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
                if (!pages.contains(n))
                    pages.insert(n, int(layout->blockBoundingRect(b).top() / pageHeight) + 1);
        }
    return pages;
}

} // namespace

std::expected<void, QString> AuditPdfRenderer::render(const QList<AuditReport>& reports,
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
        options.organisation = AuditHtmlExporter::organisationLabel(reports, options);
    options.chartPlaceholder = true;
    QList<ChartSlot> charts;
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

    // Layout rounds: each finds where findings and headings need a page break of their own and the
    // pages the sections land on; the next round has those breaks, and those pages in the contents
    // table (the probe must see the final text). When a round finds nothing new, it is the final
    // document. Each round is a whole layout: after MaxRounds the last one is printed as it is (a
    // long document may keep a rare heading at a page's foot; small ones settle in two or three).
    constexpr int MaxRounds = 4;
    QList<int> breaks;
    std::unique_ptr<QTextDocument> doc;
    for (int round = 0; round < MaxRounds; ++round) {
        doc = std::make_unique<QTextDocument>();
        prepare(*doc, writer, AuditHtmlExporter::html(reports, options), page, charts, breaks);
        const QList<int> more = findBreaks(*doc, page.height());
        const QHash<QString, int> pages = anchorPages(*doc, page.height());
        if ((more.isEmpty() && pages == options.pages) || round == MaxRounds - 1)
            break;
        breaks += more;
        options.pages = pages;
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return std::unexpected(QStringLiteral("cannot write %1").arg(path));
    const int pages = doc->pageCount();
    const QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * page.height());
        doc->drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
        painter.restore();
        for (const ChartSlot& chart : std::as_const(charts))
            if (!chart.rect.isEmpty() && int(chart.rect.top() / page.height()) == p) {
                painter.save();
                chart.draw(&painter, chart.rect.translated(0, -p * page.height()));
                painter.restore();
            }
        if (p > 0) { // the cover carries no footer
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF line(0, page.height() + footer * 0.3, page.width(), footer * 0.7);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             QCoreApplication::translate("AuditDocument", "Email authentication audit — %1")
                                 .arg(options.organisation));
            painter.drawText(
                line, Qt::AlignRight | Qt::AlignVCenter,
                QCoreApplication::translate("AuditDocument", "Page %1 of %2").arg(p + 1).arg(pages));
        }
    }
    if (!painter.end())
        return std::unexpected(QStringLiteral("cannot finish %1").arg(path));
    return {};
}
