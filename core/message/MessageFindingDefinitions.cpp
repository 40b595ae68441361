#include "MessageFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> messageFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"MSG-NO-FROM", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The message has no usable From address"),
         QT_TRANSLATE_NOOP("Findings",
                           "DMARC is applied to the domain of the From header field. Without a From field, "
                           "or with one whose address has no domain, there is nothing to align SPF and DKIM "
                           "with; receivers typically reject such messages."),
         "RFC 7489 §6.6.1",
         QT_TRANSLATE_NOOP("Findings", "Make the sending application write one From field with one full "
                                       "address (name@domain).")},
        {"MSG-MULTIPLE-FROM", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The message has several From fields or addresses"),
         QT_TRANSLATE_NOOP("Findings",
                           "With several From fields, or several addresses in one, the author domain is "
                           "ambiguous: receivers reject the message, or apply DMARC to every domain and take "
                           "the strictest outcome. Mailsight evaluates the first one."),
         "RFC 7489 §6.6.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Send with a single author address in a single From field; put other addresses "
                           "in Sender or Reply-To.")},
        {"MSG-HEADERS-ONLY", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "Only the header was given: body hashes were not checked"),
         QT_TRANSLATE_NOOP("Findings",
                           "DKIM and ARC signatures cover the body through a hash (bh=). Without the body, "
                           "only the header part of each signature can be verified, so a signature marked "
                           "as passing here could still fail on a changed body."),
         "RFC 6376 §3.7",
         QT_TRANSLATE_NOOP("Findings",
                           "Give the whole message (save it as .eml from the mail client: \"Show original\" "
                           "or \"View source\") for a complete verification.")},
        {"MSG-NO-CONNECTING-IP", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings",
                           "The address of the sending server could not be read from the message"),
         QT_TRANSLATE_NOOP("Findings",
                           "SPF checks the address that connected to the receiving server. It is read from "
                           "the Received field the receiving system added (or its Received-SPF); none of "
                           "them names an address here, so SPF was not evaluated."),
         "RFC 7208 §2.4, RFC 5321 §4.4",
         QT_TRANSLATE_NOOP("Findings",
                           "Give the whole header including every Received field, or name the address with "
                           "--ip (and --helo, --mail-from).")},
        {"MSG-RECEIVED-UNREADABLE", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "A Received field could not be read"),
         QT_TRANSLATE_NOOP("Findings",
                           "A Received field has no recognisable from/by clauses or an unreadable date. The "
                           "delivery path shows it as written; delays next to it are unknown."),
         "RFC 5321 §4.4",
         QT_TRANSLATE_NOOP("Findings",
                           "Nothing to do for the message; if the field comes from your own server, check "
                           "its trace header format.")},
        {"MSG-CLOCK-SKEW", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "A hop is dated before the hop that handed the message to it"),
         QT_TRANSLATE_NOOP("Findings",
                           "The Received fields record the time at each server. A later hop dated earlier "
                           "than the one before it means one of the two clocks is wrong, which also makes "
                           "signature times (t=, x=) and report periods unreliable."),
         "RFC 5322 §3.6.7",
         QT_TRANSLATE_NOOP("Findings",
                           "Synchronise the clocks of the servers named in the two fields with NTP.")},
        {"MSG-SLOW-HOP", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The message waited more than an hour between two hops"),
         QT_TRANSLATE_NOOP("Findings",
                           "A long gap between two Received fields means the message sat in a queue: the "
                           "next server was unreachable, deferred it (greylisting, rate limits), or the "
                           "sender retried late."),
         "RFC 5321 §4.5.4.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Look at the logs of the server that held the message (the \"by\" of the earlier "
                           "hop) for deferrals at that time.")},
        {"MSG-DMARC-FAIL", Severity::Error, QT_TRANSLATE_NOOP("Findings", "The message fails DMARC"),
         QT_TRANSLATE_NOOP("Findings",
                           "Neither SPF nor any DKIM signature passes for a domain aligned with the From "
                           "domain, and the From domain publishes DMARC: receivers apply its policy "
                           "(reject, quarantine, or only report with p=none)."),
         "RFC 7489 §6.6.2, RFC 9989 §4.7",
         QT_TRANSLATE_NOOP("Findings",
                           "Sign the mail with DKIM under the From domain (or a subdomain of it) at the "
                           "sending service, and authorise the service's servers in the SPF record of a "
                           "MAIL FROM domain under the From domain.")},
        {"MSG-DMARC-READINGS-DIFFER", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "RFC 9989 and RFC 7489 receivers treat the message differently"),
         QT_TRANSLATE_NOOP("Findings",
                           "The organizational domain (DNS tree walk against the Public Suffix List), the "
                           "policy record found, or the pct and t tags lead the two kinds of receiver to "
                           "different results or policies for this message."),
         "RFC 9989 §4.10, RFC 7489 §6.6.3",
         QT_TRANSLATE_NOOP("Findings",
                           "Publish records that give the same answer under both readings: a DMARC record at "
                           "the organizational domain with an explicit sp, no pct below 100 and no t=y.")},
        {"MSG-ARC-OVERRIDE", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "A receiver could accept the message on its ARC chain"),
         QT_TRANSLATE_NOOP("Findings",
                           "The message fails DMARC, but its ARC chain passes and an intermediary recorded "
                           "aligned authentication before it changed the message. A receiver that trusts "
                           "the sealers may override the DMARC policy locally (reported as local_policy or "
                           "arc); nothing obliges it to."),
         "RFC 8617 §7.2, RFC 7489 §6.7",
         QT_TRANSLATE_NOOP("Findings",
                           "Nothing to fix at the sender if the message went through a mailing list or "
                           "forwarder; the intermediary can avoid the failure by not modifying messages or "
                           "by rewriting From to its own domain.")},
        {"MSG-RECEIVER-DIFFERS", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The receiver's verdict differs from Mailsight's"),
         QT_TRANSLATE_NOOP("Findings",
                           "The receiving system recorded its own results in Authentication-Results when "
                           "the message arrived. Mailsight verifies again now, from the message as given: "
                           "DNS may have changed since, the message may have been changed after delivery, or "
                           "the receiver may read the rules differently."),
         "RFC 8601 §2.7",
         QT_TRANSLATE_NOOP("Findings",
                           "Read the explanation next to each difference; when in doubt, trust the "
                           "receiver's verdict for what happened at delivery and Mailsight's for what the "
                           "same message would get today.")},
        {"MSG-DKIM-KEY-ROTATED", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "A DKIM key changed since the message was delivered"),
         QT_TRANSLATE_NOOP("Findings",
                           "The receiver verified the signature at delivery, but the key it names is now "
                           "missing, revoked or different. The signer rotated its key since; old messages "
                           "cannot be verified any more, which is expected after a rotation."),
         "RFC 6376 §3.6.1, RFC 8601 §2.7.1",
         QT_TRANSLATE_NOOP("Findings",
                           "Nothing to fix for delivered mail. If the message is recent, check that the "
                           "signer already signs with the new selector before the old key was withdrawn.")},
        {"MSG-NO-RECEIVER-VERDICT", Severity::Info,
         QT_TRANSLATE_NOOP("Findings", "The message carries no verdict of its receiver"),
         QT_TRANSLATE_NOOP("Findings",
                           "No Authentication-Results or Received-SPF field was found from the receiving "
                           "system, so there is nothing to compare Mailsight's results with. Some systems "
                           "remove them, and a message copied before delivery has none."),
         "RFC 8601 §5",
         QT_TRANSLATE_NOOP("Findings",
                           "Take the message from the recipient's mailbox (\"Show original\"), as the "
                           "receiver stored it.")},
    };
    return defs;
}
