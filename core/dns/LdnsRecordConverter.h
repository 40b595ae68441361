#pragma once
// Turns ldns resource records into DnsRecord values. Private to core/dns: no ldns type leaves it.

#include "DnsRecord.h"

#include <ldns/ldns.h>

class LdnsRecordConverter {
public:
    static DnsRecord convert(const ldns_rr* rr);
    static QString nameToString(const ldns_rdf* dname); // raw text, lower case, no trailing dot ("" for root)
    // The presentation form ldns parses: bytes other than letters, digits, '-', '_', '*' as \DDD.
    static QByteArray presentationName(const QString& name);
};
