#include "VerdictComparison.h"

#include "dkim/DkimTagList.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>

namespace {
// A context lupdate can see (the free functions of this file translate in it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(VerdictComparison)
};

QString domainPart(const QString& value) {
    QString d = value.trimmed();
    if (d.startsWith(QLatin1Char('<')) && d.endsWith(QLatin1Char('>')))
        d = d.mid(1, d.size() - 2);
    return d.section(QLatin1Char('@'), -1).toLower();
}

bool hasFinding(const DkimSignatureVerification& s, QStringView code) {
    for (const Finding& f : s.findings)
        if (f.code == code)
            return true;
    return false;
}

// Receivers write "policy", "neutral" and friends where Mailsight writes fail or permerror; only a
// pass on one side and not on the other, or two different failure classes, are differences.
bool sameOutcome(const QString& receiver, const QString& ours) {
    const bool receiverPass = receiver == QLatin1String("pass");
    const bool ourPass = ours == QLatin1String("pass");
    if (receiverPass != ourPass)
        return false;
    if (receiverPass)
        return true;
    auto absent = [](const QString& r) { return r == QLatin1String("none") || r.isEmpty(); };
    return absent(receiver) == absent(ours);
}

void add(MessageAnalysis& a, VerdictDifference d, QStringView code = u"MSG-RECEIVER-DIFFERS") {
    Finding f =
        FindingCatalogue::make(code,
                               Tr::tr("%1 (%2): the receiver said %3, Mailsight says %4. %5")
                                   .arg(d.method.toUpper(), d.subject, d.receiver, d.ours, d.explanation),
                               {QStringLiteral("receiver (%1): %2").arg(a.receiver.authServId, d.receiver),
                                QStringLiteral("Mailsight: %1").arg(d.ours)});
    f.domain = a.fromDomain;
    a.findings << f;
    a.differences << d;
}

void compareSpf(MessageAnalysis& a) {
    if (!a.receiver.spf)
        return;
    const AuthenticationResult& r = *a.receiver.spf;
    const QString ours = a.spf.result;
    if (r.result == ours)
        return;
    VerdictDifference d{
        QStringLiteral("spf"), QStringLiteral("smtp.mailfrom=%1").arg(a.spf.domain), r.result, ours, {}};
    const QString receiverDomain = domainPart(r.properties.value(
        QStringLiteral("smtp.mailfrom"), r.properties.value(QStringLiteral("envelope-from"))));
    const QString receiverIp = r.properties.value(QStringLiteral("client-ip"));
    if (!a.spf.evaluated()) {
        d.explanation = Tr::tr("Mailsight could not evaluate SPF: %1").arg(a.spf.reason);
    } else if (!receiverDomain.isEmpty() && receiverDomain != a.spf.domain) {
        d.explanation = Tr::tr("the receiver checked the MAIL FROM domain %1, Mailsight checked %2 (from %3)")
                            .arg(receiverDomain, a.spf.domain, a.envelope.mailFromSource);
    } else if (!receiverIp.isEmpty() && receiverIp != a.envelope.ip) {
        d.explanation = Tr::tr("the receiver checked the address %1, Mailsight checked %2 (from %3)")
                            .arg(receiverIp, a.envelope.ip, a.envelope.ipSource);
    } else if (ours == QLatin1String("temperror")) {
        d.explanation = Tr::tr("Mailsight's DNS lookups failed now; retry, or ask another resolver");
    } else if (r.result == QLatin1String("temperror") || r.result == QLatin1String("permerror")) {
        d.explanation =
            Tr::tr("the receiver met a %1 at delivery (a DNS failure or a broken record then); today's "
                   "records give %2")
                .arg(r.result, ours);
    } else {
        d.explanation =
            Tr::tr("same address and domain: the SPF record of %1 (or a record it includes) changed "
                   "since delivery; Mailsight evaluates today's records")
                .arg(a.spf.domain);
    }
    add(a, d);
}

const DkimSignatureVerification* matchingSignature(const MessageAnalysis& a, const AuthenticationResult& r) {
    const QString d = domainPart(
        r.properties.value(QStringLiteral("header.d"), r.properties.value(QStringLiteral("header.i"))));
    const QString selector = r.properties.value(QStringLiteral("header.s"));
    const QString b = r.properties.value(QStringLiteral("header.b"));
    const DkimSignatureVerification* candidate = nullptr;
    for (const DkimSignatureVerification& s : a.dkim.signatures) {
        if (s.signature.domain != d)
            continue;
        if (!selector.isEmpty() && s.signature.selector != selector)
            continue;
        if (!b.isEmpty() && !DkimTagList::compact(s.signature.tags.value(QStringLiteral("b"))).startsWith(b))
            continue;
        if (!candidate)
            candidate = &s;
    }
    return candidate;
}

