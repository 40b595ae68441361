#include "NsServer.h"

using namespace Qt::StringLiterals;

QJsonObject NsServer::toJson() const {
    return QJsonObject{
        {u"name"_s, name},
        {u"address"_s, address},
        {u"serial"_s, serial ? QJsonValue(static_cast<qint64>(*serial)) : QJsonValue(QJsonValue::Null)},
        {u"authoritative"_s, authoritative},
        {u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {u"lame"_s, lame()},
        {u"askedAt"_s, askedAt},
        {u"inDelegation"_s, inDelegation},
        {u"inZone"_s, inZone},
    };
}
