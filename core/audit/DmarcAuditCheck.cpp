#include "DmarcAuditCheck.h"

#include "dmarc/DmarcCheck.h"
#include "dns/DnsSession.h"

AuditCheckResult DmarcAuditCheck::run(const QString& domain, DnsSession& session, const AuditCheckOptions&) {
    // DmarcCheck wants shared ownership; the runner owns the session for longer than this call.
    std::shared_ptr<DnsSession> borrowed(&session, [](DnsSession*) {});
    const DmarcResult result = DmarcCheck(borrowed).run(domain);
    AuditCheckResult out;
    out.json = result.toJson();
    out.json.remove(QStringLiteral("queries")); // the audit keeps one query log per domain
    out.findings = result.findings;
    if (const DmarcRecord* record = result.record())
        out.recordsFound << QStringLiteral("_dmarc: %1").arg(record->text);
    return out;
}
