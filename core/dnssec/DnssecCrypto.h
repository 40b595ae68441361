#pragma once
// The cryptographic steps of validation, done by ldns on records rebuilt from their presentation
// form (DnsRecord::rdata): an RRSIG over an RRset, DS against DNSKEY, NSEC/NSEC3 denial. Private
// to core/dnssec. Every step returns what failed in words a user can act on.

#include "dns/DnsOutcome.h"
#include "dns/DnsRecord.h"

#include <QDateTime>

class DnssecCrypto {
public:
    struct Verdict {
        bool ok = false;
        QString reason;                  // why not, in plain words
        QList<DnsRecord> usedSignatures; // ok: the RRSIG(s) that verified
    };
    struct Denial {
        Verdict verdict;
        bool delegationWithoutDs = false; // NODATA for DS at a delegation (NS without SOA in the bitmap)
        bool optOut = false;              // proven by an NSEC3 with the opt-out flag
        int nsec3Iterations = -1;         // the NSEC3 records' iterations (-1: NSEC)
        QList<DnsRecord> usedSignatures;
    };

    // Checks that one of `signatures` (RRSIGs by `signer`, covering the records' type) verifies
    // `records` (one RRset) with one of `keys` (DNSKEY records) at time `now`. what: "secure.test TXT".
    static Verdict verifyRrset(const QList<DnsRecord>& records, const QList<DnsRecord>& signatures,
                               const QList<DnsRecord>& keys, const QString& signer, const QDateTime& now,
                               const QString& what);
    // The DNSKEYs that one of the DS records (or DS trust anchors) names: key tag, algorithm and
    // digest. None: the reason says which part did not match.
    static Verdict matchDs(const QList<DnsRecord>& ds, const QList<DnsRecord>& dnskeys, const QString& zone,
                           QList<DnsRecord>* matched);
    // Whether the NSEC/NSEC3 records (and their RRSIGs) in `authority` prove that `name` has no
    // record of `type` (NoData) or does not exist (NxDomain); their signatures are checked with
    // `keys` of the zone `zone` first.
    static Denial verifyDenial(const QString& name, DnsRecordType type, DnsOutcome outcome,
                               const QList<DnsRecord>& authority, const QList<DnsRecord>& keys,
                               const QString& zone, const QDateTime& now);
    // RFC 4035 §5.3.4, RFC 5155 §8.8: a positive answer for `name` synthesised from a wildcard
    // (its RRSIG's labels field, rrsigLabels, is below the name's label count) is only authentic
    // with a signed NSEC covering `name`, or a signed NSEC3 covering the hash of the next closer
    // name (the closest encloser, the rightmost rrsigLabels labels, plus one label of `name`):
    // that no closer name exists. Without it an attacker could replay the wildcard for a name
    // that does exist.
    static Verdict verifyWildcardAnswer(const QString& name, int rrsigLabels,
                                        const QList<DnsRecord>& authority, const QList<DnsRecord>& keys,
                                        const QString& zone, const QDateTime& now);
    // Whether this validator can use a DS of that algorithm and digest type (RFC 8624 §3.1, §3.3:
    // RSAMD5, DSA and ECC-GOST must not be validated; unknown numbers cannot be). A DS set with
    // none it can use is no authentication path: the child is insecure (RFC 4035 §5.2,
    // RFC 6840 §5.2), not bogus.
    static bool algorithmSupported(int algorithm);
    static bool digestSupported(int digestType);
    // RFC 4034 Appendix B key tag of a DNSKEY; its algorithm and flags.
    static quint16 keyTag(const DnsRecord& dnskey);
    static int keyAlgorithm(const DnsRecord& dnskey);
    static int keyFlags(const DnsRecord& dnskey);
    // Whether the presentation form parses (the trust anchor parser and tests).
    static bool parses(const DnsRecord& record);
};
