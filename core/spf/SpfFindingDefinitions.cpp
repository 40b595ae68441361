#include "SpfFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> spfFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"SPF-MISSING", Severity::Error, QT_TRANSLATE_NOOP("Findings", "The domain publishes no SPF record"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "No TXT record starting with \"v=spf1\" exists, so receivers cannot tell which servers may send "
             "mail "
             "for this domain (SPF result \"none\")."),
         "RFC 7208 §4.5",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish one TXT record such as \"v=spf1 mx -all\" listing the servers that send "
                           "your mail, or \"v=spf1 -all\" if the domain sends no mail.")},
        {"SPF-MULTIPLE-RECORDS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The domain publishes more than one SPF record"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Exactly one \"v=spf1\" record is allowed; with two or more, every check ends in permerror."),
         "RFC 7208 §4.5",
         QT_TRANSLATE_NOOP("Findings", "Merge the records into one TXT record and delete the others.")},
        {"SPF-SYNTAX", Severity::Error, QT_TRANSLATE_NOOP("Findings", "The SPF record has a syntax error"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "A term does not follow the RFC 7208 grammar; receivers stop at once with permerror."),
         "RFC 7208 §4.6",
         QT_TRANSLATE_NOOP("Findings",
                           "Correct the term shown (the character position points at the problem).")},
        {"SPF-LOOKUP-LIMIT", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "More than 10 DNS lookups: SPF evaluation fails"),
         QT_TRANSLATE_NOOP("Findings", "include, a, mx, ptr, exists and redirect each cost one DNS lookup, "
                                       "counted across every include. "
                                       "Past 10, receivers return permerror and your mail fails SPF."),
         "RFC 7208 §4.6.4",
         QT_TRANSLATE_NOOP("Findings", "Remove unused includes, replace a/mx with ip4/ip6 where addresses "
                                       "are stable, or move senders to "
                                       "subdomains with their own records.")},
        {"SPF-LOOKUP-NEAR-LIMIT", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "SPF uses 8 to 10 of its 10 DNS lookups"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The record still works, but one more include (or a provider adding one inside theirs) breaks "
             "it."),
         "RFC 7208 §4.6.4",
         QT_TRANSLATE_NOOP("Findings",
                           "Make room now: drop unused includes or replace a/mx terms by ip4/ip6.")},
        {"SPF-VOID-LIMIT", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "More than 2 lookups find nothing (void lookups)"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Lookups that answer NXDOMAIN or no records are limited to two; the third gives permerror."),
         "RFC 7208 §4.6.4",
         QT_TRANSLATE_NOOP("Findings", "Remove terms that point at names without records.")},
        {"SPF-INCLUDE-LOOP", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An include or redirect loops back to itself"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Following the chain comes back to a record already on the path; evaluation can only end in "
             "permerror "
             "at the lookup limit."),
         "RFC 7208 §5.2",
         QT_TRANSLATE_NOOP("Findings", "Remove the include or redirect that points back up the chain.")},
        {"SPF-INCLUDE-NO-RECORD", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An include or redirect target has no SPF record"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "include and redirect need the target to publish an SPF record; without one, evaluation ends in "
             "permerror."),
         "RFC 7208 §5.2, §6.1",
         QT_TRANSLATE_NOOP("Findings", "Fix the target name (a typo?) or remove the term.")},
        {"SPF-DUPLICATE-INCLUDE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The same include is evaluated more than once"),
         QT_TRANSLATE_NOOP(
             "Findings", "A target reached twice costs its lookups twice without authorising anything new."),
         "RFC 7208 §4.6.4", QT_TRANSLATE_NOOP("Findings", "Keep one include of that target.")},
        {"SPF-PERMISSIVE-ALL", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The record ends in \"+all\": anyone may send"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "\"+all\" (or a bare \"all\") authorises every server on the Internet to send mail for the "
             "domain."),
         "RFC 7208 §5.1",
         QT_TRANSLATE_NOOP("Findings", "End the record with \"-all\" (or \"~all\" while testing).")},
        {"SPF-NEUTRAL-ALL", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The record does not say what happens to other senders"),
         QT_TRANSLATE_NOOP("Findings", "\"?all\", or no \"all\" and no redirect, leaves every unlisted "
                                       "sender neutral: SPF then protects "
                                       "nothing."),
         "RFC 7208 §4.7, §5.1", QT_TRANSLATE_NOOP("Findings", "End the record with \"-all\" (or \"~all\").")},
        {"SPF-PTR", Severity::Warning, QT_TRANSLATE_NOOP("Findings", "The record uses the \"ptr\" mechanism"),
         QT_TRANSLATE_NOOP("Findings",
                           "ptr is slow, unreliable and must not be used; many receivers skip it."),
         "RFC 7208 §5.5",
         QT_TRANSLATE_NOOP("Findings", "Replace ptr with ip4/ip6 or a terms naming the servers.")},
        {"SPF-TYPE99", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "An obsolete SPF (type 99) record is published"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "RFC 7208 removed the SPF record type; only TXT is read. A type-99 record that differs from the "
             "TXT "
             "one misleads anyone reading DNS."),
         "RFC 7208 §3.1",
         QT_TRANSLATE_NOOP("Findings", "Delete the type-99 record and keep the TXT record.")},
        {"SPF-RECORD-TOO-LONG", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The SPF record is longer than 450 bytes"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Long records risk DNS answers over 512 bytes, which some receivers do not fetch over TCP."),
         "RFC 7208 §3.4",
         QT_TRANSLATE_NOOP("Findings", "Shorten it: move senders to an include on a subdomain.")},
        {"SPF-MX-TOO-MANY", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An \"mx\" term finds more than 10 mail servers"),
         QT_TRANSLATE_NOOP("Findings",
                           "mx may look up at most 10 names; with more, evaluation ends in permerror."),
         "RFC 7208 §4.6.4", QT_TRANSLATE_NOOP("Findings", "Use ip4/ip6 for the servers instead of mx.")},
        {"SPF-REDIRECT-IGNORED", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "redirect is ignored because the record has \"all\""),
         QT_TRANSLATE_NOOP("Findings", "With an \"all\" mechanism anywhere, redirect never applies."),
         "RFC 7208 §6.1", QT_TRANSLATE_NOOP("Findings", "Remove either the redirect or the all.")},
        {"SPF-TERMS-AFTER-ALL", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "Terms after \"all\" are never evaluated"),
         QT_TRANSLATE_NOOP("Findings", "Evaluation stops at \"all\"; whatever follows it has no effect."),
         "RFC 7208 §5.1", QT_TRANSLATE_NOOP("Findings", "Move the terms before \"all\", or delete them.")},
        {"SPF-OVERLAPPING-RANGES", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "Two terms authorise overlapping address ranges"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The same addresses are listed twice (often through two includes); harmless but it hides stale "
             "entries."),
         "RFC 7208 §5.6", QT_TRANSLATE_NOOP("Findings", "Remove the narrower duplicate.")},
        {"SPF-DNS-ERROR", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A DNS lookup failed while reading SPF"),
         QT_TRANSLATE_NOOP("Findings", "A lookup timed out or the server failed (temperror). This says "
                                       "nothing about whether the record "
                                       "exists: it could not be read."),
         "RFC 7208 §2.6.6",
         QT_TRANSLATE_NOOP("Findings", "Check the domain's name servers answer, then retry.")},
    };
    return defs;
}
