#pragma once
// Turns audits into Prometheus metrics (text exposition format 0.0.4), the set documented in
// docs/monitoring.md: grade, findings by severity, SPF lookups, DMARC policy under both readings,
// DKIM key size and age, STARTTLS certificate expiry, DMARC pass ratio, when the audit ran, how
// long it took, whether it could run at all, and where the seed mailboxes placed the last test
// message (mailsight_seed_*). An audit that could not run (DNS unreachable,
// timed out, cancelled, invalid name) says so in mailsight_audit_up and gives no grade: a DNS
// outage must page as an outage, not look like a domain that fell to F.

#include "MetricsInput.h"
#include "PrometheusText.h"

class MetricsWriter {
public:
    static QByteArray write(const MetricsInput& input);
    // The numeric value of a grade letter: A=5, B=4, C=3, D=2, E=1, F=0; nullopt for anything else.
    static std::optional<int> gradeValue(const QString& letter);
    // Why an audit could not run ("dns-unreachable", "timeout", "cancelled", "invalid-name"), or
    // empty when it ran.
    static QString failureReason(const AuditReport& report);
    // mailsight_seed_placement's value: inbox 1, another folder 0.5, spam 0, missing -1.
    static double placementValue(SeedPlacement placement);

private:
    static void declare(PrometheusText& text);
    static void addReport(PrometheusText& text, const MetricsInput& input, const AuditReport& report,
                          const QDateTime& now);
    static void addSeedRun(PrometheusText& text, const SeedHistoryRun& run);
};
