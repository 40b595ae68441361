#include "DnssecAuditCheck.h"

#include "dns/DnsSession.h"
#include "dnssec/DnssecAnchors.h"
#include "dnssec/DnssecCheck.h"

AuditCheckResult DnssecAuditCheck::run(const QString& domain, DnsSession& session,
                                       const AuditCheckOptions& options) {
    AuditCheckResult out;
    const auto anchors = DnssecAnchors::choose(session, options.trustAnchorFile,
                                               TrustAnchorSet::defaultPath(), !options.net.offline);
    if (!anchors) {
        DnssecResult r;
        r.domain = domain;
        r.notValidated = anchors.error();
        out.json = r.toJson();
        return out;
    }
    // Read the log before validating: the validator's own DS/DNSKEY questions land in it too.
    const QList<DnssecCheck::Name> names = DnssecCheck::namesFromLog(session.log()->entries(), domain);
    DnssecValidator validator(session, anchors->anchors);
    DnssecCheck check(session, validator);
    DnssecResult result = check.run(domain, names, anchors->unsignedZoneFiles);
    if (options.net.offline)
        result.findings.removeIf([](const Finding& f) { return f.code == QLatin1String("DNSSEC-UNSIGNED"); });
    if (anchors->anchors.isEmpty())
        result.notValidated = options.net.offline
                                  ? QStringLiteral("offline, and the zone files are not signed")
                                  : QStringLiteral("no trust anchor: the zone data is not signed "
                                                   "and no live DNS is behind it");
    out.json = result.toJson();
    out.findings = result.findings;
    for (const DnssecValidation& v : result.names)
        if (v.name == domain && v.type == DnsRecordType::TXT)
            out.recordsFound
                << QStringLiteral("DNSSEC: %1 (%2)").arg(dnssecStateName(v.status.state), v.status.reason);
    return out;
}
