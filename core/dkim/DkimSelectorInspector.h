#pragma once
// Turns the DNS answer for <selector>._domainkey.<domain> into a DkimSelectorResult: CNAME
// delegation and dangling targets, several TXT records, TXT records that are not DKIM keys (a
// wildcard), DNS failures kept apart from "no key", and the key analysis. Pure: no DNS here.

#include "DkimSelectorResult.h"
#include "dns/DnsAnswer.h"

class DkimSelectorInspector {
public:
    static QString keyName(const QString& selector, const QString& domain);
    static DkimSelectorResult inspect(const DkimSelectorCandidate& candidate, const QString& domain,
                                      const DnsAnswer& answer);
    // Whether a TXT text looks like a DKIM key record at all (and not, say, a wildcard SPF record).
    static bool looksLikeDkim(const QString& text);
};
