// Expectations files (audit-as-code) are JSON a team keeps in git: any bytes give expectations or
// a clear error; per-domain lookups of parsed expectations never fail.
#include "audit/AuditExpectations.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto expectations = AuditExpectations::parse(json)) {
        (void)expectations->forDomain(QStringLiteral("example.com"));
        (void)expectations->forDomain(QStringLiteral("other.test"));
    }
    return 0;
}
