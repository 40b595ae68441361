#pragma once
// The answer to one question, as a value: outcome, records, flags, timing and where it came from.

#include "DnsOutcome.h"
#include "DnsRecord.h"

#include <QJsonObject>

enum class DnsSource { Network, ZoneFile, Cache };
QString dnsSourceName(DnsSource source); // "network", "zone", "cache"

struct DnsAnswer {
    QString name; // the name asked, A-labels, lower case, no trailing dot
    DnsRecordType type = DnsRecordType::A;
    DnsOutcome outcome = DnsOutcome::NetworkError;
    QList<DnsRecord> records; // records of the asked type (at the end of any CNAME chain)
    QList<DnsRecord> cnames;  // the CNAME chain followed to reach them, in order
    // DNAME records of the answer section (RFC 6672): a server answers a name below a DNAME owner
    // with the DNAME and an unsigned CNAME synthesised from it (in cnames); the DNAME is what is
    // signed. Empty for zone files (they do not synthesise).
    QList<DnsRecord> dnames;
    // For DNSSEC validation and per-server checks: the RRSIG records of the answer section (over
    // the records and the CNAMEs; zone files: those the zone holds for the answer), the whole
    // authority section (SOA, NS, NSEC, NSEC3 and their RRSIGs) and additional section (glue),
    // as the last reply held them. Never read for the answer itself: records/cnames are that.
    QList<DnsRecord> signatures;
    QList<DnsRecord> authority;
    QList<DnsRecord> additional;
    bool authoritativeAnswer = false; // AA flag of the last reply
    bool authenticated = false;       // AD flag
    bool truncated = false;           // TC flag seen on the UDP reply (the answer then came over TCP)
    bool overTcp = false;
    qint64 elapsedMs = 0;
    // How this asker got the answer: from the resolver (network, zone) or from the run's cache.
    // The query log and the cost of lookups read it; what the records are and where they were
    // read from is origin's.
    DnsSource source = DnsSource::Network;
    // Where the answer was read: Network or ZoneFile, never Cache (kept when the cache serves it
    // again). Whether a record is live or from a zone file is asked of this, not of source: a
    // zone file's answer served a second time from the cache is still the zone file's.
    DnsSource origin = DnsSource::Network;
    QString server;      // "127.0.0.1:53", or the zone file's path
    QString error;       // a readable reason for failures
    bool staged = false; // answered from a staged zone file overlaid on live DNS

    bool hasRecords() const { return outcome == DnsOutcome::Answer && !records.isEmpty(); }
    // The name where the records finally live (the last CNAME target, or the name asked).
    QString finalName() const;
    // TXT answers: each record's joined text.
    QStringList texts() const;
    bool fromZoneFile() const { return origin == DnsSource::ZoneFile; }
    QJsonObject toJson() const;
};
