#include "DmarcPolicyResolver.h"

#include <QCoreApplication>

namespace {
// A context lupdate can see from the free functions below (same context as tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DmarcPolicyResolver)
};

QString tr(const char* text) {
    return QCoreApplication::translate("DmarcPolicyResolver", text);
}

DmarcReading noPolicy(const QString& standard, const DmarcAppliedRecord& applied) {
    DmarcReading r;
    r.standard = standard;
    r.undetermined = applied.dnsError;
    r.explanation =
        applied.dnsError
            ? Tr::tr("DNS failed (%1): receivers defer or skip DMARC; the policy cannot be determined.")
                  .arg(applied.how)
            : Tr::tr("No DMARC policy applies (%1): failing mail is delivered as if DMARC did not exist.")
                  .arg(applied.how);
    return r;
}

// What makes a record fall back to "p=none if rua, else no DMARC", in words; "" when nothing does.
// RFC 9989 §4.10.1: no valid p, an invalid sp or an invalid np. RFC 7489 §6.6.3 step 6: no valid p
// or an invalid sp (np is not an RFC 7489 tag: an invalid one is ignored like any unknown tag).
QString fallbackCause(const DmarcRecord& rec, bool npCounts) {
    if (!rec.policy)
        return rec.hasTag(u"p") ? Tr::tr("an invalid p (p=%1)").arg(rec.tag(u"p")->value)
                                : Tr::tr("no p tag");
    if (rec.hasTag(u"sp") && !rec.subdomainPolicy)
        return Tr::tr("an invalid sp (sp=%1)").arg(rec.tag(u"sp")->value);
    if (npCounts && rec.hasTag(u"np") && !rec.nonExistentPolicy)
        return Tr::tr("an invalid np (np=%1)").arg(rec.tag(u"np")->value);
    return {};
}

// The fallback itself: p=none when rua holds at least one valid URI, otherwise no DMARC processing.
DmarcReading fallback(const QString& standard, const DmarcAppliedRecord& applied, const QString& cause) {
    const DmarcRecord& rec = *applied.record;
    const QString who = standard == QLatin1String("rfc9989") ? Tr::tr("RFC 9989 receivers (§4.10.1)")
                                                             : Tr::tr("RFC 7489 receivers (§6.6.3)");
    if (!rec.hasValidRua()) {
        DmarcReading none = noPolicy(standard, applied);
        none.recordDomain = applied.recordDomain;
        none.fallbackCause = cause;
        none.explanation = Tr::tr("The record at %1 has %2 and no valid rua address, so %3 apply no DMARC "
                                  "at all: failing mail is delivered as if DMARC did not exist.")
                               .arg(applied.recordDomain, cause, who);
        return none;
    }
    DmarcReading r;
    r.standard = standard;
    r.hasPolicy = true;
    r.recordDomain = applied.recordDomain;
    r.sourceTag = QStringLiteral("p");
    r.fallbackCause = cause;
    r.stated = r.applied = r.sampledPolicy = r.unsampledPolicy = DmarcPolicy::None;
    r.explanation = Tr::tr("The record at %1 has %2; because rua holds a valid address %3 act as if it "
                           "said p=none: failing mail is %4.")
                        .arg(applied.recordDomain, cause, who, dmarcPolicyEffect(DmarcPolicy::None));
    return r;
}
} // namespace

