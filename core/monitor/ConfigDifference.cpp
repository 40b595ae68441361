#include "ConfigDifference.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString ConfigDifference::absentText() {
    return u"(absent)"_s;
}

QString ConfigDifference::whyFor(const QString& kind) {
    static const QHash<QString, QString> reasons{
        {u"spf-status"_s, u"Without a usable SPF record on one side, receivers judge its mail by "
                          u"DKIM alone."_s},
        {u"spf-all"_s, u"The all-qualifier decides what happens to every sender not listed: mail "
                       u"rejected on one side is only marked or accepted on the other."_s},
        {u"spf-lookups"_s, u"Each side spends a different share of the 10 DNS lookups SPF allows; "
                           u"past 10, SPF fails for every sender."_s},
        {u"spf-sender"_s, u"A sender authorised on one side only passes SPF there and fails (or "
                          u"soft-fails) on the other."_s},
        {u"spf-unresolved"_s, u"A mechanism that cannot be expanded from DNS (a macro, exists, ptr, "
                              u"a failed lookup, a loop) makes its senders unknowable here, so the sides "
                              u"may authorise different senders."_s},
        {u"spf-include"_s, u"An include or redirect on one side only authorises a whole provider's "
                           u"senders there."_s},
        {u"dmarc-record"_s, u"Without a DMARC record, failing mail from that side is delivered as "
                            u"if it passed."_s},
        {u"dmarc-policy"_s, u"Receivers treat mail that fails DMARC differently on the two sides "
                            u"(delivered, quarantined or refused)."_s},
        {u"dmarc-tag"_s, u"The tag changes how receivers apply the policy or where they send "
                         u"reports, so the sides behave differently."_s},
        {u"dmarc-record-domain"_s, u"The policy comes from a different record, so a change to one "
                                   u"side's record does not reach the other."_s},
        {u"dkim-selector"_s, u"Mail signed with a selector that has no key (or a different key) on "
                             u"one side fails DKIM there."_s},
        {u"mx"_s, u"Mail for the two domains is delivered to different servers."_s},
        {u"mx-null"_s, u"A null MX says the domain takes no mail at all."_s},
        {u"mta-sts"_s, u"Senders enforce TLS on one side only, so a downgraded connection "
                       u"delivers mail there and is refused on the other."_s},
        {u"tls-rpt"_s, u"TLS failure reports go to different places, so a delivery problem on "
                       u"one side may go unseen."_s},
    };
    return reasons.value(kind, u"The two sides are configured differently."_s);
}

QString ConfigDifference::why() const {
    if (!differs)
        return {};
    if (kind == u"dmarc-tag"_s) {
        // "tag rua (RFC 9989)": the tag decides the sentence.
        static const QHash<QString, QString> tags{
            {u"p"_s,
             u"The policy for the domain itself: failing mail is treated differently on the two sides."_s},
            {u"sp"_s,
             u"Subdomains get a different policy, so failing mail from them is treated differently."_s},
            {u"np"_s, u"Mail from names that do not exist is treated differently on the two sides."_s},
            {u"adkim"_s,
             u"DKIM alignment is stricter on one side: a signature that aligns there may not align on "
             u"the other."_s},
            {u"aspf"_s,
             u"SPF alignment is stricter on one side: an envelope sender that aligns there may not "
             u"align on the other."_s},
            {u"rua"_s,
             u"Aggregate reports go to different places, so one side's senders may go unwatched."_s},
            {u"ruf"_s, u"Failure reports go to different places (or only one side asks for them)."_s},
            {u"fo"_s, u"Failure reports are asked for under different conditions."_s},
            {u"pct"_s, u"RFC 7489 receivers apply the policy to a different share of failing mail."_s},
            {u"t"_s, u"One side is in testing mode: RFC 9989 receivers apply a milder policy there."_s},
            {u"psd"_s,
             u"The sides disagree on whether the domain is a public suffix, which moves where RFC 9989 "
             u"receivers find the organizational domain."_s},
            {u"rf"_s, u"Failure reports are asked for in different formats."_s},
            {u"ri"_s, u"Aggregate reports are asked for at different intervals."_s},
        };
        const QString tag = item.section(QLatin1Char(' '), 1, 1);
        if (tags.contains(tag))
            return tags.value(tag);
    }
    return whyFor(kind);
}

QJsonObject ConfigDifference::toJson() const {
    QJsonObject o{{u"area"_s, area},
                  {u"item"_s, item},
                  {u"kind"_s, kind},
                  {u"a"_s, valueA.isEmpty() ? QJsonValue() : QJsonValue(valueA)},
                  {u"b"_s, valueB.isEmpty() ? QJsonValue() : QJsonValue(valueB)},
                  {u"differs"_s, differs}};
    if (differs)
        o.insert(u"why"_s, why());
    return o;
}
