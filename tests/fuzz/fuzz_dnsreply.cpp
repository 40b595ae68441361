// DNS reply packets come from the network, i.e. from anyone (a lying or broken server, a spoofer):
// any bytes must turn into an answer with a named outcome, never a crash. The first byte picks the
// question's type; the rest is the reply as it came off the wire.
#include "dns/LdnsResolver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    static const DnsRecordType types[] = {DnsRecordType::TXT, DnsRecordType::A,      DnsRecordType::AAAA,
                                          DnsRecordType::MX,  DnsRecordType::CNAME,  DnsRecordType::TLSA,
                                          DnsRecordType::PTR, DnsRecordType::NS,     DnsRecordType::SOA,
                                          DnsRecordType::DS,  DnsRecordType::DNSKEY, DnsRecordType::RRSIG,
                                          DnsRecordType::CAA};
    const DnsRecordType type = types[data[0] % (sizeof types / sizeof types[0])];
    const QByteArray reply(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const DnsAnswer a = LdnsResolver::answerFromReply(QStringLiteral("example.com"), type, reply);
    (void)a.toJson();
    (void)a.texts();
    return 0;
}
