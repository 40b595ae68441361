#include "ArcChainResult.h"

#include <QJsonArray>

const ArcSet* ArcChainResult::set(int instance) const {
    for (const ArcSet& s : sets)
        if (s.instance == instance)
            return &s;
    return nullptr;
}

QJsonObject ArcChainResult::toJson() const {
    QJsonArray setArray;
    for (const ArcSet& s : sets)
        setArray.append(s.toJson());
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());
    QJsonObject o{{QStringLiteral("chain"), chain},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("sets"), setArray},
                  {QStringLiteral("sealers"), QJsonArray::fromStringList(sealers)},
                  {QStringLiteral("findings"), findingArray}};
    o.insert(QStringLiteral("brokenAt"), brokenAt > 0 ? QJsonValue(brokenAt) : QJsonValue());
    o.insert(QStringLiteral("oldestPass"), oldestPass >= 0 ? QJsonValue(oldestPass) : QJsonValue());
    if (temporary)
        o.insert(QStringLiteral("temporary"), true);
    return o;
}
