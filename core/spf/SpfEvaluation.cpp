#include "SpfEvaluation.h"

#include <QJsonArray>

QJsonObject SpfEvaluation::toJson() const {
    QJsonObject o{
        {QStringLiteral("result"), spfResultName(result)},
        {QStringLiteral("matched"), matchedTerm.isEmpty() ? QJsonValue() : QJsonValue(matchedTerm)},
        {QStringLiteral("matchedDomain"), matchedDomain.isEmpty() ? QJsonValue() : QJsonValue(matchedDomain)},
        {QStringLiteral("path"), QJsonArray::fromStringList(path)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("lookups"), lookups},
        {QStringLiteral("voidLookups"), voidLookups},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("helo"), helo},
        {QStringLiteral("domain"), domain}};
    if (result == SpfResult::Fail)
        o.insert(QStringLiteral("explanation"), explanation);
    return o;
}
