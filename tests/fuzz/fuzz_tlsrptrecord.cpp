// TLS-RPT records (RFC 8460 §3) are whatever a domain publishes: any text must give a record or
// its errors, and a valid record has at least one mailto: or https: URI.
#include "transport/TlsRptRecord.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const TlsRptRecord r = TlsRptRecord::parse(text);
    if (r.isValid() && r.rua.isEmpty())
        std::abort();
    for (const QString& uri : r.rua)
        if (!uri.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive) &&
            !uri.startsWith(QStringLiteral("https:"), Qt::CaseInsensitive))
            std::abort();
    return 0;
}
