#pragma once
// Checks rua/ruf destinations in DNS: the MX of each destination domain, and for a destination
// outside the organizational domain the authorization record <domain>._report._dmarc.<destination>
// (RFC 9990 §3.2.3, RFC 7489 §7.1; a wildcard *._report._dmarc.<destination> answers it too).
// All queries are started together and awaited afterwards.

#include "DmarcReportDestination.h"

#include <memory>

class DnsSession;

class DmarcDestinationChecker {
public:
    explicit DmarcDestinationChecker(std::shared_ptr<DnsSession> session);

    // policyDomain: where the record was found (the name used in the authorization query).
    // orgDomains: the organizational domain(s) that count as "inside".
    QList<DmarcReportDestination> check(const QList<DmarcReportUri>& uris, const QString& policyDomain,
                                        const QStringList& orgDomains) const;
    static bool isInside(const QString& destination, const QStringList& orgDomains);

private:
    std::shared_ptr<DnsSession> m_session;
};
