#pragma once
// What the stakeholder document (HTML export and PDF) needs beyond the reports: who it is for,
// the period, the stored quarters for the trend, and, for the PDF, page numbers and a chart.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

struct AuditDocumentOptions {
    QString organisation;
    QString period;                // "2026-Q4"; derived from the audits when empty
    QJsonArray trend;              // AuditHistory::quarterlyTrend()
    QHash<QString, int> pages;     // section anchor -> page, for the PDF's table of contents
    bool chartPlaceholder = false; // the PDF draws the charts in place of marker paragraphs
    // Domain -> summary of its imported DMARC / TLS-RPT reports (SenderSections::collect): each
    // gets a "Who sends as this domain" section. Empty: no such sections.
    QHash<QString, QJsonObject> senders;
    static QString chartMarker() { return QStringLiteral("@@TREND-CHART@@"); }
    static QString senderChartMarker(const QString& domain) {
        return QStringLiteral("@@SENDER-CHART:%1@@").arg(domain);
    }
    // The SPF include graph of the index-th report (SpfGraphSvg, drawn by the PDF).
    static QString spfGraphMarker(int index) { return QStringLiteral("@@SPF-GRAPH:%1@@").arg(index); }
};
