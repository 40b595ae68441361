#include "DnsRecord.h"

QByteArray DnsRecord::joined() const {
    QByteArray out;
    for (const QByteArray& s : strings)
        out += s;
    return out;
}

QString DnsRecord::text() const {
    return QString::fromUtf8(joined());
}

QString DnsRecord::toZoneLine() const {
    return QStringLiteral("%1. %2 IN %3 %4").arg(name).arg(ttl).arg(dnsRecordTypeName(type), rdata);
}
