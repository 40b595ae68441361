#pragma once
// The verdict of each area of an audit at a glance: SPF, DKIM, DMARC, the imported reports,
// transport and DNS trust, each with a state (ok / warning / error / unknown) and the one line
// that explains it ("16 of 10 lookups: SPF fails", "p=quarantine, reports to 1 address"). The
// Overview tab's cards and the document's executive summary read the same list. The areas are
// one table in the .cpp: a new area is one more entry there.

#include "AuditReport.h"

#include <QCoreApplication>
#include <QJsonObject>

struct AuditAreaSummary {
    Q_DECLARE_TR_FUNCTIONS(AuditAreaSummary)

public:
    // In the order of severity: a combined state is the greatest.
    enum class State { Ok, Unknown, Warning, Error };

    QString id;    // "spf", "dkim", "dmarc", "reports", "transport", "dnstrust"
    QString title; // translated: "SPF", "DKIM", "DMARC", "Reports", "Transport", "DNS"
    State state = State::Unknown;
    QString reason; // one line, translated

    // The areas of the report in display order; an area whose check is not part of the report
    // (transport, DNS trust) is left out. senders: the domain's "Who sends as this domain" JSON
    // (SenderSections::collect), empty when no DMARC or TLS-RPT report was imported.
    static QList<AuditAreaSummary> of(const AuditReport& report, const QJsonObject& senders = {});
    static QString stateWord(State state); // translated: "OK", "Warning", "Error", "Unknown"
    static QString stateKey(State state);  // stable: "ok", "warning", "error", "unknown"
};
