#include "NsResult.h"

using namespace Qt::StringLiterals;

namespace {
QStringList minus(const QStringList& a, const QStringList& b) {
    QStringList out;
    for (const QString& s : a)
        if (!b.contains(s, Qt::CaseInsensitive))
            out << s;
    return out;
}
} // namespace

QStringList NsResult::Delegation::onlyAtParent() const {
    return zoneSet.isEmpty() ? QStringList() : minus(parentSet, zoneSet);
}

QStringList NsResult::Delegation::onlyInZone() const {
    return parentSet.isEmpty() ? QStringList() : minus(zoneSet, parentSet);
}

QJsonObject NsResult::Delegation::toJson() const {
    return QJsonObject{
        {u"parentZone"_s, parentZone},
        {u"parentServers"_s, QJsonArray::fromStringList(parentServers)},
        {u"answeredBy"_s, answeredBy},
        {u"parent"_s, QJsonArray::fromStringList(parentSet)},
        {u"zone"_s, QJsonArray::fromStringList(zoneSet)},
        {u"onlyAtParent"_s, QJsonArray::fromStringList(onlyAtParent())},
        {u"onlyInZone"_s, QJsonArray::fromStringList(onlyInZone())},
        {u"matches"_s, known() && !zoneSet.isEmpty() ? QJsonValue(matches()) : QJsonValue(QJsonValue::Null)},
        {u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
    };
}

Severity NsResult::worstSeverity() const {
    Severity worst = Severity::Info;
    for (const Finding& f : findings)
        if (f.severity == Severity::Error || (f.severity == Severity::Warning && worst == Severity::Info))
            worst = f.severity;
    return worst;
}

QString NsResult::status() const {
    if (!notChecked.isEmpty())
        return u"not checked: "_s + notChecked;
    if (!error.isEmpty())
        return u"failed: "_s + error;
    return u"checked"_s;
}

QJsonObject NsResult::toJson() const {
    QJsonArray serverList;
    for (const NsServer& s : servers)
        serverList.append(s.toJson());
    QJsonArray nameList;
    for (const Question& q : names)
        nameList.append(QJsonObject{{u"name"_s, q.name}, {u"type"_s, dnsRecordTypeName(q.type)}});
    QJsonArray diffs;
    for (const NsDifference& d : differences)
        diffs.append(d.toJson());
    QJsonArray f;
    for (const Finding& finding : findings)
        f.append(finding.toJson());
    return QJsonObject{
        {u"domain"_s, domain},
        {u"zone"_s, zone},
        {u"status"_s, status()},
        {u"checked"_s, checked()},
        {u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {u"delegation"_s, delegation.toJson()},
        {u"servers"_s, serverList},
        {u"names"_s, nameList},
        {u"differences"_s, diffs},
        {u"findings"_s, f},
        {u"queries"_s, queries},
    };
}

NsResult NsResult::notCheckedBecause(const QString& domain, const QString& reason) {
    NsResult r;
    r.domain = domain;
    r.notChecked = reason;
    return r;
}
