#pragma once
// The stakeholder document as HTML, in the subset QTextDocument renders, so that the PDF
// (ui/report) prints exactly this content: cover, contents, executive summary, trend, per
// domain SPF tree, DKIM keys, DMARC explanation, findings and who sends as the domain (from
// imported DMARC / TLS-RPT reports), and the appendices.

#include "AuditDocumentOptions.h"
#include "audit/AuditReport.h"

class AuditHtmlExporter {
public:
    static QString html(const QList<AuditReport>& reports, const AuditDocumentOptions& options = {});
    static QByteArray write(const QList<AuditReport>& reports, const AuditDocumentOptions& options = {}) {
        return html(reports, options).toUtf8();
    }
    // Section anchors in document order with their titles (the table of contents).
    static QList<QPair<QString, QString>> sections(const QList<AuditReport>& reports,
                                                   const AuditDocumentOptions& options = {});
    // Who the document is for: the organisation given, else the audited domains.
    static QString organisationLabel(const QList<AuditReport>& reports, const AuditDocumentOptions& options);
    static QString senderAnchor(int index); // the "Who sends as this domain" section of reports[index]
    // Up to `count` findings to fix first across all domains: errors before warnings, then the
    // codes that affect the most domains.
    static QList<Finding> mostUrgent(const QList<AuditReport>& reports, int count = 3);
};
