#include "AuditRecord.h"

QString AuditRecord::zoneLine() const {
    return QStringLiteral("%1 %2 IN %3 %4").arg(name).arg(ttl).arg(type, data);
}

QJsonObject AuditRecord::toJson() const {
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("ttl"), qint64(ttl)},
                  {QStringLiteral("data"), data},
                  {QStringLiteral("source"), source}};
    if (staged)
        o.insert(QStringLiteral("staged"), true);
    return o;
}

AuditRecord AuditRecord::fromJson(const QJsonObject& o) {
    AuditRecord r;
    r.name = o.value(QStringLiteral("name")).toString();
    r.type = o.value(QStringLiteral("type")).toString();
    r.ttl = quint32(o.value(QStringLiteral("ttl")).toInteger());
    r.data = o.value(QStringLiteral("data")).toString();
    r.staged = o.value(QStringLiteral("staged")).toBool();
    r.source = o.value(QStringLiteral("source")).toString();
    return r;
}
