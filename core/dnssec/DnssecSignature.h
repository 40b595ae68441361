#pragma once
// The fields of one RRSIG record (RFC 4034 §3.1), read from its presentation form: what the
// validator needs to name a failure ("expired on …, key tag …") and the signing-health checks.

#include "dns/DnsRecord.h"

#include <QDateTime>
#include <optional>

struct DnssecSignature {
    DnsRecordType typeCovered = DnsRecordType::A;
    quint8 algorithm = 0;
    int labels = 0;
    QDateTime expiration; // UTC
    QDateTime inception;  // UTC
    quint16 keyTag = 0;
    QString signer; // lower case, no trailing dot, "" for the root

    // nullopt when the record is not an RRSIG or its rdata cannot be read.
    static std::optional<DnssecSignature> parse(const DnsRecord& rrsig);
    // RFC 8624 §3.1 names for the DNSSEC algorithm numbers: "ECDSAP256SHA256 (13)".
    static QString algorithmName(int algorithm);
    // RFC 8624 §3.1: MUST NOT / NOT RECOMMENDED for signing (RSAMD5, DSA, RSASHA1,
    // DSA-NSEC3-SHA1, RSASHA1-NSEC3-SHA1, ECC-GOST).
    static bool algorithmDeprecated(int algorithm);
};
