#pragma once
// The executive summary's "Each area at a glance" table of the audit document (HTML export and
// PDF): one row per domain, one column per area of AuditAreaSummary (SPF, DKIM, DMARC, Reports,
// Transport, DNS), each cell the state by symbol, word and colour and the one-line reason. The same
// summary as the Overview tab's cards.

#include "AuditDocumentSummary.h"
#include "audit/AuditReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <functional>

class AreaSummaryHtml {
    Q_DECLARE_TR_FUNCTIONS(AreaSummaryHtml)

public:
    // senders: domain -> its imported reports' summary (AuditDocumentOptions::senders).
    static QString html(const QList<AuditReport>& reports, const QHash<QString, QJsonObject>& senders);
    // The same from the areas kept in the summary of a streamed batch.
    static QString html(const AuditDocumentSummary& summary);
    // The same in pieces of a few ten thousand characters (a row per domain).
    static void write(const AuditDocumentSummary& summary, const std::function<void(const QString&)>& out);
};
