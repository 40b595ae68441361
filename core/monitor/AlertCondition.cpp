#include "AlertCondition.h"

#include <QCryptographicHash>

QString AlertCondition::fingerprint() const {
    // The summary is left out: it may carry counts ("in 12 days") that change every day.
    const QByteArray material = (severity + QLatin1Char('\n') + before + QLatin1Char('\n') + after).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject AlertCondition::toJson() const {
    QJsonObject o{{QStringLiteral("domain"), domain},   {QStringLiteral("key"), key},
                  {QStringLiteral("kind"), kind},       {QStringLiteral("severity"), severity},
                  {QStringLiteral("summary"), summary}, {QStringLiteral("before"), before},
                  {QStringLiteral("after"), after}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (event)
        o.insert(QStringLiteral("event"), true);
    return o;
}

AlertCondition AlertCondition::fromJson(const QJsonObject& o) {
    AlertCondition c;
    c.domain = o.value(QStringLiteral("domain")).toString();
    c.key = o.value(QStringLiteral("key")).toString();
    c.kind = o.value(QStringLiteral("kind")).toString();
    c.severity = o.value(QStringLiteral("severity")).toString();
    c.summary = o.value(QStringLiteral("summary")).toString();
    c.before = o.value(QStringLiteral("before")).toString();
    c.after = o.value(QStringLiteral("after")).toString();
    c.code = o.value(QStringLiteral("code")).toString();
    c.event = o.value(QStringLiteral("event")).toBool();
    return c;
}
