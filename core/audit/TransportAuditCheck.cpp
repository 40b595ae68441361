#include "TransportAuditCheck.h"

#include "dns/DnsSession.h"
#include "dnssec/SessionDnssec.h"
#include "net/ConnectionLog.h"
#include "transport/TransportCheck.h"

AuditCheckResult TransportAuditCheck::run(const QString& domain, DnsSession& session,
                                          const AuditCheckOptions& options) {
    ConnectionLog connections;
    TransportCheck check(session, options.net, &connections);
    check.setProbeSmtp(options.probeSmtp);
    // DANE: TLSA records count only when DNSSEC says they are secure.
    SessionDnssec dnssec(session, options.trustAnchorFile, options.net.offline);
    check.setDnssecLookup(dnssec.lookup());
    const TransportResult result = check.run(domain);
    AuditCheckResult out;
    out.json = result.toJson();
    out.json.insert(QStringLiteral("connections"), connections.toJson());
    out.findings = result.findings;
    for (const TransportResult::MxHost& h : result.mx.hosts)
        out.recordsFound << QStringLiteral("MX: %1 %2").arg(h.preference).arg(h.host);
    if (result.mx.nullMx)
        out.recordsFound << QStringLiteral("MX: 0 .");
    if (result.mtaSts.record)
        out.recordsFound << QStringLiteral("_mta-sts: %1").arg(result.mtaSts.record->text);
    if (result.tlsRpt.record)
        out.recordsFound << QStringLiteral("_smtp._tls: %1").arg(result.tlsRpt.record->text);
    if (result.bimi.record)
        out.recordsFound << QStringLiteral("default._bimi: %1").arg(result.bimi.record->text);
    return out;
}
