#include "QueryLogEntry.h"

QJsonObject QueryLogEntry::toJson() const {
    QJsonObject o = answer.toJson();
    o.insert(QStringLiteral("seq"), sequence);
    o.insert(QStringLiteral("at"), startedAt.toString(Qt::ISODateWithMs));
    if (deduplicated)
        o.insert(QStringLiteral("deduplicated"), true);
    return o;
}
