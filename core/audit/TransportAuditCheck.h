#pragma once
// The transport check (core/transport: MX, null MX, MTA-STS, TLS-RPT, STARTTLS when asked) as an
// audit check. Its JSON carries the connections it made (the audit keeps one DNS query log per
// domain, but connections only here). In AuditChecks::all(); `audit --no-transport` leaves it out.

#include "AuditCheck.h"

class TransportAuditCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("transport"); }
    AuditCheckResult run(const QString& domain, DnsSession& session,
                         const AuditCheckOptions& options) override;
};
