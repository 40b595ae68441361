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

void prepare(QTextDocument& doc, QPdfWriter& writer, const QString& html, const QSizeF& page, TrendChartObject* chart)
{
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QTextOption option = doc.defaultTextOption();
    // Long keys and records have no spaces: break them anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    doc.setPageSize(page);
    if (chart) {
        doc.documentLayout()->registerHandler(TrendChartObject::Type, chart);
        QTextCursor found = doc.find(AuditDocumentOptions::chartMarker());
        if (!found.isNull()) {
            QTextCharFormat f;
            f.setObjectType(TrendChartObject::Type);
            found.insertText(QString(QChar::ObjectReplacementCharacter), f);
        }
    }
}

// Which page each section anchor landed on.
QHash<QString, int> anchorPages(QTextDocument& doc, double pageHeight)
{
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

std::expected<void, QString> AuditPdfRenderer::render(const QList<AuditReport>& reports, AuditDocumentOptions options,
                                                      const QString& path)
{
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
    if (options.chartPlaceholder)
        chart = std::make_unique<TrendChartObject>(options.trend, QSizeF(page.width() * 0.85, page.width() * 0.4));

    // Two passes: lay out once to learn the pages of the sections, then again with them in the
    // contents table (its lines do not change, so neither do the pages).
    QTextDocument first;
    prepare(first, writer, AuditHtmlExporter::html(reports, options), page, chart.get());
    options.pages = anchorPages(first, page.height());
    QTextDocument doc;
    prepare(doc, writer, AuditHtmlExporter::html(reports, options), page, chart.get());

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
        if (p > 0) { // the cover carries no footer
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF line(0, page.height() + footer * 0.3, page.width(), footer * 0.7);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             QCoreApplication::translate("AuditDocument", "Email authentication audit — %1")
                                 .arg(options.organisation));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                             QCoreApplication::translate("AuditDocument", "Page %1 of %2").arg(p + 1).arg(pages));
        }
    }
    if (!painter.end())
        return std::unexpected(QStringLiteral("cannot finish %1").arg(path));
    return {};
}
