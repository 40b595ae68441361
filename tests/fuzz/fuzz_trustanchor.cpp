// Trust anchor files (--trust-anchor FILE) are whatever the user points at: any bytes must give
// anchors or an error naming the file, and every anchor given is a DS or DNSKEY record that ldns
// reads back, for a zone the set reports.
#include "dnssec/DnssecCrypto.h"
#include "dnssec/TrustAnchorFile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto set = TrustAnchorFile::parse(text, QStringLiteral("fuzz.key"));
    if (!set) {
        if (!set.error().startsWith(QStringLiteral("fuzz.key")))
            std::abort();
        return 0;
    }
    if (set->isEmpty() || set->source() != QStringLiteral("fuzz.key"))
        std::abort();
    for (const TrustAnchor& a : set->anchors()) {
        if (a.record.type != DnsRecordType::DS && a.record.type != DnsRecordType::DNSKEY)
            std::abort();
        if (!DnssecCrypto::parses(a.record) || !set->zones().contains(a.zone()))
            std::abort();
        if (set->closestZone(a.zone()) == std::nullopt)
            std::abort();
        (void)a.describe();
    }
    return 0;
}
