#pragma once
// Finds the DMARC record that applies to a From domain, both ways receivers do it: the RFC 9989
// DNS tree walk (§4.10: at most 8 queries, psd=y/n stop it) and the RFC 7489 lookup of the From
// domain then its Public Suffix List organizational domain (§6.6.3). Independent queries run in
// parallel; each tree-walk step depends on the one before and waits for it.

#include "DmarcDiscoveryResult.h"

#include <memory>

class DnsSession;
struct DnsAnswer;

class DmarcDiscovery {
public:
    explicit DmarcDiscovery(std::shared_ptr<DnsSession> session);

    // Blocking: call on DnsSession::checkPool() threads or the CLI main thread.
    DmarcDiscoveryResult discover(const QString& fromDomain) const;

    // The domains the RFC 9989 tree walk may ask about, in order: the From domain, then (above 7
    // labels) a jump to 7 labels, then one label less each time down to the TLD. At most 8.
    static QStringList treeWalkDomains(const QString& fromDomain);
    static DmarcDiscoveryStep stepFromAnswer(const QString& domain, const DnsAnswer& answer);
    // Fills rfc9989, rfc7489 and the organizational domains from the steps already in result.
    static void decide(DmarcDiscoveryResult& result);

private:
    std::shared_ptr<DnsSession> m_session;
};
