// MTA-STS policy files (RFC 8461 §3.2) are fetched from servers anyone runs: any bytes must give a
// policy or its errors, and a policy called valid must be complete and match its own patterns.
#include "transport/MtaStsPolicy.h"
#include "transport/MtaStsRecord.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const MtaStsPolicy p = MtaStsPolicy::parse(body);
    if (p.isValid()) {
        if (!p.mode || !p.maxAge || *p.maxAge > 31557600)
            std::abort();
        if (*p.mode != MtaStsPolicy::Mode::None && p.mx.isEmpty())
            std::abort();
        for (const QString& pattern : p.mx) {
            QString host = pattern;
            if (host.startsWith(QStringLiteral("*.")))
                host.replace(0, 1, QStringLiteral("mx"));
            if (!MtaStsPolicy::patternMatches(pattern, host) || p.coveringPattern(host).isEmpty())
                std::abort();
        }
    }
    // The same bytes as a _mta-sts TXT record.
    const MtaStsRecord r = MtaStsRecord::parse(QString::fromUtf8(body));
    if (r.isValid() && (r.id.isEmpty() || r.id.size() > 32))
        std::abort();
    return 0;
}
