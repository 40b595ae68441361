#include "AuditPdfRenderer.h"

#include "SenderVolumeChartObject.h"
#include "SpfGraphFigure.h"
#include "TrendChartObject.h"
#include "audit/export/AuditHtmlExporter.h"

#include "HtmlUnitSplitter.h"
#include "PdfPieceStream.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <functional>
#include <vector>

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
    QList<PdfPartLayout::Chart>
        charts; // the trend's and the senders' (each domain's SPF graph: with its part)
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
    // draws its pages and drops it. A part that names every domain (the contents, the executive
    // summary's tables, Appendix A with every record, Appendix B) is laid out in pieces of a
    // bounded size (PdfPieceStream), and Appendix A is read from the reports a second time rather
    // than gathered: a batch of any length holds one domain's report and one piece's layout.
    const QString contentsAnchor = QStringLiteral("<a name=\"contents\">");
    const QString head = AuditHtmlExporter::head();
    const auto feedFront = [&](HtmlUnitSplitter& splitter) {
        AuditHtmlExporter::frontBody(summary, options,
                                     [&splitter](const QString& html) { splitter.feed(html); });
    };
    int contentsPart = -1;
    const auto walkParts = [&](PdfPieceStream& stream) -> std::expected<void, QString> {
        HtmlUnitSplitter splitter([&](HtmlUnitSplitter::Unit unit) {
            const bool contents = contentsPart < 0 && unit.html.contains(contentsAnchor);
            stream.add(std::move(unit));
            if (contents)
                contentsPart = stream.part();
        });
        stream.setCharts(charts);
        feedFront(splitter);
        stream.endPart();
        auto walked = source([&](int i, const AuditReport& r) {
            QList<PdfPartLayout::Chart> partCharts = charts;
            // The domain's SPF include graph, as wide as the page and at most half a page high.
            const SpfGraphFigure figure(r.check(QStringLiteral("spf")),
                                        QSizeF(page.width() * 0.98, page.height() * 0.5),
                                        writer.resolution() / 96.0);
            if (!figure.isEmpty())
                partCharts.append({AuditDocumentOptions::spfGraphMarker(i),
                                   figure.size(),
                                   [&figure](QPainter* p, const QRectF& rect) { figure.draw(p, rect); },
                                   {}});
            stream.setCharts(partCharts);
            splitter.feed(AuditHtmlExporter::domainSection(i, r, options));
            stream.endPart(); // while the figure lives
        });
        if (!walked)
            return walked;
        stream.setCharts(charts);
        splitter.feed(AuditHtmlExporter::recordsHeading());
        walked = source([&](int, const AuditReport& r) { splitter.feed(AuditHtmlExporter::records(r)); });
        if (!walked)
            return walked;
        stream.endPart();
        AuditHtmlExporter::back(summary, [&splitter](const QString& html) { splitter.feed(html); });
        stream.endPart();
        return {};
    };

    // First walk: each piece's breaks, anchors and pages.
    std::vector<PdfPieceStream::Piece> laid;
    {
        PdfPieceStream planning(writer, page, head,
                                [&laid](PdfPieceStream::Piece piece) { laid.push_back(std::move(piece)); });
        if (auto walked = walkParts(planning); !walked)
            return walked;
    }
    // The contents' own length does not depend on the numbers in it (one row per section), but it
    // is checked: when the contents laid out with their numbers have another page count, the
    // offsets are computed again.
    const auto firstPages = [&laid] {
        QHash<QString, int> pages;
        int offset = 0;
        for (const PdfPieceStream::Piece& piece : laid) {
            for (auto it = piece.anchors.constBegin(); it != piece.anchors.constEnd(); ++it)
                if (!pages.contains(it.key()))
                    pages.insert(it.key(), offset + it.value());
            offset += piece.pages;
        }
        return pages;
    };
    const auto contentsPages = [&laid, &contentsPart] {
        int pages = 0;
        for (const PdfPieceStream::Piece& piece : laid)
            pages += piece.part == contentsPart ? piece.pages : 0;
        return pages;
    };
    for (int round = 0; round < 3 && contentsPart >= 0; ++round) {
        const QHash<QString, int> pages = firstPages();
        if (pages == options.pages)
            break;
        options.pages = pages;
        // The contents part alone, laid out again with its numbers.
        std::vector<PdfPieceStream::Piece> contents;
        PdfPieceStream planning(writer, page, head, [&](PdfPieceStream::Piece piece) {
            piece.part = contentsPart;
            contents.push_back(std::move(piece));
        });
        planning.setCharts(charts);
        int part = 0;
        bool any = false;
        HtmlUnitSplitter splitter([&](HtmlUnitSplitter::Unit unit) {
            if (unit.pageBreak && any)
                ++part;
            any = true;
            if (part == contentsPart)
                planning.add(std::move(unit));
        });
        feedFront(splitter);
        planning.endPart();
        const int before = contentsPages();
        const auto first =
            std::find_if(laid.begin(), laid.end(), [&](const auto& p) { return p.part == contentsPart; });
        const auto end =
            std::find_if(first, laid.end(), [&](const auto& p) { return p.part != contentsPart; });
        laid.insert(laid.erase(first, end), contents.begin(), contents.end());
        if (contentsPages() == before)
            break;
    }

    // Second walk: each piece laid out again with its breaks, drawn, dropped.
    QPainter painter;
    if (!painter.begin(&writer))
        return std::unexpected(QStringLiteral("cannot write %1").arg(path));
    int pages = 0;
    for (const PdfPieceStream::Piece& piece : laid)
        pages += piece.pages;
    const QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    int pageNumber = -1; // of the whole PDF, from 0
    PdfPieceStream drawing(writer, page, head, laid, 0, [&](const PdfPartLayout& layout, int count) {
        for (int p = 0; p < count; ++p) {
            if (++pageNumber > 0)
                writer.newPage();
            layout.drawPage(painter, p, page);
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
    const auto walked = walkParts(drawing);
    if (!painter.end())
        return std::unexpected(QStringLiteral("cannot finish %1").arg(path));
    if (!walked)
        return walked;
    if (drawing.failed() || drawing.next() != laid.size())
        return std::unexpected(QStringLiteral("the reports changed while %1 was written").arg(path));
    return {};
}
