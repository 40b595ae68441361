#pragma once
// DNSSEC as an audit check: runs after the others and validates the answers they relied on (the
// positive answers of the session's query log and the denials of the domain's own names; the
// NXDOMAIN answers to DKIM selector guesses are left out, see DnssecCheck::namesFromLog), from
// the trust anchor of `--trust-anchor`, the zone files' own keys, or Debian's root key.
// Offline and demo audits ask nothing beyond the zone files: an unsigned zone file is reported
// "not signed" in the JSON, without a DNSSEC-UNSIGNED finding (the demo zones are unsigned).

#include "AuditCheck.h"

class DnssecAuditCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("dnssec"); }
    bool runsAfterOthers() const override { return true; }
    AuditCheckResult run(const QString& domain, DnsSession& session,
                         const AuditCheckOptions& options) override;
};
