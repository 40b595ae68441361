#include "ArcFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> arcFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"ARC-TOO-MANY-SETS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The message carries more than 50 ARC sets"),
         QT_TRANSLATE_NOOP("Findings",
                           "RFC 8617 allows at most 50 ARC sets on a message; with more, the chain fails "
                           "without further checks. A message this far forwarded is most likely looping "
                           "between intermediaries."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Look for a forwarding loop between the intermediaries that sealed the message "
                           "(the ARC-Seal d= values) and break it.")},
        {"ARC-CV-FAIL", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The most recent ARC-Seal says the chain had already failed"),
         QT_TRANSLATE_NOOP("Findings",
                           "An intermediary that finds a broken chain still seals the message, with cv=fail. "
                           "Every later verifier must then treat the chain as failed: the failure is "
                           "propagated, whatever the earlier sets look like now."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Find the hop before the sealer that wrote cv=fail: its ARC set did not verify "
                           "when the message arrived there (a modified message, a missing key or a broken "
                           "sealer).")},
        {"ARC-SET-INCOMPLETE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An ARC set lacks one of its three header fields"),
         QT_TRANSLATE_NOOP("Findings",
                           "Each ARC set holds exactly one ARC-Authentication-Results, one "
                           "ARC-Message-Signature and one ARC-Seal with the same i=. A set missing one "
                           "of them makes the whole chain fail."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "The intermediary of that instance writes incomplete ARC sets, or a later hop "
                           "removed a field: fix the sealer's configuration, or stop the hop that strips "
                           "ARC header fields.")},
        {"ARC-SET-DUPLICATE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An ARC instance appears more than once"),
         QT_TRANSLATE_NOOP("Findings",
                           "Two ARC header fields of the same kind carry the same i=. Instances must run "
                           "from 1 to N without repetition; a repeated one makes the chain fail. Two "
                           "intermediaries that both thought they were first, or a sealer that signs twice, "
                           "cause this."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Each sealer must add the next instance (the highest i= seen plus one) and seal "
                           "a message once.")},
        {"ARC-INSTANCE-GAP", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The ARC instances do not run from 1 without gaps"),
         QT_TRANSLATE_NOOP("Findings",
                           "The instance numbers of the ARC sets must form the sequence 1, 2, ... N. A gap "
                           "means a set was removed, or a sealer numbered its set wrongly; the chain fails."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Check which hop removes ARC header fields or numbers its set wrongly (the sealer "
                           "of the instance after the gap).")},
        {"ARC-INSTANCE-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An ARC header field has no valid instance number"),
         QT_TRANSLATE_NOOP("Findings",
                           "Every ARC header field starts with i= and a number from 1 to 50. A field "
                           "without one cannot be placed in a set, and the chain fails."),
         "RFC 8617 §4.2.1",
         QT_TRANSLATE_NOOP("Findings", "Fix the sealer that writes the field without a valid i= tag.")},
        {"ARC-CV-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An ARC-Seal has the wrong cv= value for its place in the chain"),
         QT_TRANSLATE_NOOP("Findings",
                           "The first seal (i=1) must say cv=none and every later seal cv=pass; any other "
                           "value, or cv=fail on a seal that is not the most recent, makes the chain fail."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Fix the sealer of that instance: it must state the result of its own chain "
                           "validation (none when it adds the first set).")},
        {"ARC-HEADER-INVALID", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An ARC header field cannot be read"),
         QT_TRANSLATE_NOOP("Findings",
                           "A required tag is missing, a value is malformed (base64, domain, algorithm), "
                           "or the field breaks the tag=value syntax. An unreadable ARC field makes the "
                           "chain fail."),
         "RFC 8617 §4.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Fix the sealer that wrote the field; the detail names the tag at fault.")},
        {"ARC-AMS-FAIL", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The most recent ARC-Message-Signature does not verify"),
         QT_TRANSLATE_NOOP("Findings",
                           "The signature the last intermediary put on the message no longer matches it: "
                           "the message was changed after the last sealer, its key is missing or changed, "
                           "or the sealer signs badly. The chain fails."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Find what changed the message after the last sealer (a footer, a gateway that "
                           "rewrites headers) or check the sealer's published key at "
                           "<selector>._domainkey.<d>.")},
        {"ARC-AMS-MODIFIED", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "An earlier ARC-Message-Signature no longer verifies"),
         QT_TRANSLATE_NOOP("Findings",
                           "An intermediary changed the message after an earlier hop had signed it (a "
                           "subject tag, a footer). That is what ARC exists for and does not make the "
                           "chain fail; the oldest signature that still verifies (oldest-pass) shows "
                           "where the change happened."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Nothing to fix if the intermediary is expected to modify messages (a mailing "
                           "list). Receivers decide from the seals and the earlier authentication results.")},
        {"ARC-SEAL-FAIL", Severity::Error, QT_TRANSLATE_NOOP("Findings", "An ARC-Seal does not verify"),
         QT_TRANSLATE_NOOP("Findings",
                           "The seal covers every ARC set up to its own. When it does not verify, an ARC "
                           "header field was changed or removed after sealing, the sealer's key is missing "
                           "or changed, or the sealer signs badly. The chain fails at that instance."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Check the sealer's key at <selector>._domainkey.<d> and whether a later hop "
                           "rewrites or reorders ARC header fields.")},
        {"ARC-DNS-ERROR", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "A key of the ARC chain could not be fetched"),
         QT_TRANSLATE_NOOP("Findings",
                           "The DNS query for a sealer's key failed (timeout, SERVFAIL): the signature "
                           "could not be checked and the chain counts as failed. This is not the same as a "
                           "missing key; a retry may succeed."),
         "RFC 8617 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Retry, or ask another resolver; if it persists, the sealer's DNS is broken.")},
        {"ARC-AMS-SIGNS-AR", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "An ARC-Message-Signature signs Authentication-Results"),
         QT_TRANSLATE_NOOP("Findings",
                           "Authentication-Results header fields are removed or rewritten by later hops as "
                           "a matter of course; an ARC-Message-Signature that covers them breaks as soon "
                           "as one is touched."),
         "RFC 8617 §4.1.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Remove Authentication-Results from the header list (h=) the sealer signs.")},
    };
    return defs;
}
