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
} // namespace

DmarcReading DmarcPolicyResolver::rfc9989(const DmarcAppliedRecord& applied, const QString& fromDomain,
                                          std::optional<bool> fromExists) {
    if (!applied.applies())
        return noPolicy(QStringLiteral("rfc9989"), applied);
    const DmarcRecord& rec = *applied.record;
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
    } else if (rec.policy) {
        r.sourceTag = QStringLiteral("p");
        r.stated = *rec.policy;
        why << (own ? tr("the record at %1 says p=%2").arg(applied.recordDomain, dmarcPolicyName(r.stated))
                    : tr("%1 is below %2, which sets no sp, so p=%3 applies")
                          .arg(fromDomain, applied.recordDomain, dmarcPolicyName(r.stated)));
    } else {
        r.sourceTag = QStringLiteral("p");
        r.stated = DmarcPolicy::None;
        why << tr("the record at %1 has no valid p, which RFC 9989 reads as p=none")
                   .arg(applied.recordDomain);
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
    const bool invalidP = !rec.policy;
    const bool invalidSp = rec.tagInvalid(u"sp");
    if (invalidP || invalidSp) {
        if (!rec.hasValidRua()) {
            DmarcReading none = noPolicy(QStringLiteral("rfc7489"), applied);
            none.explanation =
                tr("The record at %1 has %2 and no valid rua address, so RFC 7489 receivers apply "
                   "no DMARC at all: failing mail is delivered.")
                    .arg(applied.recordDomain, invalidP ? tr("no valid p") : tr("an invalid sp"));
            return none;
        }
        r.hasPolicy = true;
        r.sourceTag = QStringLiteral("p");
        r.stated = r.applied = r.sampledPolicy = r.unsampledPolicy = DmarcPolicy::None;
        r.explanation =
            tr("The record at %1 has %2; because rua holds a valid address RFC 7489 receivers act as "
               "if p=none: failing mail is %3.")
                .arg(applied.recordDomain, invalidP ? tr("no valid p") : tr("an invalid sp"),
                     dmarcPolicyEffect(DmarcPolicy::None));
        return r;
    }
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
    if (!own && rec.nonExistentPolicy)
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
