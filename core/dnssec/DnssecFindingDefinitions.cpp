#include "DnssecFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> dnssecFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"DNSSEC-BOGUS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A DNSSEC signature does not validate (bogus)"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The zone is signed, but the chain of trust from the root to this record is broken: a "
             "signature expired or is not yet valid, a record has no signature, the DS record at the "
             "parent matches no key of the zone, or the NSEC/NSEC3 records do not prove that a name "
             "or record does not exist. Validating resolvers (most large mail providers use one) "
             "answer SERVFAIL for such names: they cannot read the record at all, so mail to the "
             "domain is delayed or bounced and SPF, DKIM and DMARC fail as temporary errors."),
         "RFC 4035 §5",
         QT_TRANSLATE_NOOP("Findings",
                           "Re-sign the zone (check that the signer runs and its clock is right), or "
                           "publish at the parent (your registrar) the DS record of the key the zone "
                           "really uses. To leave DNSSEC, remove the DS at the parent first and wait "
                           "for its TTL before unsigning the zone.")},
        {"DNSSEC-UNSIGNED", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The domain is not signed with DNSSEC"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The chain of trust ends at a delegation without a DS record, so nothing proves that the "
             "records senders read (MX, SPF, DKIM keys, DMARC, MTA-STS, TLSA) come from the domain's "
             "owner. An attacker on the path can forge them. DANE for SMTP needs DNSSEC: without it, "
             "senders ignore TLSA records."),
         "RFC 4035 §4.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Sign the zone at your DNS provider (most offer it with one switch) and publish "
                           "the DS record it gives you at your registrar.")},
        {"DNSSEC-RRSIG-EXPIRING", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "DNSSEC signatures expire within 7 days"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Signatures carry an expiration date. Signers renew them well ahead of time (usually "
             "days to weeks); a signature this close to its end suggests the signer has stopped. When "
             "it expires, validating resolvers treat the record as bogus and the domain stops "
             "resolving for them."),
         "RFC 4034 §3.1.5",
         QT_TRANSLATE_NOOP("Findings",
                           "Check that the zone's signer (or your DNS provider's automatic signing) runs "
                           "and re-signs the zone; re-sign it now by hand if it does not.")},
        {"DNSSEC-ALGORITHM-DEPRECATED", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The zone is signed with an algorithm that must no longer be used"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "RFC 8624 says not to sign with RSAMD5, DSA, RSASHA1, DSA-NSEC3-SHA1, RSASHA1-NSEC3-SHA1 "
             "or ECC-GOST: they are weak or no longer implemented. Validators are dropping them (some "
             "distributions already treat SHA-1 signatures as insecure), and then the zone counts as "
             "unsigned or fails to validate."),
         "RFC 8624 §3.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Roll the zone over to ECDSAP256SHA256 (13) or ED25519 (15): add keys of the new "
                           "algorithm, sign with both, replace the DS at the parent, then remove the old "
                           "keys (RFC 6781 §4.1.4).")},
        {"DNSSEC-NSEC3-ITERATIONS", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "NSEC3 uses additional hash iterations"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Extra NSEC3 iterations add no real protection against zone walking but cost every "
             "validating resolver CPU time. RFC 9276 says to use 0; resolvers may treat answers with "
             "more iterations as insecure or even bogus (RFC 9276 §3.2)."),
         "RFC 9276 §3.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Set the NSEC3 parameters to 0 iterations and no salt (NSEC3PARAM 1 0 0 -), "
                           "or switch to NSEC, and re-sign the zone.")},
    };
    return defs;
}
