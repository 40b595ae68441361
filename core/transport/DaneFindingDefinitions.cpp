#include "DaneFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> daneFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"DANE-TLSA-MISMATCH", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "No TLSA record matches the certificate an MX host presents"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The MX host publishes TLSA records at _25._tcp.<host>, so DANE senders (Postfix, Exim, "
             "and the large providers that validate DNSSEC) require STARTTLS and a certificate chain "
             "that one of those records matches. None does: DANE-EE(3) records are compared with the "
             "server's own certificate or key, DANE-TA(2) records with the CA certificates the server "
             "sends above it. DANE senders refuse to deliver to this host and queue the mail until "
             "it bounces; senders without DANE are not affected, which is why this goes unnoticed."),
         "RFC 7672 §2.2, §3.1; RFC 6698 §2.1",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Publish a TLSA record for the key the server uses now, e.g. \"_25._tcp.mx.example.com. IN "
             "TLSA 3 1 1 <SHA-256 of the SubjectPublicKeyInfo>\" (openssl x509 -in cert.pem -noout "
             "-pubkey | openssl pkey -pubin -outform DER | sha256sum), wait for the old records' TTL, "
             "then remove the stale records. If the server should present a different certificate, "
             "install it (with its CA certificate in the chain for 2 x x records).")},
        {"DANE-TLSA-INSECURE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "TLSA records of an MX host are not DNSSEC-secure"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "TLSA records protect anything only when DNSSEC proves them authentic. When the "
             "_25._tcp.<host> records are insecure (an unsigned zone, or a delegation without DS), "
             "senders ignore them and deliver with opportunistic TLS, as if no TLSA were published: "
             "the records give a false sense of protection. When they are bogus (signatures that do "
             "not check out), validating senders cannot use the MX host at all and defer the mail."),
         "RFC 7672 §2.1, §2.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Sign the zone that holds the TLSA records (and the MX host's address records) "
                           "with DNSSEC and publish its DS record at the parent; if they are bogus, fix the "
                           "signatures (re-sign, or correct the DS at the parent) before anything else.")},
        {"DANE-SINGLE-RECORD", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "A single TLSA record pins only the current certificate"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The MX host has exactly one usable TLSA record and it is DANE-EE(3): it names only the "
             "key (or certificate) the server uses today. The next certificate renewal with a new key "
             "breaks delivery from DANE senders until the TLSA record is updated and the old one's TTL "
             "has run out; automated renewals (ACME) do this without warning."),
         "RFC 7671 §8.1; RFC 7672 §3.1",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Publish a second record before each renewal: either \"3 1 1\" for the next key (generate it "
             "in advance and keep it across renewals), or \"2 1 1\" for your CA's intermediate key "
             "beside the \"3 1 1\" record; then reuse the key on renewal or roll the records in the "
             "order current + next, switch, remove the old one.")},
    };
    return defs;
}
