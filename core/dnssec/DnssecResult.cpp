#include "DnssecResult.h"

#include <QJsonArray>

QString DnssecResult::overall() const {
    if (names.isEmpty())
        return dnssecStateName(DnssecState::Indeterminate);
    DnssecState worst = DnssecState::Secure;
    auto rank = [](DnssecState s) {
        return s == DnssecState::Bogus           ? 3
               : s == DnssecState::Indeterminate ? 2
               : s == DnssecState::Insecure      ? 1
                                                 : 0;
    };
    for (const DnssecValidation& v : names)
        if (rank(v.status.state) > rank(worst))
            worst = v.status.state;
    return dnssecStateName(worst);
}

Severity DnssecResult::worstSeverity() const {
    Severity worst = Severity::Info;
    for (const Finding& f : findings)
        worst = qMax(worst, f.severity);
    return worst;
}

QJsonObject DnssecResult::toJson() const {
    QJsonArray list;
    for (const DnssecValidation& v : names)
        list.append(v.toJson());
    QJsonArray issues;
    for (const DnssecSigningIssue& i : signingIssues) {
        static const char* kinds[] = {"rrsig-expiring", "algorithm-deprecated", "nsec3-iterations"};
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(kinds[static_cast<int>(i.kind)])},
                      {QStringLiteral("zone"), i.zone.isEmpty() ? QStringLiteral(".") : i.zone},
                      {QStringLiteral("subject"), i.subject},
                      {QStringLiteral("detail"), i.detail}};
        if (i.when.isValid())
            o.insert(QStringLiteral("expires"), i.when.toUTC().toString(Qt::ISODate));
        if (i.value)
            o.insert(QStringLiteral("value"), i.value);
        issues.append(o);
    }
    QJsonArray findingList;
    for (const Finding& f : findings)
        findingList.append(f.toJson());
    QJsonObject o{{QStringLiteral("domain"), domain},           {QStringLiteral("status"), overall()},
                  {QStringLiteral("trustAnchor"), trustAnchor}, {QStringLiteral("names"), list},
                  {QStringLiteral("signing"), issues},          {QStringLiteral("findings"), findingList}};
    if (!unsignedZoneFiles.isEmpty())
        o.insert(QStringLiteral("unsignedZoneFiles"), QJsonArray::fromStringList(unsignedZoneFiles));
    if (!notValidated.isEmpty())
        o.insert(QStringLiteral("notValidated"), notValidated);
    if (skipped > 0)
        o.insert(QStringLiteral("skipped"), skipped);
    return o;
}
