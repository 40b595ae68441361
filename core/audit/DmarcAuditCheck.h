#pragma once
// The DMARC check (core/dmarc) as an audit check.

#include "AuditCheck.h"

class DmarcAuditCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("dmarc"); }
    AuditCheckResult run(const QString& domain, DnsSession& session,
                         const AuditCheckOptions& options) override;
};
