#include "AggregateReport.h"

#include <QJsonArray>

namespace {
void insertIfSet(QJsonObject& o, const QString& key, const QString& value) {
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject AggregateRecord::toJson() const {
    QJsonObject o{{QStringLiteral("sourceIp"), sourceIp},
                  {QStringLiteral("count"), count},
                  {QStringLiteral("disposition"), disposition},
                  {QStringLiteral("dkim"), dkimAligned},
                  {QStringLiteral("spf"), spfAligned},
                  {QStringLiteral("dmarc"), dmarcPass() ? QStringLiteral("pass") : QStringLiteral("fail")}};
    insertIfSet(o, QStringLiteral("headerFrom"), headerFrom);
    insertIfSet(o, QStringLiteral("envelopeFrom"), envelopeFrom);
    insertIfSet(o, QStringLiteral("envelopeTo"), envelopeTo);
    if (!reasons.isEmpty())
        o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    QJsonArray dkimArray;
    for (const DmarcDkimAuth& d : dkim)
        dkimArray.append(QJsonObject{{QStringLiteral("domain"), d.domain},
                                     {QStringLiteral("selector"), d.selector},
                                     {QStringLiteral("result"), d.result}});
    QJsonArray spfArray;
    for (const DmarcSpfAuth& s : spf)
        spfArray.append(QJsonObject{{QStringLiteral("domain"), s.domain},
                                    {QStringLiteral("scope"), s.scope},
                                    {QStringLiteral("result"), s.result}});
    o.insert(QStringLiteral("authDkim"), dkimArray);
    o.insert(QStringLiteral("authSpf"), spfArray);
    return o;
}

QJsonObject AggregateReportHeader::policyJson() const {
    QJsonObject o;
    insertIfSet(o, QStringLiteral("domain"), domain);
    insertIfSet(o, QStringLiteral("adkim"), adkim);
    insertIfSet(o, QStringLiteral("aspf"), aspf);
    insertIfSet(o, QStringLiteral("p"), p);
    insertIfSet(o, QStringLiteral("sp"), sp);
    insertIfSet(o, QStringLiteral("np"), np);
    insertIfSet(o, QStringLiteral("pct"), pct);
    insertIfSet(o, QStringLiteral("fo"), fo);
    insertIfSet(o, QStringLiteral("testing"), testing);
    insertIfSet(o, QStringLiteral("discoveryMethod"), discoveryMethod);
    return o;
}

QJsonObject AggregateReportHeader::toJson() const {
    QJsonObject o{{QStringLiteral("orgName"), orgName},   {QStringLiteral("email"), email},
                  {QStringLiteral("reportId"), reportId}, {QStringLiteral("begin"), begin},
                  {QStringLiteral("end"), end},           {QStringLiteral("policy"), policyJson()}};
    insertIfSet(o, QStringLiteral("version"), version);
    insertIfSet(o, QStringLiteral("namespace"), namespaceUri);
    insertIfSet(o, QStringLiteral("generator"), generator);
    insertIfSet(o, QStringLiteral("extraContactInfo"), extraContactInfo);
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return o;
}

QJsonObject AggregateReport::toJson() const {
    QJsonObject o = header.toJson();
    QJsonArray rows;
    for (const AggregateRecord& r : records)
        rows.append(r.toJson());
    o.insert(QStringLiteral("records"), rows);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}
