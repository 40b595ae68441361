#pragma once
// The pure part of the per-server check: what an answer holds as compared between servers, why
// a server is lame, which questions the servers answer differently, the RFC 2182 network test and
// the findings. No DNS here: NsCheck asks, this class judges (and tests feed it made-up answers).

#include "NsResult.h"
#include "dns/DnsAnswer.h"

#include <QHash>
#include <optional>

class NsComparison {
public:
    // The records of an answer as compared between servers: record data without TTL (names
    // lower case, TXT as served), sorted so that the order of the reply does not matter; CNAMEs
    // as "CNAME target" ("owner CNAME target" past the first). Empty for NODATA and NXDOMAIN.
    static QStringList recordSet(const DnsAnswer& answer);
    // True when the answer says what the server holds for the name: NOERROR or NXDOMAIN with the
    // AA flag. A referral (a deeper zone cut), a failure or a non-authoritative answer is not
    // compared.
    static bool comparable(const DnsAnswer& answer);
    // Why a server is lame for the zone, read from its answer to "zone SOA": "timeout: …",
    // "REFUSED", "SERVFAIL", "not authoritative (AA flag clear)", …; empty when it serves the zone.
    static QString lameReason(const DnsAnswer& soa, const QString& zone);
    // The serial of the zone's SOA in an answer, if it holds one.
    static std::optional<quint32> serial(const DnsAnswer& soa, const QString& zone);
    // The questions that the servers serving the zone answer differently. answers: server
    // address -> the answers it gave (any order); lame servers and answers that are not
    // comparable() are left out.
    static QList<NsDifference> differences(const QList<NsServer>& servers,
                                           const QHash<QString, QList<DnsAnswer>>& answers,
                                           const QList<NsResult::Question>& questions);
    // True when there are at least two distinct addresses and every IPv4 address lies in one /24
    // and every IPv6 address in one /48 (RFC 2182 §5: no topological diversity).
    static bool sameNetwork(const QStringList& addresses);
    // NS-LAME, NS-SERIAL-MISMATCH, NS-RECORD-MISMATCH, NS-DELEGATION-MISMATCH, NS-TOO-FEW,
    // NS-SAME-NETWORK, from a result whose servers, delegation and differences are filled.
    static QList<Finding> findings(const NsResult& result);
};
