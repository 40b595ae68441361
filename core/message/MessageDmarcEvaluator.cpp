#include "MessageDmarcEvaluator.h"

#include "dmarc/DmarcDiscovery.h"
#include "dmarc/DmarcPolicyResolver.h"
#include "dns/DnsSession.h"

#include <QCoreApplication>

namespace {
// A context lupdate can see (the free functions of this file translate in it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MessageDmarcEvaluator)
};

// "user@example.com", "example.com" or "<user@example.com>" → the domain.
QString domainOf(const QString& value) {
    QString v = value.trimmed();
    if (v.startsWith(QLatin1Char('<')) && v.endsWith(QLatin1Char('>')))
        v = v.mid(1, v.size() - 2);
    v = v.section(QLatin1Char('@'), -1).toLower();
    while (v.endsWith(QLatin1Char('.')))
        v.chop(1);
    return v;
}

const DmarcAlignmentReading& readingOf(const DmarcAlignmentResult& r, const QString& standard) {
    return standard == QLatin1String("rfc9989") ? r.rfc9989 : r.rfc7489;
}

QString describe(const MessageIdentifierAlignment& a) {
    const QString what = a.method == QLatin1String("spf")
                             ? QStringLiteral("SPF %1 for %2").arg(a.result, a.domain)
                             : QStringLiteral("DKIM %1 for d=%2").arg(a.result, a.domain);
    if (!a.alignment.aligned)
        return what + Tr::tr(" (alignment unknown: a DNS query failed)");
    QString how = a.aligned() ? Tr::tr("aligned, %1").arg(a.alignment.how()) : Tr::tr("not aligned");
    if (a.alignment.tentative)
        how += Tr::tr(", tentative");
    return what + QStringLiteral(" (") + how + u')';
}

// Joins sentences, the second one starting with a capital.
QString sentences(const QString& first, QString second) {
    if (!second.isEmpty())
        second[0] = second.at(0).toUpper();
    return first + QStringLiteral(". ") + second;
}
} // namespace

MessageDmarcEvaluator::MessageDmarcEvaluator(std::shared_ptr<DnsSession> session)
    : m_session(std::move(session))
    , m_alignment(m_session.get()) {}

MessageDmarcResult MessageDmarcEvaluator::evaluateReading(const QString& standard, const Input& input,
                                                          const DmarcReading& reading,
                                                          const QList<DmarcAlignmentResult>& alignments) {
    MessageDmarcResult r;
    r.standard = standard;
    r.reading = reading;
    // alignments: the SPF identifier first (when evaluated), then each DKIM signature.
    qsizetype next = 0;
    QStringList why;
    bool pass = false;
    bool unknown = false;
    auto take = [&](const QString& method, const Identifier& id) {
        MessageIdentifierAlignment a;
        a.method = method;
        a.domain = id.domain;
        a.selector = id.selector;
        a.result = id.result;
        a.alignment = readingOf(alignments.at(next++), standard);
        pass = pass || a.counts();
        unknown = unknown || (!a.alignment.aligned && a.result == QLatin1String("pass"));
        why << describe(a);
        return a;
    };
    if (input.spf.domain.isEmpty()) {
        r.spf.method = QStringLiteral("spf");
        r.spf.result = QStringLiteral("none");
        r.spf.alignment.standard = standard;
        r.spf.alignment.aligned = false;
        r.spf.alignment.explanation = Tr::tr("SPF was not evaluated");
        why << Tr::tr("SPF was not evaluated");
    } else {
        r.spf = take(QStringLiteral("spf"), input.spf);
    }
    for (const Identifier& d : input.dkim)
        r.dkim << take(QStringLiteral("dkim"), d);
    if (input.dkim.isEmpty())
        why << Tr::tr("no DKIM signature");
    if (!alignments.isEmpty()) {
        const DmarcAlignmentReading& first = readingOf(alignments.first(), standard);
        r.fromOrgDomain = first.fromOrgDomain.domain;
        r.orgDomainMethod = first.fromOrgDomain.reason;
    }
    const QString facts = why.join(QStringLiteral("; "));

    if (reading.undetermined) {
        r.result = QStringLiteral("temperror");
        r.disposition = QStringLiteral("unknown");
        r.explanation = sentences(facts, reading.explanation);
        return r;
    }
    if (!reading.hasPolicy) {
        r.result = QStringLiteral("none");
        r.disposition = QStringLiteral("none");
        r.explanation = sentences(facts, reading.explanation);
        return r;
    }
    r.policy = dmarcPolicyName(reading.applied);
    if (pass) {
        r.result = QStringLiteral("pass");
        r.disposition = QStringLiteral("none");
        r.explanation = sentences(
            facts, Tr::tr("an aligned identifier passes: DMARC passes and the policy (%1) is not applied.")
                       .arg(r.policy));
        return r;
    }
    if (unknown) {
        r.result = QStringLiteral("temperror");
        r.disposition = QStringLiteral("unknown");
        r.explanation =
            sentences(facts, Tr::tr("a passing identifier's alignment cannot be decided (DNS failed): "
                                    "DMARC cannot be determined."));
        return r;
    }
    r.result = QStringLiteral("fail");
    r.disposition = r.policy;
    r.explanation =
        sentences(sentences(facts, Tr::tr("no aligned identifier passes: DMARC fails")), reading.explanation);
    return r;
}

