#include "NsFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> nsFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"NS-RECORD-MISMATCH", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The authoritative servers serve different records"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "Asked directly, the domain's authoritative servers do not all give the same answer for a "
             "mail record. Resolvers pick a server at random, so receivers see one version or the other: "
             "a stale secondary still handing out an old SPF, DMARC or DKIM record fails part of the "
             "mail, silently and only now and then."),
         "RFC 1034 §4.3.5",
         QT_TRANSLATE_NOOP("Findings",
                           "Find out why the servers named here hold another version: a secondary that "
                           "no longer transfers the zone (check NOTIFY and the transfer ACLs, RFC 1996), "
                           "or a provider edited by hand. Make every server serve the current zone, then "
                           "run the check again.")},
        {"NS-SERIAL-MISMATCH", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The authoritative servers hold different versions of the zone"),
         QT_TRANSLATE_NOOP("Findings",
                           "The SOA serial differs between the domain's authoritative servers. Right "
                           "after a change this lasts until the secondaries have transferred the zone "
                           "(seconds with NOTIFY); if it lasts longer, a secondary has stopped following "
                           "the primary and serves old records."),
         "RFC 1996 §3",
         QT_TRANSLATE_NOOP("Findings",
                           "Check again in a few minutes; if the serials still differ, look at the "
                           "transfer logs of the servers with the lower serial (NOTIFY reaching them, "
                           "transfers allowed from them), or raise the serial and reload the primary.")},
        {"NS-LAME", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "An authoritative server does not serve the zone (lame)"),
         QT_TRANSLATE_NOOP(
             "Findings",
             "A server named for the zone gave no usable answer to its SOA question: no answer at all, "
             "REFUSED, SERVFAIL, or an answer without the authoritative (AA) flag. Resolvers that pick "
             "it wait for a timeout or retry elsewhere, which slows every lookup of the domain and, "
             "when all servers are lame, makes its mail records unreachable."),
         "RFC 1912 §2.8",
         QT_TRANSLATE_NOOP("Findings",
                           "Configure the server named here to serve the zone (as a primary or a "
                           "secondary), or remove its NS record from the zone and from the delegation at "
                           "the parent (your registrar).")},
        {"NS-DELEGATION-MISMATCH", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The parent's delegation differs from the zone's own NS records"),
         QT_TRANSLATE_NOOP("Findings",
                           "The NS set the parent zone hands out (set at the registrar) is not the NS "
                           "set the zone itself publishes. Resolvers use one or the other depending on "
                           "what they saw first, so a server listed only on one side is asked by some "
                           "and ignored by others; after a provider move, the old servers often stay "
                           "at the parent and keep answering with old records."),
         "RFC 1034 §4.2.2",
         QT_TRANSLATE_NOOP("Findings",
                           "Make both sets the same: update the name servers at the registrar, or the "
                           "NS records in the zone, so that they list exactly the servers that serve it.")},
        {"NS-TOO-FEW", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "The zone has fewer than two authoritative servers"),
         QT_TRANSLATE_NOOP("Findings",
                           "The zone is served by a single name server (one name, or several names on "
                           "one address). When it is down or unreachable, the domain's MX, SPF, DKIM and "
                           "DMARC records cannot be read and mail to and from the domain fails."),
         "RFC 2182 §5",
         QT_TRANSLATE_NOOP("Findings",
                           "Add at least one more authoritative server, on another address (a secondary "
                           "from another provider or your registrar), and list it both in the zone and "
                           "at the registrar.")},
        {"NS-SAME-NETWORK", Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "Every authoritative server is in the same network"),
         QT_TRANSLATE_NOOP("Findings",
                           "All addresses of the zone's name servers lie in one IPv4 /24 (and one IPv6 "
                           "/48): very likely one site, one upstream link or one provider. A single "
                           "outage or routing problem there takes every server, and with them the "
                           "domain's mail records, off the net at once."),
         "RFC 2182 §5",
         QT_TRANSLATE_NOOP("Findings",
                           "Place at least one secondary in another network (another provider or "
                           "another site with another upstream), and add it to the zone and at the "
                           "registrar.")},
    };
    return defs;
}
