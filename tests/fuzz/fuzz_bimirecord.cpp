// BIMI assertion records come from DNS anyone can publish: any bytes must give a record or its
// errors, and a record called valid must keep the draft's rules (https URIs only, declination only
// with both empty).
#include "transport/BimiRecord.h"

#include <QUrl>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const BimiRecord r = BimiRecord::parse(text);
    if (r.isValid()) {
        if (!r.hasLocation)
            std::abort();
        for (const QString& u : {r.location, r.evidence})
            if (!u.isEmpty() && QUrl(u).scheme() != QStringLiteral("https"))
                std::abort();
        if (r.isDeclination() != (r.location.isEmpty() && r.evidence.isEmpty()))
            std::abort();
        if (BimiRecord::candidates({text}).size() != 1)
            std::abort();
    }
    return 0;
}
