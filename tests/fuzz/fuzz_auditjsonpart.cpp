// The parts `merge` joins are files from CI jobs: any bytes give report objects, an end or a clear
// error, and the reader never reads past what it was given nor loops.
#include "audit/AuditReport.h"
#include "audit/export/AuditJsonPartReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    // A small cap on one report object, so that inputs of a few KiB reach the refusal too.
    AuditJsonPartReader reader(&buffer, QStringLiteral("part"), 1024);
    for (size_t i = 0; i <= size; ++i) { // each report takes at least one byte
        auto next = reader.next();
        if (!next || !*next)
            break;
        (void)AuditReport::fromJson(**next);
    }
    return 0;
}
