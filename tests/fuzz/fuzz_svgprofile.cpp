// BIMI logos are fetched from servers anyone runs: any bytes (SVG, SVGZ, hostile XML) must give a
// result without crashing, hanging or expanding entities, and a logo called valid must really
// be an SVG with the profile's root attributes and within the size limit.
#include "transport/BimiSvgProfileChecker.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const BimiSvgProfileChecker::Result r = BimiSvgProfileChecker::check(bytes);
    if (r.valid()) {
        if (bytes.size() > BimiSvgProfileChecker::maxBytes || r.title.isEmpty())
            std::abort();
        if (!r.svg.contains("tiny-ps") || r.svg.contains("<!DOCTYPE") || r.svg.contains("<script"))
            std::abort();
    }
    return 0;
}
