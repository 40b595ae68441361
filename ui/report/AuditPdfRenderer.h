#pragma once
// The stakeholder PDF: the HTML document of AuditHtmlExporter laid out by QTextDocument on A4
// pages of a QPdfWriter, with a table of contents that knows its page numbers, a footer with
// page numbers on every page, and the trend chart drawn by QCustomPlot as vectors.

#include "audit/AuditReport.h"
#include "audit/export/AuditDocumentOptions.h"

#include <expected>

class AuditPdfRenderer {
public:
    // Needs a QApplication (QCustomPlot is a widget); QT_QPA_PLATFORM=offscreen is enough.
    static std::expected<void, QString> render(const QList<AuditReport>& reports,
                                               AuditDocumentOptions options, const QString& path);
};
