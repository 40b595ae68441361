// `terraform show -json` plans come from users' pipelines: any bytes give planned records or a
// clear error, and planned records always parse as zone data or are refused.
#include "audit/TerraformPlanReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)TerraformPlanReader::read(json, {QStringLiteral("example.com"), QStringLiteral("fuzz.test")});
    return 0;
}
