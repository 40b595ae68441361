#include "BlocklistFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> blocklistFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"BLOCKLIST-LISTED", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An address or name of the domain is on a blocklist"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "A DNS blocklist lists one of the domain's sending or receiving addresses (an MX host, an "
             "address the SPF record authorises, a busy source of the aggregate reports) or the domain or "
             "an MX host name. Receivers that use the list reject or junk mail from the address, or mail "
             "that names the domain. The list's return code says why it lists it."),
         "RFC 5782 §2.1, §2.3, §3",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Find and stop what got the address listed (a compromised account, a bulk send to old "
             "addresses, an open relay), then ask for removal on the list's page named in the finding; "
             "most lists also drop entries on their own some days after the last spam.")},
        {"BLOCKLIST-REFUSED", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "A blocklist refused to answer: query through your own resolver"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The list answered with one of its refusal codes (Spamhaus: 127.255.255.254 for queries "
             "through public resolvers, 127.255.255.255 for too many queries; SURBL: 127.0.0.1). That is "
             "not a listing: the list did not say anything about the domain's addresses or names."),
         "RFC 5782 §2.3",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Run the check through your own recursive resolver (--resolver ADDR) rather than a public "
             "one such as 8.8.8.8, 1.1.1.1 or 9.9.9.9, and keep within the list's terms of use "
             "(docs/blocklists.md).")},
        {"BLOCKLIST-UNANSWERED", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "Some blocklists could not be asked"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "A list did not answer its test query or a lookup (timeout, SERVFAIL, REFUSED by the "
             "resolver, an answer outside 127.0.0.0/8), so whether the domain's addresses are listed "
             "there is unknown. An unreachable list is not the domain's fault and is never counted as "
             "a listing."),
         "RFC 5782 §5",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Check that your resolver reaches the list's zone (dig 2.0.0.127.<list zone> A should "
             "answer 127.0.0.2), register the resolver where a list requires it (Barracuda), and run "
             "the check again.")},
    };
    return defs;
}
