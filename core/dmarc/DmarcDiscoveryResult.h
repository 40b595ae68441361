#pragma once
// What DMARC discovery saw for one From domain: the RFC 9989 tree walk, the RFC 7489 lookups
// (From domain, then the PSL organizational domain), the record each reading applies, and the
// organizational domain by both methods.

#include "DmarcAppliedRecord.h"
#include "DmarcDiscoveryStep.h"

#include <QJsonObject>

struct DmarcDiscoveryResult {
    QString fromDomain;
    std::optional<bool> fromExists;         // false on NXDOMAIN; unknown when the query failed
    QList<DmarcDiscoveryStep> walk;         // RFC 9989 §4.10, in order, at most 8
    QList<DmarcDiscoveryStep> rfc7489Steps; // RFC 7489 §6.6.3: From domain, then organizational domain
    QString orgDomain9989;
    QString orgDomain9989Reason;
    QString orgDomain7489; // PSL registrable domain ("" when the name is a public suffix)
    QString publicSuffix7489;
    DmarcAppliedRecord rfc9989;
    DmarcAppliedRecord rfc7489;
    QString apexRecordText; // a v=DMARC1 TXT at the From domain itself (never read by receivers)
    QStringList fromTexts;  // the From domain's own TXT records
    DnsOutcome fromOutcome = DnsOutcome::NoData;

    bool orgDomainsAgree() const {
        return orgDomain9989 == (orgDomain7489.isEmpty() ? fromDomain : orgDomain7489);
    }
    // Same record (same place) for both readings.
    bool recordsAgree() const { return rfc9989.recordDomain == rfc7489.recordDomain; }
    QJsonObject toJson() const;
};
