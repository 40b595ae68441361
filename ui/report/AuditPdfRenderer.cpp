#include "AuditPdfRenderer.h"

#include "TrendChartObject.h"
#include "audit/export/AuditHtmlExporter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

// Returns where the chart goes (document coordinates), or an empty rectangle. The chart is drawn
// after the page's text, not through the text layout, so its painter state cannot touch the text.
QRectF prepare(QTextDocument& doc, QPdfWriter& writer, QString html, const QSizeF& page,
               const QSizeF& chart) {
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QTextOption option = doc.defaultTextOption();
    // Long keys and records have no spaces: break them anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    const QString chartName = QStringLiteral("mailsight-chart");
    if (!chart.isEmpty()) {
        // A blank image of the chart's size keeps its place in the flow. It goes in before the
        // layout: editing a laid-out document leaves later blocks at stale positions.
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        doc.addResource(QTextDocument::ImageResource, QUrl(chartName), blank);
        // Image sizes are screen pixels (96 dpi) that the layout scales to the device's resolution.
        const double scale = double(writer.logicalDpiX()) / 96.0;
        html.replace(AuditDocumentOptions::chartMarker(),
                     QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                         .arg(chartName)
                         .arg(int(chart.width() / scale))
                         .arg(int(chart.height() / scale)));
    }
    doc.setHtml(html);
    doc.setPageSize(page);
    if (chart.isEmpty())
        return {};
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat() &&
                it.fragment().charFormat().toImageFormat().name() == chartName) {
                const QRectF block = doc.documentLayout()->blockBoundingRect(b);
                const QSizeF size(
                    it.fragment().charFormat().toImageFormat().width() * writer.logicalDpiX() / 96.0,
                    it.fragment().charFormat().toImageFormat().height() * writer.logicalDpiX() / 96.0);
                return QRectF(block.left() + (block.width() - size.width()) / 2,
                              block.bottom() - size.height(), size.width(), size.height());
            }
    return {};
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
    options.chartPlaceholder = !options.trend.isEmpty();
    std::unique_ptr<TrendChartObject> chart;
    QSizeF chartSize;
    if (options.chartPlaceholder) {
        chartSize = QSizeF(page.width() * 0.85, page.width() * 0.4);
        chart = std::make_unique<TrendChartObject>(options.trend, chartSize);
    }

    // Two passes: lay out once to learn the pages of the sections, then again with them in the
    // contents table (its lines do not change, so neither do the pages).
    QTextDocument first;
    prepare(first, writer, AuditHtmlExporter::html(reports, options), page, chartSize);
    options.pages = anchorPages(first, page.height());
    QTextDocument doc;
    const QRectF chartRect = prepare(doc, writer, AuditHtmlExporter::html(reports, options), page, chartSize);

    QPainter painter;
    if (!painter.begin(&writer))
        return std::unexpected(QStringLiteral("cannot write %1").arg(path));
    const int pages = doc.pageCount();
    const QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * page.height());
        doc.drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
        painter.restore();
        if (chart && !chartRect.isEmpty() && int(chartRect.top() / page.height()) == p) {
            painter.save();
            chart->drawObject(&painter, chartRect.translated(0, -p * page.height()), nullptr, 0,
                              QTextFormat());
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