void compareDkim(MessageAnalysis& a) {
    for (const AuthenticationResult& r : std::as_const(a.receiver.dkim)) {
        if (r.result == QLatin1String("none"))
            continue;
        const QString d = domainPart(
            r.properties.value(QStringLiteral("header.d"), r.properties.value(QStringLiteral("header.i"))));
        const DkimSignatureVerification* s = matchingSignature(a, r);
        if (!s) {
            if (d.isEmpty())
                continue;
            add(a,
                {QStringLiteral("dkim"), QStringLiteral("d=%1").arg(d), r.result, QStringLiteral("absent"),
                 Tr::tr("the message no longer carries the signature the receiver reported: a DKIM-Signature "
                        "field was removed after delivery")});
            continue;
        }
        if (sameOutcome(r.result, s->result))
            continue;
        VerdictDifference diff{QStringLiteral("dkim"),
                               QStringLiteral("d=%1 s=%2").arg(s->signature.domain, s->signature.selector),
                               r.result,
                               s->result,
                               {}};
        QStringView code = u"MSG-RECEIVER-DIFFERS";
        if (r.result == QLatin1String("pass")) {
            if (hasFinding(*s, u"DKIM-SIG-KEY-MISSING")) {
                diff.explanation =
                    Tr::tr("the receiver verified it with the key published at delivery; there is no "
                           "key at %1 now (%2): the key was rotated or withdrawn since")
                        .arg(s->keyName, dnsOutcomeName(s->keyOutcome));
                code = u"MSG-DKIM-KEY-ROTATED";
            } else if (hasFinding(*s, u"DKIM-KEY-REVOKED")) {
                diff.explanation =
                    Tr::tr(
                        "the receiver verified it at delivery; the key at %1 is revoked now (empty p=): the "
                        "signer rotated its key since")
                        .arg(s->keyName);
                code = u"MSG-DKIM-KEY-ROTATED";
            } else if (s->result == QLatin1String("temperror")) {
                diff.explanation =
                    Tr::tr("Mailsight could not fetch the key at %1 now; retry").arg(s->keyName);
            } else if (s->bodyHashMatches == false) {
                diff.explanation =
                    Tr::tr("the body changed after delivery (an archive, a client or an export "
                           "rewrote it: line endings, encoding, an added footer)");
            } else if (s->signatureMatches == false) {
                diff.explanation =
                    Tr::tr("the body still matches but the key published at %1 today does not verify "
                           "the signature: the key was replaced under the same selector since "
                           "delivery, or a signed header was changed after delivery")
                        .arg(s->keyName);
                code = u"MSG-DKIM-KEY-ROTATED";
            } else if (s->expired) {
                diff.explanation = Tr::tr("the signature has expired (x=) since delivery");
            } else {
                diff.explanation =
                    Tr::tr("the key record at %1 changed since delivery: %2").arg(s->keyName, s->reason);
            }
        } else if (s->result == QLatin1String("pass")) {
            diff.explanation =
                Tr::tr("it verifies today: the receiver may have met a DNS failure or a key not yet "
                       "published at "
                       "delivery, or saw the message before a change that a later hop undid%1")
                    .arg(r.reason.isEmpty() ? QString() : Tr::tr(" (receiver's reason: %1)").arg(r.reason));
        } else {
            diff.explanation = Tr::tr("both do not pass, for different reasons: %1").arg(s->reason);
        }
        add(a, diff, code);
    }
}

void compareDmarc(MessageAnalysis& a, qsizetype differencesBefore) {
    if (!a.receiver.dmarc)
        return;
    const QString receiver = a.receiver.dmarc->result;
    const QString r9989 = a.dmarc9989.result;
    const QString r7489 = a.dmarc7489.result;
    if (receiver == r9989 && receiver == r7489)
        return;
    VerdictDifference d{QStringLiteral("dmarc"),
                        QStringLiteral("header.from=%1").arg(a.fromDomain),
                        receiver,
                        r9989 == r7489 ? r9989
                                       : QStringLiteral("%1 (RFC 9989) / %2 (RFC 7489)").arg(r9989, r7489),
                        {}};
    if (receiver == r9989)
        d.explanation =
            Tr::tr("the receiver reads DMARC as RFC 9989 does (the DNS tree walk); RFC 7489 receivers "
                   "would say %1")
                .arg(r7489);
    else if (receiver == r7489)
        d.explanation = Tr::tr("the receiver still follows RFC 7489 (the Public Suffix List, pct); RFC 9989 "
                               "receivers would say %1")
                            .arg(r9989);
    else if (a.differences.size() > differencesBefore)
        d.explanation = Tr::tr("this follows from the SPF and DKIM differences above");
    else
        d.explanation =
            Tr::tr("SPF and DKIM agree, so the DMARC record (its policy or alignment modes) changed "
                   "since delivery");
    add(a, d);
}

void compareArc(MessageAnalysis& a) {
    if (!a.receiver.arc)
        return;
    const QString receiver = a.receiver.arc->result;
    if (receiver == a.arc.chain)
        return;
    VerdictDifference d{
        QStringLiteral("arc"), QStringLiteral("%1 set(s)").arg(a.arc.sets.size()), receiver, a.arc.chain, {}};
    if (a.arc.temporary)
        d.explanation = Tr::tr("Mailsight could not fetch a sealer's key now; retry");
    else if (a.arc.chain == QLatin1String("fail") && receiver == QLatin1String("pass"))
        d.explanation =
            Tr::tr("the chain verified at delivery and does not now (%1): a sealer's key changed since, "
                   "or the message was changed after delivery")
                .arg(a.arc.reason);
    else
        d.explanation =
            Tr::tr("the receiver may check ARC differently or not at all (its result: %1; Mailsight: %2)")
                .arg(receiver, a.arc.reason);
    add(a, d);
}
} // namespace

void VerdictComparison::compare(MessageAnalysis& analysis) {
    if (!analysis.receiver.isPresent()) {
        Finding f = FindingCatalogue::make(u"MSG-NO-RECEIVER-VERDICT", {}, {analysis.label});
        f.domain = analysis.fromDomain;
        analysis.findings << f;
        return;
    }
    const qsizetype before = analysis.differences.size();
    compareSpf(analysis);
    compareDkim(analysis);
    compareDmarc(analysis, before);
    compareArc(analysis);
}
