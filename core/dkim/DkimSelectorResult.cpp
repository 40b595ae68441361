#include "DkimSelectorResult.h"

#include <QJsonArray>

QString dkimSelectorSourceName(DkimSelectorSource source) {
    switch (source) {
    case DkimSelectorSource::Common:
        return QStringLiteral("common");
    case DkimSelectorSource::User:
        return QStringLiteral("user");
    case DkimSelectorSource::Message:
        return QStringLiteral("message");
    }
    return {};
}

std::optional<Severity> DkimSelectorResult::worstSeverity() const {
    std::optional<Severity> worst;
    for (const Finding& f : findings)
        if (!worst || int(f.severity) > int(*worst))
            worst = f.severity;
    return worst;
}

QJsonObject DkimSelectorResult::toJson() const {
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());
    QJsonObject o{
        {QStringLiteral("selector"), selector},
        {QStringLiteral("name"), name},
        {QStringLiteral("source"), dkimSelectorSourceName(source)},
        {QStringLiteral("found"), found},
        {QStringLiteral("outcome"), dnsOutcomeName(outcome)},
        {QStringLiteral("record"), found ? QJsonValue(record.raw) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cname"), cnameChain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cname())},
        {QStringLiteral("keyType"),
         key.keyType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.keyType)},
        {QStringLiteral("keyBits"), key.bits > 0 ? QJsonValue(key.bits) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fingerprint"),
         key.fingerprint.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.fingerprint)},
        {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
        {QStringLiteral("findings"), findingArray},
    };
    if (!origin.isEmpty())
        o.insert(QStringLiteral("origin"), origin);
    if (!dnsError.isEmpty())
        o.insert(QStringLiteral("dnsError"), dnsError);
    if (!cnameChain.isEmpty())
        o.insert(QStringLiteral("cnameChain"), QJsonArray::fromStringList(cnameChain));
    if (dangling)
        o.insert(QStringLiteral("dangling"), true);
    if (texts.size() > 1)
        o.insert(QStringLiteral("records"), QJsonArray::fromStringList(texts));
    if (found) {
        o.insert(QStringLiteral("tags"), record.toJson().value(QStringLiteral("tags")));
        if (!record.errors.isEmpty())
            o.insert(QStringLiteral("recordErrors"), QJsonArray::fromStringList(record.errors));
        if (!key.exponent.isEmpty())
            o.insert(QStringLiteral("exponent"), key.exponent);
        if (!key.encoding.isEmpty())
            o.insert(QStringLiteral("encoding"), key.encoding);
        if (!key.error.isEmpty())
            o.insert(QStringLiteral("keyError"), key.error);
    }
    return o;
}
