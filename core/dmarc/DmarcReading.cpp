#include "DmarcReading.h"

bool DmarcReading::sameOutcome(const DmarcReading& other) const {
    return hasPolicy == other.hasPolicy && applied == other.applied && sampledPolicy == other.sampledPolicy &&
           unsampledPolicy == other.unsampledPolicy;
}

QJsonObject DmarcReading::toJson() const {
    QJsonObject o{{QStringLiteral("applied"), dmarcPolicyName(applied)},
                  {QStringLiteral("hasPolicy"), hasPolicy},
                  {QStringLiteral("explanation"), explanation}};
    if (undetermined)
        o.insert(QStringLiteral("undetermined"), true);
    if (!fallbackCause.isEmpty())
        o.insert(QStringLiteral("fallback"), fallbackCause);
    if (hasPolicy) {
        o.insert(QStringLiteral("recordDomain"), recordDomain);
        o.insert(QStringLiteral("sourceTag"), sourceTag);
        o.insert(QStringLiteral("stated"), dmarcPolicyName(stated));
        if (standard == QLatin1String("rfc9989"))
            o.insert(QStringLiteral("testing"), testing);
        if (standard == QLatin1String("rfc7489")) {
            o.insert(QStringLiteral("pct"), pct);
            if (pct < 100)
                o.insert(QStringLiteral("sampling"),
                         QJsonObject{{QStringLiteral("sampledPercent"), pct},
                                     {QStringLiteral("sampledPolicy"), dmarcPolicyName(sampledPolicy)},
                                     {QStringLiteral("otherPolicy"), dmarcPolicyName(unsampledPolicy)}});
        }
    }
    return o;
}
