#include "DkimKeyInfo.h"

QJsonObject DkimKeyInfo::toJson() const {
    QJsonObject o;
    if (!keyType.isEmpty())
        o.insert(QStringLiteral("keyType"), keyType);
    if (bits > 0)
        o.insert(QStringLiteral("bits"), bits);
    if (!exponent.isEmpty())
        o.insert(QStringLiteral("exponent"), exponent);
    if (!encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), encoding);
    if (!fingerprint.isEmpty())
        o.insert(QStringLiteral("fingerprint"), fingerprint);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
