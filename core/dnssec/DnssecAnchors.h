#pragma once
// Which trust anchors a run validates from: the file given (--trust-anchor), else for zone files
// (--zone) each signed zone's own key-signing DNSKEYs (plus the root key when live DNS backs the
// zone files), else Debian's root key (dns-root-data, TrustAnchorSet::defaultPath()).

#include "TrustAnchorSet.h"

#include <expected>

class DnsSession;

class DnssecAnchors {
public:
    struct Choice {
        TrustAnchorSet anchors;
        QStringList unsignedZoneFiles; // zone files read by the session without a DNSKEY at their apex
    };
    // file: --trust-anchor (empty: the default). defaultPath: tests point it elsewhere. allowRoot
    // false (offline audits): never the root key, even over a resolver stack that ends in live DNS.
    static std::expected<Choice, QString> choose(DnsSession& session, const QString& file,
                                                 const QString& defaultPath = TrustAnchorSet::defaultPath(),
                                                 bool allowRoot = true);
};