void MessageDmarcEvaluator::judgeArcOverride(MessageDmarcResult& r, const Input& input) {
    if (!r.failed())
        return;
    if (r.policy == QLatin1String("none")) {
        r.arcOverride =
            Tr::tr("the policy is none: failing mail is delivered anyway, there is nothing to override");
        return;
    }
    if (!input.arc || input.arc->chain == QLatin1String("none")) {
        r.arcOverride = Tr::tr("the message has no ARC chain: no intermediary vouches for it");
        return;
    }
    if (!input.arc->passed()) {
        r.arcOverride =
            Tr::tr("the ARC chain fails (%1): receivers cannot rely on it").arg(input.arc->reason);
        return;
    }
    // The earliest intermediary that saw aligned authentication before the message changed.
    for (const ArcSet& s : input.arc->sets) {
        for (const AuthenticationResult& a : s.aar.results.results) {
            if (a.result != QLatin1String("pass"))
                continue;
            QString identifier;
            QString what;
            if (a.method == QLatin1String("dmarc")) {
                identifier = domainOf(a.properties.value(QStringLiteral("header.from")));
                what = QStringLiteral("dmarc=pass header.from=%1").arg(identifier);
            } else if (a.method == QLatin1String("dkim")) {
                identifier = domainOf(a.properties.value(QStringLiteral("header.d"),
                                                         a.properties.value(QStringLiteral("header.i"))));
                what = QStringLiteral("dkim=pass header.d=%1").arg(identifier);
            } else if (a.method == QLatin1String("spf")) {
                identifier = domainOf(a.properties.value(QStringLiteral("smtp.mailfrom")));
                what = QStringLiteral("spf=pass smtp.mailfrom=%1").arg(identifier);
            }
            if (identifier.isEmpty())
                continue;
            const DmarcAlignmentResult aligned =
                m_alignment.align(input.fromDomain, identifier, DmarcAlignmentMode::Relaxed);
            if (!readingOf(aligned, r.standard).aligned.value_or(false))
                continue;
            r.arcOverridePlausible = true;
            r.arcOverride =
                Tr::tr("the ARC chain passes (sealed by %1) and %2 (i=%3) recorded %4 before the message "
                       "changed: a receiver that trusts %5 may accept the message in spite of p=%6 "
                       "(local policy)")
                    .arg(input.arc->sealers.join(QStringLiteral(", ")), s.aar.results.authServId)
                    .arg(s.instance)
                    .arg(what, s.sealer(), r.policy);
            return;
        }
    }
    r.arcOverride =
        Tr::tr("the ARC chain passes, but no intermediary recorded authentication aligned with %1: "
               "an override would have nothing to rest on")
            .arg(input.fromDomain);
}

MessageDmarcEvaluator::Output MessageDmarcEvaluator::evaluate(const Input& input) {
    Output out;
    if (input.fromDomain.isEmpty()) {
        for (MessageDmarcResult* r : {&out.rfc9989, &out.rfc7489}) {
            r->result = QStringLiteral("none");
            r->disposition = QStringLiteral("unknown");
            r->explanation = Tr::tr("The message has no From domain: DMARC cannot be applied.");
        }
        out.rfc9989.standard = QStringLiteral("rfc9989");
        out.rfc7489.standard = QStringLiteral("rfc7489");
        return out;
    }
    out.discovery = DmarcDiscovery(m_session).discover(input.fromDomain);
    // The From domain's walk is already made: its organizational domain is not asked again.
    m_alignment.remember(input.fromDomain,
                         DmarcAlignment::organizationalDomainFromWalk(input.fromDomain, out.discovery.walk));
    const DmarcReading r9989 =
        DmarcPolicyResolver::rfc9989(out.discovery.rfc9989, input.fromDomain, out.discovery.fromExists);
    const DmarcReading r7489 = DmarcPolicyResolver::rfc7489(out.discovery.rfc7489, input.fromDomain);
    // Each reading aligns in the mode of the record it applies (they may be different records).
    auto modes = [](const DmarcAppliedRecord& applied) {
        const DmarcRecord* rec = applied.record ? &*applied.record : nullptr;
        return std::pair{dmarcAlignmentModeFrom(rec ? rec->aspf : std::nullopt),
                         dmarcAlignmentModeFrom(rec ? rec->adkim : std::nullopt)};
    };
    const auto [aspf9989, adkim9989] = modes(out.discovery.rfc9989);
    const auto [aspf7489, adkim7489] = modes(out.discovery.rfc7489);
    QList<DmarcAlignmentResult> alignments;
    if (!input.spf.domain.isEmpty())
        alignments << m_alignment.align(input.fromDomain, input.spf.domain, aspf9989, aspf7489);
    for (const Identifier& d : input.dkim)
        alignments << m_alignment.align(input.fromDomain, d.domain, adkim9989, adkim7489);
    out.rfc9989 = evaluateReading(QStringLiteral("rfc9989"), input, r9989, alignments);
    out.rfc7489 = evaluateReading(QStringLiteral("rfc7489"), input, r7489, alignments);
    if (out.rfc9989.fromOrgDomain.isEmpty()) {
        out.rfc9989.fromOrgDomain = out.discovery.orgDomain9989;
        out.rfc9989.orgDomainMethod = out.discovery.orgDomain9989Reason;
    }
    if (out.rfc7489.fromOrgDomain.isEmpty()) {
        const DmarcOrgDomain psl = DmarcAlignment::pslOrganizationalDomain(input.fromDomain);
        out.rfc7489.fromOrgDomain = psl.domain;
        out.rfc7489.orgDomainMethod = psl.reason;
    }
    judgeArcOverride(out.rfc9989, input);
    judgeArcOverride(out.rfc7489, input);
    return out;
}
