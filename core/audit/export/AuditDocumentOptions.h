#pragma once
// What the stakeholder document (HTML export and PDF) needs beyond the reports: who it is for,
// the period, the stored quarters for the trend, and, for the PDF, page numbers and a chart.

#include <QHash>
#include <QJsonArray>
#include <QString>

struct AuditDocumentOptions {
    QString organisation;
    QString period;                // "2026-Q4"; derived from the audits when empty
    QJsonArray trend;              // AuditHistory::quarterlyTrend()
    QHash<QString, int> pages;     // section anchor -> page, for the PDF's table of contents
    bool chartPlaceholder = false; // the PDF draws the chart in place of a marker paragraph
    static QString chartMarker() { return QStringLiteral("@@TREND-CHART@@"); }
};
