#pragma once
// The DNSSEC check of one domain: validates a list of (name, type) with a DnssecValidator and
// turns what it found into findings (DNSSEC-BOGUS per bogus name, one DNSSEC-UNSIGNED, and the
// signing health of the domain's own zones: RRSIGs expiring within 7 days, RFC 8624 algorithms,
// NSEC3 iterations). Which names: mailNames() for the CLI (the domain's mail records asked
// afresh), namesFromLog() for the audit (the answers the other checks relied on).

#include "DnssecResult.h"
#include "DnssecValidator.h"
#include "dns/QueryLogEntry.h"

class DnssecCheck {
public:
    struct Name {
        QString name;
        DnsRecordType type = DnsRecordType::TXT;
        bool operator==(const Name&) const = default;
    };
    // At most this many names are validated per domain (each costs a few DS/DNSKEY questions the
    // first time a zone is met); the rest are counted in DnssecResult::skipped.
    static constexpr int MaxNames = 60;

    DnssecCheck(DnsSession& session, DnssecValidator& validator);
    // unsignedZoneFiles: --zone files without DNSKEY (their names are reported "not signed").
    DnssecResult run(const QString& domain, const QList<Name>& names,
                     const QStringList& unsignedZoneFiles = {});

    // The domain's mail-relevant names: its TXT (SPF) and MX, _dmarc, _mta-sts, _smtp._tls TXT,
    // each MX host's A and AAAA (asked through the session), and SELECTOR._domainkey TXT.
    static QList<Name> mailNames(DnsSession& session, const QString& domain, const QStringList& selectors);
    // The answers the audit's other checks relied on, from the query log: every positive answer
    // (of any name: SPF includes, DKIM keys found, MX hosts, PTR) and the denials of the domain's
    // own fixed names (TXT, MX, _dmarc, _mta-sts, _smtp._tls, default._bimi). The NXDOMAIN
    // answers to DKIM selector guesses are not validated: they prove nothing the audit uses.
    static QList<Name> namesFromLog(const QList<QueryLogEntry>& entries, const QString& domain);

private:
    DnsSession& m_session;
    DnssecValidator& m_validator;
};