DmarcReading DmarcPolicyResolver::rfc9989(const DmarcAppliedRecord& applied, const QString& fromDomain,
                                          std::optional<bool> fromExists) {
    if (!applied.applies())
        return noPolicy(QStringLiteral("rfc9989"), applied);
    const DmarcRecord& rec = *applied.record;
    if (const QString cause = fallbackCause(rec, true); !cause.isEmpty())
        return fallback(QStringLiteral("rfc9989"), applied, cause);
    DmarcReading r;
    r.standard = QStringLiteral("rfc9989");
    r.hasPolicy = true;
    r.recordDomain = applied.recordDomain;
    QStringList why;
    const bool own = applied.recordDomain == fromDomain;
    if (!own && fromExists == false && rec.nonExistentPolicy) {
        r.sourceTag = QStringLiteral("np");
        r.stated = *rec.nonExistentPolicy;
        why << tr("%1 does not exist (NXDOMAIN), so np=%2 from %3 applies")
                   .arg(fromDomain, dmarcPolicyName(r.stated), applied.recordDomain);
    } else if (!own && rec.subdomainPolicy) {
        r.sourceTag = QStringLiteral("sp");
        r.stated = *rec.subdomainPolicy;
        why << tr("%1 is below %2, so sp=%3 applies")
                   .arg(fromDomain, applied.recordDomain, dmarcPolicyName(r.stated));
        if (fromExists == false)
            why << tr("(the name does not exist, but the record has no np)");
    } else {
        r.sourceTag = QStringLiteral("p");
        r.stated = *rec.policy;
        why << (own ? tr("the record at %1 says p=%2").arg(applied.recordDomain, dmarcPolicyName(r.stated))
                    : tr("%1 is below %2, which sets no sp, so p=%3 applies")
                          .arg(fromDomain, applied.recordDomain, dmarcPolicyName(r.stated)));
    }
    r.applied = r.stated;
    if (rec.testing.value_or(false) && r.stated != DmarcPolicy::None) {
        r.testing = true;
        r.applied = dmarcPolicyDowngraded(r.stated);
        why << tr("t=y (testing) lowers it one level to %1").arg(dmarcPolicyName(r.applied));
    }
    r.sampledPolicy = r.unsampledPolicy = r.applied;
    if (rec.pct && *rec.pct < 100)
        why << tr("pct=%1 is ignored (removed by RFC 9989)").arg(*rec.pct);
    r.explanation =
        tr("%1: failing mail is %2.").arg(why.join(QStringLiteral("; ")), dmarcPolicyEffect(r.applied));
    return r;
}

DmarcReading DmarcPolicyResolver::rfc7489(const DmarcAppliedRecord& applied, const QString& fromDomain) {
    if (!applied.applies())
        return noPolicy(QStringLiteral("rfc7489"), applied);
    const DmarcRecord& rec = *applied.record;
    DmarcReading r;
    r.standard = QStringLiteral("rfc7489");
    r.recordDomain = applied.recordDomain;
    QStringList why;
    const bool own = applied.recordDomain == fromDomain;
    // §6.6.3 step 6: an invalid p, or an invalid sp, sends the receiver to the rua fallback.
    if (const QString cause = fallbackCause(rec, false); !cause.isEmpty())
        return fallback(QStringLiteral("rfc7489"), applied, cause);
    r.hasPolicy = true;
    if (!own && rec.subdomainPolicy) {
        r.sourceTag = QStringLiteral("sp");
        r.stated = *rec.subdomainPolicy;
        why << tr("%1 is below the organizational domain %2, so sp=%3 applies")
                   .arg(fromDomain, applied.recordDomain, dmarcPolicyName(r.stated));
    } else {
        r.sourceTag = QStringLiteral("p");
        r.stated = *rec.policy;
        why << (own ? tr("the record at %1 says p=%2").arg(applied.recordDomain, dmarcPolicyName(r.stated))
                    : tr("%1 is below the organizational domain %2, which sets no sp, so p=%3 applies")
                          .arg(fromDomain, applied.recordDomain, dmarcPolicyName(r.stated)));
    }
    if (!own && rec.hasTag(u"np"))
        why << tr("np is not part of RFC 7489 and is ignored");
    if (rec.testing)
        why << tr("t is not part of RFC 7489 and is ignored");
    r.pct = rec.pct.value_or(100);
    r.sampledPolicy = r.stated;
    r.unsampledPolicy = r.pct < 100 ? dmarcPolicyDowngraded(r.stated) : r.stated;
    r.applied = r.pct >= 50 ? r.sampledPolicy : r.unsampledPolicy;
    if (r.pct < 100 && r.stated != DmarcPolicy::None) {
        if (r.pct == 0)
            why << tr("pct=0: no message is sampled, so every failing message gets %1")
                       .arg(dmarcPolicyName(r.unsampledPolicy));
        else
            why << tr("pct=%1: %1% of failing messages get %2, the other %3% get %4")
                       .arg(r.pct)
                       .arg(dmarcPolicyName(r.sampledPolicy))
                       .arg(100 - r.pct)
                       .arg(dmarcPolicyName(r.unsampledPolicy));
    }
    r.explanation =
        tr("%1: failing mail is %2.").arg(why.join(QStringLiteral("; ")), dmarcPolicyEffect(r.applied));
    if (r.pct > 0 && r.pct < 100 && r.stated != DmarcPolicy::None)
        r.explanation += tr(" (Shown: what most failing messages get.)");
    return r;
}
