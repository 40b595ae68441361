#pragma once
// The "Who sends as this domain" section of the audit document (HTML export and PDF), from the
// imported DMARC aggregate and TLS-RPT reports' summary (SenderSections): volume and pass rates,
// the volume by week (with the chart's marker for the PDF), top and unknown sources, forwarders,
// what a stricter policy would do, TLS-RPT failures. Every value from the reports is escaped.

#include <QJsonObject>
#include <QString>

class SenderSectionHtml {
public:
    // chart: put the marker the PDF replaces with the volume chart (AuditDocumentOptions).
    static QString fragment(const QString& domain, const QJsonObject& summary, bool chart);
};
