#include "TransportFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> transportFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"MX-DNS-FAILURE", Severity::Error, QT_TRANSLATE_NOOP("Findings", "The MX records could not be read"),
         QT_TRANSLATE_NOOP("Findings",
                           "The MX query failed (timeout, SERVFAIL, refused). Sending servers that see the "
                           "same failure queue mail and retry, then bounce it after a few days. Nothing "
                           "about the domain's mail hosts could be checked."),
         "RFC 5321 §5.1",
         QT_TRANSLATE_NOOP("Findings", "Check that every authoritative name server of the domain answers MX "
                                       "queries, then run the check again.")},
        {"MX-MISSING", Severity::Warning, QT_TRANSLATE_NOOP("Findings", "The domain publishes no MX record"),
         QT_TRANSLATE_NOOP(
             "Findings", "Without MX records, sending servers fall back to the domain's own A/AAAA address "
                         "(the implicit MX of RFC 5321 §5.1) and try to deliver there. If that address is a "
                         "web server, mail waits in queues for days and then bounces; if there is no "
                         "address, mail bounces at once but without saying that the domain takes no mail."),
         "RFC 5321 §5.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish MX records for the hosts that receive mail, or, if the domain "
                           "receives no mail, the null MX \"@ IN MX 0 .\" (RFC 7505).")},
        {"MX-NULL", Severity::Info, QT_TRANSLATE_NOOP("Findings", "The domain receives no mail (null MX)"),
         QT_TRANSLATE_NOOP("Findings",
                           "The single MX record \"0 .\" declares that the domain accepts no mail. Senders "
                           "bounce mail to it at once instead of queueing it, and may reject mail whose "
                           "envelope sender uses the domain, since replies could not be delivered."),
         "RFC 7505 §3",
         QT_TRANSLATE_NOOP("Findings",
                           "Nothing to do if the domain really takes no mail; otherwise replace the "
                           "null MX with the MX records of your mail servers.")},
        {"MX-NULL-WITH-OTHERS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A null MX is published beside other MX records"),
         QT_TRANSLATE_NOOP("Findings",
                           "A domain that advertises a null MX must not advertise any other MX. With both, "
                           "senders disagree: some deliver to the other hosts, some bounce the mail as "
                           "undeliverable."),
         "RFC 7505 §3",
         QT_TRANSLATE_NOOP("Findings",
                           "Remove the \"0 .\" record if the domain receives mail, or remove every "
                           "other MX record if it does not.")},
        {"MX-CNAME", Severity::Warning, QT_TRANSLATE_NOOP("Findings", "An MX host name is an alias (CNAME)"),
         QT_TRANSLATE_NOOP(
             "Findings", "The exchange named by an MX record must have its own address records; an MX that "
                         "points at a CNAME is forbidden. Most senders follow the alias anyway, some do not, "
                         "and TLS name checks (MTA-STS, DANE) then use the alias target."),
         "RFC 2181 §10.3",
         QT_TRANSLATE_NOOP("Findings", "Point the MX record at the canonical name (the CNAME's target), or "
                                       "replace the CNAME with A/AAAA records.")},
        {"MX-IP-LITERAL", Severity::Error, QT_TRANSLATE_NOOP("Findings", "An MX record names an IP address"),
         QT_TRANSLATE_NOOP(
             "Findings", "The exchange of an MX record is a host name. \"MX 10 192.0.2.25\" asks senders to "
                         "look up a host literally called 192.0.2.25, which does not exist, so they cannot "
                         "deliver to it."),
         "RFC 5321 §5.1",
         QT_TRANSLATE_NOOP("Findings", "Give the mail server a host name with an A/AAAA record "
                                       "(mx.example.com A 192.0.2.25) and name that host in the MX record.")},
        {"MX-NO-ADDRESS", Severity::Error, QT_TRANSLATE_NOOP("Findings", "An MX host has no address"),
         QT_TRANSLATE_NOOP("Findings",
                           "The host named by an MX record has neither an A nor an AAAA record, so senders "
                           "skip it. When it is the only host, or all hosts lack addresses, no mail can be "
                           "delivered."),
         "RFC 5321 §5.1",
         QT_TRANSLATE_NOOP("Findings", "Publish the A and/or AAAA record of the mail host, or remove the MX "
                                       "record that names it.")},
        {"MX-NO-FCRDNS", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "An MX address has no forward-confirmed reverse name"),
         QT_TRANSLATE_NOOP(
             "Findings", "The address of an MX host has no PTR record, or its PTR names a host that does not "
                         "resolve back to the same address. Mail servers usually send from the same address "
                         "they receive on, and many receivers reject or downgrade mail from addresses "
                         "without forward-confirmed reverse DNS."),
         "RFC 1912 §2.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Ask whoever runs the address (your hosting or network provider) to set "
                           "a PTR record naming the mail host, and make that name resolve to the "
                           "address.")},
        {"MTA-STS-MISSING", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The domain publishes no MTA-STS policy"),
         QT_TRANSLATE_NOOP("Findings",
                           "Without MTA-STS, sending servers use STARTTLS opportunistically: an attacker on "
                           "the path can strip STARTTLS or present any certificate and read the mail. "
                           "MTA-STS lets the domain require valid TLS to its MX hosts."),
         "RFC 8461 §3",
         QT_TRANSLATE_NOOP("Findings", "Serve a policy at https://mta-sts.<domain>/.well-known/mta-sts.txt "
                                       "(start with mode: testing), then publish _mta-sts.<domain> TXT "
                                       "\"v=STSv1; id=<date>\".")},
        {"MTA-STS-RECORD-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The _mta-sts record is invalid"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The _mta-sts TXT record has a syntax error, no id, or there is more than one record "
             "starting with v=STSv1. Sending servers then act as if the domain had no MTA-STS "
             "policy at all: the policy file is never fetched."),
         "RFC 8461 §3.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish exactly one record of the form \"v=STSv1; id=20260101T000000\" "
                           "(the id: 1 to 32 letters and digits, changed whenever the policy changes).")},
        {"MTA-STS-POLICY-UNREACHABLE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The MTA-STS policy file could not be fetched"),
         QT_TRANSLATE_NOOP("Findings",
                           "The record announces a policy, but fetching "
                           "https://mta-sts.<domain>/.well-known/mta-sts.txt failed (no address, connection "
                           "refused, timeout, or an HTTP status other than 200). Senders without a cached "
                           "policy deliver without MTA-STS; senders with a cached one keep using it until it "
                           "expires."),
         "RFC 8461 §3.3",
         QT_TRANSLATE_NOOP("Findings", "Make mta-sts.<domain> resolve and serve the policy over HTTPS with "
                                       "status 200 at /.well-known/mta-sts.txt.")},
        {"MTA-STS-POLICY-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The MTA-STS policy is invalid"),
         QT_TRANSLATE_NOOP("Findings",
                           "The policy file was fetched but a sending server would reject it: a content type "
                           "other than text/plain, a body over 64 KiB, a missing or wrong version, mode or "
                           "max_age, or no mx pattern. Senders then treat the domain as having no valid "
                           "policy."),
         "RFC 8461 §3.2, §3.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Serve the file as text/plain with the lines \"version: STSv1\", \"mode: "
                           "testing|enforce|none\", \"max_age: 604800\" and one \"mx: <host or "
                           "*.domain>\" per MX host.")},
        {"MTA-STS-CERT-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The certificate of mta-sts.<domain> is not valid"),
         QT_TRANSLATE_NOOP("Findings",
                           "Senders fetch the policy only over HTTPS with a certificate that chains to a "
                           "trusted root, is within its validity dates and names mta-sts.<domain>. This one "
                           "fails that check, so no sender can read the policy."),
         "RFC 8461 §3.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Install a certificate from a public CA that covers mta-sts.<domain> "
                           "(with its intermediate certificates), and renew it before it expires.")},
        {"MTA-STS-REDIRECT", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The MTA-STS policy URL redirects"),
         QT_TRANSLATE_NOOP("Findings",
                           "The policy URL answered with an HTTP redirect. Sending servers must not follow "
                           "redirects when fetching the policy, so for them the policy does not exist."),
         "RFC 8461 §3.3",
         QT_TRANSLATE_NOOP("Findings", "Serve the policy directly at "
                                       "https://mta-sts.<domain>/.well-known/mta-sts.txt with status 200.")},
        {"MTA-STS-MX-NOT-COVERED", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An MX host is not covered by the MTA-STS policy"),
         QT_TRANSLATE_NOOP(
             "Findings", "No mx pattern of the policy matches this MX host. In enforce mode, senders that "
                         "apply the policy refuse to deliver to it; in testing mode they deliver but report "
                         "a failure through TLS-RPT."),
         "RFC 8461 §4.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Add an \"mx:\" line naming the host (or a *.domain pattern covering it) "
                           "to the policy, change the id in the _mta-sts record, or remove the MX "
                           "record.")},
        {"MTA-STS-TESTING", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The MTA-STS policy is in testing mode"),
         QT_TRANSLATE_NOOP("Findings",
                           "In testing mode senders report TLS failures (to the TLS-RPT address) but still "
                           "deliver over unauthenticated or plain connections, so the policy does not yet "
                           "protect mail."),
         "RFC 8461 §5",
         QT_TRANSLATE_NOOP("Findings", "Once TLS-RPT reports show no failures, switch the policy to \"mode: "
                                       "enforce\" and change the id in the _mta-sts record.")},
        {"MTA-STS-MAX-AGE-SHORT", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The MTA-STS max_age is short"),
         QT_TRANSLATE_NOOP("Findings",
                           "max_age tells senders how long to cache the policy. Under a day, an attacker who "
                           "blocks the policy fetch for a short time makes senders forget the policy; weeks "
                           "or more are recommended once the policy is stable."),
         "RFC 8461 §3.2, §10",
         QT_TRANSLATE_NOOP("Findings",
                           "Set max_age to at least 604800 (one week), ideally 31557600, once the "
                           "MX hosts are stable.")},
        {"TLSRPT-MISSING", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The domain publishes no TLS-RPT record"),
         QT_TRANSLATE_NOOP("Findings",
                           "Without a _smtp._tls record, sending servers cannot tell you when TLS to your MX "
                           "hosts fails (expired certificates, MTA-STS mismatches, stripped STARTTLS)."),
         "RFC 8460 §3",
         QT_TRANSLATE_NOOP("Findings", "Publish _smtp._tls.<domain> TXT \"v=TLSRPTv1; "
                                       "rua=mailto:tls-reports@<domain>\".")},
        {"TLSRPT-INVALID", Severity::Warning, QT_TRANSLATE_NOOP("Findings", "The TLS-RPT record is invalid"),
         QT_TRANSLATE_NOOP("Findings",
                           "The _smtp._tls record has a syntax error, no usable rua URI (only mailto: and "
                           "https: are allowed), or there is more than one record starting with v=TLSRPTv1. "
                           "Senders then send no reports."),
         "RFC 8460 §3",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish exactly one record of the form \"v=TLSRPTv1; "
                           "rua=mailto:tls-reports@<domain>\" (several URIs separated by commas).")},
        {"STARTTLS-NOT-OFFERED", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An MX host does not offer working STARTTLS"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The MX host answered EHLO without STARTTLS, or accepted STARTTLS and then failed the "
             "TLS handshake. Mail to it travels in clear text, readable and changeable by anyone on "
             "the path; senders bound by MTA-STS in enforce mode refuse to deliver to it."),
         "RFC 3207 §4",
         QT_TRANSLATE_NOOP("Findings",
                           "Enable STARTTLS on the mail server with a certificate for the MX host "
                           "name (in Postfix: smtpd_tls_security_level = may, smtpd_tls_chain_files).")},
        {"STARTTLS-CERT-INVALID", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The STARTTLS certificate of an MX host is not valid"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The certificate the MX host presents after STARTTLS does not chain to a trusted root, "
             "is self-signed, or is outside its validity dates. Opportunistic senders still deliver; "
             "senders that apply an MTA-STS policy (or DANE) refuse to, so with MTA-STS in enforce "
             "mode this stops mail."),
         "RFC 8461 §4.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Install a certificate from a public CA for the MX host name, with its "
                           "intermediate certificates, and renew it automatically.")},
        {"STARTTLS-CERT-NAME", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The STARTTLS certificate does not name the MX host"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Neither the subjectAltName nor the common name of the certificate matches the MX host "
             "name. Senders that apply MTA-STS check exactly this name and refuse to deliver when it "
             "does not match."),
         "RFC 8461 §4.2",
         QT_TRANSLATE_NOOP("Findings", "Get a certificate whose subjectAltName lists the MX host name as "
                                       "published in the MX record (or point the MX record at the name the "
                                       "certificate covers).")},
        {"STARTTLS-CERT-EXPIRING", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The STARTTLS certificate expires within 21 days"),
         QT_TRANSLATE_NOOP(
             "Findings", "The certificate is valid today but expires soon. When it does, senders that apply "
                         "MTA-STS stop delivering and the rest lose authenticated TLS."),
         "RFC 8461 §4.2",
         QT_TRANSLATE_NOOP("Findings", "Renew the certificate now and automate renewal (ACME).")},
        {"STARTTLS-OLD-TLS", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "An MX host negotiates TLS older than 1.2"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "TLS 1.0 and 1.1 are deprecated: they rely on weak constructions and many senders no "
             "longer accept them, falling back to clear text or refusing to deliver."),
         "RFC 8996 §2",
         QT_TRANSLATE_NOOP("Findings",
                           "Enable TLS 1.2 and 1.3 on the mail server and disable TLS 1.0 and 1.1.")},
        {"STARTTLS-UNREACHABLE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The SMTP port of an MX host could not be probed"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The connection to port 25 was refused, nothing answered, or the server did not speak "
             "SMTP. This says nothing about TLS. Many networks block outgoing port 25, so check "
             "from a network that allows it before concluding the host is down."),
         "RFC 5321 §3.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Probe again from a network that allows port 25; if the host is really "
                           "unreachable, fix the server or firewall, or remove its MX record.")},
        {"BIMI-INVALID", Severity::Warning, QT_TRANSLATE_NOOP("Findings", "The BIMI record is invalid"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The TXT record at default._bimi.<domain> starts with v=BIMI1 but breaks the record syntax: "
             "a missing or malformed l= tag, an a= or l= value that is not a single https URI, a tag "
             "written twice, or more than one v=BIMI1 record. Receivers must not repair records, so "
             "they ignore it and show no logo."),
         "draft-brand-indicators-for-message-identification §5.3 (Assertion Record Definition)",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish exactly one record of the form \"v=BIMI1; l=https://<host>/logo.svg; "
                           "a=https://<host>/vmc.pem\" (or \"v=BIMI1; l=; a=;\" to decline BIMI).")},
        {"BIMI-DMARC-NOT-ENFORCED", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "BIMI is published but DMARC is not enforced"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Receivers show a BIMI logo only for domains whose DMARC policy is quarantine or reject "
             "for all failing mail: p=none or sp=none at the domain or its organizational domain, "
             "pct below 100 (RFC 7489) or t=y (RFC 9989) all stop BIMI. The logo is not shown."),
         "draft-brand-indicators-for-message-identification §8.1 (Authentication Requirements)",
         QT_TRANSLATE_NOOP("Findings",
                           "Move the DMARC record to p=quarantine or p=reject without pct (or pct=100) "
                           "and without t=y, and make sure no sp=none applies, once your DMARC reports "
                           "show that all legitimate mail passes.")},
        {"BIMI-LOGO-INVALID", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The BIMI logo cannot be fetched or is not SVG Tiny PS"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The logo at the l= URL could not be fetched over HTTPS with a valid certificate, or it "
             "breaks the SVG Tiny Portable/Secure profile: no baseProfile=\"tiny-ps\" version=\"1.2\", "
             "no <title>, scripts or event attributes, external references, raster images, "
             "foreignObject, animation, a viewBox that is not square, x=/y= on the root, or more than "
             "32 KiB. Receivers do not show such a logo."),
         "draft-svg-tiny-ps-abrotman §2 (SVG Tiny PS Profile)",
         QT_TRANSLATE_NOOP("Findings",
                           "Export the logo as SVG Tiny 1.2 and convert it to SVG Tiny PS (square "
                           "viewBox, a <title> with the brand name, no scripts, links, images or "
                           "animation), keep it under 32 KiB, and serve it as image/svg+xml over HTTPS.")},
        {"BIMI-AUTHORITY-INVALID", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The BIMI Mark Certificate is not valid"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The evidence document at the a= URL (a Verified or Common Mark Certificate in PEM) "
             "could not be fetched, does not chain to a trusted root, is outside its validity dates, "
             "lacks the BIMI extended key usage, does not name the domain in its subjectAltName, or "
             "its logotype extension (RFC 3709) does not embed the same SVG as the one at l=. "
             "Receivers that require a Mark Certificate show no logo."),
         "RFC 3709 §4.1; draft-brand-indicators-for-message-identification §8.4",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish the full chain (leaf first, then intermediates) from your mark "
                           "certificate issuer at the a= URL, renew it before it expires, and publish at "
                           "l= exactly the SVG the certificate embeds.")},
        {"BIMI-NO-AUTHORITY", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The BIMI record has no Mark Certificate"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The record has an empty or no a= tag, so there is no evidence that the domain owner "
             "holds the mark. BIMI allows this, but the large mailbox providers show logos only "
             "for domains with a Verified or Common Mark Certificate."),
         "draft-brand-indicators-for-message-identification §5.3 (Assertion Record Definition)",
         QT_TRANSLATE_NOOP("Findings",
                           "Obtain a VMC (registered trademark) or CMC from a mark verifying authority "
                           "and publish its PEM chain at an https URL named in a=.")},
    };
    return defs;
}
