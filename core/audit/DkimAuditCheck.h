#pragma once
// The DKIM check (core/dkim) as an audit check: discovery plus the selectors the audit names.

#include "AuditCheck.h"

class DkimAuditCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("dkim"); }
    AuditCheckResult run(const QString& domain, DnsSession& session,
                         const AuditCheckOptions& options) override;
};
