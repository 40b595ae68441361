// Zone files come from users (staged audits): any bytes must give a zone or a clear error.
#include "dns/ZoneResolver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto zone = ZoneResolver::parseZone(text, QStringLiteral("fuzz.test"), QStringLiteral("fuzz"));
    if (zone) {
        ZoneResolver resolver({*zone});
        for (const auto& [name, records] : zone->records.asKeyValueRange()) {
            Q_UNUSED(records);
            resolver.resolve(name, DnsRecordType::TXT);
            resolver.resolve(QStringLiteral("x.") + name, DnsRecordType::A);
        }
    }
    return 0;
}
