#include "SpfAuditCheck.h"

#include "spf/SpfTreeBuilder.h"

AuditCheckResult SpfAuditCheck::run(const QString& domain, DnsSession& session, const AuditCheckOptions&) {
    const SpfLookupTree tree = SpfTreeBuilder(&session, {}).build(domain);
    AuditCheckResult out;
    out.json = tree.toJson();
    out.json.remove(QStringLiteral("queries"));
    out.findings = tree.findings;
    if (!tree.root.record.isEmpty())
        out.recordsFound << QStringLiteral("SPF: %1").arg(tree.root.record);
    return out;
}
