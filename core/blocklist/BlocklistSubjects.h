#pragma once
// What the blocklist check looks up for a domain: the MX hosts' addresses, the single addresses
// and small ranges (/28 or smaller, /124 for IPv6, address by address) that the SPF record and its
// includes authorise with ip4/ip6 terms, the busiest DMARC-passing sources of the imported
// aggregate reports (given by the caller: the check never reads storage), and, for domain lists,
// the domain and its MX host names. Reads the SPF and transport checks' JSON when the audit ran
// them; otherwise asks through the session itself (SpfTreeBuilder, MX and A/AAAA lookups).

#include "BlocklistSubject.h"

#include <QJsonObject>

class DnsSession;

class BlocklistSubjects {
public:
    static constexpr int maxAddresses = 64; // addresses looked up per domain
    static constexpr int smallestV4Prefix = 28;
    static constexpr int smallestV6Prefix = 124;

    struct Collected {
        QList<BlocklistSubject> subjects;
        QStringList skipped; // what was not looked up, and why
    };

    // spfJson / transportJson: the checks' JSON as the audit holds it (empty: ask DNS here).
    static Collected collect(const QString& domain, DnsSession& session, QJsonObject spfJson,
                             QJsonObject transportJson, const QStringList& reportSources);
    // The parts, for tests: from the SPF tree JSON (ip4/ip6 pass terms of the evaluated tree).
    static void addSpfRanges(const QJsonObject& spfJson, Collected& out);
    static void addMx(const QJsonObject& transportJson, Collected& out);
    // "192.0.2.16/28" -> its 16 addresses; empty (and a reason) when larger than the limit.
    static QStringList expandRange(const QString& cidr, QString* whyNot);

private:
    static void add(Collected& out, const QString& value, BlocklistSubject::Kind kind, const QString& reason);
    static QJsonObject mxFromDns(const QString& domain, DnsSession& session);
};
