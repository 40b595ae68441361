#pragma once
// Finds the DMARC record that applies to a From domain, both ways receivers do it: RFC 9989 §4.10.1
// (the From domain's record, else the record of the organizational domain found by the DNS tree
// walk, else the public suffix domain's; at most 8 queries, psd=y/n stop the walk) and RFC 7489
// §6.6.3 (the From domain, then its Public Suffix List organizational domain). Independent
// queries run in parallel.

#include "DmarcDiscoveryResult.h"

#include <memory>

class DnsSession;
struct DnsAnswer;

class DmarcDiscovery {
public:
    explicit DmarcDiscovery(std::shared_ptr<DnsSession> session);

    // Blocking: call on DnsSession::checkPool() threads or the CLI main thread.
    DmarcDiscoveryResult discover(const QString& fromDomain) const;

    // DmarcTreeWalk::domains(): the names the RFC 9989 tree walk may ask about.
    static QStringList treeWalkDomains(const QString& fromDomain);
    static DmarcDiscoveryStep stepFromAnswer(const QString& domain, const DnsAnswer& answer);
    // Fills rfc9989, rfc7489 and the organizational domains from the steps already in result.
    static void decide(DmarcDiscoveryResult& result);

private:
    std::shared_ptr<DnsSession> m_session;
};
