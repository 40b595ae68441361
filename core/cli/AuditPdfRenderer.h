#pragma once
// The PDF of an audit or a merged batch: drawn by mailsight-report (it needs Qt Widgets; the CLI
// links only core) from a spool of the reports and a small JSON file naming the rest (the cover's
// organisation, the trend, the sender sections).

#include "audit/export/AuditDocumentOptions.h"

#include <expected>

class AuditDocumentSpool;

class AuditPdfRenderer {
public:
    // MAILSIGHT_REPORT_RENDERER, mailsight-report beside the CLI, or on PATH; empty when none.
    static QString rendererPath();
    static std::expected<void, QString> render(AuditDocumentSpool& spool,
                                               const AuditDocumentOptions& document,
                                               const QString& languageCode, const QString& pdfPath);
};
