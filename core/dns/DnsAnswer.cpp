#include "DnsAnswer.h"

#include <QJsonArray>

QString dnsSourceName(DnsSource source) {
    switch (source) {
    case DnsSource::Network:
        return QStringLiteral("network");
    case DnsSource::ZoneFile:
        return QStringLiteral("zone");
    case DnsSource::Cache:
        return QStringLiteral("cache");
    }
    return {};
}

QString DnsAnswer::finalName() const {
    return cnames.isEmpty() ? name : cnames.last().target;
}

QStringList DnsAnswer::texts() const {
    QStringList out;
    for (const DnsRecord& r : records)
        out << r.text();
    return out;
}

static QJsonObject recordToJson(const DnsRecord& r) {
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("type"), dnsRecordTypeName(r.type)},
                  {QStringLiteral("ttl"), static_cast<qint64>(r.ttl)},
                  {QStringLiteral("data"), r.rdata}};
    if (r.type == DnsRecordType::TXT || r.type == DnsRecordType::SPF) {
        QJsonArray strings;
        for (const QByteArray& s : r.strings)
            strings.append(QString::fromUtf8(s));
        o.insert(QStringLiteral("strings"), strings);
        o.insert(QStringLiteral("text"), r.text());
    }
    if (!r.address.isEmpty())
        o.insert(QStringLiteral("address"), r.address);
    if (!r.target.isEmpty())
        o.insert(QStringLiteral("target"), r.target);
    if (r.type == DnsRecordType::MX)
        o.insert(QStringLiteral("preference"), r.preference);
    return o;
}

QJsonObject DnsAnswer::toJson() const {
    QJsonArray recs;
    for (const DnsRecord& r : records)
        recs.append(recordToJson(r));
    QJsonArray chain;
    for (const DnsRecord& r : cnames)
        chain.append(recordToJson(r));
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), dnsRecordTypeName(type)},
                  {QStringLiteral("outcome"), dnsOutcomeName(outcome)},
                  {QStringLiteral("records"), recs},
                  {QStringLiteral("cnames"), chain},
                  {QStringLiteral("flags"), QJsonObject{{QStringLiteral("ad"), authenticated},
                                                        {QStringLiteral("tc"), truncated},
                                                        {QStringLiteral("tcp"), overTcp}}},
                  {QStringLiteral("ms"), elapsedMs},
                  {QStringLiteral("source"), dnsSourceName(source)},
                  {QStringLiteral("server"), server},
                  {QStringLiteral("staged"), staged}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!dnames.isEmpty()) {
        QJsonArray d;
        for (const DnsRecord& r : dnames)
            d.append(recordToJson(r));
        o.insert(QStringLiteral("dnames"), d);
    }
    return o;
}
