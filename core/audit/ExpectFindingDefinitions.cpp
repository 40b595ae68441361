#include "ExpectFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> expectFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"EXPECT-DMARC-POLICY", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The DMARC policy is weaker than the expectations file requires"),
         QT_TRANSLATE_NOOP("Findings",
                           "The team's expectations file asks for a minimum DMARC policy (none < "
                           "quarantine < reject). The policy a receiver applies for this domain is "
                           "weaker, so spoofed mail is treated more leniently than agreed."),
         "RFC 9989 §5.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish the agreed policy (p=) at _dmarc.<domain>, or change the "
                           "expectation in the file through review if the weaker policy is intended.")},
        {"EXPECT-DMARC-RUA", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "DMARC aggregate reports are required but not requested"),
         QT_TRANSLATE_NOOP("Findings",
                           "The expectations file requires an rua= report address, and the DMARC "
                           "record has none (or none that is authorised). Without reports nobody sees "
                           "who sends mail in the domain's name."),
         "RFC 9990 §3",
         QT_TRANSLATE_NOOP("Findings",
                           "Add rua=mailto:<mailbox> to the DMARC record; for an external mailbox "
                           "publish its authorisation record.")},
        {"EXPECT-SPF-LOOKUPS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "SPF needs more DNS lookups than the expectations file allows"),
         QT_TRANSLATE_NOOP("Findings",
                           "The team set a lookup budget below the RFC limit of 10 so that a "
                           "provider adding an include does not break SPF overnight. The expanded "
                           "record needs more lookups than that budget."),
         "RFC 7208 §4.6.4",
         QT_TRANSLATE_NOOP("Findings",
                           "Remove unused includes, replace a/mx terms with ip4/ip6 ranges, or raise "
                           "the budget in the expectations file through review.")},
        {"EXPECT-SPF-INCLUDE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "SPF includes a domain the expectations file does not allow"),
         QT_TRANSLATE_NOOP("Findings",
                           "Every include: authorises another organisation to send mail as this "
                           "domain. The expectations file lists the allowed ones; this include is "
                           "not among them."),
         "RFC 7208 §5.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Remove the include, or add it to allowedIncludes in the expectations file "
                           "through review.")},
        {"EXPECT-DKIM-SELECTOR", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "An expected DKIM selector publishes no key"),
         QT_TRANSLATE_NOOP("Findings",
                           "The expectations file names the selectors the domain signs with. No "
                           "DKIM key record was found at this one, so mail signed with it fails DKIM."),
         "RFC 6376 §3.6.2.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish the key at <selector>._domainkey.<domain>, or remove the selector "
                           "from the expectations file if it was retired.")},
        {"EXPECT-DKIM-KEY-BITS", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A DKIM key is smaller than the expectations file requires"),
         QT_TRANSLATE_NOOP("Findings", "The team requires RSA keys of at least this many bits; this selector "
                                       "publishes a smaller one. Ed25519 keys are exempt."),
         "RFC 8301 §3.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Generate a larger key (mailsight-cli dkim keygen), publish it under a new "
                           "selector, switch the signer, then revoke the old key.")},
        {"EXPECT-DKIM-KEY-AGE", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "A DKIM key is older than the expectations file allows"),
         QT_TRANSLATE_NOOP("Findings",
                           "The key's age counts from the first stored audit that saw it. Keys that "
                           "live long are more likely to have leaked; the team agreed to rotate them."),
         "RFC 6376 §3.6.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Rotate the key: publish a new selector, switch the signer, keep the old "
                           "key until its mail has aged out, then publish it with an empty p=.")},
        {"AUDIT-TIMEOUT", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The audit of this domain did not finish in time"),
         QT_TRANSLATE_NOOP("Findings", "The domain's checks ran past the per-domain time bound and were "
                                       "stopped. Results that were not complete are not graded as missing."),
         "RFC 1035 §7.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Run the audit again, raise --domain-timeout, or check the resolver.")},
        {"AUDIT-CANCELLED", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The audit of this domain was cancelled"),
         QT_TRANSLATE_NOOP("Findings", "The batch was interrupted (Ctrl-C, SIGTERM) before this domain's "
                                       "checks were done: nothing about the domain was concluded, and the "
                                       "audit was not stored in the history."),
         "RFC 1035 §7.2", QT_TRANSLATE_NOOP("Findings", "Run the audit of this domain again.")},
    };
    return defs;
}
