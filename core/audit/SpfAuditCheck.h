#pragma once
// The SPF check (core/spf: the fully expanded lookup tree and its findings) as an audit check.

#include "AuditCheck.h"

class SpfAuditCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("spf"); }
    AuditCheckResult run(const QString& domain, DnsSession& session,
                         const AuditCheckOptions& options) override;
};
