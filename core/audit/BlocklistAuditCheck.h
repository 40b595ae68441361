#pragma once
// The blocklist check (core/blocklist) as an audit check. It runs after the others and looks up
// what they found: the MX addresses (transport JSON), the addresses the SPF tree authorises (spf
// JSON), the report sources the audit passes in, and the domain and MX names. Offline, demo and
// zone-file-only audits send no list query. In AuditChecks::all(); `audit --no-blocklists` leaves
// it out. One rate limiter per check object, so every domain of a batch shares each list's bucket.

#include "AuditCheck.h"

#include <QMutex>
#include <memory>

class BlocklistRateLimiter;

class BlocklistAuditCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("blocklists"); }
    bool runsAfterOthers() const override { return true; }
    AuditCheckResult run(const QString& domain, DnsSession& session,
                         const AuditCheckOptions& options) override;

private:
    QMutex m_mutex;
    std::shared_ptr<BlocklistRateLimiter> m_limiter;
};
