#pragma once
// The stakeholder PDF: the HTML document of AuditHtmlExporter laid out by QTextDocument on A4
// pages of a QPdfWriter, with a table of contents that knows its page numbers, a footer with
// page numbers on every page, and the trend chart drawn by QCustomPlot as vectors.

#include "audit/AuditReport.h"
#include "audit/export/AuditDocumentOptions.h"
#include "audit/export/AuditDocumentSpool.h"
#include "audit/export/AuditDocumentSummary.h"

#include <expected>

class AuditPdfRenderer {
public:
    // Needs a QApplication (QCustomPlot is a widget); QT_QPA_PLATFORM=offscreen is enough.
    static std::expected<void, QString> render(const QList<AuditReport>& reports,
                                               AuditDocumentOptions options, const QString& path);
    // The reports one at a time: each call visits them all, in order (a spool read back).
    using ReportSource = std::function<std::expected<void, QString>(const AuditDocumentSpool::Visitor&)>;
    // summary: AuditDocumentSummary of the reports the source visits (with options.senders). The
    // document is made from the source twice (pagination, then drawing); only one report and its
    // part's layout are held at a time.
    static std::expected<void, QString> render(const AuditDocumentSummary& summary,
                                               const ReportSource& source, AuditDocumentOptions options,
                                               const QString& path);
};
