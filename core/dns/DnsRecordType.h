#pragma once
// The DNS record types Mailsight asks for, and their names as users type them.

#include <QString>
#include <optional>

enum class DnsRecordType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    DNAME = 39,
    DS = 43,
    RRSIG = 46,
    NSEC = 47,
    DNSKEY = 48,
    NSEC3 = 50,
    NSEC3PARAM = 51,
    TLSA = 52,
    SPF = 99,
    CAA = 257,
};

QString dnsRecordTypeName(DnsRecordType type);
std::optional<DnsRecordType> dnsRecordTypeFromName(QStringView name);
