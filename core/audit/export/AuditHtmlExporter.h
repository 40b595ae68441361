#pragma once
// The stakeholder document as HTML, in the subset QTextDocument renders, so that the PDF
// (ui/report) prints exactly this content: cover, contents, executive summary, trend, per
// domain SPF tree, DKIM keys, DMARC explanation, findings and who sends as the domain (from
// imported DMARC / TLS-RPT reports), and the appendices.
//
// html() is the concatenation of front(), each domainSection(), recordsHeading(), each
// records() and back(): a batch writes them one report at a time from a spool
// (AuditDocumentSpool), holding only the summary the cover and appendix B need.

#include "AuditDocumentOptions.h"
#include "AuditDocumentSummary.h"
#include "audit/AuditReport.h"

#include <functional>

class AuditHtmlExporter {
public:
    static QString html(const QList<AuditReport>& reports, const AuditDocumentOptions& options = {});
    static QByteArray write(const QList<AuditReport>& reports, const AuditDocumentOptions& options = {}) {
        return html(reports, options).toUtf8();
    }
    // The parts of html(), in document order.
    // The head, cover, contents, executive summary and trend: head() and frontBody().
    static QString front(const AuditDocumentSummary& summary, const AuditDocumentOptions& options);
    static QString head(); // up to and with <body>: the title and style sheet
    // Parts a batch of any length writes out in pieces (tables with a row per domain).
    using Out = std::function<void(const QString& html)>;
    static void frontBody(const AuditDocumentSummary& summary, const AuditDocumentOptions& options,
                          const Out& out);
    static void back(const AuditDocumentSummary& summary, const Out& out);
    // The section of the index-th domain (starts on a page of its own).
    static QString domainSection(int index, const AuditReport& report, const AuditDocumentOptions& options);
    static QString recordsHeading();                          // Appendix A's heading
    static QString records(const AuditReport& report);        // a domain's records in Appendix A
    static QString back(const AuditDocumentSummary& summary); // Appendices B and C, the end
    // Section anchors in document order with their titles (the table of contents).
    static QList<QPair<QString, QString>> sections(const QList<AuditReport>& reports,
                                                   const AuditDocumentOptions& options = {});
    static QList<QPair<QString, QString>> sections(const AuditDocumentSummary& summary,
                                                   const AuditDocumentOptions& options);
    // Who the document is for: the organisation given, else the audited domains.
    static QString organisationLabel(const QList<AuditReport>& reports, const AuditDocumentOptions& options);
    static QString organisationLabel(const AuditDocumentSummary& summary,
                                     const AuditDocumentOptions& options);
    static QString senderAnchor(int index); // the "Who sends as this domain" section of reports[index]
    // Up to `count` findings to fix first across all domains: errors before warnings, then the
    // codes that affect the most domains.
    static QList<Finding> mostUrgent(const QList<AuditReport>& reports, int count = 3);
    static QList<Finding> mostUrgent(const AuditDocumentSummary& summary, int count = 3);

private:
    static QString labelOf(const QStringList& domains, const AuditDocumentOptions& options);
};
