#include "BlocklistDefaults.h"

#include "BlocklistFileParser.h"

namespace {
// Return codes as the lists document them (see docs/blocklists.md for the sources and terms).
constexpr char kDefaults[] =
    R"(# Mailsight's built-in blocklists (docs/blocklists.md). Copy this file to start your own
# (--blocklists FILE replaces the built-in set).

[zen.spamhaus.org]
name = Spamhaus ZEN
kind = ip
ipv6 = yes
code = 127.0.0.2 SBL: a known spam source or spam operation (Spamhaus Block List)
code = 127.0.0.3 SBL CSS: a low-reputation sender, typically snowshoe spam (Spamhaus CSS)
code = 127.0.0.4-127.0.0.7 XBL: an exploited or infected host, a proxy or bot (Exploits Block List)
code = 127.0.0.9 SBL DROP: an address range hijacked or leased by spammers (Don't Route Or Peer)
code = 127.0.0.10 PBL: an end-user range its provider says must not send mail directly (ISP maintained)
code = 127.0.0.11 PBL: an end-user range that should not send mail directly (Spamhaus maintained)
refused = 127.255.255.252 the query was malformed for this list (typing error in the list's name)
refused = 127.255.255.254 Spamhaus refuses queries through public or open resolvers
refused = 127.255.255.255 Spamhaus refuses: the resolver sent too many queries
removal = https://check.spamhaus.org/
terms = Free for low-volume, non-commercial use through your own resolver; not through public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9); commercial or high-volume use needs a Data Query Service account.
test = 127.0.0.2

[dbl.spamhaus.org]
name = Spamhaus DBL
kind = domain
code = 127.0.1.2 a spam domain
code = 127.0.1.4 a phishing domain
code = 127.0.1.5 a malware domain
code = 127.0.1.6 a botnet command and control domain
code = 127.0.1.102 an abused legitimate domain used in spam
code = 127.0.1.103 an abused legitimate domain used as a spammed redirector
code = 127.0.1.104 an abused legitimate domain used in phishing
code = 127.0.1.105 an abused legitimate domain used for malware
code = 127.0.1.106 an abused legitimate domain used for botnet command and control
refused = 127.0.1.255 the DBL lists domain names: an IP address was asked
refused = 127.255.255.252 the query was malformed for this list (typing error in the list's name)
refused = 127.255.255.254 Spamhaus refuses queries through public or open resolvers
refused = 127.255.255.255 Spamhaus refuses: the resolver sent too many queries
removal = https://check.spamhaus.org/
terms = Free for low-volume, non-commercial use through your own resolver; not through public resolvers; commercial or high-volume use needs a Data Query Service account.
test = dbltest.com

[bl.spamcop.net]
name = SpamCop
kind = ip
code = 127.0.0.2 reported as a spam source by SpamCop users
removal = https://www.spamcop.net/bl.shtml
terms = Free to query; listings expire on their own 24 hours after the last report. Heavy users are asked to use a data feed instead of DNS queries.
test = 127.0.0.2

[psbl.surriel.com]
name = PSBL (Passive Spam Block List)
kind = ip
code = 127.0.0.2 sent mail to the PSBL's spam traps
removal = https://psbl.org/
terms = Free to query; listed addresses can remove themselves on the PSBL web site. Large sites are asked to rsync the zone.
test = 127.0.0.2

[b.barracudacentral.org]
name = Barracuda Reputation Block List
kind = ip
code = 127.0.0.2 listed by Barracuda Central as a poor-reputation sender
removal = https://www.barracudacentral.org/rbl/removal-request
terms = Free, but only for resolvers registered at barracudacentral.org: queries from unregistered resolvers may go unanswered.
test = 127.0.0.2

[dnsbl-1.uceprotect.net]
name = UCEPROTECT Level 1
kind = ip
code = 127.0.0.2 this single address sent mail to UCEPROTECT's spam traps
removal = https://www.uceprotect.net/en/rblcheck.php
terms = Free for low-volume use; listings expire on their own 7 days after the last trap hit (UCEPROTECT also sells express delisting, which is never needed).
test = 127.0.0.2

[multi.surbl.org]
name = SURBL multi
kind = domain
bitmask = yes
code = 127.0.0.8 PH: a domain seen in phishing messages
code = 127.0.0.16 MW: a domain seen hosting or spreading malware
code = 127.0.0.64 ABUSE: a domain seen in spam or abuse
code = 127.0.0.128 CR: a cracked (compromised) site seen in abuse
refused = 127.0.0.1 SURBL blocked the query: public resolver or too many queries
removal = https://www.surbl.org/surbl-analysis
terms = Free for low-volume, non-commercial use through your own resolver; public resolvers are blocked; commercial use needs a data feed.
test = test.surbl.org
)";
} // namespace

QByteArray BlocklistDefaults::text() {
    return QByteArray(kDefaults);
}

QList<BlocklistDefinition> BlocklistDefaults::definitions() {
    static const QList<BlocklistDefinition> lists = [] {
        auto parsed = BlocklistFileParser::parse(text(), QStringLiteral("built-in blocklists"));
        Q_ASSERT_X(parsed.has_value(), "BlocklistDefaults", qPrintable(parsed.error()));
        return parsed.value_or(QList<BlocklistDefinition>{});
    }();
    return lists;
}
