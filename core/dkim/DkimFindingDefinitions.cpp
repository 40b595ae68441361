#include "DkimFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> dkimFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"DKIM-NO-SELECTOR-FOUND", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "No DKIM key was found at any selector tried"),
         QT_TRANSLATE_NOOP("Findings",
                           "DKIM keys live at <selector>._domainkey.<domain> and DNS offers no way to list "
                           "selectors. None of the selectors tried (a list of common ones, the ones you "
                           "named, and those read from your messages) holds a key. This does not prove the "
                           "domain has no DKIM key: it may use a selector not on the list."),
         "RFC 6376 §3.6.2.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Name the selector your mail server or provider signs with (--selector, or drop a "
                           "message signed by it), or set up DKIM signing if there is none.")},
        {"DKIM-SELECTOR-MISSING", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "A selector that was named or used in a message has no key"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The selector was named by you or appears in the s= tag of a message's DKIM-Signature, but DNS "
             "says no key record exists there (NXDOMAIN or no TXT record). Signatures made with it fail."),
         "RFC 6376 §6.1.2",
         QT_TRANSLATE_NOOP("Findings", "Publish the key record at <selector>._domainkey.<domain>, or stop "
                                       "signing with that selector.")},
        {"DKIM-KEY-INSECURE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The RSA key is shorter than 1024 bits"),
         QT_TRANSLATE_NOOP("Findings",
                           "Keys under 1024 bits can be factored with modest resources; RFC 8301 forbids "
                           "verifiers to accept them, so a signature made with this key is refused even when "
                           "it verifies (RFC 8601 result \"policy\") and never counts for DMARC."),
         "RFC 8301 §3.2",
         QT_TRANSLATE_NOOP("Findings", "Generate a 2048-bit RSA key (mailsight-cli dkim keygen), publish it "
                                       "at a new selector and switch the signer to it.")},
        {"DKIM-KEY-WEAK", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The RSA key is shorter than 2048 bits"),
         QT_TRANSLATE_NOOP("Findings",
                           "A 1024-bit RSA key is still accepted, but RFC 8301 asks signers for at least "
                           "2048 bits and 1024-bit keys are within reach of well-funded attackers."),
         "RFC 8301 §3.2",
         QT_TRANSLATE_NOOP("Findings", "Rotate to a 2048-bit RSA key at a new selector (mailsight-cli dkim "
                                       "keygen), then revoke the old one.")},
        {"DKIM-KEY-TOO-LARGE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The RSA key is larger than 4096 bits"),
         QT_TRANSLATE_NOOP("Findings",
                           "Verifiers are only required to handle RSA keys from 1024 to 4096 bits; some "
                           "reject larger keys, and the record may not fit in DNS replies comfortably."),
         "RFC 8301 §3.2", QT_TRANSLATE_NOOP("Findings", "Use a 2048- or 3072-bit RSA key.")},
        {"DKIM-RSA-EXPONENT", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The RSA public exponent is unusually small"),
         QT_TRANSLATE_NOOP("Findings", "Public exponents below 65537 (such as 3) have a history of "
                                       "implementation attacks and are rejected by some libraries."),
         "RFC 8017 §3.1",
         QT_TRANSLATE_NOOP("Findings", "Generate a new key with the standard exponent 65537.")},
        {"DKIM-KEY-REVOKED", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The key at this selector is revoked (empty p=)"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "An empty p= tag means the key was withdrawn: every signature that names this selector fails. "
             "That is the right last step of a key rotation, and wrong if a signer still uses the selector."),
         "RFC 6376 §3.6.1",
         QT_TRANSLATE_NOOP("Findings", "Nothing to do if the selector is retired; otherwise publish the "
                                       "current public key or switch the signer to a live selector.")},
        {"DKIM-KEY-INVALID", Severity::Error, QT_TRANSLATE_NOOP("Findings", "The key record cannot be used"),
         QT_TRANSLATE_NOOP("Findings",
                           "The record has a syntax error, an unknown key type, a public key that is not "
                           "valid base64 or DER, or a version other than DKIM1. A verifier ignores such a "
                           "record, so every signature made with this selector fails."),
         "RFC 6376 §3.6.1, §6.1.2",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Publish the record exactly as the signer generated it: v=DKIM1; k=rsa (or ed25519); p=<base64 "
             "key>. Check that long keys were split into strings without losing characters.")},
        {"DKIM-TESTING", Severity::Warning, QT_TRANSLATE_NOOP("Findings", "The key is in testing mode (t=y)"),
         QT_TRANSLATE_NOOP("Findings", "With t=y, receivers are asked to treat signatures as if unsigned; "
                                       "DMARC may still count them, but some receivers ignore DKIM results "
                                       "for such keys. It is often left on by mistake after setup."),
         "RFC 6376 §3.6.1", QT_TRANSLATE_NOOP("Findings", "Remove t=y from the record once signing works.")},
        {"DKIM-STRICT-SUBDOMAIN", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The key may not sign for subdomains (t=s)"),
         QT_TRANSLATE_NOOP("Findings",
                           "With t=s, the i= identity of a signature must be in exactly the signing domain, "
                           "not a subdomain. Mail signed with i=@sub.<domain> and this key fails."),
         "RFC 6376 §3.6.1",
         QT_TRANSLATE_NOOP("Findings", "Keep t=s only if no signer uses a subdomain in i=.")},
        {"DKIM-GRANULARITY", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The record carries the DomainKeys g= tag"),
         QT_TRANSLATE_NOOP("Findings",
                           "g= comes from DomainKeys (RFC 4870) and limits which local parts may sign. RFC "
                           "6376 dropped it; current verifiers ignore it, old ones may enforce it."),
         "RFC 6376 Appendix C",
         QT_TRANSLATE_NOOP("Findings", "Remove g= from the record unless you rely on DomainKeys verifiers.")},
        {"DKIM-SHA1", Severity::Error, QT_TRANSLATE_NOOP("Findings", "SHA-1 is allowed or used"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "RFC 8301 forbids signing with rsa-sha1 and tells verifiers not to accept it: SHA-1 collisions "
             "are practical. A key with h=sha1, or a signature with a=rsa-sha1, fails at most receivers: "
             "a verifying rsa-sha1 signature gets the RFC 8601 result \"policy\" and does not count for "
             "DMARC."),
         "RFC 8301 §3.1",
         QT_TRANSLATE_NOOP(
             "Findings", "Sign with rsa-sha256 (or ed25519-sha256) and remove h=sha1 from the key record.")},
        {"DKIM-MULTIPLE-RECORDS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "Several TXT records at one selector"),
         QT_TRANSLATE_NOOP(
             "Findings", "A selector must hold one key record. With several, verifiers may pick any of them "
                         "or give up (RFC 6376 §3.6.2.2 leaves it open), so signatures fail unpredictably."),
         "RFC 6376 §3.6.2.2",
         QT_TRANSLATE_NOOP("Findings", "Delete every TXT record at the selector except the current key.")},
        {"DKIM-CNAME-DANGLING", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The selector is a CNAME that leads nowhere"),
         QT_TRANSLATE_NOOP("Findings",
                           "The selector is delegated by CNAME (as cloud mail providers ask), but the target "
                           "does not exist or holds no key. Signatures made with this selector fail; a "
                           "dangling CNAME to a provider's namespace may also be claimed by someone else."),
         "RFC 6376 §3.6.2.1",
         QT_TRANSLATE_NOOP("Findings", "Point the CNAME at the target your provider shows in its console, or "
                                       "delete it if the provider is no longer used.")},
        {"DKIM-ED25519-ONLY", Severity::Warning, QT_TRANSLATE_NOOP("Findings", "Every key found is Ed25519"),
         QT_TRANSLATE_NOOP("Findings",
                           "Ed25519 (RFC 8463) is sound, but some large receivers still do not verify it: "
                           "mail signed only with Ed25519 counts as unsigned there and fails DMARC."),
         "RFC 8463 §5",
         QT_TRANSLATE_NOOP("Findings",
                           "Sign with an RSA-2048 key as well (two signatures on each message).")},
        {"DKIM-DNS-ERROR", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The key record could not be read: DNS failed"),
         QT_TRANSLATE_NOOP("Findings", "The DNS query for the selector timed out, was refused or failed "
                                       "(SERVFAIL). This says nothing about whether the key exists: it was "
                                       "not read. Receivers facing the same failure give a temporary error."),
         "RFC 6376 §6.1.2",
         QT_TRANSLATE_NOOP("Findings", "Check the domain's name servers (they must answer for _domainkey "
                                       "names), or choose another resolver, then retry.")},
        {"DKIM-SIG-NONE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The message has no DKIM signature"),
         QT_TRANSLATE_NOOP("Findings", "No DKIM-Signature header was found, so the message cannot pass DKIM "
                                       "and DMARC relies on SPF alone."),
         "RFC 6376 §3.5",
         QT_TRANSLATE_NOOP("Findings", "Enable DKIM signing on the system that sent the message.")},
        {"DKIM-SIG-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A DKIM-Signature header is malformed"),
         QT_TRANSLATE_NOOP("Findings",
                           "A required tag is missing or a tag value is invalid (version, algorithm, domain, "
                           "canonicalization, base64). Verifiers give permerror and ignore the signature."),
         "RFC 6376 §3.5, §6.1.1",
         QT_TRANSLATE_NOOP("Findings", "Check the signer's configuration; the header must carry v=1, a=, b=, "
                                       "bh=, d=, h= (with From) and s=.")},
        {"DKIM-SIG-BODY-HASH", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The body hash does not match: the body changed after signing"),
         QT_TRANSLATE_NOOP("Findings", "The hash of the canonicalized body differs from bh=. Something "
                                       "modified the body in transit (a footer added by a list or a gateway, "
                                       "line endings or encoding changed), or it was signed wrongly."),
         "RFC 6376 §3.7, §6.1.3",
         QT_TRANSLATE_NOOP("Findings", "Find the hop that changes the body (mailing list footers, antivirus "
                                       "banners, re-encoding); sign after it, or use c=relaxed/relaxed.")},
        {"DKIM-SIG-BAD-SIGNATURE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The signature does not verify against the published key"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The body hash matches, but the signature over the headers does not verify: a signed header was "
             "changed in transit, or the private key used does not match the key published at the selector."),
         "RFC 6376 §6.1.3",
         QT_TRANSLATE_NOOP(
             "Findings", "Check that the signer's private key matches the published key (mailsight-cli dkim "
                         "match), and that no hop rewrites signed headers (Subject tags, From rewriting).")},
        {"DKIM-SIG-KEY-MISSING", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The signature's key is not published"),
         QT_TRANSLATE_NOOP("Findings", "The selector named in s= has no key record in DNS (NXDOMAIN or no "
                                       "TXT record). Verifiers give permerror."),
         "RFC 6376 §6.1.2",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Publish the key at <s>._domainkey.<d>, or configure the signer to use a published selector.")},
        {"DKIM-SIG-EXPIRED", Severity::Error, QT_TRANSLATE_NOOP("Findings", "The signature has expired (x=)"),
         QT_TRANSLATE_NOOP("Findings",
                           "The signature's expiry time x= is in the past: verifiers refuse it even when it "
                           "verifies (RFC 8601 result \"policy\"). This is expected for old messages and a "
                           "problem for fresh ones."),
         "RFC 6376 §3.5",
         QT_TRANSLATE_NOOP("Findings",
                           "If the message is recent, give the signer a longer expiry (or none).")},
        {"DKIM-SIG-BODY-LENGTH", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The signature covers only part of the body (l=)"),
         QT_TRANSLATE_NOOP("Findings", "With l=, anything appended after the signed length is not covered: "
                                       "an attacker can add content to a validly signed message."),
         "RFC 6376 §8.2",
         QT_TRANSLATE_NOOP("Findings", "Configure the signer not to use the body length limit.")},
        {"DKIM-SIG-NOT-OVERSIGNED", Severity::Info, QT_TRANSLATE_NOOP("Findings", "From is not over-signed"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "h= lists From only as many times as it occurs, so a second From header added in transit would "
             "not break the signature. Listing it once more than it occurs (over-signing) prevents that."),
         "RFC 6376 §5.4.2, §8.15",
         QT_TRANSLATE_NOOP("Findings", "Configure the signer to over-sign From (and Subject, To, Date).")},
        {"DKIM-SIG-NOT-ALIGNED", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "No passing signature is aligned with the From domain"),
         QT_TRANSLATE_NOOP("Findings", "DMARC counts a DKIM pass only when the signing domain d= matches the "
                                       "From domain (exactly in strict mode, same organizational domain in "
                                       "relaxed mode). No signature of this message both passes and aligns."),
         "RFC 9989 §4.4.1, RFC 7489 §3.1.1",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Sign with the From domain (or a subdomain of it) as d=, not only with the provider's domain.")},
        {"DKIM-ALIGNMENT-READINGS-DIFFER", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "RFC 9989 and RFC 7489 receivers disagree on DKIM alignment"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Relaxed alignment compares organizational domains. RFC 9989 receivers find them with the DNS "
             "tree walk (psd=y, psd=n, else the DMARC record with the fewest labels), RFC 7489 receivers "
             "with "
             "the Public Suffix List; the two readings can also apply different DMARC records with different "
             "adkim. Here a passing signature aligns with From under one reading and not under the other, so "
             "the message passes DMARC at some receivers and fails at others."),
         "RFC 9989 §4.10.2, RFC 7489 §3.2",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Sign with the From domain itself as d= (aligned under both readings and both "
             "modes), or align the DMARC records (psd tags, adkim) so that both readings agree.")},
        {"DKIM-DOMAINKEYS-SIGNATURE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings",
                           "The message carries a DomainKeys signature (RFC 4870), not evaluated"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "DomainKey-Signature is the header of DomainKeys, DKIM's predecessor, historic since DKIM "
             "replaced it in 2007. "
             "Mailsight reports it (domain, selector, algorithm) but does not evaluate it, and neither do "
             "receivers: without a DKIM-Signature the message counts as unsigned for DKIM and DMARC."),
         "RFC 4870, RFC 6376 Appendix C",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Sign with DKIM (rsa-sha256 or ed25519-sha256) and stop adding DomainKey-Signature.")},
    };
    return defs;
}
