#pragma once
// DANE for SMTP (RFC 7672) over a domain's MX hosts: asks the _25._tcp.<host> TLSA records
// through the session (after the MX CNAME target when the alias is secure, RFC 7672 §2.2.2),
// their DNSSEC status through a DnssecLookup (none set: "DNSSEC not validated"), matches them
// against the chain the STARTTLS probe saw and adds the DANE-* findings.

#include "TransportResult.h"
#include "dns/DnsAnswer.h"
#include "dnssec/DnssecStatus.h"

#include <QFuture>

class DnsSession;

class DaneChecker {
public:
    DaneChecker(DnsSession& session, DnssecLookup dnssec);
    static QString tlsaName(const QString& host) { return QStringLiteral("_25._tcp.") + host; }

    // Starts the TLSA lookups of every host (does not block).
    void start(const QList<TransportResult::MxHost>& hosts);
    // Waits for the answers and fills each host's dane (records, DNSSEC status). Blocks.
    void collect(QList<TransportResult::MxHost>& hosts);
    // Matches a host's records against its probe (nullptr: not probed) and adds findings.
    static void evaluate(const QString& domain, TransportResult::MxHost& host, const SmtpProbeResult* probe,
                         QList<Finding>& findings);

private:
    DnssecStatus status(const QString& name, DnsRecordType type) const;
    void fill(DaneResult& dane, const DnsAnswer& answer) const;

    DnsSession& m_session;
    DnssecLookup m_dnssec;
    QList<QFuture<DnsAnswer>> m_lookups;
};
