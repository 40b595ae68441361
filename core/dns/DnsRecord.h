#pragma once
// One resource record as a plain value: no ldns type leaves core/dns.

#include "DnsRecordType.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct DnsRecord {
    QString name; // owner name, A-labels, lower case, no trailing dot
    DnsRecordType type = DnsRecordType::A;
    quint32 ttl = 0;
    QString address;           // A, AAAA
    QString target;            // CNAME, PTR, NS, MX exchange (no trailing dot)
    quint16 preference = 0;    // MX
    QList<QByteArray> strings; // TXT, SPF: the separate character-strings, unquoted
    QString rdata;             // presentation form of the record data, for every type

    // TXT/SPF: the character-strings joined without separators (RFC 7208 §3.3).
    QByteArray joined() const;
    // The joined text decoded as UTF-8 (invalid bytes replaced).
    QString text() const;
    // "name TTL IN TYPE rdata", as a zone file or drill shows it.
    QString toZoneLine() const;

    bool operator==(const DnsRecord&) const = default;
};
