#include "DmarcDiscoveryStep.h"

#include <QJsonArray>

int DmarcDiscoveryStep::validCount() const {
    int n = 0;
    for (const DmarcRecord& r : records)
        n += r.isDmarc ? 1 : 0;
    return n;
}

const DmarcRecord* DmarcDiscoveryStep::single() const {
    if (validCount() != 1)
        return nullptr;
    for (const DmarcRecord& r : records)
        if (r.isDmarc)
            return &r;
    return nullptr;
}

QJsonObject DmarcDiscoveryStep::toJson() const {
    QJsonObject o{{QStringLiteral("domain"), domain},
                  {QStringLiteral("query"), queryName},
                  {QStringLiteral("outcome"), dnsOutcomeName(outcome)},
                  {QStringLiteral("dmarcRecords"), validCount()},
                  {QStringLiteral("texts"), QJsonArray::fromStringList(texts)}};
    if (!cnames.isEmpty())
        o.insert(QStringLiteral("cnames"), QJsonArray::fromStringList(cnames));
    if (spfAnswer)
        o.insert(QStringLiteral("spfAnswer"), true);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
