// TLS-RPT reports (RFC 8460 JSON) come from any sending MTA: any bytes must give a report or a reason.
#include "reports/TlsRptReportParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto report = TlsRptReportParser::parse(json);
    if (report)
        (void)report->toJson();
    return 0;
}
