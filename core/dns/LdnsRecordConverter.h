#pragma once
// Turns ldns resource records into DnsRecord values. Private to core/dns: no ldns type leaves it.

#include "DnsRecord.h"

#include <ldns/ldns.h>

class LdnsRecordConverter {
public:
    static DnsRecord convert(const ldns_rr* rr);
    static QString nameToString(const ldns_rdf* dname); // lower case, no trailing dot ("" for root)
};
