#include "DmarcFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> dmarcFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"DMARC-MISSING", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "No DMARC record applies to the domain"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Neither the domain nor any parent publishes a DMARC record, so receivers apply no DMARC "
             "policy: "
             "anyone "
             "can send mail that claims to come from this domain, and no reports tell you about it. Gmail, "
             "Yahoo and "
             "Outlook.com require a DMARC record from bulk senders."),
         "RFC 9989 §4.10, RFC 7489 §6.6.3",
         QT_TRANSLATE_NOOP("Findings", "Publish a TXT record at _dmarc.<domain>: \"v=DMARC1; p=none; "
                                       "rua=mailto:dmarc-reports@<domain>\", "
                                       "then tighten the policy as the reports allow.")},
        {"DMARC-MULTIPLE-RECORDS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "More than one DMARC record at the same name"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Several TXT records at _dmarc start with v=DMARC1. Receivers discard them all: RFC 7489 "
             "receivers then "
             "apply no DMARC, RFC 9989 receivers continue the tree walk towards the parent domains."),
         "RFC 9989 §4.10, RFC 7489 §6.6.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Keep exactly one v=DMARC1 TXT record at _dmarc.<domain>; merge the tags.")},
        {"DMARC-SYNTAX", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The DMARC record has a syntax error"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "A tag or value cannot be read. Depending on the tag, receivers ignore the value and use the "
             "default, "
             "or discard the whole record."),
         "RFC 9989 §4.7, RFC 7489 §6.3-6.4",
         QT_TRANSLATE_NOOP("Findings",
                           "Correct the tag as the detail says; each tag is name=value, separated by ';'.")},
        {"DMARC-UNKNOWN-TAG", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The DMARC record has a tag that is not DMARC"),
         QT_TRANSLATE_NOOP("Findings", "Receivers ignore tags they do not know. Usually a typo, so the "
                                       "intended setting has no effect."),
         "RFC 9989 §4.7, RFC 7489 §6.3",
         QT_TRANSLATE_NOOP("Findings", "Correct the tag name or remove the tag.")},
        {"DMARC-REMOVED-TAG", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The record uses a tag removed by RFC 9989"),
         QT_TRANSLATE_NOOP("Findings",
                           "pct, rf and ri exist only in RFC 7489. RFC 7489 receivers still honour them, RFC "
                           "9989 receivers "
                           "ignore "
                           "them, so the same record means different things to different receivers."),
         "RFC 9989 Appendix C, RFC 7489 §6.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Remove pct, rf and ri. Instead of pct=0 use t=y for a testing phase.")},
        {"DMARC-POLICY-NONE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The policy is p=none: failing mail is delivered"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "p=none only asks for reports; mail that fails DMARC (including forged mail) is delivered "
             "normally. "
             "It is the right first step, not a place to stay."),
         "RFC 9989 §4.7, RFC 7489 §6.3",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Read the aggregate reports; once every legitimate source passes with aligned SPF or DKIM, move "
             "to "
             "p=quarantine, then p=reject.")},
        {"DMARC-SUBDOMAIN-POLICY-WEAKER", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "Subdomains get a weaker policy than the domain"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "sp (existing subdomains) or np (non-existent subdomains) is weaker than p, so attackers can "
             "forge "
             "mail from any name under the domain, such as billing.<domain>, even where the domain itself is "
             "protected."),
         "RFC 9989 §4.7, RFC 7489 §6.3",
         QT_TRANSLATE_NOOP("Findings", "Raise sp and np to at least p, or remove them so that p applies.")},
        {"DMARC-TESTING", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The policy is in testing mode (t=y)"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "t=y asks RFC 9989 receivers to apply one level less than the policy: reject becomes "
             "quarantine, "
             "quarantine becomes none. RFC 7489 receivers do not know t and apply the policy in full."),
         "RFC 9989 §4.7",
         QT_TRANSLATE_NOOP("Findings", "When the reports show no legitimate failures, remove t=y.")},
        {"DMARC-PCT-PARTIAL", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "pct applies the policy to only part of the failing mail"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "With pct below 100, RFC 7489 receivers apply the policy to that share of failing messages and "
             "the next "
             "weaker policy to the rest. RFC 9989 removed pct: its receivers apply the policy to all of "
             "them."),
         "RFC 7489 §6.6.4, RFC 9989 Appendix C",
         QT_TRANSLATE_NOOP("Findings", "Remove pct (use t=y while testing).")},
        {"DMARC-NO-RUA", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "No aggregate reports are requested"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Without a valid rua address nobody learns which servers send mail as the domain or what fails, "
             "so "
             "the policy cannot be tightened safely. Without a valid p, RFC 7489 receivers also need a valid "
             "rua to "
             "apply any DMARC at all."),
         "RFC 9990 §3, RFC 7489 §7.2",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Add rua=mailto:dmarc-reports@<domain> (or a report-processing service's address).")},
        {"DMARC-RUA-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A report destination is not usable"),
         QT_TRANSLATE_NOOP(
             "Findings", "A rua or ruf entry is not a mailto: URI with a valid address. Receivers skip it."),
         "RFC 9990 §3.2.1, RFC 7489 §6.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Write each destination as mailto:local@domain, separated by commas.")},
        {"DMARC-RUA-UNAUTHORIZED", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "An external report destination has not authorised the domain"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Reports to a domain outside the organizational domain are sent only if that domain publishes "
             "<domain>._report._dmarc.<destination> TXT \"v=DMARC1\" (or a wildcard). Without it receivers "
             "send "
             "nothing there."),
         "RFC 9990 §3.2.3, RFC 7489 §7.1",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Ask the destination's owner (often a report-processing service) to publish the authorization "
             "record, "
             "or use an address inside your own domain.")},
        {"DMARC-RUA-NO-MX", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "A report destination's domain receives no mail"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The destination domain has no MX record (or a null MX), so reports cannot be delivered there."),
         "RFC 9990 §3.2.1, RFC 5321 §5.1",
         QT_TRANSLATE_NOOP("Findings", "Publish an MX for the destination domain or use another address.")},
        {"DMARC-SIZE-LIMIT", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "A report destination carries the obsolete !size suffix"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "RFC 7489 let a destination limit report size (mailto:a@b!10m). RFC 9990 dropped it: RFC 9989 "
             "receivers ignore it, RFC 7489 receivers skip larger reports."),
         "RFC 9990 §3.2.1, RFC 7489 §6.2", QT_TRANSLATE_NOOP("Findings", "Remove the !size suffix.")},
        {"DMARC-INHERITED", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The policy comes from a parent domain"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The domain has no record of its own; the record of a parent domain applies (through sp or np "
             "where "
             "given)."),
         "RFC 9989 §4.10, RFC 7489 §6.6.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Nothing to do if intended; publish _dmarc.<domain> to set its own policy.")},
        {"DMARC-READINGS-DIFFER", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "RFC 9989 and RFC 7489 receivers apply different policies"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Receivers will follow both specifications for years. Here they reach different results "
             "(different "
             "record found, t=y, pct, np), so the domain is protected differently depending on the "
             "receiver."),
         "RFC 9989 Appendix C, RFC 7489 §6.6.3",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Publish a record both readings agree on: no pct, rf or ri, a record at the organizational "
             "domain.")},
        {"DMARC-ORG-DOMAIN-DIFFERS", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The two methods find different organizational domains"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "RFC 9989 finds the organizational domain by walking the DNS tree, RFC 7489 from the Public "
             "Suffix List. "
             "They disagree here, so relaxed alignment and the subdomain policy can differ between "
             "receivers."),
         "RFC 9989 §4.10, RFC 7489 §3.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish a record at the organizational domain (with psd=n if needed).")},
        {"DMARC-SPF-AT-DMARC", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "An SPF record answers at _dmarc"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "A TXT query for _dmarc.<domain> returns an SPF record, through a wildcard TXT or a CNAME. "
             "Receivers "
             "ignore it as not DMARC, but it hides the absence of a DMARC record and shows that a wildcard "
             "catches "
             "names it should not."),
         "RFC 9989 §4.10, RFC 4592 §2.1",
         QT_TRANSLATE_NOOP("Findings", "Publish a real DMARC record at _dmarc.<domain> (an explicit name "
                                       "overrides the wildcard), or fix "
                                       "the CNAME.")},
        {"DMARC-APEX-RECORD", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "A DMARC record is published at the domain itself, not at _dmarc"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "A v=DMARC1 TXT record at the domain's own name is never read: receivers only look at "
             "_dmarc.<domain>."),
         "RFC 9989 §4.10, RFC 7489 §6.1",
         QT_TRANSLATE_NOOP("Findings", "Move the record to _dmarc.<domain>.")},
        {"DMARC-DNS-ERROR", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The DMARC record could not be read because DNS failed"),
         QT_TRANSLATE_NOOP("Findings", "A DMARC query timed out or failed (SERVFAIL, REFUSED). This is not "
                                       "the same as having no record: "
                                       "receivers in the same situation defer or skip DMARC."),
         "RFC 9989 §4.10, RFC 7489 §6.6.3",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Retry, or choose another resolver; if it persists, check the domain's name servers.")},
    };
    return defs;
}
