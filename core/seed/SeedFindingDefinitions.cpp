#include "SeedFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> seedFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"SEED-SPAM", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A seed mailbox put the test message in spam"),
         QT_TRANSLATE_NOOP(
             "Findings", "The test message arrived, but the receiving provider filed it in the spam (junk) "
                         "folder. Real messages from the domain to that provider are likely to land there "
                         "too. Authentication (SPF, DKIM, DMARC) is one input; reputation of the sending IP "
                         "and domain, content and recipient engagement are others."),
         "RFC 6154 §2 (\\Junk), RFC 7489 §6.6",
         QT_TRANSLATE_NOOP("Findings",
                           "Check the receiver's verdict shown beside the seed: fix any SPF, DKIM or DMARC "
                           "failure first; then check the sending IP's blocklist listings and the provider's "
                           "postmaster tools (Gmail Postmaster, Microsoft SNDS).")},
        {"SEED-MISSING", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A seed mailbox did not receive the test message in time"),
         QT_TRANSLATE_NOOP(
             "Findings", "The token was not found in any folder of the seed within the waiting time. The "
                         "message may have been rejected or silently dropped by the provider, be delayed "
                         "(greylisting), or was never sent (when the seed only watches, the own system must "
                         "send a message carrying the token)."),
         "RFC 5321 §4.5.4.1, RFC 6647",
         QT_TRANSLATE_NOOP(
             "Findings",
             "Look for a bounce in the sending mailbox and in the submission server's log; run the "
             "check again with a longer --wait to tell a delay from a loss.")},
        {"SEED-OTHER-FOLDER", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings",
                           "A seed mailbox put the test message in a folder other than the inbox"),
         QT_TRANSLATE_NOOP("Findings",
                           "The message arrived and is not in spam, but a rule, a category tab or an archive "
                           "moved it out of the inbox. Recipients may not see it."),
         "RFC 6154 §2",
         QT_TRANSLATE_NOOP("Findings",
                           "Check the seed's own filtering rules first; if there are none, the provider "
                           "classified the message (promotions, bulk) by its content and headers.")},
        {"SEED-UNREACHABLE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A seed mailbox could not be reached"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Mailsight could not look into the seed mailbox: the host name does not resolve, "
             "the connection was refused or timed out, the TLS certificate is not trusted, or the "
             "server did not answer as an IMAP server. Where the message landed is unknown."),
         "RFC 9051 §7.1, RFC 8314 §3",
         QT_TRANSLATE_NOOP(
             "Findings", "Check the seed's host, port and TLS mode in the seed configuration; for a private "
                         "certificate authority give its certificate with caFile or --ca-file.")},
        {"SEED-LOGIN-REFUSED", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A seed mailbox refused the login"),
         QT_TRANSLATE_NOOP("Findings",
                           "The IMAP server refused the user name or password of the seed. Providers also "
                           "refuse a normal password when the account requires an app password or OAuth."),
         "RFC 9051 §6.2.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Check the user name and the password's source (the environment variable or file "
                           "named in the configuration); create an app password where the provider asks for "
                           "one.")},
        {"SEED-SUBMISSION-FAILED", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The test message could not be sent"),
         QT_TRANSLATE_NOOP("Findings",
                           "The submission server could not be reached, its certificate was not accepted, it "
                           "refused the login (535) or refused the sender or a seed address. No seed could "
                           "receive the message."),
         "RFC 6409 §4, RFC 4954 §6",
         QT_TRANSLATE_NOOP(
             "Findings", "Check the submission host, port and TLS mode (587 with STARTTLS, 465 with implicit "
                         "TLS), the user and password, and that the From address may be used by that user.")},
        {"SEED-VERDICT-DIFFERS", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The receiver's verdict differs from Mailsight's"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "The Authentication-Results the receiving provider wrote on the seed's copy disagree "
             "with Mailsight's own evaluation of the same copy. Each difference is explained; the "
             "usual reasons are DNS changed since delivery, a receiver that does not look up a key "
             "or include, or a forwarding hop that changed the message."),
         "RFC 8601 §5, RFC 7489 §6.6",
         QT_TRANSLATE_NOOP("Findings",
                           "Read the explanation of each difference; when the receiver failed what Mailsight "
                           "passes, fix the record or key the receiver could not use.")},
        {"SEED-RECEIVER-DMARC-FAIL", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "A seed's receiver recorded DMARC as failed"),
         QT_TRANSLATE_NOOP(
             "Findings", "The receiving provider evaluated DMARC on the test message and recorded a failure "
                         "in its Authentication-Results: neither SPF nor DKIM passed aligned with the From "
                         "domain as that provider saw them. Messages failing DMARC are filed as spam or "
                         "rejected under the domain's policy."),
         "RFC 7489 §6.6.2, RFC 8601 §2.7.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Make the submission server sign with a DKIM key of the From domain, and list its "
                           "sending addresses in the domain's SPF record.")},
    };
    return defs;
}
