#include "DaneResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonValue optionalBool(const std::optional<bool>& b) {
    return b ? QJsonValue(*b) : QJsonValue();
}
} // namespace

qsizetype DaneResult::usableCount() const {
    qsizetype n = 0;
    for (const Tlsa& t : tlsa)
        n += t.usable() ? 1 : 0;
    return n;
}

QString DaneResult::state() const {
    if (!unknown.isEmpty())
        return u"unknown"_s;
    if (!dnsError.isEmpty())
        return u"dns-error"_s;
    if (!published())
        return u"none"_s;
    if (dnssec.state == DnssecState::Insecure || dnssec.state == DnssecState::Bogus)
        return u"not-secure"_s;
    if (matches)
        return *matches ? u"matches"_s : u"mismatch"_s;
    return u"published"_s;
}

QJsonObject DaneResult::toJson() const {
    QJsonArray records;
    for (const Tlsa& t : tlsa) {
        QJsonObject o{
            {u"rdata"_s, t.rdata}, {u"meaning"_s, t.meaning()}, {u"matches"_s, optionalBool(t.matches)}};
        if (t.record) {
            o.insert(u"usage"_s, t.record->usage);
            o.insert(u"selector"_s, t.record->selector);
            o.insert(u"matchingType"_s, t.record->matchingType);
            o.insert(u"data"_s, QString::fromLatin1(t.record->data.toHex()));
            o.insert(u"usable"_s, t.record->usableForSmtp());
        } else {
            o.insert(u"usage"_s, QJsonValue());
            o.insert(u"selector"_s, QJsonValue());
            o.insert(u"matchingType"_s, QJsonValue());
            o.insert(u"data"_s, QJsonValue());
            o.insert(u"usable"_s, false);
            o.insert(u"error"_s, t.error);
        }
        if (t.matchedCertificate >= 0)
            o.insert(u"matchedCertificate"_s, t.matchedCertificate);
        records.append(o);
    }
    QJsonObject dnssecObject{{u"status"_s, dnssecStateName(dnssec.state)}, {u"reason"_s, dnssec.reason}};
    if (!dnssec.chainEnd.isEmpty())
        dnssecObject.insert(u"chainEnd"_s, dnssec.chainEnd);
    QJsonObject o{{u"name"_s, name},
                  {u"namesAsked"_s, QJsonArray::fromStringList(namesAsked)},
                  {u"tlsa"_s, records},
                  {u"dnssec"_s, dnssecObject},
                  {u"matches"_s, optionalBool(matches)},
                  {u"state"_s, state()}};
    if (!dnsError.isEmpty())
        o.insert(u"error"_s, dnsError);
    if (!unknown.isEmpty())
        o.insert(u"unknown"_s, unknown);
    if (!notMatched.isEmpty())
        o.insert(u"notMatched"_s, notMatched);
    return o;
}
