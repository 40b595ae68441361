#pragma once
// One trust anchor: a DS or DNSKEY record for a zone (usually the root) that validation starts
// from without further proof. Held as the record's presentation form so that it crosses no ldns
// boundary; the validator turns it back into an ldns record.

#include "dns/DnsRecord.h"

struct TrustAnchor {
    DnsRecord record;     // owner (no trailing dot, "" for the root), type DS or DNSKEY, rdata
    quint16 keyTag = 0;   // DS: as written; DNSKEY: computed (RFC 4034 Appendix B)
    quint8 algorithm = 0; // DNSSEC algorithm number (RFC 8624 §3.1)
    QString zone() const { return record.name; }
    // "DS . 20326 8 2" / "DNSKEY . 257 key tag 20326 algorithm 8", for the evidence and the CLI
    QString describe() const;
};
