#include "DmarcExplanation.h"

QJsonObject DmarcTagRow::toJson() const {
    QJsonObject o{{QStringLiteral("tag"), tag},
                  {QStringLiteral("present"), present},
                  {QStringLiteral("value"), present ? QJsonValue(value) : QJsonValue()},
                  {QStringLiteral("meaning"), meaning},
                  {QStringLiteral("default"), defaultValue},
                  {QStringLiteral("source"), source}};
    if (severity) {
        o.insert(QStringLiteral("severity"), severityName(*severity));
        o.insert(QStringLiteral("issue"), issue);
    }
    return o;
}

QJsonObject DmarcRolloutStep::toJson() const {
    return {{QStringLiteral("stage"), stage},
            {QStringLiteral("title"), title},
            {QStringLiteral("record"), record},
            {QStringLiteral("watch"), watch},
            {QStringLiteral("status"), status}};
}

QJsonObject DmarcChecklistItem::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("requirement"), requirement},
            {QStringLiteral("requiredBy"), requiredBy},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail}};
}
