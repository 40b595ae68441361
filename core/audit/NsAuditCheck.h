#pragma once
// The per-server check (core/nscheck) as an audit check: runs after the others so that every mail
// record they read in the zone (their questions are in the session's query log) is asked of every
// authoritative server too. Offline, demo and zone-file audits ask no server: their JSON says
// "not checked: offline" (or "zone file"). `audit --no-ns` leaves it out.

#include "AuditCheck.h"

class NsAuditCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("ns"); }
    bool runsAfterOthers() const override { return true; }
    AuditCheckResult run(const QString& domain, DnsSession& session,
                         const AuditCheckOptions& options) override;
};
