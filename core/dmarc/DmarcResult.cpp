#include "DmarcResult.h"

#include <QJsonArray>

const DmarcRecord* DmarcResult::record() const {
    if (discovery.rfc9989.record)
        return &*discovery.rfc9989.record;
    if (discovery.rfc7489.record)
        return &*discovery.rfc7489.record;
    return nullptr;
}

QString DmarcResult::recordDomain() const {
    if (discovery.rfc9989.record)
        return discovery.rfc9989.recordDomain;
    return discovery.rfc7489.recordDomain;
}

bool DmarcResult::dnsFailed() const {
    return !record() && (discovery.rfc9989.dnsError || discovery.rfc7489.dnsError);
}

bool DmarcResult::hasFinding(QStringView code) const {
    for (const Finding& f : findings)
        if (f.code == code)
            return true;
    return false;
}

std::optional<Severity> DmarcResult::worstSeverity() const {
    std::optional<Severity> worst;
    for (const Finding& f : findings)
        if (!worst || f.severity > *worst)
            worst = f.severity;
    return worst;
}

QJsonObject DmarcResult::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("fromDomain"), fromDomain);
    const DmarcRecord* rec = record();
    o.insert(QStringLiteral("recordDomain"), rec ? QJsonValue(recordDomain()) : QJsonValue());
    o.insert(QStringLiteral("record"), rec ? QJsonValue(rec->text) : QJsonValue());
    o.insert(QStringLiteral("recordFoundBy"),
             discovery.rfc9989.record ? discovery.rfc9989.how : discovery.rfc7489.how);
    QJsonArray tags;
    for (const DmarcTagRow& t : explanation.tags)
        tags.append(t.toJson());
    o.insert(QStringLiteral("tags"), tags);
    o.insert(QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("rfc9989"), rfc9989.toJson()},
                         {QStringLiteral("rfc7489"), rfc7489.toJson()},
                         {QStringLiteral("readingsAgree"), rfc9989.sameOutcome(rfc7489)}});
    o.insert(
        QStringLiteral("organizationalDomain"),
        QJsonObject{{QStringLiteral("rfc9989"), discovery.orgDomain9989},
                    {QStringLiteral("rfc9989Reason"), discovery.orgDomain9989Reason},
                    {QStringLiteral("rfc7489"),
                     discovery.orgDomain7489.isEmpty() ? QJsonValue() : QJsonValue(discovery.orgDomain7489)},
                    {QStringLiteral("publicSuffix"), discovery.publicSuffix7489},
                    {QStringLiteral("agree"), discovery.orgDomainsAgree()}});
    QJsonArray dest;
    for (const DmarcReportDestination& d : destinations)
        dest.append(d.toJson());
    o.insert(QStringLiteral("reportDestinations"), dest);
    o.insert(QStringLiteral("verdict"),
             QJsonObject{{QStringLiteral("verdict"), explanation.verdict},
                         {QStringLiteral("severity"), severityName(explanation.verdictSeverity)},
                         {QStringLiteral("headline"), explanation.headline}});
    o.insert(QStringLiteral("explanation"), explanation.paragraph);
    o.insert(QStringLiteral("alignment"), QJsonObject{{QStringLiteral("dkim"), explanation.dkimAlignment},
                                                      {QStringLiteral("spf"), explanation.spfAlignment}});
    QJsonArray rollout, checklist;
    for (const DmarcRolloutStep& s : explanation.rollout)
        rollout.append(s.toJson());
    for (const DmarcChecklistItem& c : explanation.checklist)
        checklist.append(c.toJson());
    o.insert(QStringLiteral("rollout"), rollout);
    o.insert(QStringLiteral("checklist"), checklist);
    o.insert(QStringLiteral("discovery"), discovery.toJson());
    QJsonArray f;
    for (const Finding& x : findings)
        f.append(x.toJson());
    o.insert(QStringLiteral("findings"), f);
    return o;
}
