#pragma once
// The small interface the audit runs: one per area (SPF, DMARC, DKIM, later ones). run() blocks
// and is called on a DnsSession::checkPool() thread; all DNS goes through the session so that
// the query log holds the evidence.

#include "AuditCheckOptions.h"
#include "AuditCheckResult.h"

class DnsSession;

class AuditCheck {
public:
    virtual ~AuditCheck() = default;
    virtual QString area() const = 0; // "spf", "dmarc", "dkim"
    // A check that reads what the others found (DNSSEC validates the answers they relied on,
    // blocklists check the addresses they authorised) runs after them, with their JSON in
    // AuditCheckOptions::earlier and their questions in the session's query log.
    virtual bool runsAfterOthers() const { return false; }
    virtual AuditCheckResult run(const QString& domain, DnsSession& session,
                                 const AuditCheckOptions& options) = 0;
};
